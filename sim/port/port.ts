// One port of entry in one replication: the life of a traveler from arrival to exit, with the screening stages the model compiled.
//
// Callbacks are bound once per port (the traveler is the event argument), so a traveler
// costs one object and nothing else; it becomes garbage when it leaves, which keeps
// memory flat however long the horizon.

import type { Simulation } from '../kernel/simulation.ts';
import * as fm from '../math/index.ts';
import { ServerPool } from '../resources/server-pool.ts';
import type { Rng } from '../random/rng.ts';
import type { CompiledFlow, CompiledModel, CompiledPatience, CompiledPort } from '../model/compiled.ts';
import type { PoolStats } from '../resources/server-pool.ts';
import { noPrimaryRule, primaryTimeFactor } from '../model/policies.ts';
import { purpose } from '../model/purposes.ts';
import type { BoothContext, ScreeningStage, StageEnv } from '../model/stage.ts';
import { DEFAULT_RUN_LIMITS, type RunLimits } from '../model/limits.ts';
import type { Traveler } from '../model/traveler.ts';
import { eligibilityBase, type Direction, type Mode } from '../model/vocabulary.ts';
import { FlowArrivals } from './arrivals.ts';
import { HOUR, type Calendar } from './calendar.ts';
import { GroupStats } from './group-stats.ts';
import { travelerUniform, TravelerRng, type ReplicationKeys } from './keys.ts';
import { chooseLane } from './lane-choice.ts';
import { LaneGroupModel } from './lane-group.ts';
import { LaneManager } from './lane-management.ts';
import { PortMeters } from './meters.ts';
import type { Region, RegionPort } from './region.ts';
import { chooseInspection, inspect } from './secondary.ts';
import { PortStaffing } from './staffing.ts';
import { newTraveler, type Origin } from './travelers.ts';
import { initialLines } from './warm-start.ts';

const PRIMARY = purpose('primary');
const LANE_CHOICE = purpose('lane-choice');
const SCAN = purpose('imaging/scan');
const INSPECTION = purpose('secondary/type');
const SECONDARY_MINUTES = purpose('secondary/minutes');
const SEIZURE = purpose('secondary/seizure');
const PATIENCE = purpose('patience');
const GIVE_UP = purpose('patience/outcome');

/** What a traveler who gives up does: go home, drive to another port, or put the trip off. */
export const GIVE_UP_OUTCOMES = ['home', 'otherPort', 'postpone'] as const;

/** Where a traveler is: 'exited', or where it was when the run ended (driving to another port, at imaging, in line, at primary, in secondary). */
export type TravelerStatus = 'exited' | 'balked' | 'reneged' | 'driving' | 'imaging' | 'in-line' | 'at-primary' | 'in-secondary';

export interface PortOptions {
  /** Called for every traveler when it leaves, and for those still inside at the end (status says where). */
  onRecord?: (t: Traveler, status: TravelerStatus) => void;
  /** Caps checked as travelers arrive (`maxPresent`, `maxEventsPerReplication`; default `DEFAULT_RUN_LIMITS`): past one, the port stops the simulation and says why in `stopReason`. */
  limits?: Partial<RunLimits>;
}

/** A flow at run time: its compiled data, its arrival process and its keys. */
export interface FlowRun extends Origin {
  arrivals: FlowArrivals;
  arrivalRng: Rng;
  /** Arrivals so far (the next traveler's serial). */
  arrived: number;
}

