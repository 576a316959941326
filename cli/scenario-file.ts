// Loads a scenario file for a command, turning every problem into a CLI error that names the file and the field.

import { loadScenarioFile } from '../sim/node.ts';
import { derivedProblems, ScenarioLimitError, workProblems, type Scenario } from '../sim/index.ts';
import { scenarioError, type CliError } from './errors.ts';

export function loadOrThrow(path: string): Scenario {
  const loaded = loadScenarioFile(path);
  if (!loaded.ok) throw scenarioError(loaded.problems);
  return loaded.scenario;
}

/** Problems of a valid scenario that cannot be run (derived figures not finite, work over the limits), naming the file. */
export function runProblems(file: string, scenario: Scenario): { file: string; path: string; message: string }[] {
  return [...derivedProblems(scenario), ...workProblems(scenario)].map((p) => ({ file, ...p }));
}

/** A `ScenarioLimitError` from running the scenario in `file`, as the error for the file; anything else as it is. */
export function withFile(file: string, e: unknown): unknown {
  return e instanceof ScenarioLimitError ? (scenarioError(e.problems.map((p) => ({ file, ...p }))) as CliError) : e;
}
