// Lanes whose booths cannot keep up: utilization at the saturation mark, or a line still growing when the run ends.

import type { ResultDocument } from '../../sim/index.ts';
import { lineStillGrowing } from '../view-models/utilization.ts';

/** Utilization at or above this means the booths never catch up (the same mark as the utilization chart). */
export const SATURATED = 0.98;

export interface LaneWarning {
  scenario: string;
  lane: string;
  utilization: number | null;
  inQueueAtEnd: number | null;
  reason: string;
}


export function laneWarnings(docs: ResultDocument[]): LaneWarning[] {
  const out: LaneWarning[] = [];
  for (const d of docs) {
    for (const p of d.ports) {
      for (const l of p.lanes) {
        const u = l.capacity.utilization.mean;
        const q = l.figures.inQueueAtEnd.mean;
        const growing = lineStillGrowing(l.timeline.queueLength, d.scenario.warmupHours, l.capacity.openBooths.mean ?? 1);
        const atHorizon = l.timeline.queueLength.at(-1) ?? null;
        const reasons: string[] = [];
        if (u !== null && u >= SATURATED) reasons.push(`booths busy ${Math.round(u * 100)} % of the staffed time`);
        if (growing && atHorizon !== null) reasons.push(`${Math.round(atHorizon)} vehicles in line at the end of the horizon, and the line was still growing`);
        if (reasons.length > 0) out.push({ scenario: d.scenario.name, lane: l.label, utilization: u, inQueueAtEnd: q, reason: reasons.join('; ') });
      }
    }
  }
  return out;
}
