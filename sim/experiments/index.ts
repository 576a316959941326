// Experiments: many points of one base scenario, each run for its replications on common random numbers.
export { ExperimentTaskRunner, pointScenario, pointFactors, describePoint, outputsOf, taskOf, taskCount, shardTasks, type ExperimentRow } from './tasks.ts';
export {
  planOf,
  manifestOf,
  rowLine,
  parseRuns,
  rowTask,
  sortedRows,
  runsNdjson,
  runsCsv,
  summarizeRuns,
  summaryCsv,
  experimentFiles,
  type ExperimentPlan,
  type ExperimentManifest,
  type ExperimentSummary,
  type OutputSummary,
} from './results.ts';
export { runExperiment, ExperimentAbortError, type RunExperimentOptions, type ExperimentRunResult, type ExperimentFailure } from './run-experiment.ts';
