// A primary-inspection lane group: its booths, its line(s), its officers over the day.
//
// Open booths = min(booths, officers on duty). A pooled lane group is one ServerPool whose
// capacity follows staffing; a per-booth lane group has one single-server pool per booth,
// and arrivals join the shortest open line. When a booth closes, the vehicle at the booth
// finishes (the officer works over, counted as overtime) and the vehicles waiting in its
// line move, in order, to the shortest open lines.

import type { Simulation, Callback } from '../kernel/simulation.ts';
import { ServerPool, type PoolStats } from '../resources/server-pool.ts';
import type { Sampler } from '../random/samplers.ts';
import type { CompiledLane } from '../model/compiled.ts';
import { extraOfficers, trustedSuspended } from '../model/policies.ts';
import { officersAt } from '../model/staffing.ts';
import type { Traveler } from '../model/traveler.ts';
import type { Direction, Eligibility, Mode } from '../model/vocabulary.ts';

export class LaneGroupModel {
  readonly id: string;
  readonly index: number;
  /** The general lane group whose inspection times apply while this trusted lane is suspended. */
  generalTwin: LaneGroupModel | null = null;
  /** Booths open now. */
  open = 0;
  /** Extra booths opened from the flex pool (active lane management). */
  flex = 0;
  /** Booths staffed by the lane group's own officers (and policies), before flex booths. */
  private staffed = 0;
  /** ∫ (booths open beyond the lane's own staffing) dt, seconds, since the last reset. */
  private addedArea = 0;
  private addedSince = 0;
  private readonly pools: ServerPool[];
  private readonly perBooth: boolean;
  private readonly hasPolicies: boolean;
  /**
   * Where booths can close, the vehicle at each booth (by slot) and when its inspection
   * started (a sequence number), so a closing booth can tell whose it is. A pooled lane
   * hands out free slots; a per-booth lane's slot is the booth.
   */
  private readonly boothsCanClose: boolean;
  private readonly atSlot: (Traveler | null)[];
  private readonly startedAt: number[];
  private readonly freeSlots: number[];
  private starts = 0;

  constructor(
    private readonly sim: Simulation,
    readonly spec: CompiledLane,
    private readonly onGranted: Callback<Traveler>,
  ) {
    this.id = spec.id;
    this.index = spec.index;
    this.perBooth = spec.perBooth;
    this.hasPolicies = spec.policies.length > 0;
    this.boothsCanClose = this.hasPolicies || spec.managed || spec.initialStaffing !== null || (spec.staffing !== null && spec.staffing.hours.length > 1);
    this.atSlot = new Array<Traveler | null>(spec.booths).fill(null);
    this.startedAt = new Array<number>(spec.booths).fill(-1);
    this.freeSlots = Array.from({ length: spec.booths }, (_, i) => spec.booths - 1 - i);
    const n = this.perBooth ? spec.booths : 1;
    this.pools = Array.from({ length: n }, (_, b) => new ServerPool(sim, { capacity: 0, name: `${this.id}#${b}` }));
  }

  /** Whether a traveler of this mode, direction and program may use the lane group at time t. */
  accepts(mode: Mode, program: Eligibility, direction: Direction, t: number): boolean {
    const l = this.spec;
    if (direction !== l.direction || !l.modes.includes(mode)) return false;
    if (l.programs.includes(program)) return true;
    return l.trusted && this.hasPolicies && trustedSuspended(l.policies, t);
  }

  /**
   * The primary inspection time sampler for a flow of this port (−1: a flow of another
   * port) at time t; a suspended trusted lane inspects like a general one.
   */
  service(flow: number, program: number, t: number): Sampler {
    if (this.generalTwin && this.hasPolicies && trustedSuspended(this.spec.policies, t)) return this.generalTwin.service(flow, program, t);
    return flow < 0 ? this.spec.defaultService[program] : this.spec.service[flow][program];
  }

