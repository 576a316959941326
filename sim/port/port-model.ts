// One port of entry in one replication: arrivals, lane choice, primary, referral, secondary, exit.
//
// Written with callbacks bound once per port (the traveler is the event argument), so a
// traveler costs one object and nothing else; it becomes garbage when it leaves, which
// keeps memory flat however long the horizon.

import type { Simulation } from '../kernel/simulation.ts';
import { ServerPool, type PoolStats } from '../resources/server-pool.ts';
import type { RandomStreams } from '../random/streams.ts';
import type { Rng } from '../random/rng.ts';
import { compile } from '../random/distributions.ts';
import type { Sampler } from '../random/samplers.ts';
import type { Eligibility, Port, Program } from '../../scenarios/schema.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { exclusivity, modesOf, programsOf } from '../../scenarios/lane-defaults.ts';
import { changeHours, officersAt } from '../../scenarios/staffing.ts';
import { FlowArrivals } from './arrivals.ts';
import { HOUR, type Calendar } from './calendar.ts';
import { GroupStats } from './group-stats.ts';
import { LaneGroupModel } from './lane-group.ts';
import { ReplayRng } from './replay-rng.ts';
import type { Traveler } from './traveler.ts';

/** Time integrals of a lane group or of secondary over one clock hour of one day. */
export interface HourMeter {
  duration: number;
  busyArea: number;
  capacityArea: number;
  lineArea: number;
}

export interface PortModelOptions {
  /** Called for every traveler when it leaves, and for those still inside at the end (status says which). */
  onRecord?: (t: Traveler, status: 'exited' | 'in-line' | 'at-primary' | 'in-secondary') => void;
}

const PROGRAM_ORDER: Program[] = ['ready', 'sentri', 'nexus', 'fast'];

interface FlowModel {
  index: number;
  id: string;
  mode: Port['flows'][number]['mode'];
  arrivals: FlowArrivals;
  arrivalRng: Rng;
  attributeRng: Rng;
  /** Cumulative program shares in PROGRAM_ORDER; the rest are in no program. */
  programCum: number[];
  contrabandShare: number;
  occupants: Sampler | null;
  valuePerHour: number;
  /** Lane groups each kind of traveler may use, by eligibility. */
  lanesFor: Map<Eligibility, LaneGroupModel[]>;
}

export class PortModel {
  readonly lanes: LaneGroupModel[];
  readonly flows: FlowModel[];
  readonly secondary: ServerPool | null;
  readonly total = new GroupStats();
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
  private nextId = 0;
  private measuring: boolean;
  private readonly secondarySampler: Sampler | null;
  private readonly secondaryDetection: number;
  private readonly secondaryReplay: ReplayRng | null;
  private readonly primaryReplay: ReplayRng;
  private readonly occupantReplay: ReplayRng;
  private readonly inside: Set<Traveler> | null;
  private lastLaneStats: PoolStats[];
  private lastSecondaryStats: PoolStats | null;

