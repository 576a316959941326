// `borderflow sweep EXPERIMENT`: runs every point × replication of an experiment, in worker threads, appending each row to DIR/runs.ndjson as it finishes, then writes the tables and the summary.

import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, statSync, writeSync, ftruncateSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  ExperimentTaskRunner,
  experimentFiles,
  formatProblem,
  manifestOf,
  parseRuns,
  planOf,
  rowLine,
  rowTask,
  shardTasks,
  taskOf,
  describePoint,
  type ExperimentPlan,
  type ExperimentRow,
  type LoadedExperiment,
} from '../../sim/index.ts';
import { loadExperimentFile } from '../../sim/node.ts';
import { commitAll, writeWhole, type AtomicFile } from '../atomic-file.ts';
import { CliError, EXIT, outputError, usageError } from '../errors.ts';
import { MAX_MANIFEST_BYTES, MAX_RUNS_BYTES, readInput } from '../input-file.ts';
import { numberOption, parseNumber } from '../options.ts';
import { taskProgress } from '../progress.ts';
import { interruptible } from '../signals.ts';
import { capMessage } from '../text.ts';
import type { SweepWorkerMessage } from '../worker-messages.ts';

interface SweepFlags {
  workers?: number;
  out?: string;
  resume?: boolean;
  shard?: { index: number; count: number };
  quiet?: boolean;
}

const parseWorkers = numberOption({ integer: true, min: 1, max: 1024, example: '--workers 4' });

function parseShard(value: string): { index: number; count: number } {
  const parts = value.split('/');
  const bad = () => new InvalidArgumentError('expected i/n, two whole numbers with 0 ≤ i < n (e.g. --shard 0/4).');
  if (parts.length !== 2) throw bad();
  let index: number, count: number;
  try {
    count = parseNumber(parts[1], { integer: true, min: 1, max: 1_000_000, example: '--shard 0/4' });
    index = parseNumber(parts[0], { integer: true, min: 0, max: count - 1, example: '--shard 0/4' });
  } catch {
    throw bad();
  }
  return { index, count };
}

export function registerSweep(program: Command): void {
  program
    .command('sweep')
    .description('Run an experiment: every point of its design × replications, on common random numbers, in parallel.')
    .argument('<experiment>', 'experiment file (.yaml, .yml or .json)')
    .addOption(new Option('-w, --workers <n>', 'worker threads (default: the available cores)').argParser(parseWorkers))
    .addOption(new Option('-o, --out <dir>', 'folder for the results (default: EXPERIMENT-results beside the current folder)'))
    .addOption(new Option('--resume', 'continue an interrupted sweep in --out: tasks already in runs.ndjson are skipped'))
    .addOption(new Option('--shard <i/n>', 'run only shard i of n (task k belongs to shard k mod n); combine the folders with borderflow merge').argParser(parseShard))
    .addOption(new Option('-q, --quiet', 'no progress on standard error'))
    .addHelpText(
      'after',
      `
Writes to the --out folder:
  runs.ndjson    one JSON row per (point, replication), appended as each finishes
  runs.csv       the same rows as a table: factor values and one column per output
  summary.json   per point: each output's mean, 95 % interval and paired difference
  summary.csv    against the baseline point
  manifest.json  experiment hash, engine version, design size, shard

Results do not depend on --workers. Exit status 1 when any task failed (the others still run).

Examples:
  $ borderflow sweep examples/experiments/sentri-booths.yaml --out sentri
  $ borderflow sweep examples/experiments/sentri-booths.yaml --out sentri --resume
  $ borderflow sweep exp.yaml --shard 0/2 --out part0 && borderflow sweep exp.yaml --shard 1/2 --out part1
  $ borderflow merge part0 part1 --out all`,
    )
    .action((file: string, flags: SweepFlags) => sweepCommand(file, flags));
}