  /** Mean time a vehicle holds a booth, seconds (stacked booths hold it longer: see `stackFactor`). */
  meanService(flow: number, program: number, t: number): number {
    return this.service(flow, program, t).mean * this.spec.stackFactor;
  }

  /** Vehicles waiting in line (all booths). */
  get lineLength(): number {
    let n = 0;
    for (const p of this.pools) n += p.queueLength;
    return n;
  }

  /** Vehicles at a booth being inspected (overtime included). */
  get inService(): number {
    let n = 0;
    for (const p of this.pools) n += p.busy + p.overtime;
    return n;
  }

  /**
   * Expected wait of a newcomer: the work ahead of it (everyone in line and at the booths,
   * beyond the booths about to free up) divided by the open booths' service rate.
   * Infinity when no booth is open.
   */
  expectedWait(flow: number, program: number, t: number): number {
    if (this.open === 0) return Infinity;
    let busy = 0;
    for (const p of this.pools) busy += p.busy;
    const ahead = this.lineLength + busy + 1 - this.open;
    return ahead <= 0 ? 0 : (ahead * this.meanService(flow, program, t)) / this.open;
  }

  /** Expected wait of the line as it stands, with the lane group's mean time at the booth (for supervisors). */
  lineWait(): number {
    if (this.open === 0) return this.lineLength > 0 ? Infinity : 0;
    return (this.lineLength * this.spec.meanPrimarySeconds) / this.open;
  }

  join(t: Traveler): void {
    if (!this.perBooth) {
      t.booth = -1;
      t.ticket = this.pools[0].request(this.onGranted, t);
      return;
    }
    const b = this.shortestLine();
    t.booth = b;
    t.ticket = this.pools[b].request(this.onGranted, t);
  }

  /** Takes a waiting traveler out of line (it gave up); false if its inspection already began. */
  leave(t: Traveler): boolean {
    if (t.ticket < 0 || t.primaryStart >= 0) return false;
    return this.pools[t.booth < 0 ? 0 : t.booth].cancel(t.ticket);
  }

  /** Calls `fn` for every traveler waiting in line. */
  forEachWaiting(fn: (t: Traveler) => void): void {
    for (const p of this.pools) p.forEachWaiting(fn as (arg: unknown) => void);
  }

  /** A vehicle's inspection started (so a closing booth can tell whose it is). */
  started(t: Traveler): void {
    if (!this.boothsCanClose) return;
    let s = this.perBooth ? t.booth : this.freeSlots.pop();
    if (s === undefined) {
      // More vehicles at booths than booths (a handover keeps a closed booth's vehicle going).
      s = this.atSlot.length;
      this.atSlot.push(null);
      this.startedAt.push(-1);
    }
    t.slot = s;
    this.atSlot[s] = t;
    this.startedAt[s] = this.starts++;
  }

  release(t: Traveler): void {
    if (this.boothsCanClose) {
      // A booth that reopened while its officer finished on overtime already has its next vehicle.
      if (this.atSlot[t.slot] === t) this.atSlot[t.slot] = null;
      if (!this.perBooth) this.freeSlots.push(t.slot);
    }
    const pool = this.pools[t.booth < 0 ? 0 : t.booth];
    if (t.overtime) pool.releaseOvertime();
    else pool.release();
  }

  /**
   * Opens or closes booths to match staffing at clock hour `clockHour` (policies at run time t may
   * add officers); a warm start's officers stand in for the staffing until their time is up.
   */
  staff(clockHour: number, t: number): void {
    const l = this.spec;
    const extra = this.hasPolicies ? extraOfficers(l.policies, t) : 0;
    const initial = l.initialStaffing;
    const officers = initial && t < initial.until ? initial.officers : l.staffing ? officersAt(l.staffing, clockHour) : l.booths;
    this.accountAdded();
    this.staffed = Math.min(l.booths, officers + extra);
    this.setOpen(Math.min(l.booths, this.staffed + this.flex));
  }

