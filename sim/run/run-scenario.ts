// Runs a scenario's replications and assembles the result document: the one path the CLI, scripts and the browser share.

import type { Scenario } from '../../scenarios/scenario.ts';
import { compileScenario } from '../compile/compile-scenario.ts';
import type { CompiledModel } from '../model/compiled.ts';
import { assembleDocument } from '../results/assemble.ts';
import type { ReplicationResult, ResultDocument } from '../results/document.ts';
import type { QuantileSketch } from '../stats/quantile-sketch.ts';
import { travelerRecord, type TravelerRecord } from './records.ts';
import { runReplication } from './replication.ts';
import { derivedProblems, workProblems } from '../compile/workload.ts';
import { ScenarioLimitError, type RunLimits } from '../model/limits.ts';

/**
 * Options of `runScenario`: `seed`, `replications` and `horizonHours` override the scenario's;
 * `onProgress` and `onRecord` (also taken by `runModel`) report as the run goes.
 */
export interface RunOptions {
  seed?: number;
  replications?: number;
  /** Overrides the scenario's horizon (the warm-up is kept). */
  horizonHours?: number;
  /** Overrides how the run ends (see the scenario's `endOfRun`). */
  endOfRun?: 'drain' | 'cutoff';
  /** Called after each replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Called for every traveler when it leaves, and for those inside at the end; replication first. */
  onRecord?: (replication: number, record: TravelerRecord) => void;
  /**
   * Checked before each replication: once aborted, the run throws the signal's reason (an
   * `AbortError` unless the caller gave another). A run is synchronous, so the abort must come
   * from a callback such as `onProgress` (or come before the call).
   */
  signal?: AbortSignal;
  /**
   * Limits on the work of the run (default `DEFAULT_RUN_LIMITS`): a scenario whose estimate is
   * over them is refused with a `ScenarioLimitError` before it runs; one that passes a run-time
   * cap stops, and its document says so in `stopped`.
   */
  limits?: Partial<RunLimits>;
}

/** Applies run-time overrides to a scenario (seed, replications, horizon, how the run ends). */
export function withOverrides(scenario: Scenario, o: Pick<RunOptions, 'seed' | 'replications' | 'horizonHours' | 'endOfRun'>): Scenario {
  const s = { ...scenario };
  if (o.endOfRun !== undefined) s.endOfRun = o.endOfRun;
  if (o.seed !== undefined) s.seed = o.seed;
  if (o.replications !== undefined) s.replications = o.replications;
  if (o.horizonHours !== undefined) {
    if (!(o.horizonHours > s.warmupHours)) throw new RangeError(`horizon (${o.horizonHours} h) must be longer than the warm-up (${s.warmupHours} h)`);
    s.horizonHours = o.horizonHours;
  }
  return s;
}

/** Compiles the scenario (with any overrides) and runs every replication in order. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): ResultDocument {
  const s = withOverrides(scenario, options);
  const derived = derivedProblems(s);
  if (derived.length > 0) throw new ScenarioLimitError(derived);
  const work = workProblems(s, options.limits);
  if (work.length > 0) throw new ScenarioLimitError(work);
  return runModel(compileScenario(s), options);
}

/** Runs every replication of a compiled model in order. */
export function runModel(model: CompiledModel, options: Pick<RunOptions, 'onProgress' | 'onRecord' | 'signal' | 'limits'> = {}): ResultDocument {
  const runs: ReplicationResult[] = [];
  const sketches: QuantileSketch[][][] = [];
  const onRecord = options.onRecord;
  for (let r = 0; r < model.replications; r++) {
    options.signal?.throwIfAborted();
    const limits = options.limits;
    const out = runReplication(model, r, {
      ...(onRecord ? { onRecord: (t, status) => onRecord(r, travelerRecord(model, t, status)) } : {}),
      ...(limits ? { limits } : {}),
    });
    runs.push(out.result);
    sketches.push(out.waitSketches);
    options.onProgress?.(r + 1, model.replications);
    // A capped replication would be capped again: the rest are not run.
    if (out.result.stopped) break;
  }
  return assembleDocument(model, runs, sketches);
}
