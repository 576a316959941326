// One port of entry in one replication: arrivals, routing, imaging, lane choice, primary, referral, secondary, exit.
//
// Written with callbacks bound once per port (the traveler is the event argument), so a
// traveler costs one object and a small array, and nothing else; it becomes garbage when
// it leaves, which keeps memory flat however long the horizon.

import type { Simulation } from '../kernel/simulation.ts';
import { ServerPool, type PoolStats } from '../resources/server-pool.ts';
import type { RandomStreams } from '../random/streams.ts';
import type { Rng } from '../random/rng.ts';
import { compile } from '../random/distributions.ts';
import { normalQuantile } from '../random/normal.ts';
import type { Sampler } from '../random/samplers.ts';
import type { Eligibility, Port, Program } from '../../scenarios/schema.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { exclusivity, modesOf, programsOf } from '../../scenarios/lane-defaults.ts';
import { changeHours, officersAt } from '../../scenarios/staffing.ts';
import { FlowArrivals } from './arrivals.ts';
import { HOUR, type Calendar } from './calendar.ts';
import { GroupStats } from './group-stats.ts';
import { LaneGroupModel } from './lane-group.ts';
import { LanePolicies } from './policies.ts';
import type { Region, RegionPort } from './region.ts';
import { ReplayRng } from './replay-rng.ts';
import {
  chooseInspection,
  compileScreening,
  judgmentProbability,
  radiationCheck,
  referralReason,
  secondaryOutcome,
  type ScreeningModel,
} from './screening.ts';
import type { Traveler } from './traveler.ts';

/** Time integrals of a lane group or of secondary over one clock hour of one day. */
export interface HourMeter {
  duration: number;
  busyArea: number;
  capacityArea: number;
  lineArea: number;
}

export type TravelerStatus = 'exited' | 'driving' | 'imaging' | 'in-line' | 'at-primary' | 'in-secondary';

export interface PortModelOptions {
  /** Called for every traveler when it leaves, and for those still inside at the end (status says where). */
  onRecord?: (t: Traveler, status: TravelerStatus) => void;
}

const PROGRAM_ORDER: Program[] = ['ready', 'sentri', 'nexus', 'fast'];

const MODES = ['car', 'pedestrian', 'bus', 'truck'] as const;
const DIRECTIONS = ['northbound', 'southbound'] as const;
const ELIGIBILITIES: Eligibility[] = ['none', 'ready', 'sentri', 'nexus', 'fast'];
/** Every (mode, direction, program), in the order of `eligibilityKey`. */
const ELIGIBILITY_KEYS = MODES.flatMap((m) => DIRECTIONS.flatMap((d) => ELIGIBILITIES.map((e) => [m, d, e] as const)));

function eligibilityKey(mode: string, direction: string, program: Eligibility): number {
  return (MODES.indexOf(mode as (typeof MODES)[number]) * DIRECTIONS.length + DIRECTIONS.indexOf(direction as (typeof DIRECTIONS)[number])) * ELIGIBILITIES.length + ELIGIBILITIES.indexOf(program);
}

interface FlowModel {
  index: number;
  id: string;
  mode: Port['flows'][number]['mode'];
  direction: string;
  arrivals: FlowArrivals;
  arrivalRng: Rng;
  attributeRng: Rng;
  /** Cumulative program shares in PROGRAM_ORDER; the rest are in no program. */
  programCum: number[];
  contrabandShare: number;
  memberContrabandShare: number;
  /** Cumulative weights of contraband types (normalised). */
  typeCum: number[];
  regulatedShare: number;
  precleared: { share: number; pass: Sampler; verificationRate: number } | null;
  occupants: Sampler | null;
  valuePerHour: number;
}

