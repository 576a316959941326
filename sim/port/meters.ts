// Time integrals of booths and bays by clock hour (after the warm-up) and a timeline by hour since the start (warm-up included).
//
// The port closes the meters at every clock hour and at every hour since the start (they
// differ when the run starts at, say, 16:30), so the time between two closes lies inside one
// bin of each kind.

import type { PoolStats } from '../resources/server-pool.ts';
import { HOUR, type Calendar } from './calendar.ts';

/** Time integrals of a lane group or of secondary over one clock hour, summed over days. */
export interface HourMeter {
  duration: number;
  busyArea: number;
  capacityArea: number;
  lineArea: number;
}

const meter = (): HourMeter => ({ duration: 0, busyArea: 0, capacityArea: 0, lineArea: 0 });

function addMeter(m: HourMeter, s: PoolStats, last: PoolStats, d: number): void {
  m.duration += d;
  m.busyArea += s.busyArea - last.busyArea;
  m.capacityArea += s.capacityArea - last.capacityArea;
  m.lineArea += s.lineArea - last.lineArea;
}

/** Something whose time integrals can be read (a lane group, a pool of bays). */
export interface Metered {
  stats(): PoolStats;
}

export class PortMeters {
  /** By lane, by clock hour. */
  readonly laneHours: HourMeter[][];
  readonly secondaryHours: HourMeter[] = Array.from({ length: 24 }, meter);
  /** By lane, per hour since the start: time integrals of the line and the open booths, and the time covered. */
  private readonly timeline: { line: number[]; capacity: number[]; duration: number[] }[];
  private lastLane: PoolStats[];
  private lastSecondary: PoolStats | null;

  constructor(
    private readonly lanes: readonly Metered[],
    private readonly secondary: Metered | null,
    private readonly calendar: Calendar,
  ) {
    this.laneHours = lanes.map(() => Array.from({ length: 24 }, meter));
    this.timeline = lanes.map(() => ({ line: [], capacity: [], duration: [] }));
    this.lastLane = lanes.map((l) => l.stats());
    this.lastSecondary = secondary?.stats() ?? null;
  }

  /** Starts afresh after the resources' own statistics were reset (end of warm-up). */
  restart(): void {
    this.lastLane = this.lanes.map((l) => l.stats());
    this.lastSecondary = this.secondary?.stats() ?? null;
  }

  /** Mean line length and open booths by lane, per hour since the start (the last hour may be partial). */
  get laneTimeline(): { queueLength: number[]; openBooths: number[] }[] {
    return this.timeline.map((tl) => ({
      queueLength: tl.duration.map((d, k) => (d > 0 ? tl.line[k] / d : 0)),
      openBooths: tl.duration.map((d, k) => (d > 0 ? tl.capacity[k] / d : 0)),
    }));
  }

  /** Adds the integrals since the last call to the bins of the hour just ended (`measuring`: after the warm-up). */
  close(now: number, measuring: boolean): void {
    const before = Math.max(0, now - 1e-6);
    const hour = this.calendar.hourOfDay(before);
    const sinceStart = Math.floor(before / HOUR);
    this.lanes.forEach((l, i) => {
      const s = l.stats();
      const last = this.lastLane[i];
      const d = s.duration - last.duration;
      if (d > 0) {
        if (measuring) addMeter(this.laneHours[i][hour], s, last, d);
        // The timeline covers warm-up too: it shows how the lines built up.
        const tl = this.timeline[i];
        for (let k = tl.duration.length; k <= sinceStart; k++) {
          tl.line.push(0);
          tl.capacity.push(0);
          tl.duration.push(0);
        }
        tl.line[sinceStart] += s.lineArea - last.lineArea;
        tl.capacity[sinceStart] += s.capacityArea - last.capacityArea;
        tl.duration[sinceStart] += d;
      }
      this.lastLane[i] = s;
    });
    if (this.secondary && this.lastSecondary) {
      const s = this.secondary.stats();
      const d = s.duration - this.lastSecondary.duration;
      if (d > 0 && measuring) addMeter(this.secondaryHours[hour], s, this.lastSecondary, d);
      this.lastSecondary = s;
    }
  }
}
