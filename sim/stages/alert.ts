// A policy window that raises the random referral rate (a heightened alert): travelers selected only because of the higher rate.

import { alertReferral } from '../model/policies.ts';
import type { StageDefinition } from './definition.ts';
import { SELECTION } from './random-selection.ts';

export const alert: StageDefinition = {
  reason: 'alert',
  compile(_port, scenario) {
    if (!scenario.policies.some((p) => p.randomReferral !== undefined)) return null;
    return {
      reason: 'alert',
      refers: (t, env, { lane, started }) => lane.policies.length > 0 && env.uniform(t, SELECTION) < alertReferral(lane.policies, started),
    };
  },
};
