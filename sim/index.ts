/**
 * borderflow's public API: everything the command line, the visualizer and scripts use.
 *
 * The usual path is `loadScenarioText` (or `loadScenarioFile` from `sim/node.ts`) →
 * `runScenario` → a {@link ResultDocument}. A script that runs one model many times can
 * `compileScenario` once and call `runModel` or `runReplication`.
 *
 * @packageDocumentation
 */

// Scenarios: the schema, loading and validation, the JSON Schema, content hashes.
export { Scenario, type ScenarioInput } from '../scenarios/scenario.ts';
export type { Port, LaneGroup, Flow, Staffing, DailyStaffing, HourlyProfile, Calendar, Mode, Program, Eligibility, LaneKind } from '../scenarios/schema.ts';
export type { Distribution } from '../scenarios/distribution.ts';
export { loadScenarioText, parseText, validateScenario, formatProblem, MAX_SCENARIO_BYTES, type ScenarioProblem, type LoadResult } from '../scenarios/load.ts';
export { scenarioJsonSchema, scenarioJsonSchemaText } from '../scenarios/json-schema.ts';
export { scenarioHash, canonicalJson } from '../scenarios/hash.ts';
export { modesOf, programsOf } from '../scenarios/lane-defaults.ts';
export { officersAt, type DayTypeName } from '../scenarios/staffing.ts';

// The compiled model.
export { compileScenario, type CompileOptions } from './compile/compile-scenario.ts';
export { compileDistribution, meanOf } from './compile/distribution.ts';
// Checks of a scenario as a whole: the work a run would take, derived figures that are not finite.
export { estimateWork, workProblems, derivedProblems, type WorkEstimate } from './compile/workload.ts';
// Limits on the work of a run, and the error that refuses a scenario the engine cannot run.
export { DEFAULT_RUN_LIMITS, ScenarioLimitError, type RunLimits, type LimitProblem, type StopInfo } from './model/limits.ts';
// Names an id may not be.
export { RESERVED_IDS, isReservedId } from '../scenarios/ids.ts';
export type { CompiledModel, CompiledPort, CompiledLane, CompiledFlow } from './model/compiled.ts';
export type { ScreeningStage, StageEnv, BoothContext, SecondaryOutcome } from './model/stage.ts';
export { purpose } from './model/purposes.ts';
export type { Traveler } from './model/traveler.ts';
export { STAGES, type StageDefinition } from './stages/index.ts';

// Running.
export { runScenario, runModel, withOverrides, type RunOptions } from './run/run-scenario.ts';
export { runReplication, type ReplicationOptions, type ReplicationOutput } from './run/replication.ts';
export { travelerRecord, type TravelerRecord, type TravelerStatus } from './run/records.ts';
export { LiveRun, type LiveSnapshot, type PortView, type LaneView, type VehicleView } from './run/live.ts';

// Experiments: a base scenario, factors varied over a design, replications on common random numbers.
export { ExperimentShape, Design as ExperimentDesign, type Experiment, type ExperimentFactor } from '../experiments/schema.ts';
export { loadExperimentText, defaultOutputs, MAX_POINTS, type LoadedExperiment, type ExperimentLoadResult } from '../experiments/load.ts';
export { designPoints, factorName } from '../experiments/design.ts';
export { parsePath, getAt, setAt, formatSteps, type PathStep } from '../experiments/paths.ts';
export { experimentJsonSchema, experimentJsonSchemaText } from '../experiments/json-schema.ts';
export * from './experiments/index.ts';

// Staffing search: the fewest officers per clock hour that meet a wait target in every hour.
export {
  staff,
  type StaffOptions,
  type StaffProgress,
  type StaffResult,
  type StaffLane,
  type StaffHour,
  type StaffFailure,
} from './staffing-search/staff.ts';
export { parseTarget, targetFigureName, type StaffingTarget } from './staffing-search/target.ts';
export { fittedScenarioYaml } from './staffing-search/fitted-yaml.ts';

// Sensitivity: which uncertain inputs the answer hangs on, one at a time on common random numbers.
export {
  sensitivity,
  parseVary,
  varyScenario,
  scaleDistribution,
  shiftStaffing,
  shiftShares,
  isNonLinear,
  DEFAULT_SENSITIVITY_VARY,
  SENSITIVITY_METHOD,
  type SensitivityInputName,
  type SensitivityInput,
  type SensitivityOptions,
  type SensitivityProgress,
  type SensitivityEffect,
  type SensitivityFigure,
  type SensitivityRow,
  type SensitivityResult,
} from './sensitivity/sensitivity.ts';

