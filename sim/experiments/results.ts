// An experiment's results as files: rows as NDJSON and CSV, the per-point summary (mean, 95 % interval, paired difference against the baseline) and the manifest.
//
// Everything here is a pure function of the plan and the rows, sorted by (point, replication),
// so a run on any number of workers, a resumed run and merged shards write the same bytes.

import type { LoadedExperiment } from '../../experiments/load.ts';
import { parsePath } from '../../experiments/paths.ts';
import { figureBounds } from '../results/aggregate.ts';
import { csvFields, type CsvValue } from '../results/csv.ts';
import { pairedDifference, summarize, type ReplicationSummary } from '../stats/replications.ts';
import { ENGINE_VERSION } from '../version.ts';
import type { ExperimentRow } from './tasks.ts';

/**
 * What the result files need to know of an experiment, stored in `manifest.json` so that
 * `merge` can rebuild the outputs from shard folders alone.
 */
export interface ExperimentPlan {
  experiment: string;
  engineVersion: string;
  name: string | null;
  factors: string[];
  points: unknown[][];
  replications: number;
  seed: number;
  baseline: number;
  outputs: string[];
}

/** `manifest.json`: the plan, the number of tasks of the design and which shard the folder holds (null: all). */
export interface ExperimentManifest extends ExperimentPlan {
  designPoints: number;
  tasks: number;
  shard: string | null;
}

/** The plan of a loaded experiment. */
export function planOf(loaded: LoadedExperiment): ExperimentPlan {
  return {
    experiment: loaded.hash,
    engineVersion: ENGINE_VERSION,
    name: loaded.experiment.name ?? null,
    factors: loaded.factors.map((f) => f.name),
    points: loaded.points,
    replications: loaded.replications,
    seed: loaded.seed,
    baseline: loaded.baseline,
    outputs: loaded.outputs,
  };
}

/** The manifest of a folder holding `shard` ("i/n", or null for every task). */
export function manifestOf(plan: ExperimentPlan, shard: string | null): ExperimentManifest {
  return { ...plan, designPoints: plan.points.length, tasks: plan.points.length * plan.replications, shard };
}

/** A row with its keys in the plan's order, so equal rows serialize to equal text. */
function canonicalRow(plan: ExperimentPlan, row: ExperimentRow): ExperimentRow {
  const factors: Record<string, unknown> = {};
  for (const f of plan.factors) factors[f] = row.factors[f];
  const outputs: Record<string, number | null> = {};
  for (const o of plan.outputs) outputs[o] = row.outputs[o] ?? null;
  return { experiment: row.experiment, point: row.point, replication: row.replication, factors, outputs };
}

/** One NDJSON line (with its newline) for a row. */
export function rowLine(plan: ExperimentPlan, row: ExperimentRow): string {
  return JSON.stringify(canonicalRow(plan, row)) + '\n';
}

/**
 * Reads `runs.ndjson` text. A last line without its newline was torn by a crash mid-write and
 * is dropped: `validLength` is the length of the text up to the last whole line, where
 * appending may resume. A broken line before the end, or a row of another experiment, throws.
 */
export function parseRuns(plan: ExperimentPlan, text: string): { rows: ExperimentRow[]; validLength: number; torn: boolean } {
  const end = text.lastIndexOf('\n') + 1;
  const rows: ExperimentRow[] = [];
  const lines = text.slice(0, end).split('\n');
  lines.pop();
  lines.forEach((line, i) => {
    let row: ExperimentRow;
    try {
      row = JSON.parse(line) as ExperimentRow;
    } catch {
      throw new Error(`line ${i + 1} is not a JSON row`);
    }
    if (row.experiment !== plan.experiment) throw new Error(`line ${i + 1} belongs to experiment ${String(row.experiment)}, not ${plan.experiment}`);
    if (!(Number.isInteger(row.point) && row.point >= 0 && row.point < plan.points.length && Number.isInteger(row.replication) && row.replication >= 0 && row.replication < plan.replications)) {
      throw new Error(`line ${i + 1} names no task of this experiment (point ${row.point}, replication ${row.replication})`);
    }
    rows.push(row);
  });
  return { rows, validLength: end, torn: end < text.length };
}

/** Task index of a row: point × replications + replication. */
export function rowTask(plan: ExperimentPlan, row: Pick<ExperimentRow, 'point' | 'replication'>): number {
  return row.point * plan.replications + row.replication;
}

/** Rows sorted by (point, replication), keys in plan order. */
export function sortedRows(plan: ExperimentPlan, rows: readonly ExperimentRow[]): ExperimentRow[] {
  return rows.map((r) => canonicalRow(plan, r)).sort((a, b) => rowTask(plan, a) - rowTask(plan, b));
}

/** The whole `runs.ndjson` of sorted rows. */
export function runsNdjson(plan: ExperimentPlan, rows: readonly ExperimentRow[]): string {
  return sortedRows(plan, rows).map((r) => rowLine(plan, r)).join('');
}

