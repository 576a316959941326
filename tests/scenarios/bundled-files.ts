// The bundled scenario files, for the tests that go through all of them.

import { readdirSync } from 'node:fs';
import { loadScenarioFile } from '../../scenarios/load-file.ts';
import type { Scenario } from '../../scenarios/scenario.ts';

export const BUNDLED_DIR = 'scenarios/bundled';

/** Every scenario file in the bundled folder, by file name. */
export const bundledFiles = readdirSync(BUNDLED_DIR).filter((f) => /\.(ya?ml|json)$/.test(f));

/** A bundled scenario by file name; throws with every problem when it does not load. */
export function loadBundled(file: string): Scenario {
  const r = loadScenarioFile(`${BUNDLED_DIR}/${file}`);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.scenario;
}
