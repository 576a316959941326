// `borderflow run FILE`: runs a scenario's replications and writes the report as a table, JSON or CSV.

import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { runScenario, type ResultDocument, type Scenario } from '../../sim/index.ts';
import { AtomicFile, commitAll, writeStdout } from '../atomic-file.ts';
import { CliError, EXIT, usageError } from '../errors.ts';
import { resultCsv } from '../format/csv.ts';
import { resultTable } from '../format/table.ts';
import { parseHours, parseRecordsPath, parseReplications, parseSeed, type RecordsTarget } from '../options.ts';
import { progressReporter } from '../progress.ts';
import { RecordWriter } from '../records.ts';
import { loadOrThrow, withFile } from '../scenario-file.ts';
import { completed } from '../signals.ts';
import { escapeStrings } from '../text.ts';

type Format = 'table' | 'json' | 'csv';

interface RunFlags {
  seed?: number;
  replications?: number;
  hours?: number;
  endOfRun?: 'drain' | 'cutoff';
  format: Format;
  out?: string;
  records?: RecordsTarget;
  progress?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('Run a scenario and report waits, utilization, referrals and seizures per lane and flow, across replications.')
    .argument('<file>', 'scenario file (.yaml, .yml or .json)')
    .addOption(new Option('-s, --seed <n>', "seed of every random stream (default: the scenario's)").argParser(parseSeed))
    .addOption(
      new Option('-r, --replications <n>', "independent replications, 1 or more (default: the scenario's)").argParser(parseReplications),
    )
    .addOption(
      new Option('--hours <h>', "simulated hours, warm-up included (default: the scenario's horizonHours)").argParser(parseHours),
    )
    .addOption(
      new Option('--end-of-run <mode>', "drain: run on past the horizon until everyone present has left; cutoff: stop at the horizon, those in line count as censored (default: the scenario's endOfRun)").choices(['drain', 'cutoff']),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('-o, --out <path>', 'write the output to this file instead of standard output'))
    .addOption(
      new Option('--records <path>', 'also write one row per traveler to this file: .ndjson/.jsonl or .csv').argParser(parseRecordsPath),
    )
    .addOption(new Option('--progress', 'report progress on standard error (default: on a terminal, when replications > 1)'))
    .addOption(new Option('--no-progress', 'never report progress'))
    .addHelpText(
      'after',
      `
Output formats:
  table  a readable report: per lane and per flow, means over replications with
         ± the half-width of the 95 % confidence interval; waits in minutes
  json   the result document, byte-identical for the same scenario and seed
  csv    tidy rows: replication, port, level, id, hour, then one column per figure

Examples:
  $ borderflow run scenarios/bundled/mmc-theory-check.yaml
  $ borderflow run scenarios/bundled/mmc-theory-check.yaml --replications 3 --hours 24 --seed 7
  $ borderflow run scenarios/bundled/mmc-theory-check.yaml --format json --out result.json
  $ borderflow run scenarios/bundled/mmc-theory-check.yaml -r 1 --records travelers.csv --format csv`,
    )
    .action((file: string, flags: RunFlags) => runCommand(file, flags));
}

function runCommand(file: string, flags: RunFlags): void {
  const scenario = loadOrThrow(file);
  checkAgainstScenario(file, scenario, flags);

  const replications = flags.replications ?? scenario.replications;
  const showProgress = flags.progress ?? (process.stderr.isTTY === true && replications > 1);

  // Opened before the run, so a bad path fails in a second rather than after an hour.
  const out = flags.out ? new AtomicFile(flags.out) : null;
  let records: RecordWriter | null = null;
  let stopped: ResultDocument['stopped'];
  try {
    if (flags.records) records = new RecordWriter(flags.records);
    if (showProgress) {
      const hours = flags.hours ?? scenario.horizonHours;
      process.stderr.write(`running ${replications} replication${replications === 1 ? '' : 's'} of ${hours} h: ${scenario.name}\n`);
    }
    const doc = runScenario(scenario, {
      seed: flags.seed,
      replications: flags.replications,
      horizonHours: flags.hours,
      endOfRun: flags.endOfRun,
      onProgress: replicationProgress(showProgress),
      onRecord: records?.write,
    });
    const text = render(doc, scenario, flags.format, out === null);
    if (out) {
      // Both files or neither: a failed --out must not leave new records beside an old result.
      out.write(text);
      commitAll([records?.file, out]);
    } else {
      records?.commit();
      writeStdout(text);
    }
    stopped = doc.stopped;
  } catch (e) {
    records?.abort();
    out?.abort();
    throw withFile(file, e);
  }
  if (stopped) {
    // The partial result is written (flagged with "stopped"), but the run did not finish.
    throw new CliError([`${file}: run stopped at hour ${stopped.atHour.toFixed(1)} of replication ${stopped.replication + 1}: ${stopped.reason}; the result so far is flagged "stopped" and is no estimate of the scenario (add booths or officers, lower perDay, or shorten the horizon with --hours)`], EXIT.invalid);
  }
}

/** Option values that are only wrong for this scenario, or together. */
function checkAgainstScenario(file: string, scenario: Scenario, flags: RunFlags): void {
  if (flags.hours !== undefined && !(flags.hours > scenario.warmupHours)) {
    throw usageError(`--hours ${flags.hours}: expected more hours than the scenario's warm-up (warmupHours: ${scenario.warmupHours})`);
  }
  if (flags.records && flags.out && resolve(flags.records.path) === resolve(flags.out)) {
    throw usageError(`--records and --out name the same file (${flags.out}); expected two different files`);
  }
  // Results written over the scenario would lose the only copy of the input.
  for (const [option, path] of [['--out', flags.out], ['--records', flags.records?.path]] as const) {
    if (path !== undefined && resolve(path) === resolve(file)) {
      throw usageError(`${option} ${path} is the scenario file itself; expected another file name`);
    }
  }
}

function render(doc: ResultDocument, scenario: Scenario, format: Format, toStdout: boolean): string {
  switch (format) {
    case 'json':
      return JSON.stringify(doc, null, 2) + '\n';
    case 'csv':
      return resultCsv(doc);
    case 'table':
      return resultTable(escapeStrings(doc), {
        costOfDelay: Object.values(scenario.valueOfTimePerHour).some((v) => (v ?? 0) > 0),
        color: toStdout && process.stdout.isTTY === true && !process.env.NO_COLOR,
      });
  }
}

/** After each replication: what a signal would leave completed, and the progress line when asked for. */
export function replicationProgress(show: boolean, what = ''): (done: number, total: number) => void {
  const line = show ? progressReporter(process.stderr) : null;
  return (done, total) => {
    completed(`${done} of ${total} replications${what}`);
    line?.(done, total);
  };
}