export class PortModel implements RegionPort {
  readonly lanes: LaneGroupModel[];
  readonly flows: FlowModel[];
  readonly secondary: ServerPool | null;
  readonly imaging: ServerPool | null;
  readonly screening: ScreeningModel;
  readonly total: GroupStats;
  readonly byLane: GroupStats[];
  readonly byFlow: GroupStats[];
  /** By lane, by hour of day of arrival. */
  readonly byLaneHour: GroupStats[][];
  /** By hour of day of arrival, whole port. */
  readonly byHour: GroupStats[];
  /** Time integrals by lane by hour of day, summed over days, after the warm-up. */
  readonly laneHourMeters: HourMeter[][];
  readonly secondaryHourMeters: HourMeter[];
  /** Mean line length and open booths by lane, per absolute hour since the start. */
  readonly laneTimeline: { queueLength: number[]; openBooths: number[] }[];
  /** Every arrival and exit, warm-up included, for the conservation check. */
  arrivedAll = 0;
  exitedAll = 0;
  /** Travelers now in transit (driving to another port, or holding off for a later hour), or at imaging. */
  drivingNow = 0;
  imagingNow = 0;

  private nextId = 0;
  private measuring: boolean;
  private readonly minutesReplay: ReplayRng;
  private readonly primaryReplay: ReplayRng;
  private readonly occupantReplay: ReplayRng;
  private readonly inside: Set<Traveler> | null;
  private lastLaneStats: PoolStats[];
  private lastSecondaryStats: PoolStats | null;
  private readonly policyBoundaries: number[];
  private region: Region | null = null;
  private others: PortModel[] = [];
  /** Whether arrivals may go elsewhere (switching drivers, adaptive smugglers): otherwise they are not routed. */
  private readonly routed: boolean;
  /**
   * Eligible lane groups by (mode, direction, program), when eligibility cannot change
   * during the run (no trusted lane is ever suspended): saves a list per arrival.
   */
  private readonly eligibleCache: LaneGroupModel[][] | null;