function csvLine(fields: readonly unknown[]): string {
  return csvFields(fields as CsvValue[]) + '\n';
}

/** `runs.csv`: experiment, point, replication, one column per factor (objects as JSON), one per output. */
export function runsCsv(plan: ExperimentPlan, rows: readonly ExperimentRow[]): string {
  let out = csvLine(['experiment', 'point', 'replication', ...plan.factors, ...plan.outputs]);
  for (const r of sortedRows(plan, rows)) {
    out += csvLine([r.experiment, r.point, r.replication, ...plan.factors.map((f) => r.factors[f]), ...plan.outputs.map((o) => r.outputs[o])]);
  }
  return out;
}

/** One output of one point: mean and 95 % interval over replications, and the paired difference against the baseline (null at the baseline). */
export interface OutputSummary {
  n: number;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  difference: { n: number; mean: number | null; ciLow: number | null; ciHigh: number | null } | null;
}

/** `summary.json`: per point its factor values, the replications done and each output's summary. */
export interface ExperimentSummary {
  experiment: string;
  engineVersion: string;
  baseline: number;
  confidence: number;
  points: { point: number; factors: Record<string, unknown>; replications: number; outputs: Record<string, OutputSummary> }[];
}

function brief(s: ReplicationSummary): { n: number; mean: number | null; ciLow: number | null; ciHigh: number | null } {
  return { n: s.n, mean: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh };
}

/**
 * Summarizes rows per point: each output's mean with a 95 % Student-t interval over the
 * replications (clipped to the figure's natural range), and the paired difference point − baseline over the replications both have
 * (they share random numbers replication by replication, so the difference is sharp).
 */
export function summarizeRuns(plan: ExperimentPlan, rows: readonly ExperimentRow[]): ExperimentSummary {
  // values[point][output][replication], null where missing or undefined.
  const values = plan.points.map(() => plan.outputs.map(() => new Array<number | null>(plan.replications).fill(null)));
  const done = plan.points.map(() => 0);
  // Every figure is non-negative and shares lie in [0, 1]: intervals are clipped to that, as in the result document.
  const bounds = plan.outputs.map((o) => figureBounds(parsePath(o).flatMap((s) => (s.kind === 'field' ? [s.name] : []))));
  for (const r of rows) {
    done[r.point]++;
    plan.outputs.forEach((o, j) => (values[r.point][j][r.replication] = r.outputs[o] ?? null));
  }
  return {
    experiment: plan.experiment,
    engineVersion: plan.engineVersion,
    baseline: plan.baseline,
    confidence: 0.95,
    points: plan.points.map((p, i) => {
      const outputs: Record<string, OutputSummary> = {};
      plan.outputs.forEach((o, j) => {
        const s = summarize(values[i][j], 0.95, bounds[j]);
        outputs[o] = { ...brief(s), difference: i === plan.baseline ? null : brief(pairedDifference(values[plan.baseline][j], values[i][j])) };
      });
      const factors: Record<string, unknown> = {};
      plan.factors.forEach((f, k) => (factors[f] = p[k]));
      return { point: i, factors, replications: done[i], outputs };
    }),
  };
}

/** `summary.csv`: one line per point: its factor values, replications, then per output mean, ciLow, ciHigh and the difference against the baseline. */
export function summaryCsv(plan: ExperimentPlan, summary: ExperimentSummary): string {
  const head = ['point', ...plan.factors, 'replications'];
  for (const o of plan.outputs) head.push(`${o}.mean`, `${o}.ciLow`, `${o}.ciHigh`, `${o}.diff.mean`, `${o}.diff.ciLow`, `${o}.diff.ciHigh`);
  let out = csvLine(head);
  for (const p of summary.points) {
    const line: unknown[] = [p.point, ...plan.factors.map((f) => p.factors[f]), p.replications];
    for (const o of plan.outputs) {
      const s = p.outputs[o];
      line.push(s.mean, s.ciLow, s.ciHigh, s.difference?.mean ?? null, s.difference?.ciLow ?? null, s.difference?.ciHigh ?? null);
    }
    out += csvLine(line);
  }
  return out;
}

/** Every result file of a folder, by name, from the plan and its rows. */
export function experimentFiles(plan: ExperimentPlan, rows: readonly ExperimentRow[], shard: string | null): Record<string, string> {
  return {
    'runs.ndjson': runsNdjson(plan, rows),
    'runs.csv': runsCsv(plan, rows),
    'summary.json': JSON.stringify(summarizeRuns(plan, rows), null, 2) + '\n',
    'summary.csv': summaryCsv(plan, summarizeRuns(plan, rows)),
    'manifest.json': JSON.stringify(manifestOf(plan, shard), null, 2) + '\n',
  };
}
