// Whether a port's lines were stable: lane-hours whose booths could not keep up, and lines that grew from day to day.

import { summarize } from '../stats/replications.ts';
import type { GrowingLine, LaneResult, LaneRun, Stability, UnstableLaneHour } from './document.ts';

/** Offered load at or above which the booths cannot keep up with the arrivals. */
export const UNSTABLE_LOAD = 1;
/** With one replication, no interval: a line must grow by more than this share of the first day… */
const SINGLE_RUN_GROWTH = 0.1;
/** …and by more than this many vehicles, to count as growing. */
const SINGLE_RUN_VEHICLES = 1;

/** Lane-hours (clock hour, all days pooled) whose mean offered load over replications was ≥ 1, or that had arrivals but no open booth. */
export function unstableLaneHours(lanes: readonly LaneResult[]): UnstableLaneHour[] {
  const out: UnstableLaneHour[] = [];
  for (const lane of lanes) {
    lane.byHour.forEach((h, hour) => {
      const rho = h.capacity.offeredLoad.mean;
      const arrived = h.arrived.mean ?? 0;
      if (rho !== null ? rho >= UNSTABLE_LOAD : arrived > 0 && (h.capacity.openBooths.mean ?? 0) === 0) out.push({ lane: lane.id, hour, rho });
    });
  }
  return out;
}

/**
 * Mean line length in each complete 24-hour block after the warm-up, from a timeline by hour since
 * the start (each block spans the same clock hours, so the daily profile cancels out).
 */
export function lineByDay(queueLength: readonly number[], warmupHours: number, horizonHours: number): number[] {
  const first = Math.ceil(warmupHours);
  const last = Math.min(Math.floor(horizonHours), queueLength.length);
  const out: number[] = [];
  for (let start = first; start + 24 <= last; start += 24) {
    let sum = 0;
    for (let k = start; k < start + 24; k++) sum += queueLength[k];
    out.push(sum / 24);
  }
  return out;
}

/**
 * Lines that grew from day to day: the mean over replications rises every day, and the last day's
 * line is longer than the first's beyond chance (the 95 % interval of the per-replication
 * difference lies above 0; with one replication, longer by over 10 % and one vehicle).
 */
export function growingLines(laneIds: readonly string[], runs: readonly (readonly LaneRun[])[], warmupHours: number, horizonHours: number): GrowingLine[] {
  const out: GrowingLine[] = [];
  laneIds.forEach((lane, li) => {
    const days = runs.map((r) => lineByDay(r[li].timeline.queueLength, warmupHours, horizonHours));
    const nDays = days.length > 0 ? Math.min(...days.map((d) => d.length)) : 0;
    if (nDays < 2) return;
    const perDay = Array.from({ length: nDays }, (_, d) => days.reduce((s, x) => s + x[d], 0) / days.length);
    for (let d = 1; d < nDays; d++) if (!(perDay[d] > perDay[d - 1])) return;
    const growth = summarize(days.map((x) => x[nDays - 1] - x[0]));
    let growthCi: [number, number] | null = null;
    if (growth.ciLow !== null && growth.ciHigh !== null) {
      growthCi = [growth.ciLow, growth.ciHigh];
      if (!(growth.ciLow > 0)) return;
    } else if (!(perDay[nDays - 1] > perDay[0] * (1 + SINGLE_RUN_GROWTH) + SINGLE_RUN_VEHICLES)) {
      return;
    }
    out.push({ lane, perDay, growthCi });
  });
  return out;
}

/** The port's stability report from its aggregated lanes and each replication's lane runs. */
export function stabilityOf(lanes: readonly LaneResult[], runs: readonly (readonly LaneRun[])[], warmupHours: number, horizonHours: number): Stability {
  return {
    unstableLaneHours: unstableLaneHours(lanes),
    growingLines: growingLines(
      lanes.map((l) => l.id),
      runs,
      warmupHours,
      horizonHours,
    ),
  };
}
