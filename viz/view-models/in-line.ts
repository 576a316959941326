// "In line at the end", defined once: vehicles (people on foot) still waiting for a primary booth when
// the run ended, warm-up arrivals included (the engine's inQueueAtEnd), mean over replications.
// The warnings, the censored-waits note and the utilization chart all read it from here.
import type { Across, LaneResult, ResultDocument } from '../../sim/index.ts';

/** One lane group's line at the end, with its CI (mean over replications). */
export function laneInLineAtEnd(lane: LaneResult): Across {
  return lane.figures.inQueueAtEnd;
}

/** The whole document's line at the end: every port, mean over replications (0 with no replications). */
export function inLineAtEnd(doc: ResultDocument): number {
  if (doc.runs.length === 0) return 0;
  let sum = 0;
  for (const r of doc.runs) for (const p of r.ports) sum += p.summary.inQueueAtEnd ?? 0;
  return sum / doc.runs.length;
}

/** The phrase every place uses for it. */
export const IN_LINE_AT_END = 'still in line at the end';
