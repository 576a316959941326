// A live Little's-law check per lane group: time-average line length L against arrival rate λ times mean wait W.
//
// Over [0, T], ∫ line length dt is exactly the sum of the time each vehicle spent in line up
// to T. L = that sum ÷ T; λ = arrivals ÷ T; W = mean wait of the vehicles that have reached
// the booth. L and λW differ only by the vehicles still in line (an edge effect), so the
// gap shrinks as T grows — which is the lesson.

import type { VehicleView } from '../../sim/index.ts';
import type { LaneExitTotals } from './exit-tracker.ts';

export interface LittleRow {
  lane: string;
  label: string;
  /** Time-average vehicles in line. */
  L: number | null;
  /** Arrivals per minute. */
  lambdaPerMinute: number | null;
  /** Mean wait to reach the primary booth, minutes, of vehicles that reached it. */
  W: number | null;
  /** λ·W, vehicles. */
  lambdaW: number | null;
  /** Vehicles still in line now (the edge effect). */
  stillInLine: number;
}

export function littlesLaw(
  now: number,
  lanes: readonly { id: string; label: string }[],
  exited: ReadonlyMap<string, LaneExitTotals>,
  inside: readonly VehicleView[],
): LittleRow[] {
  return lanes.map(({ id, label }) => {
    const past = exited.get(id) ?? { exited: 0, waitSum: 0 };
    let arrivals = past.exited;
    let lineTime = past.waitSum;
    let started = past.exited;
    let waitSum = past.waitSum;
    let stillInLine = 0;
    for (const v of inside) {
      if (v.lane !== id) continue;
      arrivals++;
      if (v.primaryStart === null) {
        lineTime += now - v.arrivedAt;
        stillInLine++;
      } else {
        const w = v.primaryStart - v.arrivedAt;
        lineTime += w;
        started++;
        waitSum += w;
      }
    }
    if (!(now > 0)) return { lane: id, label, L: null, lambdaPerMinute: null, W: null, lambdaW: null, stillInLine };
    const L = lineTime / now;
    const lambda = arrivals / now;
    // W is undefined until someone has reached the booth: missing, not zero.
    const W = started > 0 ? waitSum / started : null;
    return {
      lane: id,
      label,
      L,
      lambdaPerMinute: lambda * 60,
      W: W === null ? null : W / 60,
      lambdaW: W === null ? null : lambda * W,
      stillInLine,
    };
  });
}