export class PortModel implements RegionPort, StageEnv {
  readonly lanes: LaneGroupModel[];
  readonly flows: FlowRun[];
  readonly secondary: ServerPool | null;
  readonly imaging: ServerPool | null;
  /**
   * The whole port. During the run it holds only what no lane sees (deterred, retimed,
   * switched, displaced); `finish` adds the lanes in, so each traveler updates three
   * groups per event instead of five.
   */
  readonly total: GroupStats;
  readonly byLane: GroupStats[];
  readonly byFlow: GroupStats[];
  /** By lane, by clock hour of arrival. */
  readonly byLaneHour: GroupStats[][];
  /** By clock hour of arrival, whole port (summed over lanes by `finish`). */
  readonly byHour: GroupStats[];
  readonly meters: PortMeters;
  /** Every arrival and exit, warm-up included, for the conservation check. */
  arrivedAll = 0;
  exitedAll = 0;
  /** Balked or reneged and left (not to another port). */
  gaveUpAll = 0;
  /** Travelers now in transit (driving to another port, or holding off for a later hour), or at imaging. */
  drivingNow = 0;
  imagingNow = 0;
  measuring: boolean;
  /** Booth and bay integrals at the horizon (a draining run goes on past it, but capacity is reported to the horizon). */
  private atHorizonStats: { lanes: PoolStats[]; addedBoothHours: number[]; secondary: PoolStats | null } | null = null;

  private readonly stages: ScreeningStage[];
  /** The stages with each hook, so a crossing skips the hooks nobody uses. */
  private readonly enterStages: ScreeningStage[];
  private readonly boothStages: ScreeningStage[];
  private readonly draws = new TravelerRng();
  private readonly inside: Set<Traveler> | null;
  private region: Region | null = null;
  private others: PortModel[] = [];
  /** Whether arrivals may go elsewhere (switching drivers, adaptive smugglers): otherwise they are not routed. */
  private readonly routed: boolean;
  private readonly booth: BoothContext;
  /** The run's last possible instant (the horizon, plus the drain cap when the model drains), seconds. */
  private readonly lastMoment: number;
  private readonly eligibleStatic: LaneGroupModel[][] | null;
  private readonly maxPresent: number;
  /** This port's share of `maxPresent` (the cap is on every port of the region together). */
  private presentShare: number;
  private readonly maxEvents: number;
  /** Why this port stopped the run (a cap was passed), or null. */
  stopReason: string | null = null;

  constructor(
    private readonly sim: Simulation,
    readonly spec: CompiledPort,
    private readonly model: CompiledModel,
    private readonly calendar: Calendar,
    private readonly keys: ReplicationKeys,
    private readonly options: PortOptions = {},
  ) {
    const horizon = model.horizonHours * HOUR;
    this.lastMoment = horizon + (model.endOfRun === 'drain' ? model.drainCapHours * HOUR : 0);
    const nTypes = model.contrabandTypes.length;
    const nReasons = model.referralReasons.length;
    this.measuring = model.warmupHours <= 0;
    this.maxPresent = options.limits?.maxPresent ?? DEFAULT_RUN_LIMITS.maxPresent;
    this.presentShare = this.maxPresent;
    this.maxEvents = options.limits?.maxEventsPerReplication ?? DEFAULT_RUN_LIMITS.maxEventsPerReplication;
    this.inside = options.onRecord ? new Set() : null;
    this.stages = spec.stages;
    this.enterStages = spec.stages.filter((s) => s.enter);
    this.boothStages = spec.stages.filter((s) => s.atBooth);
    this.lanes = spec.lanes.map((l) => new LaneGroupModel(sim, l, this.primaryStarts));
    for (const l of this.lanes) if (l.spec.generalTwin >= 0) l.generalTwin = this.lanes[l.spec.generalTwin];
    this.eligibleStatic = spec.eligible ? spec.eligible.map((ix) => ix.map((i) => this.lanes[i])) : null;
    this.routed = model.region.smugglers !== null || model.region.switching !== null;
    const adaptiveShare = model.region.smugglers?.adaptiveShare ?? 0;
    this.flows = spec.flows.map((f) => ({
      flow: f,
      keys: keys.flowKeys(spec.id, f.id),
      port: spec.index,
      adaptiveShare,
      arrivals: new FlowArrivals(f, calendar, horizon),
      arrivalRng: keys.stream('arrivals', JSON.stringify([spec.id, f.id])),
      arrived: 0,
    }));
    this.secondary = spec.secondary ? new ServerPool(sim, { capacity: 0, name: `${spec.id}/secondary` }) : null;
    this.imaging = spec.imaging ? new ServerPool(sim, { capacity: 0, name: `${spec.id}/imaging` }) : null;
    const over = model.waitThresholdsMinutes.map((m) => m * 60);
    this.total = new GroupStats(nTypes, nReasons, true, over);
    this.byLane = this.lanes.map(() => new GroupStats(nTypes, nReasons, true, over));
    this.byFlow = this.flows.map(() => new GroupStats(nTypes, nReasons, true, over));
    this.byLaneHour = this.lanes.map(() => Array.from({ length: 24 }, () => new GroupStats(nTypes, nReasons, false, over)));
    this.byHour = Array.from({ length: 24 }, () => new GroupStats(nTypes, nReasons, false, over));
    if (this.flows.some((f) => f.flow.idleGramsPerSecond !== null)) {
      for (const g of [this.total, ...this.byLane, ...this.byFlow, ...this.byLaneHour.flat(), ...this.byHour]) g.emitting = true;
    }
    this.scratch = [this.total, this.total, this.total];
    this.meters = new PortMeters(this.lanes, this.secondary, calendar);
    this.booth = { lane: spec.lanes[0], started: 0, seconds: 0, meanSeconds: 0 };
  }