async function sweepCommand(file: string, flags: SweepFlags): Promise<void> {
  const r = loadExperimentFile(file);
  if (!r.ok) throw new CliError(r.problems.map(formatProblem), EXIT.invalid);
  const loaded = r.loaded;
  const plan = planOf(loaded);
  const shard = flags.shard ? `${flags.shard.index}/${flags.shard.count}` : null;
  const dir = flags.out ?? `${basename(file, extname(file))}-results`;
  const runsPath = join(dir, 'runs.ndjson');
  const manifestPath = join(dir, 'manifest.json');

  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw outputError(dir, e);
  }
  const done = new Map<number, ExperimentRow>();
  // Bytes of runs.ndjson to keep: every whole row (a line torn by a crash is cut off).
  let validBytes = 0;
  if (existsSync(runsPath) && statSync(runsPath).size > 0) {
    if (!flags.resume) throw usageError(`${runsPath} already holds results; pass --resume to continue that sweep, or choose another --out`);
    checkManifest(manifestPath, plan, shard);
    const text = readInput(runsPath, MAX_RUNS_BYTES, 'the runs.ndjson of borderflow sweep');
    let parsed: ReturnType<typeof parseRuns>;
    try {
      parsed = parseRuns(plan, text);
    } catch (e) {
      throw new CliError([`borderflow: ${runsPath}: ${(e as Error).message}`], EXIT.invalid);
    }
    validBytes = Buffer.byteLength(text.slice(0, parsed.validLength), 'utf8');
    for (const row of parsed.rows) done.set(rowTask(plan, row), row);
  }
  commitAll([writeWhole(manifestPath, JSON.stringify(manifestOf(plan, shard), null, 2) + '\n')]);

  const tasks = shardTasks(loaded, flags.shard ?? null);
  const todo = tasks.filter((k) => !done.has(k));
  const workers = Math.max(1, Math.min(flags.workers ?? availableParallelism(), todo.length));
  const progress = flags.quiet ? null : taskProgress(process.stderr, 'tasks');
  if (!flags.quiet) {
    process.stderr.write(`sweep ${loaded.hash}: ${loaded.points.length} points × ${loaded.replications} replications${shard ? `, shard ${shard}` : ''}; ${todo.length} of ${tasks.length} tasks to run on ${workers} worker${workers === 1 ? '' : 's'}\n`);
  }

  // Rows go to disk one whole line per write and are synced, so a crash loses at most the task in flight.
  const fd = openRuns(runsPath, validBytes);
  const failures: { task: number; message: string }[] = [];
  let finished = 0;
  const reported = new Set<number>();
  const onRow = (row: ExperimentRow) => {
    const bytes = Buffer.from(rowLine(plan, row), 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    done.set(rowTask(plan, row), row);
    progress?.update(++finished, todo.length, failures.length);
  };
  const onFailure = (task: number, message: string) => {
    failures.push({ task, message });
    const { point } = taskOf(loaded, task);
    // An invalid point fails every replication with the same message: say it once.
    if (!reported.has(point) || !message.startsWith('point ')) {
      reported.add(point);
      progress?.finish();
      // The experiment file is named: a point's field path is a path in its base scenario.
      process.stderr.write(`${capMessage(`borderflow: ${file}: task failed: ${message}`)}\n`);
    }
    progress?.update(++finished, todo.length, failures.length);
  };
  try {
    // Even one worker simulates off the main thread, so a signal is heard mid-sweep and the stop is clean.
    const pool: Worker[] = [];
    const resume = `borderflow sweep ${file} --out ${dir}${flags.shard ? ` --shard ${shard}` : ''} --resume`;
    await interruptible(
      () => runParallel(file, loaded, todo, workers, onRow, onFailure, pool),
      () => Promise.all(pool.map((w) => w.terminate())).then(() => undefined),
      () => `${runsPath} keeps ${done.size} of ${tasks.length} tasks (each row whole); continue with: ${resume}`,
    );
  } finally {
    closeSync(fd);
    progress?.finish();
  }

  const rows = tasks.filter((k) => done.has(k)).map((k) => done.get(k)!);
  // The tables and the summary together or none (runs.ndjson is already complete on disk).
  const files: AtomicFile[] = [];
  try {
    for (const [name, text] of Object.entries(experimentFiles(plan, rows, shard))) files.push(writeWhole(join(dir, name), text));
  } catch (e) {
    for (const f of files) f.abort();
    throw e;
  }
  commitAll(files);

  if (failures.length > 0) {
    const points = new Set(failures.map((f) => taskOf(loaded, f.task).point));
    throw new CliError(
      [`borderflow: ${failures.length} of ${tasks.length} tasks failed (${[...points].map((p) => describePoint(loaded, p)).join('; ')}); the others are in ${dir}`],
      EXIT.invalid,
    );
  }
  if (!flags.quiet) process.stderr.write(`wrote ${dir}/{runs.ndjson,runs.csv,summary.json,summary.csv,manifest.json}\n`);
}