  constructor(
    private readonly sim: Simulation,
    readonly spec: Port,
    readonly index: number,
    private readonly scenario: Scenario,
    private readonly calendar: Calendar,
    private readonly streams: RandomStreams,
    private readonly options: PortModelOptions = {},
  ) {
    const horizon = scenario.horizonHours * HOUR;
    const key = spec.id;
    const nTypes = scenario.contrabandTypes.length;
    this.measuring = scenario.warmupHours <= 0;
    this.inside = options.onRecord ? new Set() : null;
    this.primaryReplay = new ReplayRng(streams.stream(`primary-extra/${key}`));
    this.occupantReplay = new ReplayRng(streams.stream(`occupants-extra/${key}`));
    this.minutesReplay = new ReplayRng(streams.stream(`secondary-extra/${key}`));
    this.screening = compileScreening(spec, scenario);

    this.lanes = spec.laneGroups.map((lane, index) => {
      const serviceByFlow = new Map<string, Sampler>();
      for (const [fid, d] of Object.entries(lane.primaryByFlow)) serviceByFlow.set(fid, compile(d));
      return new LaneGroupModel(
        sim,
        {
          spec: lane,
          index,
          modes: modesOf(lane),
          programs: programsOf(lane),
          serviceByFlow,
          defaultService: compile(lane.primarySeconds),
          policies: new LanePolicies(scenario.policies, spec.id, lane),
          officersAt: lane.officers ? (h) => officersAt(lane.officers!, h) : () => lane.booths,
        },
        this.primaryStarts,
      );
    });
    // A suspended trusted lane inspects like the first general lane for the same modes.
    for (const l of this.lanes) {
      if (l.trusted) l.generalTwin = this.lanes.find((g) => g.spec.kind === 'general' && g.modes.some((m) => l.modes.includes(m))) ?? null;
    }
    this.routed = scenario.smugglers !== undefined || scenario.region?.switching !== undefined;
    this.eligibleCache = this.lanes.some((l) => l.trusted && l.policies.any)
      ? null
      : ELIGIBILITY_KEYS.map(([mode, direction, program]) => this.lanes.filter((l) => l.accepts(mode, program, direction, 0)));
    this.policyBoundaries = [...new Set(this.lanes.flatMap((l) => l.policies.boundaries()))].sort((a, b) => a - b);

    const types = scenario.contrabandTypes;
    this.flows = spec.flows.map((f, index) => {
      let cum = 0;
      const programCum = PROGRAM_ORDER.map((p) => (cum += f.programs[p] ?? 0));
      const weights = types.map((t) => (f.contraband.mix ? (f.contraband.mix[t.id] ?? 0) : 1));
      const wTotal = weights.reduce((a, b) => a + b, 0) || 1;
      let wc = 0;
      const typeCum = weights.map((w) => (wc += w / wTotal));
      return {
        index,
        id: f.id,
        mode: f.mode,
        direction: f.direction,
        arrivals: new FlowArrivals(f, calendar, horizon),
        arrivalRng: streams.stream(`arrivals/${key}/${f.id}`),
        attributeRng: streams.stream(`attributes/${key}/${f.id}`),
        programCum,
        contrabandShare: f.contraband.share,
        memberContrabandShare: f.contraband.memberShare ?? f.contraband.share,
        typeCum,
        regulatedShare: f.regulatedShare,
        precleared: f.precleared ? { share: f.precleared.share, pass: compile(f.precleared.passSeconds), verificationRate: f.precleared.verificationRate } : null,
        occupants: f.occupants ? compile(f.occupants) : null,
        valuePerHour: scenario.valueOfTimePerHour[f.mode] ?? 0,
      };
    });

    const sec = spec.secondary;
    this.secondary = sec ? new ServerPool(sim, { capacity: 0, name: `${key}/secondary` }) : null;
    this.imaging = spec.imaging ? new ServerPool(sim, { capacity: 0, name: `${key}/imaging` }) : null;

    this.total = new GroupStats(nTypes);
    this.byLane = this.lanes.map(() => new GroupStats(nTypes));
    this.byFlow = this.flows.map(() => new GroupStats(nTypes));
    this.byLaneHour = this.lanes.map(() => Array.from({ length: 24 }, () => new GroupStats(nTypes, false)));
    this.byHour = Array.from({ length: 24 }, () => new GroupStats(nTypes, false));
    const meter = (): HourMeter => ({ duration: 0, busyArea: 0, capacityArea: 0, lineArea: 0 });
    this.laneHourMeters = this.lanes.map(() => Array.from({ length: 24 }, meter));
    this.secondaryHourMeters = Array.from({ length: 24 }, meter);
    this.laneTimeline = this.lanes.map(() => ({ queueLength: [], openBooths: [] }));
    this.lastLaneStats = this.lanes.map((l) => l.stats());
    this.lastSecondaryStats = this.secondary?.stats() ?? null;
  }

  /** Connects the port to its region (routing between ports) and to the other ports. */
  connect(region: Region, ports: PortModel[]): void {
    this.region = region;
    this.others = ports;
  }

  /** Schedules staffing, hourly meters, warm-up, initial lines and first arrivals. */
  start(): void {
    const sim = this.sim;
    this.restaff();
    this.scheduleStaffingChanges();
    const offset = this.calendar.offset;
    sim.scheduleAt((Math.floor(offset / HOUR) + 1) * HOUR - offset, this.hourTick, this);
    if (!this.measuring) sim.schedule(this.scenario.warmupHours * HOUR, this.endWarmup, this);
    this.seedInitialLines();
    for (const f of this.flows) {
      const t = f.arrivals.next(0, f.arrivalRng);
      if (t !== Infinity) sim.scheduleAt(t, this.arrive, f);
    }
  }

  /** Travelers in the port now, oldest first; only kept when `onRecord` is given (live views, records). */
  travelersInside(): Traveler[] {
    return this.inside ? [...this.inside] : [];
  }