  /** Connects the port to its region (routing between ports) and to the other ports. */
  connect(region: Region, ports: PortModel[]): void {
    this.region = region;
    this.others = ports;
    this.presentShare = this.maxPresent / ports.length;
  }

  /** Schedules staffing, hourly meters, warm-up and first arrivals. */
  start(): void {
    const sim = this.sim;
    new PortStaffing(sim, this.spec, this.calendar, this.lanes, this.secondary, this.imaging).start();
    if (this.spec.laneManagement) new LaneManager(sim, this.spec.laneManagement, this.calendar, this.lanes.filter((l) => l.spec.managed)).start();
    const offset = this.calendar.offset;
    sim.scheduleAt((Math.floor(offset / HOUR) + 1) * HOUR - offset, this.hourTick, this);
    // Hours since the start fall between clock hours when the run starts at, say, 16:30.
    if (offset % HOUR !== 0) sim.scheduleAt(HOUR, this.startHourTick, this);
    if (!this.measuring) sim.schedule(this.model.warmupHours * HOUR, this.endWarmup, this);
    for (const { t, lane } of initialLines(this, this.keys, this.draws, this.model.measureInitialLines)) this.admit(t, lane);
    for (const f of this.flows) {
      const t = f.arrivals.next(0, f.arrivalRng);
      if (t !== Infinity) sim.scheduleAt(t, this.arrive, f);
    }
  }

  /** A traveler already in line at the start (warm start), in the line of `lane`. */
  private admit(t: Traveler, lane: LaneGroupModel): void {
    this.arrivedAll++;
    this.inside?.add(t);
    this.join(t, lane, false);
  }

  /** Travelers in the port now, oldest first; only kept when `onRecord` is given (live views, records). */
  travelersInside(): Traveler[] {
    return this.inside ? [...this.inside] : [];
  }

  /** Travelers who arrived here and have not left the region (those driving away count at the port they reach). */
  get present(): number {
    return this.arrivedAll - this.exitedAll - this.gaveUpAll;
  }

  /** At the horizon: closes the hourly meters and keeps the booth integrals; a draining run goes on, but capacity figures end here. */
  atHorizon(): void {
    if (this.atHorizonStats) return;
    this.meters.close(this.sim.now, this.measuring);
    this.atHorizonStats = {
      lanes: this.lanes.map((l) => l.stats()),
      addedBoothHours: this.lanes.map((l) => l.addedBoothHours()),
      secondary: this.secondary ? this.secondary.stats() : null,
    };
  }

