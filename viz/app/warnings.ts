// Lanes whose booths cannot keep up: utilization at the saturation mark, or a line still growing when the run ends.

import type { ResultDocument } from '../../sim/index.ts';

/** Utilization at or above this means the booths never catch up (the same mark as the utilization chart). */
export const SATURATED = 0.98;

export interface LaneWarning {
  scenario: string;
  lane: string;
  utilization: number | null;
  inQueueAtEnd: number | null;
  reason: string;
}

/**
 * The line at the end against the same clock hour a day earlier (or the first measured hour on a
 * shorter run), so an evening rush is not mistaken for growth.
 */
function stillGrowing(queue: readonly number[], warmupHours: number, booths: number, atEnd: number | null): boolean {
  if (queue.length < 2 || atEnd === null || atEnd < 1) return false;
  const last = queue.length - 1;
  const earlier = last - 24 >= 0 ? last - 24 : Math.min(Math.floor(warmupHours), last - 1);
  return queue[last] > 2 * queue[earlier] + Math.max(1, booths);
}

export function laneWarnings(docs: ResultDocument[]): LaneWarning[] {
  const out: LaneWarning[] = [];
  for (const d of docs) {
    for (const p of d.ports) {
      for (const l of p.lanes) {
        const u = l.capacity.utilization.mean;
        const q = l.figures.inQueueAtEnd.mean;
        const growing = stillGrowing(l.timeline.queueLength, d.scenario.warmupHours, l.capacity.openBooths.mean ?? 1, q);
        const reasons: string[] = [];
        if (u !== null && u >= SATURATED) reasons.push(`booths busy ${Math.round(u * 100)} % of the staffed time`);
        if (growing && q !== null) reasons.push(`${Math.round(q)} vehicles still in line at the end, and the line was still growing`);
        if (reasons.length > 0) out.push({ scenario: d.scenario.name, lane: l.label, utilization: u, inQueueAtEnd: q, reason: reasons.join('; ') });
      }
    }
  }
  return out;
}