  /** Brings the hourly meters up to now and reports travelers still inside (call at the end of the run). */
  finish(): void {
    this.meterHour(this.sim.now);
    if (this.inside && this.options.onRecord) {
      for (const t of this.inside) this.options.onRecord(t, statusOf(t));
    }
  }

  /** Lane groups a traveler may use now. */
  eligibleLanes(t: Traveler, mode: string, direction: string, now: number): LaneGroupModel[] {
    if (this.eligibleCache) return this.eligibleCache[eligibilityKey(mode, direction, t.laneProgram)];
    const out: LaneGroupModel[] = [];
    for (const l of this.lanes) if (l.accepts(mode as never, t.laneProgram, direction, now)) out.push(l);
    return out;
  }

  // ---- the life of a traveler ----

  private readonly arrive = (f: FlowModel): void => {
    const sim = this.sim;
    const now = sim.now;
    const t = this.newTraveler(f, f.attributeRng);
    this.arrivedAll++;
    this.inside?.add(t);
    const route = this.routed && this.region ? this.region.route(t, this.index, f.mode, f.direction, now, t.uChoice2, t.uDeter) : null;
    if (t.deterred) {
      t.contraband = false;
      t.type = -1;
      if (t.measured) {
        this.total.deterred++;
        this.byFlow[f.index].deterred++;
      }
    }
    if (t.retimed && t.measured) {
      this.total.retimed++;
      this.byFlow[f.index].retimed++;
    }
    if (route === null || (route.port === this.index && route.delay === 0)) {
      t.preferredLane = route ? route.lane : -1;
      this.enterPort(t);
    } else {
      t.preferredLane = route.lane;
      const target = this.others[route.port];
      if (route.port !== this.index) {
        if (t.contraband) t.displaced = true;
        else t.switched = true;
        if (t.measured) {
          const key = t.displaced ? 'displacedOut' : 'switchedOut';
          this.total[key]++;
          this.byFlow[f.index][key]++;
          target.total[t.displaced ? 'displacedIn' : 'switchedIn']++;
        }
      }
      t.port = route.port;
      this.drivingNow++;
      this.inside?.delete(t);
      target.inside?.add(t);
      target.arriveFrom(this, t, route.delay);
    }
    const next = f.arrivals.next(now, f.arrivalRng);
    if (next !== Infinity) sim.scheduleAt(next, this.arrive, f);
  };

  /** A traveler from another port drives here. */
  private arriveFrom(origin: PortModel, t: Traveler, delay: number): void {
    this.sim.schedule(delay, this.endDrive, { origin, t });
  }

  private readonly endDrive = (x: { origin: PortModel; t: Traveler }): void => {
    x.origin.drivingNow--;
    // Waits are counted from arrival at the port where the traveler crosses, not from the
    // decision to drive (or to wait for a later hour).
    x.t.arrivedAt = this.sim.now;
    this.enterPort(x.t);
  };

  /** At the port: imaging first if selected, then a lane. */
  private enterPort(t: Traveler): void {
    const mode = this.flowOf(t).mode;
    const img = this.screening.imaging;
    if (img && this.imaging && t.uScan < (img.share[mode] ?? 0)) {
      t.scanned = true;
      this.imagingNow++;
      this.imaging.request(this.scanStarts, t);
      return;
    }
    this.chooseAndJoin(t);
  }

  private readonly scanStarts = (t: Traveler): void => {
    const minutes = this.screening.imaging!.scan.sample(this.minutesReplay.with(t.uImage));
    this.sim.schedule(minutes * 60, this.scanEnds, t);
  };

  private readonly scanEnds = (t: Traveler): void => {
    this.imaging!.release();
    this.imagingNow--;
    t.imagingFlag = t.contraband && t.uImage < this.screening.imaging!.detection[t.type];
    this.chooseAndJoin(t);
  };

