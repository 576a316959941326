// Lanes whose booths cannot keep up: utilization at the saturation mark, or a line still growing when the run ends.

import type { ResultDocument } from '../../sim/index.ts';
import { IN_LINE_AT_END, inLineAtEnd, laneInLineAtEnd } from '../view-models/in-line.ts';
import { language, t } from '../i18n/index.ts';
import { formatFixed } from '../i18n/number.ts';
import { growingLineText, growthTested, laneStability, lineStillGrowing, unstableHoursText } from '../view-models/utilization.ts';

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
        const q = laneInLineAtEnd(l).mean;
        const reasons: string[] = [];
        if (u !== null && u >= SATURATED) reasons.push(t('app:warn.busy', { pct: Math.round(u * 100) }));
        // The engine's stability report: lane-hours with offered load at or above 1, and lines that grew day after day.
        const { unstableHours, growingLine } = laneStability(p, l.id);
        if (growingLine) reasons.push(growingLineText(growingLine));
        const rho = unstableHoursText(unstableHours);
        if (rho) reasons.push(rho);
        if (!growthTested(d, p)) {
          // Too short for the day-to-day test: read the timeline instead.
          const growing = lineStillGrowing(l.timeline.queueLength, d.scenario.warmupHours, l.capacity.openBooths.mean ?? 1);
          const atEnd = laneInLineAtEnd(l).mean;
          if (growing && atEnd !== null) reasons.push(t('app:warn.stillGrowing', { n: formatFixed(atEnd, 0), inLine: language() === 'en' ? IN_LINE_AT_END : t('compare:inLineAtEnd') }));
        }
        if (reasons.length > 0) out.push({ scenario: d.scenario.name, lane: l.label, utilization: u, inQueueAtEnd: q, reason: reasons.join('; ') });
      }
    }
  }
  return out;
}

export interface CensoredNote {
  scenario: string;
  /** Still in line when the run ended (the one definition, inLineAtEnd), mean over replications. */
  unfinished: number;
  endOfRun: 'drain' | 'cutoff';
}

/**
 * Scenarios whose runs ended with travelers still in line (a cutoff, or a drain that hit its cap):
 * their waits are lower bounds.
 */
export function censoredNotes(docs: ResultDocument[]): CensoredNote[] {
  const out: CensoredNote[] = [];
  for (const d of docs) {
    if (d.runs.length === 0) continue;
    const censored = d.runs.some((r) => (r.ending?.unfinished ?? 0) > 0);
    const unfinished = inLineAtEnd(d);
    if (censored) out.push({ scenario: d.scenario.name, unfinished, endOfRun: d.runs[0].ending.endOfRun });
  }
  return out;
}
