// Runs an experiment from a script: every task (point × replication) in order in the calling
// thread, with progress, cancellation between tasks and resumption from rows already run.
//
// `borderflow sweep` runs the same tasks in worker threads; the API stays in one thread
// because a worker needs an entry file on disk, which a browser or a bundled script does not
// have. Rows do not depend on where or in which order tasks run, so both give the same files.

import type { LoadedExperiment } from '../../experiments/load.ts';
import { experimentFiles, planOf, rowTask, sortedRows, summarizeRuns, type ExperimentPlan, type ExperimentSummary } from './results.ts';
import { ExperimentTaskRunner, shardTasks, taskCount, taskOf, type ExperimentRow } from './tasks.ts';

/** Options of {@link runExperiment}. */
export interface RunExperimentOptions {
  /** Called after each task with (tasks done, tasks to run, tasks failed so far); tasks given in `resumeRows` are not counted. */
  onProgress?: (done: number, total: number, failed: number) => void;
  /** Called with each row as its task finishes (rows arrive in task order). */
  onRow?: (row: ExperimentRow) => void;
  /** Checked before each task: once aborted, the run stops and rejects with an {@link ExperimentAbortError} holding the rows finished so far. */
  signal?: AbortSignal;
  /** Rows of an earlier, interrupted run of the same experiment (e.g. `error.rows` of an abort, or a parsed `runs.ndjson`): their tasks are not run again. */
  resumeRows?: readonly ExperimentRow[];
  /** Run only shard `index` of `count` (task k belongs to shard k mod count), as `borderflow sweep --shard`. */
  shard?: { index: number; count: number };
}

/** A task that failed: its point, replication and why (an invalid point, or a failed run). */
export interface ExperimentFailure {
  point: number;
  replication: number;
  message: string;
}

/** What {@link runExperiment} returns: the rows and summary `borderflow sweep` writes, and the files themselves. */
export interface ExperimentRunResult {
  plan: ExperimentPlan;
  /** Every finished row (resumed ones included), sorted by (point, replication). */
  rows: ExperimentRow[];
  /** Tasks that failed; the other tasks still ran. Empty when all succeeded. */
  failures: ExperimentFailure[];
  /** Per point: each output's mean, 95 % interval and paired difference against the baseline (`summary.json`). */
  summary: ExperimentSummary;
  /** The text of each file `borderflow sweep` writes into its folder, by name (`runs.ndjson`, `runs.csv`, `summary.json`, `summary.csv`, `manifest.json`). */
  files: Record<string, string>;
}

/**
 * The rejection of an aborted {@link runExperiment}: `name` is `"AbortError"`, `cause` the
 * signal's reason, and `rows` the rows finished before the abort (resumed ones included,
 * sorted), which `resumeRows` takes to continue.
 */
export class ExperimentAbortError extends Error {
  override name = 'AbortError';
  constructor(
    readonly rows: ExperimentRow[],
    readonly failures: ExperimentFailure[],
    cause: unknown,
  ) {
    super(`experiment aborted after ${rows.length} rows`, { cause });
  }
}

/** Hands the thread back to the event loop (timers, abort calls, I/O) between tasks. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs every task (point × replication) of a loaded experiment, serially in this thread, and
 * resolves with the rows, the per-point summary and the text of the files `borderflow sweep`
 * writes for the same experiment (byte for byte). A task that fails (an invalid point) is
 * listed in `failures` and the others still run. The thread is handed back to the event loop
 * about every 50 ms, so an abort from a timer or a button is seen between tasks.
 *
 * @throws Error when a row of `resumeRows` belongs to another experiment or names no task of it.
 */
export async function runExperiment(loaded: LoadedExperiment, options: RunExperimentOptions = {}): Promise<ExperimentRunResult> {
  const plan = planOf(loaded);
  const { signal } = options;
  const done = new Map<number, ExperimentRow>();
  for (const row of options.resumeRows ?? []) {
    if (row.experiment !== plan.experiment) throw new Error(`resumeRows: a row of experiment ${row.experiment}, not ${plan.experiment}`);
    if (!(Number.isInteger(row.point) && Number.isInteger(row.replication) && row.point >= 0 && row.replication >= 0 && row.replication < plan.replications && rowTask(plan, row) < taskCount(loaded))) {
      throw new Error(`resumeRows: point ${row.point}, replication ${row.replication} is no task of this experiment`);
    }
    done.set(rowTask(plan, row), row);
  }
  const tasks = shardTasks(loaded, options.shard ?? null);
  const todo = tasks.filter((k) => !done.has(k));
  const failures: ExperimentFailure[] = [];
  const finishedRows = () => sortedRows(plan, tasks.filter((k) => done.has(k)).map((k) => done.get(k)!));

  const runner = new ExperimentTaskRunner(loaded);
  // Wall-clock time only decides when to let the event loop run; it never touches the results.
  let lastYield = performance.now();
  for (let i = 0; i < todo.length; i++) {
    if (performance.now() - lastYield > 50) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
    if (signal?.aborted) throw new ExperimentAbortError(finishedRows(), failures, signal.reason);
    const k = todo[i];
    try {
      const row = runner.run(k);
      done.set(k, row);
      options.onRow?.(row);
    } catch (e) {
      failures.push({ ...taskOf(loaded, k), message: e instanceof Error ? e.message : String(e) });
    }
    options.onProgress?.(i + 1, todo.length, failures.length);
  }

  const rows = finishedRows();
  const shard = options.shard ? `${options.shard.index}/${options.shard.count}` : null;
  return { plan, rows, failures, summary: summarizeRuns(plan, rows), files: experimentFiles(plan, rows, shard) };
}
