// Loads a scenario file for a command, turning every problem into a CLI error that names the file and the field.

import { loadObservedFile, loadScenarioFile } from '../sim/node.ts';
import { derivedProblems, formatProblem, observationsOfDayType, ScenarioLimitError, workProblems, type ObservedDayType, type ObservedWaits, type Scenario } from '../sim/index.ts';
import { CliError, EXIT, scenarioError, usageError } from './errors.ts';

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

/**
 * A scenario and a file of observed waits, read together so that one error lists the problems of
 * both; with `dayType`, only the observations of that day type (a usage error when there are none).
 */
export function loadWithObserved(scenarioFile: string, observedFile: string, dayType?: ObservedDayType): { scenario: Scenario; observed: ObservedWaits } {
  const problems: string[] = [];
  let scenario: Scenario | undefined;
  try {
    scenario = loadOrThrow(scenarioFile);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    problems.push(...e.lines);
  }
  const loaded = loadObservedFile(observedFile);
  if (!loaded.ok) problems.push(...loaded.problems.map(formatProblem));
  if (problems.length > 0 || !scenario || !loaded.ok) throw new CliError(problems, EXIT.invalid);
  if (!dayType) return { scenario, observed: loaded.observed };
  const selected = observationsOfDayType(loaded.observed, dayType);
  if (selected.observed.observations.length === 0) {
    const why = selected.untyped > 0 ? ` (${selected.untyped} of ${loaded.observed.observations.length} carry no day type)` : '';
    throw usageError(`--day-type ${dayType}: no observation in ${observedFile} is of that day type${why}`);
  }
  return { scenario, observed: selected.observed };
}