  private chooseAndJoin(t: Traveler): void {
    const now = this.sim.now;
    const f = this.flowOf(t);
    const lane = this.chooseLane(t, f, now);
    t.lane = lane.index;
    const h = this.calendar.hourOfDay(t.arrivedAt);
    const originFlow = this.others[t.originPort]?.byFlow[t.flow] ?? this.byFlow[t.flow];
    t.groups = [this.total, this.byLane[lane.index], originFlow, this.byLaneHour[lane.index][h], this.byHour[h]];
    for (const g of t.groups) g.arrival(t);
    if (t.contraband) this.region?.attempt(this.index, lane.index, h);
    lane.join(t);
  }

  private flowOf(t: Traveler): FlowModel {
    return (this.others[t.originPort] ?? this).flows[t.flow];
  }

  private newTraveler(f: FlowModel, rng: Rng): Traveler {
    // Always the same number of draws, in the same order, whatever the parameters.
    const uProgram = rng();
    const uContraband = rng();
    const uType = rng();
    const uOccupants = rng();
    const uRegulated = rng();
    const uPrecleared = rng();
    const uVerify = rng();
    const uAdaptive = rng();
    const uRisk = rng();
    let program: Eligibility = 'none';
    for (let i = 0; i < PROGRAM_ORDER.length; i++) {
      if (uProgram < f.programCum[i]) {
        program = PROGRAM_ORDER[i];
        break;
      }
    }
    const contraband = uContraband < (program === 'none' ? f.contrabandShare : f.memberContrabandShare);
    let type = -1;
    if (contraband) {
      type = f.typeCum.length - 1;
      for (let i = 0; i < f.typeCum.length; i++) {
        if (uType < f.typeCum[i]) {
          type = i;
          break;
        }
      }
    }
    const regulated = uRegulated < f.regulatedShare;
    const pc = f.precleared;
    const t: Traveler = {
      id: this.nextId++,
      originPort: this.index,
      port: this.index,
      flow: f.index,
      flowId: f.id,
      program,
      laneProgram: regulated && program === 'fast' ? 'none' : program,
      type,
      contraband,
      occupants: f.occupants ? Math.max(1, Math.round(f.occupants.sample(this.occupantReplay.with(uOccupants)))) : 1,
      risk: NaN,
      uRisk,
      precleared: pc !== null && uPrecleared < pc.share && !(uVerify < pc.verificationRate),
      adaptive: contraband && this.scenario.smugglers !== undefined && uAdaptive < this.scenario.smugglers.adaptiveShare,
      switched: false,
      displaced: false,
      deterred: false,
      retimed: false,
      arrivedAt: this.sim.now,
      measured: this.measuring,
      lane: -1,
      booth: -1,
      request: -1,
      overtime: false,
      preferredLane: -1,
      scanned: false,
      imagingFlag: false,
      rpmAlarm: false,
      rpmTrue: false,
      passed: false,
      passJudgment: 0,
      primaryStart: -1,
      primaryEnd: -1,
      referral: null,
      inspection: -1,
      secondaryStart: -1,
      secondaryEnd: -1,
      seized: false,
      groups: [],
      uPrimary: rng(),
      uReferral: rng(),
      uJudgment: rng(),
      uSecondary: rng(),
      uSeizure: rng(),
      uInspection: rng(),
      uScan: rng(),
      uImage: rng(),
      uAlarm: rng(),
      uChoice: rng(),
      uChoice2: rng(),
      uDeter: rng(),
    };
    return t;
  }

