// Targeting on advance information: a risk score by signal detection, and referral above a lane's threshold.
//
// Innocent travelers score N(0, 1) and carriers N(d′, 1), d′ being the port's signal; the
// score is drawn only where a lane targets, from the traveler's own keyed uniform.

import { normalQuantile } from '../random/normal.ts';
import { purpose } from '../model/purposes.ts';
import type { StageDefinition } from './definition.ts';

const RISK = purpose('risk');

export const targeting: StageDefinition = {
  reason: 'targeting',
  compile(port) {
    if (!port.laneGroups.some((l) => l.referral.targeting)) return null;
    const signal = port.risk.signal;
    return {
      reason: 'targeting',
      refers(t, env, { lane }) {
        const threshold = lane.referral.threshold;
        if (threshold === null) return false;
        return normalQuantile(env.uniform(t, RISK)) + (t.contraband ? signal : 0) >= threshold;
      },
    };
  },
};
