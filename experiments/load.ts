// Turns experiment text into a checked experiment: schema, cross-field rules, factor paths resolved against the base scenario, the design's points and a content hash.
//
// Browser-safe: the base scenario is read through the `readBase` callback (see `load-file.ts`).

import { canonicalJson, fnv1a64, scenarioHash } from '../scenarios/hash.ts';
import { formatPath, parseText, validateScenario, type LoadResult, type ScenarioProblem } from '../scenarios/load.ts';
import type { Scenario } from '../scenarios/scenario.ts';
import { designPoints, factorName } from './design.ts';
import { getAt, parsePath, setAt, type PathStep } from './paths.ts';
import { ExperimentShape, type Experiment } from './schema.ts';

/** An experiment ready to run: the file as validated, its base scenario, its points and its hash. */
export interface LoadedExperiment {
  file: string;
  experiment: Experiment;
  /** The base scenario file as resolved (relative to the experiment file). */
  baseFile: string;
  /** The base scenario as written (points are applied to a copy of this, then validated). */
  baseRaw: unknown;
  /** The base scenario validated, defaults filled in. */
  base: Scenario;
  /** Factor names (column names) and parsed paths, in factor order. */
  factors: { name: string; path: string; steps: PathStep[] }[];
  /** Each point's factor values, in factor order. */
  points: unknown[][];
  replications: number;
  seed: number;
  baseline: number;
  /** Output figure paths (the defaults spelled out when the file gives none). */
  outputs: string[];
  /** Content hash of everything that decides the results (the base scenario's content, not its file name). */
  hash: string;
}

/** What loading an experiment returns: the loaded experiment, or the problems naming file and field. */
export type ExperimentLoadResult = { ok: true; loaded: LoadedExperiment } | { ok: false; problems: ScenarioProblem[] };

/** More points than this is almost certainly a mistake in the factors (a typo'd range, one factor too many). */
export const MAX_POINTS = 100_000;

/**
 * The default figures: the whole run's wait mean and p95, each wait threshold's share,
 * served, seizures and interdiction rate, and each lane group's wait mean, p95 and utilization.
 */
export function defaultOutputs(base: Scenario): string[] {
  const out = ['summary.wait.mean', 'summary.wait.p95'];
  for (const m of base.report.waitThresholdsMinutes) out.push(`summary.waitOver.${m}`);
  out.push('summary.served', 'summary.seizures', 'summary.interdictionRate');
  for (const p of base.ports) {
    for (const g of p.laneGroups) {
      const at = `ports[${p.id}].lanes[${g.id}]`;
      out.push(`${at}.wait.mean`, `${at}.wait.p95`, `${at}.capacity.utilization`);
    }
  }
  return out;
}

/**
 * Parses and checks an experiment. `readBase(path)` loads the base scenario named by the file,
 * already resolved against the experiment file's folder by `resolveBase`.
 */