  /**
   * Lane choice. A smuggler who picked a lane takes it. A share `programLaneShare` of
   * program members always take the most exclusive lane group open to them (their
   * program lane). Everyone else, by rule:
   *   shortest-expected-wait — the eligible group whose line clears soonest for them
   *     (ties: the first listed in the scenario);
   *   volume-shares — an eligible group picked in proportion to its open booths.
   * A group with no open booth is chosen only if no eligible group has one.
   */
  private chooseLane(t: Traveler, f: FlowModel, now: number): LaneGroupModel {
    const eligible = this.eligibleLanes(t, f.mode, f.direction, now);
    if (t.preferredLane >= 0 && eligible.includes(this.lanes[t.preferredLane])) return this.lanes[t.preferredLane];
    if (eligible.length === 1) return eligible[0];
    const u = t.uChoice;
    const rule = this.spec.laneChoice;
    if (t.laneProgram !== 'none' && u < rule.programLaneShare) {
      let best = eligible[0];
      for (const l of eligible) if (exclusivity(l.spec) > exclusivity(best.spec)) best = l;
      return best;
    }
    if (rule.rule === 'volume-shares') {
      let open = 0;
      for (const l of eligible) open += l.open;
      if (open > 0) {
        // Rescale the part of u not used by the loyalty draw, so both decisions share one uniform.
        const v = t.laneProgram === 'none' ? u : (u - rule.programLaneShare) / (1 - rule.programLaneShare);
        let target = v * open;
        for (const l of eligible) {
          target -= l.open;
          if (target < 0) return l;
        }
      }
    }
    let best = eligible[0];
    let bestWait = Infinity;
    for (const l of eligible) {
      const w = l.expectedWait(t.flowId, now);
      if (w < bestWait) {
        best = l;
        bestWait = w;
      }
    }
    if (bestWait === Infinity) {
      // Nothing open: join the group with the most booths, which is likeliest to open first.
      for (const l of eligible) if (l.spec.booths > best.spec.booths) best = l;
    }
    return best;
  }

  private readonly primaryStarts = (t: Traveler): void => {
    const now = this.sim.now;
    t.primaryStart = now;
    const w = now - t.arrivedAt;
    for (const g of t.groups) g.primaryStarts(t, w);
    const lane = this.lanes[t.lane];
    lane.started(t);
    const mode = this.flowOf(t).mode;
    const rpm = this.screening.rpm;
    const monitored = rpm !== null && (rpm.lanes === null || rpm.lanes.has(lane.id));
    if (monitored) radiationCheck(this.screening, t, mode);
    let seconds: number;
    const np = lane.policies.any ? lane.policies.noPrimary(now, t.program) : null;
    if (np) {
      t.passed = true;
      t.passJudgment = np.judgment;
      seconds = np.pass.sample(this.primaryReplay.with(t.uPrimary));
    } else if (t.precleared) {
      t.passed = true;
      seconds = this.flowOf(t).precleared!.pass.sample(this.primaryReplay.with(t.uPrimary));
    } else {
      const factor = lane.policies.any ? lane.policies.primaryTimeFactor(now) : 1;
      seconds = lane.service(t.flowId, now).sample(this.primaryReplay.with(t.uPrimary)) * factor;
    }
    if (monitored) seconds += rpm!.passSeconds;
    this.sim.schedule(seconds, this.primaryEnds, t);
  };

  private readonly primaryEnds = (t: Traveler): void => {
    const lane = this.lanes[t.lane];
    const now = this.sim.now;
    t.primaryEnd = now;
    lane.release(t);
    const spec = lane.spec;
    let judgment = 0;
    if (t.contraband) {
      if (t.passed) judgment = t.passJudgment;
      else {
        const base = spec.detection.byType[this.scenario.contrabandTypes[t.type].id] ?? spec.detection.primary;
        const mean = lane.service(t.flowId, t.primaryStart).mean;
        judgment = judgmentProbability(base, spec.detection.timeDependent, now - t.primaryStart, mean);
      }
    }
    if (spec.referral.targeting && t.risk !== t.risk) {
      // Risk score, computed only where targeting reads it: innocent travelers ~ N(0, 1),
      // carriers ~ N(d′, 1) with the d′ of the port where they are screened.
      t.risk = normalQuantile(t.uRisk) + (t.contraband ? this.screening.signal : 0);
    }
    t.referral = referralReason(t, {
      random: spec.referral.random,
      alert: lane.policies.any ? lane.policies.randomReferral(t.primaryStart) : -1,
      threshold: spec.referral.targeting ? spec.referral.targeting.threshold : null,
      judgment,
    });
    for (const g of t.groups) g.primaryEnds(t);
    if (t.referral && this.secondary) {
      if (t.referral !== 'rpm') t.inspection = chooseInspection(this.screening, t, this.flowOf(t).mode);
      for (const g of t.groups) g.referred();
      this.secondary.request(this.secondaryStarts, t);
    } else {
      this.exit(t);
    }
  };

