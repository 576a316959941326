// Several ports within driving distance: travelers who switch ports on expected waits, and smugglers who go where detection looks lowest.
//
// Smugglers perceive detection from what happened to earlier attempts — seizures over
// attempts at each port and lane group, smoothed by a prior — and that perception is
// refreshed only every `lagHours`, so tighter screening displaces contraband after a lag.

import * as fm from '../math/index.ts';
import type { Simulation } from '../kernel/simulation.ts';
import type { CompiledRegion } from '../model/compiled.ts';
import { purpose } from '../model/purposes.ts';
import type { Traveler } from '../model/traveler.ts';
import type { Direction, Mode } from '../model/vocabulary.ts';
import { HOUR, type Calendar } from './calendar.ts';
import { travelerUniform } from './keys.ts';
import type { LaneGroupModel } from './lane-group.ts';

const SWITCH = purpose('region/switch');
const DETER = purpose('region/deter');

/** What the region needs from a port. */
export interface RegionPort {
  readonly lanes: LaneGroupModel[];
  eligibleLanes(t: Traveler, mode: Mode, direction: Direction, now: number): readonly LaneGroupModel[];
}

export interface Route {
  port: number;
  /** Lane group a smuggler picked, or −1 to choose by waits as everyone else does. */
  lane: number;
  /** Seconds of driving before arriving at `port`. */
  delay: number;
}

export class Region {
  /** Driving seconds between ports (Infinity: not connected; 0 on the diagonal). */
  readonly drive: number[][];
  private ports: RegionPort[] = [];
  private attempts: number[][] = [];
  private seized: number[][] = [];
  private attemptsByHour: number[][] = [];
  private seizedByHour: number[][] = [];
  /** Perceived detection by port and clock hour of the crossing. */
  perceivedHour: number[][] = [];
  /** Perceived detection by port and lane group, as of the last refresh. */
  perceivedLane: number[][] = [];
  perceivedPort: number[] = [];

  constructor(
    private readonly sim: Simulation,
    private readonly model: CompiledRegion,
    private readonly calendar: Calendar,
  ) {
    this.drive = model.drive;
  }

  attach(ports: RegionPort[]): void {
    this.ports = ports;
    this.attempts = ports.map((p) => p.lanes.map(() => 0));
    this.seized = ports.map((p) => p.lanes.map(() => 0));
    this.attemptsByHour = ports.map(() => new Array<number>(24).fill(0));
    this.seizedByHour = ports.map(() => new Array<number>(24).fill(0));
    this.refresh();
    const sm = this.model.smugglers;
    if (sm) this.sim.schedule(sm.lagSeconds, this.tick, this);
  }

  /** A contraband carrier entered lane group `lane` of port `port` at clock hour `hour`. */
  attempt(port: number, lane: number, hour: number): void {
    this.attempts[port][lane]++;
    this.attemptsByHour[port][hour]++;
  }

  /** A carrier who entered at clock hour `hour` was caught. */
  seizure(port: number, lane: number, hour: number): void {
    this.seized[port][lane]++;
    this.seizedByHour[port][hour]++;
  }

  private readonly tick = (): void => {
    this.refresh();
    this.sim.schedule(this.model.smugglers!.lagSeconds, this.tick, this);
  };

  private refresh(): void {
    const sm = this.model.smugglers;
    const prior = sm?.priorDetection ?? 0;
    const w = sm?.priorWeight ?? 0;
    const rate = (seized: number, attempts: number) => (attempts + w > 0 ? (seized + prior * w) / (attempts + w) : prior);
    this.perceivedLane = this.attempts.map((row, p) => row.map((a, l) => rate(this.seized[p][l], a)));
    this.perceivedHour = this.attemptsByHour.map((row, p) => row.map((a, h) => rate(this.seizedByHour[p][h], a)));
    this.perceivedPort = this.attempts.map((row, p) =>
      rate(
        this.seized[p].reduce((x, y) => x + y, 0),
        row.reduce((x, y) => x + y, 0),
      ),
    );
  }