  /** Booth integrals of each lane group, bays of secondary and flex booth-hours, to the horizon. */
  capacityAtHorizon(): { lanes: PoolStats[]; addedBoothHours: number[]; secondary: PoolStats | null } {
    this.atHorizon();
    return this.atHorizonStats!;
  }

  /**
   * Ends the run: travelers still in line count with the wait they had so far (censored),
   * the lanes are summed into the port's figures, and travelers still inside are reported
   * (call once, at the end).
   */
  finish(): void {
    this.atHorizon();
    const now = this.sim.now;
    for (const lane of this.lanes) {
      lane.forEachWaiting((t) => {
        if (!t.measured) return;
        const w = now - t.arrivedAt;
        const lnw = w > 0 ? fm.log(w) : -Infinity;
        const f = this.flowOf(t);
        for (const g of this.groupsOf(t)) g.unfinished(w, lnw, f);
      });
    }
    for (const g of this.byLane) this.total.merge(g);
    for (const hours of this.byLaneHour) hours.forEach((g, h) => this.byHour[h].merge(g));
    if (this.inside && this.options.onRecord) {
      for (const t of this.inside) this.options.onRecord(t, statusOf(t));
    }
  }

  /** Lane groups a traveler may use now. */
  eligibleLanes(t: Traveler, mode: Mode, direction: Direction, now: number): readonly LaneGroupModel[] {
    if (this.eligibleStatic) return this.eligibleStatic[eligibilityBase(mode, direction) + t.laneProgramIndex];
    return this.eligibleNow(t, mode, direction, now);
  }

  /** Lane groups a traveler may use now, when a policy can change that. */
  private eligibleNow(t: Traveler, mode: Mode, direction: Direction, now: number): readonly LaneGroupModel[] {
    const out: LaneGroupModel[] = [];
    for (const l of this.lanes) if (l.accepts(mode, t.laneProgram, direction, now)) out.push(l);
    return out;
  }

  // ---- what stages may ask (StageEnv) ----

  uniform(t: Traveler, p: number, n = 0): number {
    return travelerUniform(t, p, n);
  }

  rng(t: Traveler, p: number): Rng {
    return this.draws.at(t, p);
  }


  mode(t: Traveler): Mode {
    return this.flowOf(t).mode;
  }

  // ---- the life of a traveler ----