  private readonly secondaryStarts = (t: Traveler): void => {
    const now = this.sim.now;
    t.secondaryStart = now;
    const w = now - t.primaryEnd;
    for (const g of t.groups) g.secondaryStarts(t, w);
    const out = secondaryOutcome(this.screening, t, this.minutesReplay.with(t.uSecondary));
    t.seized = out.seized;
    this.sim.schedule(out.minutes * 60, this.secondaryEnds, t);
  };

  private readonly secondaryEnds = (t: Traveler): void => {
    t.secondaryEnd = this.sim.now;
    this.secondary!.release();
    for (const g of t.groups) g.secondaryEnds(t);
    if (t.seized) this.region?.seizure(this.index, t.lane, this.calendar.hourOfDay(t.arrivedAt));
    this.exit(t);
  };

  private exit(t: Traveler): void {
    const now = this.sim.now;
    this.exitedAll++;
    const v = this.flowOf(t).valuePerHour;
    for (const g of t.groups) g.exit(t, now, v);
    if (this.inside) {
      this.inside.delete(t);
      this.options.onRecord!(t, 'exited');
    }
  }

  // ---- staffing, warm-up, meters ----

  private restaff(): void {
    const now = this.sim.now;
    const clockHour = (this.calendar.clock(now) / HOUR) % 24;
    for (const l of this.lanes) l.staff(clockHour, now);
    const sec = this.spec.secondary;
    if (sec && this.secondary) {
      const n = Math.min(sec.bays, sec.officers ? officersAt(sec.officers, clockHour) : sec.bays);
      if (n !== this.secondary.capacity) this.secondary.setCapacity(n);
    }
    const img = this.spec.imaging;
    if (img && this.imaging) {
      const staff = img.officers ? ('constant' in img.officers ? img.officers.constant : img.officers.byHour[Math.floor(clockHour) % 24]) : img.scanners;
      const n = Math.min(img.scanners, staff);
      if (n !== this.imaging.capacity) this.imaging.setCapacity(n);
    }
  }

  private scheduleStaffingChanges(): void {
    const hours = new Set<number>();
    for (const l of this.spec.laneGroups) if (l.officers) for (const h of changeHours(l.officers)) hours.add(h);
    if (this.spec.secondary?.officers) for (const h of changeHours(this.spec.secondary.officers)) hours.add(h);
    if (this.spec.imaging?.officers && 'byHour' in this.spec.imaging.officers) for (let h = 0; h < 24; h++) hours.add(h);
    for (const h of hours) {
      const first = this.calendar.nextClockTime(0, h);
      this.sim.scheduleAt(first, this.staffingTick, this);
    }
    for (const b of this.policyBoundaries) this.sim.scheduleAt(b, this.policyTick, this);
  }

  private readonly staffingTick = (): void => {
    this.restaff();
    this.sim.schedule(24 * HOUR, this.staffingTick, this);
  };

  private readonly policyTick = (): void => {
    this.restaff();
  };

  private readonly endWarmup = (): void => {
    this.meterHour(this.sim.now);
    this.measuring = true;
    for (const l of this.lanes) l.resetStats();
    this.secondary?.resetStats();
    this.imaging?.resetStats();
    this.lastLaneStats = this.lanes.map((l) => l.stats());
    this.lastSecondaryStats = this.secondary?.stats() ?? null;
  };

