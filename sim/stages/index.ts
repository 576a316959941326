// The screening pipeline: every stage, in the order things happen to a vehicle. A new protocol is a new file and a line here.

import { alert } from './alert.ts';
import type { StageDefinition } from './definition.ts';
import { imaging } from './imaging.ts';
import { officerJudgment } from './officer-judgment.ts';
import { radiationMonitor } from './radiation-monitor.ts';
import { randomSelection } from './random-selection.ts';
import { targeting } from './targeting.ts';

/**
 * The bundled screening pipeline, in the order stages act on a vehicle: radiation monitor (`rpm`),
 * imaging, targeting, random selection, alert, officer judgment. The default of
 * `CompileOptions.stages`; each port keeps only the stages its scenario uses.
 */
export const STAGES: readonly StageDefinition[] = [radiationMonitor, imaging, targeting, randomSelection, alert, officerJudgment];

export type { StageDefinition } from './definition.ts';
export { judgmentProbability } from './officer-judgment.ts';
