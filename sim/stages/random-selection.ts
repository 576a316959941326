// Random referral to secondary at each lane group's rate: the baseline deterrence.

import { purpose } from '../model/purposes.ts';
import type { StageDefinition } from './definition.ts';

/** Shared with a raised rate under an alert: one selection, whose rate a policy may raise. */
export const SELECTION = purpose('random-selection');

export const randomSelection: StageDefinition = {
  reason: 'random',
  compile(port) {
    if (!port.laneGroups.some((l) => l.referral.random > 0)) return null;
    return { reason: 'random', refers: (t, env, { lane }) => env.uniform(t, SELECTION) < lane.referral.random };
  },
};
