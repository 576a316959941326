// The primary officer's judgment: spotting contraband at the booth, by type, optionally more likely in a longer inspection.

import * as fm from '../math/index.ts';
import { noPrimaryRule } from '../model/policies.ts';
import { purpose } from '../model/purposes.ts';
import type { StageDefinition } from './definition.ts';

const JUDGMENT = purpose('judgment');

/** Officer judgment for an inspection of `seconds` when the average is `mean`: p, or 1 − (1 − p)^(seconds/mean) if time-dependent. */
export function judgmentProbability(p: number, timeDependent: boolean, seconds: number, mean: number): number {
  if (!timeDependent || mean <= 0) return p;
  return 1 - fm.pow(1 - p, seconds / mean);
}

export const officerJudgment: StageDefinition = {
  reason: 'judgment',
  compile(port, scenario) {
    const judges = port.laneGroups.some((l) => l.detection.primary > 0 || Object.values(l.detection.byType).some((p) => p > 0));
    const passJudged = scenario.policies.some((p) => (p.noPrimary?.judgment ?? 0) > 0);
    if (!judges && !passJudged) return null;
    return {
      reason: 'judgment',
      refers(t, env, { lane, started, seconds, meanSeconds }) {
        if (!t.contraband) return false;
        // A traveler who passed without a stop is judged only as a no-primary rule says (pre-cleared cargo: not at all).
        const p = t.passed
          ? (lane.policies.length > 0 ? (noPrimaryRule(lane.policies, started, t.program)?.judgment ?? 0) : 0)
          : judgmentProbability(lane.detection.byType[t.type], lane.detection.timeDependent, seconds, meanSeconds);
        return p > 0 && env.uniform(t, JUDGMENT) < p;
      },
    };
  },
};
