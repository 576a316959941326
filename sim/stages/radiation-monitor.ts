// Radiation portal monitors before the booth: true alarms for radiological contraband, nuisance alarms by mode, resolution in secondary.

import { purpose } from '../model/purposes.ts';
import type { StageDefinition } from './definition.ts';

const ALARM = purpose('rpm/alarm');
const RESOLUTION = purpose('rpm/resolution');

export const radiationMonitor: StageDefinition = {
  reason: 'rpm',
  compile(port, scenario, { lanes, distribution }) {
    const rpm = port.radiationMonitors;
    if (!rpm) return null;
    const monitored = lanes.map((l) => !rpm.lanes || rpm.lanes.includes(l.id));
    const radiological = scenario.contrabandTypes.map((t) => t.radiological);
    const nuisance = rpm.nuisanceRate as Record<string, number>;
    const resolution = distribution(rpm.resolutionMinutes);
    return {
      reason: 'rpm',
      atBooth(t, env, lane) {
        if (!monitored[lane.index]) return 0;
        const u = env.uniform(t, ALARM);
        if (t.contraband && radiological[t.type]) {
          t.rpmTrue = u < rpm.detection;
          t.rpmAlarm = t.rpmTrue;
        } else {
          t.rpmTrue = false;
          t.rpmAlarm = u < (nuisance[env.mode(t)] ?? 0);
        }
        return rpm.passSeconds;
      },
      refers: (t) => t.rpmAlarm,
      // Resolving an alarm identifies the radiation source; it is not a search for anything else.
      secondary: (t, env) => ({ minutes: resolution.sample(env.rng(t, RESOLUTION)), seized: t.rpmTrue }),
    };
  },
};
