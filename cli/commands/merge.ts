// `borderflow merge DIR… --out DIR`: combines the folders of a sharded sweep into the outputs an unsharded sweep would have written.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { experimentFiles, parseRuns, rowTask, type ExperimentManifest, type ExperimentPlan, type ExperimentRow } from '../../sim/index.ts';
import { commitAll, writeWhole, type AtomicFile } from '../atomic-file.ts';
import { CliError, EXIT, outputError, usageError } from '../errors.ts';
import { MAX_MANIFEST_BYTES, MAX_RUNS_BYTES, readInput } from '../input-file.ts';

interface MergeFlags {
  out: string;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('Combine the result folders of a sharded sweep (borderflow sweep --shard i/n) into one.')
    .argument('<dirs...>', 'shard folders written by borderflow sweep')
    .addOption(new Option('-o, --out <dir>', 'folder for the combined results').makeOptionMandatory())
    .addHelpText(
      'after',
      `
The folders must come from the same experiment (same hash) and engine version, and together
hold every task exactly once; the combined folder then holds exactly what one unsharded sweep
writes.

Example:
  $ borderflow merge part0 part1 --out all`,
    )
    .action((dirs: string[], flags: MergeFlags) => mergeCommand(dirs, flags));
}

function fail(line: string): CliError {
  return new CliError([`borderflow: merge: ${line}`], EXIT.invalid);
}

/** A file of a shard folder, within `limit` bytes: a shard is borderflow's own output, but the folder may hold anything. */
function readText(path: string, limit: number, what: string): string {
  return readInput(path, limit, what, 'merge: ');
}

/** The plan part of a manifest: what every shard of one sweep has in common. */
function planPart(m: ExperimentManifest): ExperimentPlan {
  const { experiment, engineVersion, name, factors, points, replications, seed, baseline, outputs } = m;
  return { experiment, engineVersion, name, factors, points, replications, seed, baseline, outputs };
}

function mergeCommand(dirs: string[], flags: MergeFlags): void {
  if (dirs.length === 0) throw usageError('merge: expected at least one folder');
  let plan: ExperimentPlan | null = null;
  let first = '';
  const byTask = new Map<number, { row: ExperimentRow; dir: string }>();
  for (const dir of dirs) {
    let manifest: ExperimentManifest;
    try {
      manifest = JSON.parse(readText(join(dir, 'manifest.json'), MAX_MANIFEST_BYTES, 'the manifest.json of borderflow sweep')) as ExperimentManifest;
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw fail(`${join(dir, 'manifest.json')} is not valid JSON`);
    }
    if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) throw fail(`${join(dir, 'manifest.json')} is not a manifest of borderflow sweep (expected a JSON object)`);
    const own = planPart(manifest);
    if (plan === null) {
      plan = own;
      first = dir;
    } else {
      if (own.experiment !== plan.experiment) throw fail(`${dir} holds experiment ${own.experiment}, ${first} holds ${plan.experiment}; only shards of one experiment can be merged`);
      if (own.engineVersion !== plan.engineVersion) throw fail(`${dir} was run by engine ${own.engineVersion}, ${first} by ${plan.engineVersion}; rerun one so both match`);
      if (JSON.stringify(own) !== JSON.stringify(plan)) throw fail(`${dir} and ${first} describe the experiment differently; only shards of one sweep can be merged`);
    }
    const runsPath = join(dir, 'runs.ndjson');
    let parsed: ReturnType<typeof parseRuns>;
    try {
      parsed = parseRuns(plan, readText(runsPath, MAX_RUNS_BYTES, 'the runs.ndjson of borderflow sweep'));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw fail(`${runsPath}: ${(e as Error).message}`);
    }
    if (parsed.torn) throw fail(`${runsPath} ends in a torn line: that shard was interrupted; finish it with borderflow sweep … --resume`);
    for (const row of parsed.rows) {
      const k = rowTask(plan, row);
      const seen = byTask.get(k);
      if (seen) throw fail(`point ${row.point}, replication ${row.replication} is in ${seen.dir} and in ${dir}; each task must be in exactly one folder`);
      byTask.set(k, { row, dir });
    }
  }
  const p = plan!;
  const total = p.points.length * p.replications;
  const missing: string[] = [];
  for (let k = 0; k < total; k++) if (!byTask.has(k)) missing.push(`point ${Math.floor(k / p.replications)} replication ${k % p.replications}`);
  if (missing.length > 0) {
    throw fail(`${missing.length} of ${total} tasks are in none of the folders (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); run the missing shard or resume it`);
  }
  try {
    mkdirSync(flags.out, { recursive: true });
  } catch (e) {
    throw outputError(flags.out, e);
  }
  const rows = [...byTask.values()].map((x) => x.row);
  // Every file of the folder or none: a failure half-way leaves the previous merge whole.
  const files: AtomicFile[] = [];
  try {
    for (const [name, text] of Object.entries(experimentFiles(p, rows, null))) files.push(writeWhole(join(flags.out, name), text));
  } catch (e) {
    for (const f of files) f.abort();
    throw e;
  }
  commitAll(files);
}