  private readonly hourTick = (): void => {
    this.meterHour(this.sim.now);
    this.sim.schedule(HOUR, this.hourTick, this);
  };

  /** Adds the time integrals since the last call to the bin of the clock hour just ended. */
  private meterHour(now: number): void {
    const hour = this.calendar.hourOfDay(Math.max(0, now - 1e-6));
    const absHour = Math.floor(Math.max(0, now - 1e-6) / HOUR);
    this.lanes.forEach((l, i) => {
      const s = l.stats();
      const last = this.lastLaneStats[i];
      const d = s.duration - last.duration;
      const tl = this.laneTimeline[i];
      if (d > 0) {
        if (this.measuring) addMeter(this.laneHourMeters[i][hour], s, last, d);
        // The timeline covers warm-up too: it shows how the lines built up.
        tl.queueLength[absHour] = (tl.queueLength[absHour] ?? 0) + (s.lineArea - last.lineArea) / HOUR;
        tl.openBooths[absHour] = (tl.openBooths[absHour] ?? 0) + (s.capacityArea - last.capacityArea) / HOUR;
      }
      this.lastLaneStats[i] = s;
    });
    if (this.secondary && this.lastSecondaryStats) {
      const s = this.secondary.stats();
      const d = s.duration - this.lastSecondaryStats.duration;
      if (d > 0 && this.measuring) addMeter(this.secondaryHourMeters[hour], s, this.lastSecondaryStats, d);
      this.lastSecondaryStats = s;
    }
  }

  // ---- warm start ----

  /**
   * Vehicles already in line at the start: each is drawn like an arrival (flow in
   * proportion to daily volume among the flows the lane group serves, program among
   * those the group admits), and counts as arriving at time 0.
   */
  private seedInitialLines(): void {
    for (const lane of this.lanes) {
      const n = lane.spec.initialQueue;
      if (n === 0) continue;
      const rng = this.streams.stream(`initial-line/${this.spec.id}/${lane.id}`);
      const candidates = this.flows.filter((f) => lane.modes.includes(f.mode) && f.direction === lane.spec.direction);
      const weights = candidates.map((f) => this.spec.flows[f.index].perDay);
      const total = weights.reduce((a, b) => a + b, 0);
      for (let k = 0; k < n; k++) {
        let target = rng() * total;
        let f = candidates[0];
        for (let i = 0; i < candidates.length; i++) {
          target -= weights[i];
          if (target < 0) {
            f = candidates[i];
            break;
          }
        }
        const t = this.newTraveler(f, rng);
        if (!lane.programs.includes(t.laneProgram)) t.laneProgram = t.program = this.admittedProgram(f, lane);
        t.preferredLane = lane.index;
        t.precleared = false;
        this.arrivedAll++;
        this.inside?.add(t);
        this.chooseAndJoin(t);
      }
    }
  }

  private admittedProgram(f: FlowModel, lane: LaneGroupModel): Eligibility {
    const fspec = this.spec.flows[f.index];
    let best: Eligibility = lane.programs[0];
    let bestShare = -1;
    for (const p of lane.programs) {
      const share = p === 'none' ? 1 - f.programCum[f.programCum.length - 1] : (fspec.programs[p as Program] ?? 0);
      if (share > bestShare) {
        best = p;
        bestShare = share;
      }
    }
    return best;
  }
}

function addMeter(m: HourMeter, s: PoolStats, last: PoolStats, d: number): void {
  m.duration += d;
  m.busyArea += s.busyArea - last.busyArea;
  m.capacityArea += s.capacityArea - last.capacityArea;
  m.lineArea += s.lineArea - last.lineArea;
}

export function statusOf(t: Traveler): TravelerStatus {
  if (t.lane < 0) return t.scanned ? 'imaging' : 'driving';
  if (t.primaryStart < 0) return 'in-line';
  if (t.primaryEnd < 0) return 'at-primary';
  if (t.referral && t.secondaryEnd < 0) return 'in-secondary';
  return 'exited';
}