  constructor(
    private readonly sim: Simulation,
    readonly spec: Port,
    private readonly scenario: Scenario,
    private readonly calendar: Calendar,
    private readonly streams: RandomStreams,
    private readonly options: PortModelOptions = {},
  ) {
    const horizon = scenario.horizonHours * HOUR;
    const portKey = spec.id;
    this.measuring = scenario.warmupHours <= 0;
    this.inside = options.onRecord ? new Set() : null;
    this.primaryReplay = new ReplayRng(streams.stream(`primary-extra/${portKey}`));
    this.occupantReplay = new ReplayRng(streams.stream(`occupants-extra/${portKey}`));

    this.lanes = spec.laneGroups.map(
      (lane, index) =>
        new LaneGroupModel(
          sim,
          {
            spec: lane,
            index,
            modes: modesOf(lane),
            programs: programsOf(lane),
            serviceByFlow: spec.flows.map((f) => compile(lane.primaryByFlow[f.id] ?? lane.primarySeconds)),
            officersAt: lane.officers ? (h) => officersAt(lane.officers!, h) : () => lane.booths,
          },
          this.primaryStarts,
        ),
    );

    this.flows = spec.flows.map((f, index) => {
      let cum = 0;
      const programCum = PROGRAM_ORDER.map((p) => (cum += f.programs[p] ?? 0));
      const lanesFor = new Map<Eligibility, LaneGroupModel[]>();
      for (const who of ['none', ...PROGRAM_ORDER] as Eligibility[]) {
        lanesFor.set(who, this.lanes.filter((l) => l.accepts(f.mode, who)));
      }
      return {
        index,
        id: f.id,
        mode: f.mode,
        arrivals: new FlowArrivals(f, calendar, horizon),
        arrivalRng: streams.stream(`arrivals/${portKey}/${f.id}`),
        attributeRng: streams.stream(`attributes/${portKey}/${f.id}`),
        programCum,
        contrabandShare: f.contraband.share,
        occupants: f.occupants ? compile(f.occupants) : null,
        valuePerHour: scenario.valueOfTimePerHour[f.mode] ?? 0,
        lanesFor,
      };
    });

    const sec = spec.secondary;
    if (sec) {
      this.secondary = new ServerPool(sim, { capacity: 0, name: `${portKey}/secondary` });
      this.secondarySampler = compile(sec.minutes);
      this.secondaryDetection = sec.detection;
      this.secondaryReplay = new ReplayRng(streams.stream(`secondary-extra/${portKey}`));
    } else {
      this.secondary = null;
      this.secondarySampler = null;
      this.secondaryDetection = 0;
      this.secondaryReplay = null;
    }

    this.byLane = this.lanes.map(() => new GroupStats());
    this.byFlow = this.flows.map(() => new GroupStats());
    this.byLaneHour = this.lanes.map(() => Array.from({ length: 24 }, () => new GroupStats(false)));
    this.byHour = Array.from({ length: 24 }, () => new GroupStats(false));
    const meter = (): HourMeter => ({ duration: 0, busyArea: 0, capacityArea: 0, lineArea: 0 });
    this.laneHourMeters = this.lanes.map(() => Array.from({ length: 24 }, meter));
    this.secondaryHourMeters = Array.from({ length: 24 }, meter);
    this.laneTimeline = this.lanes.map(() => ({ queueLength: [], openBooths: [] }));
    this.lastLaneStats = this.lanes.map((l) => l.stats());
    this.lastSecondaryStats = this.secondary?.stats() ?? null;
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

  /** Brings the hourly meters up to now (call at the end of the run). */
  finish(): void {
    this.meterHour(this.sim.now);
    if (this.inside && this.options.onRecord) {
      for (const t of this.inside) {
        const status = t.primaryStart < 0 ? 'in-line' : t.primaryEnd < 0 ? 'at-primary' : 'in-secondary';
        this.options.onRecord(t, status);
      }
    }
  }

  // ---- the life of a traveler ----

  private readonly arrive = (f: FlowModel): void => {
    const sim = this.sim;
    const t = this.newTraveler(f, f.attributeRng);
    const lane = this.chooseLane(f, t);
    t.lane = lane.index;
    this.enter(t, f, lane);
    const next = f.arrivals.next(sim.now, f.arrivalRng);
    if (next !== Infinity) sim.scheduleAt(next, this.arrive, f);
  };

  private enter(t: Traveler, f: FlowModel, lane: LaneGroupModel): void {
    this.arrivedAll++;
    this.total.arrival(t);
    this.byLane[lane.index].arrival(t);
    this.byFlow[f.index].arrival(t);
    const h = this.calendar.hourOfDay(t.arrivedAt);
    this.byLaneHour[lane.index][h].arrival(t);
    this.byHour[h].arrival(t);
    this.inside?.add(t);
    lane.join(t);
  }

  private newTraveler(f: FlowModel, rng: Rng): Traveler {
    // Always the same number of draws, in the same order, whatever the parameters.
    const uProgram = rng();
    const uContraband = rng();
    const uOccupants = rng();
    const t: Traveler = {
      id: this.nextId++,
      flow: f.index,
      program: 'none',
      contraband: uContraband < f.contrabandShare,
      occupants: 1,
      arrivedAt: this.sim.now,
      measured: this.measuring,
      lane: -1,
      booth: -1,
      request: -1,
      primaryStart: -1,
      primaryEnd: -1,
      referral: null,
      secondaryStart: -1,
      secondaryEnd: -1,
      seized: false,
      uPrimary: rng(),
      uReferral: rng(),
      uJudgment: rng(),
      uSecondary: rng(),
      uSeizure: rng(),
    };
    const uChoice = rng();
    for (let i = 0; i < PROGRAM_ORDER.length; i++) {
      if (uProgram < f.programCum[i]) {
        t.program = PROGRAM_ORDER[i];
        break;
      }
    }
    if (f.occupants) {
      t.occupants = Math.max(1, Math.round(f.occupants.sample(this.occupantReplay.with(uOccupants))));
    }
    this.choiceU = uChoice;
    return t;
  }

  /** The lane-choice uniform of the traveler being created (kept off the Traveler record). */
  private choiceU = 0;

  /**
   * Lane choice. A share `programLaneShare` of program members always take the most
   * exclusive lane group open to them (their program lane). Everyone else, by rule:
   *   shortest-expected-wait — the eligible group whose line clears soonest for them
   *     (ties: the first listed in the scenario);
   *   volume-shares — an eligible group picked in proportion to its open booths.
   * A group with no open booth is chosen only if no eligible group has one.
   */
  private chooseLane(f: FlowModel, t: Traveler): LaneGroupModel {
    const eligible = f.lanesFor.get(t.program)!;
    if (eligible.length === 1) return eligible[0];
    const u = this.choiceU;
    const rule = this.spec.laneChoice;
    if (t.program !== 'none' && u < rule.programLaneShare) {
      let best = eligible[0];
      for (const l of eligible) if (exclusivity(l.spec) > exclusivity(best.spec)) best = l;
      return best;
    }
    if (rule.rule === 'volume-shares') {
      let open = 0;
      for (const l of eligible) open += l.open;
      if (open > 0) {
        // Rescale the part of u not used by the loyalty draw, so both decisions share one uniform.
        const v = t.program === 'none' ? u : (u - rule.programLaneShare) / (1 - rule.programLaneShare);
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
      const w = l.expectedWait(f.index);
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
    const lane = this.lanes[t.lane];
    this.total.primaryStarts(t, w);
    this.byLane[t.lane].primaryStarts(t, w);
    this.byFlow[t.flow].primaryStarts(t, w);
    const h = this.calendar.hourOfDay(t.arrivedAt);
    this.byLaneHour[t.lane][h].primaryStarts(t, w);
    this.byHour[h].primaryStarts(t, w);
    const service = lane.serviceByFlow[t.flow].sample(this.primaryReplay.with(t.uPrimary));
    this.sim.schedule(service, this.primaryEnds, t);
  };

  private readonly primaryEnds = (t: Traveler): void => {
    const lane = this.lanes[t.lane];
    t.primaryEnd = this.sim.now;
    lane.release(t);
    const spec = lane.spec;
    // Random selection happens whatever the officer sees; judgment only finds what is there.
    if (t.uReferral < spec.referral.random) t.referral = 'random';
    else if (t.contraband && t.uJudgment < spec.detection.primary) t.referral = 'judgment';
    const h = this.calendar.hourOfDay(t.arrivedAt);
    this.total.primaryEnds(t);
    this.byLane[t.lane].primaryEnds(t);
    this.byFlow[t.flow].primaryEnds(t);
    this.byLaneHour[t.lane][h].primaryEnds(t);
    this.byHour[h].primaryEnds(t);
    if (t.referral && this.secondary) {
      this.total.referred();
      this.byLane[t.lane].referred();
      this.byFlow[t.flow].referred();
      this.secondary.request(this.secondaryStarts, t);
    } else {
      this.exit(t);
    }
  };

  private readonly secondaryStarts = (t: Traveler): void => {
    const now = this.sim.now;
    t.secondaryStart = now;
    const w = now - t.primaryEnd;
    this.total.secondaryStarts(t, w);
    this.byLane[t.lane].secondaryStarts(t, w);
    this.byFlow[t.flow].secondaryStarts(t, w);
    const minutes = this.secondarySampler!.sample(this.secondaryReplay!.with(t.uSecondary));
    this.sim.schedule(minutes * 60, this.secondaryEnds, t);
  };

  private readonly secondaryEnds = (t: Traveler): void => {
    t.secondaryEnd = this.sim.now;
    this.secondary!.release();
    t.seized = t.contraband && t.uSeizure < this.secondaryDetection;
    const h = this.calendar.hourOfDay(t.arrivedAt);
    this.total.secondaryEnds(t);
    this.byLane[t.lane].secondaryEnds(t);
    this.byFlow[t.flow].secondaryEnds(t);
    this.byLaneHour[t.lane][h].secondaryEnds(t);
    this.byHour[h].secondaryEnds(t);
    this.exit(t);
  };

  private exit(t: Traveler): void {
    const now = this.sim.now;
    this.exitedAll++;
    const v = this.flows[t.flow].valuePerHour;
    const h = this.calendar.hourOfDay(t.arrivedAt);
    this.total.exit(t, now, v);
    this.byLane[t.lane].exit(t, now, v);
    this.byFlow[t.flow].exit(t, now, v);
    this.byLaneHour[t.lane][h].exit(t, now, v);
    this.byHour[h].exit(t, now, v);
    if (this.inside) {
      this.inside.delete(t);
      this.options.onRecord!(t, 'exited');
    }
  }

  // ---- staffing, warm-up, meters ----

  private restaff(): void {
    const clockHour = (this.calendar.clock(this.sim.now) / HOUR) % 24;
    for (const l of this.lanes) l.staff(clockHour);
    const sec = this.spec.secondary;
    if (sec && this.secondary) {
      const n = Math.min(sec.bays, sec.officers ? officersAt(sec.officers, clockHour) : sec.bays);
      if (n !== this.secondary.capacity) this.secondary.setCapacity(n);
    }
  }

  private scheduleStaffingChanges(): void {
    const hours = new Set<number>();
    for (const l of this.spec.laneGroups) if (l.officers) for (const h of changeHours(l.officers)) hours.add(h);
    if (this.spec.secondary?.officers) for (const h of changeHours(this.spec.secondary.officers)) hours.add(h);
    for (const h of hours) {
      const first = this.calendar.nextClockTime(0, h);
      this.sim.scheduleAt(first, this.staffingTick, this);
    }
  }

  private readonly staffingTick = (): void => {
    this.restaff();
    this.sim.schedule(24 * HOUR, this.staffingTick, this);
  };

  private readonly endWarmup = (): void => {
    this.meterHour(this.sim.now);
    this.measuring = true;
    for (const l of this.lanes) l.resetStats();
    this.secondary?.resetStats();
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
      const candidates = this.flows.filter((f) => lane.modes.includes(f.mode));
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
        if (!lane.programs.includes(t.program)) t.program = this.admittedProgram(f, lane);
        t.lane = lane.index;
        this.enter(t, f, lane);
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
