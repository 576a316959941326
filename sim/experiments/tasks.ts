// One task of an experiment: a point's scenario (base + factor values), compiled once, and one replication of it reduced to the output figures.

import type { LoadedExperiment } from '../../experiments/load.ts';
import { formatSteps, getAt, parsePath, setAt } from '../../experiments/paths.ts';
import { formatProblem, validateScenario } from '../../scenarios/load.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { compileScenario } from '../compile/compile-scenario.ts';
import type { CompiledModel } from '../model/compiled.ts';
import type { ReplicationResult } from '../results/document.ts';
import { runReplication } from '../run/replication.ts';

/**
 * One row of an experiment's results: one replication of one point. `factors` are the point's
 * values by factor name, `outputs` the figures by output path (null where a figure is undefined
 * in that replication, e.g. an interdiction rate when no contraband arrived).
 */
export interface ExperimentRow {
  experiment: string;
  point: number;
  replication: number;
  factors: Record<string, unknown>;
  outputs: Record<string, number | null>;
}

/** Task `k` is replication `k mod replications` of point `⌊k / replications⌋`. */
export function taskOf(loaded: LoadedExperiment, k: number): { point: number; replication: number } {
  return { point: Math.floor(k / loaded.replications), replication: k % loaded.replications };
}

/** Number of tasks: points × replications. */
export function taskCount(loaded: LoadedExperiment): number {
  return loaded.points.length * loaded.replications;
}

/** The tasks of shard `index` of `count`: task k belongs to shard k mod count. */
export function shardTasks(loaded: LoadedExperiment, shard: { index: number; count: number } | null): number[] {
  const all = Array.from({ length: taskCount(loaded) }, (_, k) => k);
  return shard ? all.filter((k) => k % shard.count === shard.index) : all;
}

/** A point's factor values by name. */
export function pointFactors(loaded: LoadedExperiment, point: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  loaded.factors.forEach((f, i) => (out[f.name] = loaded.points[point][i]));
  return out;
}

/** "point 3 (booths=6, officers={…})": how a failure names the point. */
export function describePoint(loaded: LoadedExperiment, point: number): string {
  const values = loaded.factors.map((f, i) => `${f.name}=${JSON.stringify(loaded.points[point][i])}`);
  return `point ${point} (${values.join(', ')})`;
}

/**
 * The scenario of a point: a copy of the base as written with each factor's value set at its
 * path, then validated as a scenario (so defaults that depend on a varied field follow it), with
 * the experiment's seed and replications. Throws an Error naming the point and the field when
 * the result is not a valid scenario.
 */
export function pointScenario(loaded: LoadedExperiment, point: number): Scenario {
  if (!(point >= 0 && point < loaded.points.length)) throw new RangeError(`no point ${point}: the design has ${loaded.points.length}`);
  const raw = structuredClone(loaded.baseRaw) as Record<string, unknown>;
  loaded.factors.forEach((f, i) => {
    try {
      setAt(raw, f.steps, structuredClone(loaded.points[point][i]));
    } catch (e) {
      throw new Error(`${describePoint(loaded, point)}: factor "${f.name}": ${(e as Error).message}`);
    }
  });
  raw.seed = loaded.seed;
  raw.replications = loaded.replications;
  const v = validateScenario(raw, describePoint(loaded, point));
  if (!v.ok) throw new Error(v.problems.map(formatProblem).join('; '));
  return v.scenario;
}

/** Reads the output figures from one replication's result; an output path that leads nowhere is an error naming it. */
export function outputsOf(loaded: LoadedExperiment, result: ReplicationResult): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const path of loaded.outputs) {
    const steps = parsePath(path);
    const got = getAt(result, steps);
    if (!got.ok) throw new Error(`output ${path}: nothing there in the result (at ${got.at}: ${got.why})`);
    if (got.value === undefined) throw new Error(`output ${path}: no such figure in the result (at ${formatSteps(steps)})`);
    if (got.value !== null && typeof got.value !== 'number') throw new Error(`output ${path}: expected a number, found ${Array.isArray(got.value) ? 'a list' : typeof got.value}; name one figure`);
    out[path] = got.value as number | null;
  }
  return out;
}

/**
 * Runs tasks of one experiment, keeping the compiled model of the last point it saw (tasks
 * arrive in order, so a point's replications mostly follow each other).
 */
export class ExperimentTaskRunner {
  private cached: { point: number; model: CompiledModel | Error } | null = null;

  constructor(readonly loaded: LoadedExperiment) {}

  /** Runs task `k`; throws an Error naming the point when its scenario is invalid or its run fails. */
  run(k: number): ExperimentRow {
    const { point, replication } = taskOf(this.loaded, k);
    if (this.cached?.point !== point) {
      let model: CompiledModel | Error;
      try {
        model = compileScenario(pointScenario(this.loaded, point));
      } catch (e) {
        model = e instanceof Error ? e : new Error(String(e));
      }
      this.cached = { point, model };
    }
    const model = this.cached.model;
    if (model instanceof Error) throw model;
    try {
      // The same seed for every point and replication r ↔ r: common random numbers, so paired differences are sharp.
      const out = runReplication(model, replication, { seed: this.loaded.seed });
      return { experiment: this.loaded.hash, point, replication, factors: pointFactors(this.loaded, point), outputs: outputsOf(this.loaded, out.result) };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(message.startsWith('point ') ? message : `${describePoint(this.loaded, point)}, replication ${replication}: ${message}`);
    }
  }
}