  /**
   * Where a traveler arriving at `origin` goes. Adaptive carriers pick the port (and lane)
   * with the lowest perceived detection, or give up their contraband (deterrence);
   * switchers go to another port when its expected wait plus driving time beats the
   * origin's by more than the threshold; everyone else stays.
   */
  route(t: Traveler, origin: number, mode: Mode, direction: Direction, now: number): Route {
    const sm = this.model.smugglers;
    if (sm && t.contraband && t.adaptive) return this.smuggle(t, origin, mode, direction, now, sm);
    const sw = this.model.switching;
    if (!sw || this.ports.length < 2 || travelerUniform(t, SWITCH) >= sw.share) return { port: origin, lane: -1, delay: 0 };
    const here = this.expectedWait(origin, t, mode, direction, now);
    const other = this.alternative(t, origin, mode, direction, now);
    if (other && here - other.cost > sw.thresholdSeconds) return { port: other.port, lane: -1, delay: other.delay };
    return { port: origin, lane: -1, delay: 0 };
  }

  /**
   * For a traveler giving up at `origin`: the connected port (not the origin) with the
   * shortest expected wait plus driving time (`cost`, seconds), or null when none is
   * connected with a lane the traveler may use.
   */
  alternative(t: Traveler, origin: number, mode: Mode, direction: Direction, now: number): { port: number; delay: number; cost: number } | null {
    let best = -1;
    let bestCost = Infinity;
    for (let j = 0; j < this.ports.length; j++) {
      const d = this.drive[origin][j];
      if (j === origin || d === Infinity) continue;
      const cost = this.expectedWait(j, t, mode, direction, now + d) + d;
      if (cost < bestCost) {
        best = j;
        bestCost = cost;
      }
    }
    return best < 0 ? null : { port: best, delay: this.drive[origin][best], cost: bestCost };
  }

  private smuggle(t: Traveler, origin: number, mode: Mode, direction: Direction, now: number, sm: NonNullable<CompiledRegion['smugglers']>): Route {
    const choosePort = sm.choosePort;
    const chooseLane = sm.chooseLane;
    let bestPort = origin;
    let bestLane = -1;
    let bestP = Infinity;
    for (let j = 0; j < this.ports.length; j++) {
      if (j !== origin && (!choosePort || this.drive[origin][j] === Infinity)) continue;
      const lanes = this.ports[j].eligibleLanes(t, mode, direction, now);
      if (lanes.length === 0) continue;
      let p = this.perceivedPort[j];
      let lane = -1;
      if (chooseLane) {
        p = Infinity;
        for (const l of lanes) {
          const q = this.perceivedLane[j][l.index];
          if (q < p) {
            p = q;
            lane = l.index;
          }
        }
      }
      // Ties keep the origin (no reason to drive).
      if (p < bestP - 1e-12 || (j === origin && p <= bestP + 1e-12)) {
        bestP = p;
        bestPort = j;
        bestLane = lane;
      }
    }
    const d = sm.deterrence;
    if (d && bestP !== Infinity && travelerUniform(t, DETER) < d.maxShare / (1 + fm.exp(-d.slope * (bestP - d.midpoint)))) {
      t.deterred = true;
      return { port: origin, lane: -1, delay: 0 };
    }
    const drive = bestPort === origin ? 0 : this.drive[origin][bestPort];
    const wait = sm.chooseHour ? this.bestHourDelay(bestPort, now + drive) : 0;
    if (wait > 0) t.retimed = true;
    return { port: bestPort, lane: bestLane, delay: drive + wait };
  }

  /**
   * Whole hours to put off a crossing due at time t so that it falls in the clock hour
   * (within the next day) with the lowest perceived detection at the port; 0 keeps the
   * current hour, which wins ties.
   */
  private bestHourDelay(port: number, t: number): number {
    const now = this.calendar.hourOfDay(t);
    const p = this.perceivedHour[port];
    let best = 0;
    for (let k = 1; k < 24; k++) if (p[(now + k) % 24] < p[(now + best) % 24] - 1e-12) best = k;
    return best * HOUR;
  }

  private expectedWait(port: number, t: Traveler, mode: Mode, direction: Direction, now: number): number {
    let best = Infinity;
    for (const l of this.ports[port].eligibleLanes(t, mode, direction, now)) {
      const w = l.expectedWait(this.model.flowAt[t.originPort][t.flow][port], t.programIndex, now);
      if (w < best) best = w;
    }
    return best;
  }
}