  private readonly arrive = (f: FlowRun): void => {
    const sim = this.sim;
    const now = sim.now;
    const t = newTraveler(f, f.arrived++, 0, now, this.measuring, this.draws);
    this.arrivedAll++;
    // Cheap test first: only a port holding more than its share of the cap adds up the others.
    if (this.arrivedAll - this.exitedAll - this.gaveUpAll > this.presentShare || sim.eventsProcessed > this.maxEvents) this.checkLimits();
    this.inside?.add(t);
    const route = this.routed && this.region ? this.region.route(t, this.spec.index, f.flow.mode, f.flow.direction, now) : null;
    if (t.deterred) {
      t.contraband = false;
      t.type = -1;
      if (t.measured) {
        this.total.deterred++;
        this.byFlow[f.flow.index].deterred++;
      }
    }
    if (t.retimed && t.measured) {
      this.total.retimed++;
      this.byFlow[f.flow.index].retimed++;
    }
    if (route === null || (route.port === this.spec.index && route.delay === 0)) {
      t.preferredLane = route ? route.lane : -1;
      this.enterPort(t);
    } else {
      t.preferredLane = route.lane;
      const target = this.others[route.port];
      if (route.port !== this.spec.index) {
        if (t.contraband) t.displaced = true;
        else t.switched = true;
        if (t.measured) {
          const key = t.displaced ? 'displacedOut' : 'switchedOut';
          this.total[key]++;
          this.byFlow[f.flow.index][key]++;
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

  /**
   * Stops the simulation after this event if a cap is passed: the lines grow without end
   * (arrivals outpace the booths) or the replication has done more work than one may. The
   * replication then reports what it has so far, flagged with `stopReason`.
   */
  private checkLimits(): void {
    if (this.stopReason !== null) return;
    const present = this.others.length > 0 ? this.others.reduce((n, p) => n + p.present, 0) : this.present;
    const fmt = (x: number) => x.toLocaleString('en-US');
    if (present > this.maxPresent) {
      const where = this.others.length > 1 ? `in the ${this.others.length} ports` : `at port "${this.spec.id}"`;
      this.stopReason = `more than ${fmt(this.maxPresent)} travelers ${where} at once (the limit): the lines grow without end, arrivals outpace the open booths`;
    } else if (this.sim.eventsProcessed > this.maxEvents) {
      this.stopReason = `more than ${fmt(this.maxEvents)} events in one replication (the limit on work per replication)`;
    } else return;
    this.sim.stop();
  }

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

  /** At the port: the stages that act on entry (imaging selection), the scanners if selected, then a lane. */
  private enterPort(t: Traveler): void {
    for (const s of this.enterStages) s.enter!(t, this);
    if (t.scanned && this.imaging) {
      this.imagingNow++;
      this.imaging.request(this.scanStarts, t);
      return;
    }
    this.chooseAndJoin(t);
  }

  private readonly scanStarts = (t: Traveler): void => {
    const minutes = this.spec.imaging!.scan.sample(this.draws.at(t, SCAN));
    this.sim.schedule(minutes * 60, this.scanEnds, t);
  };

  private readonly scanEnds = (t: Traveler): void => {
    this.imaging!.release();
    this.imagingNow--;
    this.chooseAndJoin(t);
  };

  /** Picks a lane group and joins its line. */
  private chooseAndJoin(t: Traveler): void {
    const now = this.sim.now;
    const f = this.flowOf(t);
    const eligible = this.eligibleStatic ? this.eligibleStatic[f.eligibilityBase + t.laneProgramIndex] : this.eligibleNow(t, f.mode, f.direction, now);
    const u = eligible.length > 1 ? travelerUniform(t, LANE_CHOICE) : 0.5;
    this.join(t, chooseLane(t, eligible, this.spec.laneChoice, now, u, this.localFlow(t)), true);
  }

  /**
   * Joins the line of `lane` and starts counting in its statistics. A traveler with a
   * tolerance who expects to wait longer does not join (balks, unless `mayBalk` is false:
   * it is already in line at the start); one who joins leaves the line when it runs out.
   */
  private join(t: Traveler, lane: LaneGroupModel, mayBalk: boolean): void {
    t.lane = lane.index;
    t.hour = this.calendar.hourOfDay(t.arrivedAt);
    const patience = this.flowOf(t).patience;
    if (patience) {
      const now = this.sim.now;
      const tolerance = patience.seconds.sample(this.draws.at(t, PATIENCE));
      if (mayBalk && patience.balk && lane.expectedWait(this.localFlow(t), t.programIndex, now) > tolerance) {
        this.giveUp(t, 1, patience, 0);
        return;
      }
      // A tolerance that outlasts the run never fires: no event, so infinite patience is the pure queue, event for event.
      if (t.arrivedAt + tolerance < this.lastMoment) this.sim.scheduleAt(Math.max(now, t.arrivedAt + tolerance), this.renege, t);
    }
    for (const g of this.groupsOf(t)) g.arrival(t);
    if (t.contraband) this.region?.attempt(this.spec.index, lane.index, t.hour);
    lane.join(t);
  }

  /** Its tolerance ran out: a traveler still in line leaves it. */
  private readonly renege = (t: Traveler): void => {
    if (t.gaveUp !== 0 || t.primaryStart >= 0 || t.lane < 0 || t.port !== this.spec.index) return;
    if (!this.lanes[t.lane].leave(t)) return;
    this.giveUp(t, 2, this.flowOf(t).patience!, this.sim.now - t.arrivedAt);
  };

  /**
   * A traveler gives up (1: balked, 2: reneged after `waited` seconds) and goes home, drives
   * to the connected port with the shortest expected wait plus drive (once: a traveler who
   * already switched goes home), or puts the trip off.
   */
  private giveUp(t: Traveler, how: 1 | 2, patience: CompiledPatience, waited: number): void {
    const now = this.sim.now;
    const u = travelerUniform(t, GIVE_UP);
    let outcome = u < patience.outcomeCum[0] ? 1 : u < patience.outcomeCum[1] ? 2 : 0;
    const f = this.flowOf(t);
    const route = outcome === 1 && this.region && !t.switched ? this.region.alternative(t, this.spec.index, f.mode, f.direction, now) : null;
    if (outcome === 1 && !route) outcome = 0;
    t.gaveUp = how;
    for (const g of this.groupsOf(t)) g.gaveUp(t, how, outcome, waited);
    if (route) {
      const target = this.others[route.port];
      t.switched = true;
      t.gaveUp = 0;
      t.lane = -1;
      t.booth = -1;
      t.ticket = -1;
      t.port = route.port;
      this.drivingNow++;
      this.inside?.delete(t);
      target.inside?.add(t);
      target.arriveFrom(this, t, route.delay);
      return;
    }
    this.gaveUpAll++;
    if (this.inside) {
      this.inside.delete(t);
      this.options.onRecord!(t, how === 1 ? 'balked' : 'reneged');
    }
  }

  private readonly scratch: GroupStats[];

  /** The statistics groups a traveler counts in as it goes: its lane, its flow (at the port of origin), lane × hour. */
  private groupsOf(t: Traveler): GroupStats[] {
    const g = this.scratch;
    g[0] = this.byLane[t.lane];
    g[1] = (this.others[t.originPort] ?? this).byFlow[t.flow];
    g[2] = this.byLaneHour[t.lane][t.hour];
    return g;
  }

  /** Seizures so far (live views; the port's figures are complete only after `finish`). */
  get seizuresSoFar(): number {
    let n = 0;
    for (const g of this.byLane) n += g.seizures;
    return n;
  }

  /** The traveler's flow at this port (−1: none with its id), for per-flow inspection times. */
  private localFlow(t: Traveler): number {
    return t.originPort === this.spec.index ? t.flow : this.model.region.flowAt[t.originPort][t.flow][this.spec.index];
  }

  private flowOf(t: Traveler): CompiledFlow {
    return (this.others[t.originPort] ?? this).flows[t.flow].flow;
  }

  private readonly primaryStarts = (t: Traveler): void => {
    const now = this.sim.now;
    t.primaryStart = now;
    const w = now - t.arrivedAt;
    const lnw = w > 0 ? fm.log(w) : -Infinity;
    const f = this.flowOf(t);
    for (const g of this.groupsOf(t)) g.primaryStarts(t, w, lnw, f);
    const lane = this.lanes[t.lane];
    lane.started(t);
    let extra = 0;
    for (const s of this.boothStages) extra += s.atBooth!(t, this, lane.spec);
    const policies = lane.spec.policies;
    const np = policies.length > 0 ? noPrimaryRule(policies, now, t.program) : null;
    let seconds: number;
    if (np) {
      t.passed = true;
      seconds = np.pass.sample(this.draws.at(t, PRIMARY));
    } else if (t.precleared) {
      t.passed = true;
      seconds = this.flowOf(t).precleared!.pass.sample(this.draws.at(t, PRIMARY));
    } else {
      const factor = policies.length > 0 ? primaryTimeFactor(policies, now) : 1;
      seconds = lane.service(this.localFlow(t), t.programIndex, now).sample(this.draws.at(t, PRIMARY)) * factor;
    }
    this.sim.schedule(seconds * lane.spec.stackFactor + extra, this.primaryEnds, t);
  };

  private readonly primaryEnds = (t: Traveler): void => {
    const lane = this.lanes[t.lane];
    const now = this.sim.now;
    t.primaryEnd = now;
    lane.release(t);
    const b = this.booth;
    b.lane = lane.spec;
    b.started = t.primaryStart;
    b.seconds = now - t.primaryStart;
    b.meanSeconds = lane.meanService(this.localFlow(t), t.programIndex, t.primaryStart);
    const stages = this.stages;
    for (let i = 0; i < stages.length; i++) {
      const r = stages[i].refers;
      if (r && r(t, this, b)) {
        t.referral = this.spec.stageReasons[i];
        break;
      }
    }
    for (const g of this.groupsOf(t)) g.primaryEnds(t);
    if (t.referral >= 0 && this.secondary) {
      const sec = this.spec.secondary!;
      if (!this.referringStage(t).secondary) t.inspection = chooseInspection(sec, this.flowOf(t).mode, travelerUniform(t, INSPECTION));
      for (const g of this.groupsOf(t)) g.referred();
      this.secondary.request(this.secondaryStarts, t);
    } else {
      this.exit(t);
    }
  };

  private referringStage(t: Traveler): ScreeningStage {
    return this.stages[this.spec.stageReasons.indexOf(t.referral)];
  }

  private readonly secondaryStarts = (t: Traveler): void => {
    const now = this.sim.now;
    t.secondaryStart = now;
    const w = now - t.primaryEnd;
    for (const g of this.groupsOf(t)) g.secondaryStarts(t, w);
    const stage = this.referringStage(t);
    const out = stage.secondary
      ? stage.secondary(t, this)
      : inspect(this.spec.secondary!, t, this.draws.at(t, SECONDARY_MINUTES), travelerUniform(t, SEIZURE));
    t.seized = out.seized;
    this.sim.schedule(out.minutes * 60, this.secondaryEnds, t);
  };

  private readonly secondaryEnds = (t: Traveler): void => {
    t.secondaryEnd = this.sim.now;
    this.secondary!.release();
    for (const g of this.groupsOf(t)) g.secondaryEnds(t);
    if (t.seized) this.region?.seizure(this.spec.index, t.lane, t.hour);
    this.exit(t);
  };

  private exit(t: Traveler): void {
    const now = this.sim.now;
    this.exitedAll++;
    const v = this.flowOf(t).valuePerHour;
    for (const g of this.groupsOf(t)) g.exit(t, now, v);
    if (this.inside) {
      this.inside.delete(t);
      this.options.onRecord!(t, 'exited');
    }
  }

  // ---- warm-up and meters ----

  private readonly endWarmup = (): void => {
    this.meters.close(this.sim.now, this.measuring);
    this.measuring = true;
    for (const l of this.lanes) l.resetStats();
    this.secondary?.resetStats();
    this.imaging?.resetStats();
    this.meters.restart();
  };

  // Past the horizon (a draining run) the meters stay closed: capacity is reported to the horizon.
  private readonly hourTick = (): void => {
    if (this.atHorizonStats) return;
    this.meters.close(this.sim.now, this.measuring);
    this.sim.schedule(HOUR, this.hourTick, this);
  };

  private readonly startHourTick = (): void => {
    if (this.atHorizonStats) return;
    this.meters.close(this.sim.now, this.measuring);
    this.sim.schedule(HOUR, this.startHourTick, this);
  };
}

/** Where a traveler is: still driving, at imaging, in line, at the booth, in secondary, or gone. */
export function statusOf(t: Traveler): TravelerStatus {
  if (t.gaveUp === 1) return 'balked';
  if (t.gaveUp === 2) return 'reneged';
  if (t.lane < 0) return t.scanned ? 'imaging' : 'driving';
  if (t.primaryStart < 0) return 'in-line';
  if (t.primaryEnd < 0) return 'at-primary';
  if (t.referral >= 0 && t.secondaryEnd < 0) return 'in-secondary';
  return 'exited';
}
