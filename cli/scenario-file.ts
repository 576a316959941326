// Loads a scenario file for a command, turning every problem into a CLI error that names the file and the field.

import { loadScenarioFile } from '../sim/node.ts';
import type { Scenario } from '../sim/index.ts';
import { scenarioError } from './errors.ts';

export function loadOrThrow(path: string): Scenario {
  const loaded = loadScenarioFile(path);
  if (!loaded.ok) throw scenarioError(loaded.problems);
  return loaded.scenario;
}