export function loadExperimentText(
  text: string,
  file: string,
  resolveBase: (base: string) => string,
  readBase: (path: string) => LoadResult,
): ExperimentLoadResult {
  const parsed = parseText(text, file);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ file, path: '', message: 'expected an experiment object at the top level' }] };
  }
  const r = ExperimentShape.safeParse(value);
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => ({ file, path: formatPath([...issue.path, k]), message: 'unknown field; check the spelling against experiments/experiment.schema.json' }))
          : [{ file, path: formatPath(issue.path), message: /received undefined$/.test(issue.message) ? 'missing required field' : issue.message }],
      ),
    };
  }
  const e = r.data;
  const problems: ScenarioProblem[] = [];
  const fail = (path: string, message: string) => problems.push({ file, path, message });

  const baseFile = resolveBase(e.base);
  const baseLoaded = readBase(baseFile);
  if (!baseLoaded.ok) {
    return { ok: false, problems: [{ file, path: 'base', message: `the base scenario ${e.base} is not valid:` }, ...baseLoaded.problems] };
  }
  const base = baseLoaded.scenario;

  // Factors: names unique, paths that lead somewhere in the base scenario, values the design needs.
  const names = new Set<string>();
  const factors: LoadedExperiment['factors'] = [];
  e.factors.forEach((f, i) => {
    const name = factorName(f);
    if (names.has(name)) fail(`factors[${i}]`, `two factors are named "${name}"; give one a different name`);
    names.add(name);
    let steps: PathStep[] = [];
    try {
      steps = parsePath(f.path);
    } catch (err) {
      fail(`factors[${i}].path`, `factor "${name}": ${(err as Error).message}`);
      return;
    }
    // Checked against the validated scenario, so a field left to its default can be varied too.
    const got = getAt(base, steps);
    if (!got.ok) fail(`factors[${i}].path`, `factor "${name}": ${f.path} leads to nothing in the base scenario (at ${got.at}: ${got.why})`);
    else if (got.value === undefined && !optionalFieldAccepts(baseLoaded.raw, steps, f.values?.[0] ?? f.min)) {
      fail(`factors[${i}].path`, `factor "${name}": ${f.path} leads to nothing in the base scenario (no such field)`);
    }
    factors.push({ name, path: f.path, steps });
    const ranged = f.min !== undefined || f.max !== undefined;
    if (f.values && ranged) fail(`factors[${i}]`, `factor "${name}": give either values or min and max, not both`);
    if (ranged) {
      if (f.min === undefined || f.max === undefined) fail(`factors[${i}]`, `factor "${name}": a range needs both min and max`);
      else if (!(f.min < f.max)) fail(`factors[${i}].max`, `factor "${name}": expected max > min (${f.min})`);
      else if (f.integer && !(Number.isInteger(f.min) && Number.isInteger(f.max))) fail(`factors[${i}]`, `factor "${name}": integer: true needs whole-number min and max`);
      if (e.design.kind !== 'latin-hypercube') fail(`factors[${i}]`, `factor "${name}": a min/max range is only sampled by a latin-hypercube design; list values for ${e.design.kind}`);
    }
    if (e.design.kind === 'full-factorial' && !f.values) fail(`factors[${i}].values`, `factor "${name}": a full-factorial design needs the values to try`);
    if (e.design.kind === 'latin-hypercube' && !f.values && !ranged) fail(`factors[${i}]`, `factor "${name}": a latin-hypercube design needs min and max (or values)`);
  });

  if (e.design.kind === 'points') {
    e.design.points.forEach((p, i) => {
      for (const name of names) if (!Object.hasOwn(p, name)) fail(`design.points[${i}]`, `point ${i} gives no value for factor "${name}"`);
      for (const key of Object.keys(p)) if (!names.has(key)) fail(`design.points[${i}].${key}`, `no factor is named "${key}" (factors: ${[...names].join(', ')})`);
    });
  }
  if (e.design.kind === 'full-factorial') {
    const size = e.factors.reduce((n, f) => n * (f.values?.length ?? 1), 1);
    if (size > MAX_POINTS) fail('factors', `the full factorial has ${size} points; expected at most ${MAX_POINTS}`);
  }

  const outputs = e.outputs ?? defaultOutputs(base);
  const seen = new Set<string>();
  outputs.forEach((o, i) => {
    if (seen.has(o)) fail(`outputs[${i}]`, `"${o}" is listed twice`);
    seen.add(o);
    try {
      parsePath(o);
    } catch (err) {
      fail(`outputs[${i}]`, `"${o}": ${(err as Error).message}`);
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const points = designPoints(e);
  if (e.baseline >= points.length) return { ok: false, problems: [{ file, path: 'baseline', message: `expected a point index below ${points.length} (the design has ${points.length} points)` }] };
  const replications = e.replications ?? base.replications;
  const seed = e.seed ?? base.seed;
  const decisive = {
    base: scenarioHash(base),
    factors: e.factors.map((f) => ({ ...f, name: factorName(f) })),
    points,
    replications,
    seed,
    baseline: e.baseline,
    outputs,
  };
  return {
    ok: true,
    loaded: { file, experiment: e, baseFile, baseRaw: baseLoaded.raw, base, factors, points, replications, seed, baseline: e.baseline, outputs, hash: fnv1a64(canonicalJson(decisive)) },
  };
}

/**
 * A field absent from the base scenario (an optional one such as `officers`) is a real field
 * when setting it does not make the scenario name an unknown field; a misspelt one does.
 */
function optionalFieldAccepts(raw: unknown, steps: readonly PathStep[], value: unknown): boolean {
  const trial = structuredClone(raw);
  try {
    setAt(trial, steps, value ?? 0);
  } catch {
    return false;
  }
  const v = validateScenario(trial, '');
  return v.ok || !v.problems.some((p) => p.message.startsWith('unknown field'));
}
