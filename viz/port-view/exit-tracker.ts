// Keeps running totals over every vehicle that has left a live run, for checks (Little's law) that need all of them.
//
// The live run keeps only the most recent exits; the tracker is told to look often enough
// (the lockstep advance calls it at least every 500 events) that none is missed, and says
// so honestly if one was.

import type { LiveRun } from '../../sim/index.ts';

export interface LaneExitTotals {
  /** Vehicles that left after using this lane group. */
  exited: number;
  /** Σ (primary start − arrival) over them, seconds. */
  waitSum: number;
}

export class ExitTracker {
  /** By port, by lane id. */
  readonly lanes: Map<string, LaneExitTotals>[];
  /** False once exits happened faster than the run's buffer of recent exits could show us. */
  complete = true;
  private seen: number[];

  constructor(private readonly run: LiveRun) {
    const snap = run.snapshot();
    this.lanes = snap.ports.map((p) => new Map(p.lanes.map((l) => [l.id, { exited: 0, waitSum: 0 }])));
    this.seen = snap.ports.map(() => 0);
  }

  observe(): void {
    if (!this.complete) return;
    const ports = this.run.snapshot().ports;
    ports.forEach((p, pi) => {
      const fresh = p.exited - this.seen[pi];
      if (fresh <= 0) return;
      const recent = this.run.recentlyExited(pi);
      if (fresh > recent.length) {
        this.complete = false;
        return;
      }
      const totals = this.lanes[pi];
      for (let k = recent.length - fresh; k < recent.length; k++) {
        const v = recent[k];
        const lane = totals.get(v.lane ?? '');
        if (!lane) continue;
        lane.exited++;
        if (v.primaryStart !== null) lane.waitSum += v.primaryStart - v.arrivedAt;
      }
      this.seen[pi] = p.exited;
    });
  }
}