// Forecast: the coming hours from a saved CBP wait-times snapshot (lanes open and delays now).
export {
  forecast,
  percentile,
  ForecastError,
  FORECAST_FORMAT,
  FORECAST_METHOD,
  type ForecastOptions,
  type ForecastDocument,
  type ForecastLaneType,
  type ForecastHour,
  type ForecastClassStart,
  type ForecastLaneStart,
} from './forecast/forecast.ts';
// Calibration: officers by hour, primary-time scales and program shares fitted to observed hourly waits.
export {
  calibrate,
  hourBlocks,
  CALIBRATION_METHOD,
  type CalibrateOptions,
  type CalibrateProgress,
  type CalibrateResult,
  type CalibratedLane,
  type CalibratedShare,
} from './calibration/calibrate.ts';
export {
  parseFit,
  parseHoldout,
  parseOfficerBounds,
  officerRange,
  splitObservations,
  FITTABLE_INPUTS,
  DEFAULT_OFFICER_BOUNDS,
  type Holdout,
  type OfficerBound,
  type OfficerBounds,
} from './calibration/holdout.ts';
export { calibratedScenarioYaml } from './calibration/fitted-yaml.ts';
export { Calibration, FitSummaryRecord, FittedInput } from '../scenarios/calibration-schema.ts';

// Results.
export * from './results/document.ts';
export { assembleDocument } from './results/assemble.ts';
export { csvField, csvFields, type CsvValue } from './results/csv.ts';
export { aggregate, meanSeries, figureBounds, unbounded, type FigureBounds } from './results/aggregate.ts';
export {
  compareResults,
  comparisonDocument,
  pairedRow,
  verdictOf,
  replicationsToResolve,
  COMPARED_FIGURES,
  COMPARISON_FORMAT,
  COMPARISON_VERSION,
  COMPARISON_CONFIDENCE,
  NO_DETECTABLE_DIFFERENCE,
  type ComparedFigure,
  type ComparisonRow,
  type ComparisonLevel,
  type ComparisonDocument,
  type ComparisonInput,
  type CompareOptions,
  type Direction,
  type PairComparison,
  type Unmatched,
  type Verdict,
} from './results/compare.ts';
export { ENGINE_VERSION } from './version.ts';

// Building blocks: the event kernel, resources, random numbers, statistics, queueing theory.
export * from './kernel/index.ts';
export * from './resources/index.ts';
export * from './random/index.ts';
export * from './stats/index.ts';
export * from './theory/index.ts';
export { runStation, type StationOptions, type StationResult } from './models/station.ts';
/** Observed CBP waits: the tidy observation shape and the parsers of BWT XML and JSON snapshots, CBP's historical hourly CSV and the tidy CSV. */
export {
  parseObservedText,
  parseBwtXml,
  parseBwtJson,
  parseHistoricalCsv,
  parseTidyCsv,
  OBSERVED_LANE_TYPES,
  OBSERVED_DAY_TYPES,
  dayTypeOf,
  observationsOfDayType,
  type ObservedDayType,
  HISTORICAL_COLUMNS,
  TIDY_COLUMNS,
  MAX_OBSERVED_BYTES,
  type Observation,
  type ObservedWaits,
  type ObservedLaneType,
  type ObservedFormat,
  type ObservedResult,
} from '../observed/observations.ts';
/** Simulated hourly waits beside observed ones by CBP lane class, and the lane-class to lane-group mapping. */
export {
  compareWaits,
  laneMatches,
  laneGroupsOfType,
  pearson,
  WAIT_COMPARISON_FORMAT,
  type WaitComparisonDocument,
  type LaneTypeComparison,
  type WaitComparisonRow,
  type SimulatedWait,
  type HourlyWaitsView,
} from '../observed/compare.ts';
/** How well simulated hourly waits fit observed ones over a selection of lane classes and hours: error, correlation, ratios to the general lanes. */
export { summarizeFit, type FitSummary, type LaneTypeFit, type FitRow } from '../observed/fit.ts';