/** On --resume: the folder must hold the same experiment (and the same shard), or appending would mix two sweeps. */
function checkManifest(path: string, plan: ExperimentPlan, shard: string | null): void {
  let m: { experiment?: string; engineVersion?: string; shard?: string | null };
  try {
    m = JSON.parse(readInput(path, MAX_MANIFEST_BYTES, 'the manifest.json of borderflow sweep'));
  } catch (e) {
    const why = e instanceof CliError ? ` (${e.lines[0].slice(`borderflow: ${path}: `.length)})` : '';
    throw new CliError([`borderflow: ${path} is missing or unreadable${why}; cannot tell which sweep the folder holds`], EXIT.invalid);
  }
  if (m === null || typeof m !== 'object' || Array.isArray(m)) throw new CliError([`borderflow: ${path} is not a manifest of borderflow sweep; cannot tell which sweep the folder holds`], EXIT.invalid);
  if (m.experiment !== plan.experiment) throw new CliError([`borderflow: ${path}: the folder holds experiment ${m.experiment}, not ${plan.experiment} (the experiment or its base scenario changed); use another --out`], EXIT.invalid);
  if (m.engineVersion !== plan.engineVersion) throw new CliError([`borderflow: ${path}: the folder was written by engine ${m.engineVersion}, this is ${plan.engineVersion}; use another --out`], EXIT.invalid);
  if ((m.shard ?? null) !== shard) throw new CliError([`borderflow: ${path}: the folder holds shard ${m.shard ?? 'all'}, not ${shard ?? 'all'}`], EXIT.invalid);
}

/** Opens runs.ndjson for appending, cutting it to its first `keep` bytes first (a line torn by a crash). */
function openRuns(path: string, keep: number): number {
  try {
    const fd = openSync(path, existsSync(path) ? 'r+' : 'w');
    ftruncateSync(fd, keep);
    closeSync(fd);
    return openSync(path, 'a');
  } catch (e) {
    throw outputError(path, e);
  }
}

/** The worker script: bin/sweep-worker.js, found from this module whether it runs from the sources or from dist-cli/chunks. */
function workerScript(): URL {
  for (const up of ['../../', '../../../', '../']) {
    const candidate = new URL(`${up}bin/sweep-worker.js`, import.meta.url);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('bin/sweep-worker.js not found beside the borderflow command');
}

function runParallel(
  file: string,
  loaded: LoadedExperiment,
  todo: readonly number[],
  count: number,
  onRow: (r: ExperimentRow) => void,
  onFailure: (k: number, m: string) => void,
  all: Worker[] = [],
): Promise<void> {
  const script = workerScript();
  return new Promise((resolve, reject) => {
    let next = 0;
    let live = 0;
    let stopped = false;
    const stop = (e: Error) => {
      if (stopped) return;
      stopped = true;
      for (const w of all) void w.terminate();
      reject(e);
    };
    const start = () => {
      const w = new Worker(script, { workerData: { file, hash: loaded.hash } });
      all.push(w);
      live++;
      let current: number | null = null;
      const feed = () => {
        if (stopped) return;
        if (next < todo.length) {
          current = todo[next++];
          w.postMessage(current);
        } else {
          current = null;
          void w.terminate();
        }
      };
      w.on('message', (m: SweepWorkerMessage) => {
        if ('fatal' in m) return stop(new CliError(m.fatal.split('\n'), EXIT.invalid));
        if ('error' in m) onFailure(m.task, m.error);
        else onRow(m.row as ExperimentRow);
        feed();
      });
      w.on('error', (e) => {
        // The thread died (out of memory, a crash): its task fails, a fresh thread takes over.
        if (current !== null) onFailure(current, `${describePoint(loaded, taskOf(loaded, current).point)}, replication ${taskOf(loaded, current).replication}: worker thread stopped: ${e.message}`);
        current = null;
        if (!stopped && next < todo.length) start();
      });
      w.on('exit', () => {
        live--;
        if (live === 0 && !stopped) {
          stopped = true;
          resolve();
        }
      });
      feed();
    };
    for (let i = 0; i < count; i++) start();
  });
}
