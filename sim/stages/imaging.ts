// Non-intrusive imaging (X-ray, gamma) before primary: a share of each mode is scanned, and a scan flags contraband by type.
//
// The scanners themselves (their line and scan time) are a station of the port; this stage
// decides who is scanned and what the image shows.

import { purpose } from '../model/purposes.ts';
import { byType, type StageDefinition } from './definition.ts';

const SELECT = purpose('imaging/select');
const DETECT = purpose('imaging/detect');

export const imaging: StageDefinition = {
  reason: 'imaging',
  compile(port, scenario) {
    const img = port.imaging;
    if (!img) return null;
    const share = img.share as Record<string, number>;
    const detection = byType(scenario.contrabandTypes, img.detection.probability, img.detection.byType);
    return {
      reason: 'imaging',
      enter(t, env) {
        t.scanned = env.uniform(t, SELECT) < (share[env.mode(t)] ?? 0);
      },
      refers: (t, env) => t.scanned && t.contraband && env.uniform(t, DETECT) < detection[t.type],
    };
  },
};