  /** Booths that could still open here from the flex pool (physical booths not staffed). */
  get closedBooths(): number {
    return this.spec.booths - this.open;
  }

  /** Flex officers here without a booth (the lane's own staffing has since filled the booths). */
  get idleFlex(): number {
    return Math.max(0, Math.min(this.flex, this.staffed + this.flex - this.spec.booths));
  }

  /** Opens (+1) or closes (−1) a booth staffed from the flex pool. */
  flexBy(delta: 1 | -1): void {
    this.accountAdded();
    this.flex += delta;
    this.setOpen(Math.min(this.spec.booths, this.staffed + this.flex));
  }

  private accountAdded(): void {
    const now = this.sim.now;
    this.addedArea += (this.open - Math.min(this.open, this.staffed)) * (now - this.addedSince);
    this.addedSince = now;
  }

  /** Booth-hours opened beyond the lane's own staffing (flex booths) since the last reset. */
  addedBoothHours(): number {
    this.accountAdded();
    return this.addedArea / 3600;
  }

  private setOpen(open: number): void {
    if (open === this.open) return;
    const l = this.spec;
    this.open = open;
    const finish = l.finishOnOvertime;
    if (!this.perBooth) {
      const pool = this.pools[0];
      pool.setCapacity(open);
      // The booths that closed are those of the latest inspections to start; their officers stay to finish.
      const excess = pool.busy - open;
      if (finish && excess > 0) {
        const latest = this.atSlot
          .map((t, s) => ({ t, s }))
          .filter((x): x is { t: Traveler; s: number } => x.t !== null && !x.t.overtime)
          .sort((a, b) => this.startedAt[a.s] - this.startedAt[b.s])
          .slice(-excess);
        for (const { t } of latest) t.overtime = true;
        pool.toOvertime(latest.length);
      }
      return;
    }
    for (let b = 0; b < this.pools.length; b++) {
      const pool = this.pools[b];
      pool.setCapacity(b < open ? 1 : 0);
      // A booth's own vehicle always finishes there; with a hand-over it is not overtime.
      if (finish && pool.busy > pool.capacity) {
        const t = this.atSlot[b];
        if (t && !t.overtime) {
          t.overtime = true;
          pool.toOvertime(1);
        }
      }
    }
    if (open === 0) return;
    // Vehicles in the lines of closed booths move to the open ones, keeping their order.
    for (let b = open; b < this.pools.length; b++) {
      for (const { fn, arg } of this.pools[b].drainLine()) {
        const t = arg as Traveler;
        const to = this.shortestLine();
        t.booth = to;
        t.ticket = this.pools[to].request(fn, t);
      }
    }
  }

  resetStats(): void {
    for (const p of this.pools) p.resetStats();
    this.accountAdded();
    this.addedArea = 0;
  }

  /** Time integrals summed over the group's booths. */
  stats(): PoolStats {
    const sum: PoolStats = { duration: 0, busyArea: 0, capacityArea: 0, lineArea: 0, overtimeArea: 0, maxLine: 0, granted: 0 };
    for (const p of this.pools) {
      const s = p.stats();
      sum.duration = s.duration;
      sum.busyArea += s.busyArea;
      sum.capacityArea += s.capacityArea;
      sum.lineArea += s.lineArea;
      sum.overtimeArea += s.overtimeArea;
      sum.maxLine += s.maxLine;
      sum.granted += s.granted;
    }
    return sum;
  }

  /** The open booth with the fewest vehicles (in line + at the booth); the first such booth on ties. */
  private shortestLine(): number {
    const n = this.open > 0 ? this.open : this.pools.length;
    let best = 0;
    let bestLoad = Infinity;
    for (let b = 0; b < n; b++) {
      const p = this.pools[b];
      const load = p.queueLength + p.busy;
      if (load < bestLoad) {
        best = b;
        bestLoad = load;
      }
    }
    return best;
  }
}
