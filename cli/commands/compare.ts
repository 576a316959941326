// `borderflow compare BASE OTHER…`: runs every scenario on common random numbers and reports OTHER − BASE per figure, with a verdict.

import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { comparisonDocument, runScenario, withOverrides, type ComparisonDocument, type ResultDocument, type Scenario } from '../../sim/index.ts';
import { AtomicFile, writeOutput } from '../atomic-file.ts';
import { CliError, EXIT, scenarioError, usageError } from '../errors.ts';
import { comparisonCsv, comparisonTable } from '../format/comparison.ts';
import { parseHours, parseReplications, parseSeed } from '../options.ts';
import { loadOrThrow, runProblems, withFile } from '../scenario-file.ts';
import { replicationProgress } from './run.ts';
import { escapeStrings } from '../text.ts';

type Format = 'table' | 'json' | 'csv';

interface CompareFlags {
  seed?: number;
  replications?: number;
  hours?: number;
  format: Format;
  out?: string;
  progress?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('Run scenarios on common random numbers and report each one against the first: paired differences with 95 % intervals and a verdict per figure.')
    .argument('<files...>', 'scenario files (.yaml, .yml or .json): BASE first, then one or more to compare with it')
    .addOption(new Option('-s, --seed <n>', "seed of every run (default: BASE's)").argParser(parseSeed))
    .addOption(new Option('-r, --replications <n>', "replications of every run, 1 or more (default: BASE's)").argParser(parseReplications))
    .addOption(new Option('--hours <h>', "simulated hours of every run, warm-up included (default: each scenario's horizonHours)").argParser(parseHours))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('-o, --out <path>', 'write the output to this file instead of standard output'))
    .addOption(new Option('--progress', 'report each replication on standard error (default: on a terminal)'))
    .addOption(new Option('--no-progress', 'never report progress'))
    .addHelpText(
      'after',
      `
Every scenario runs with the same seed and replications, so replication r of each sees the
same travelers and the difference is taken replication by replication (common random numbers).
For the port and each lane group both scenarios have: mean and p95 wait, share waiting over
each threshold, served, utilization (lanes), referrals, seizures, interdiction rate, cost of
delay and share who gave up, as OTHER − BASE with its 95 % interval.

Verdicts: "better" or "worse" where the interval excludes 0 (lower waits, cost and giving up
are better; higher throughput, seizures and interdiction are better; utilization and referrals
are only "higher" or "lower"); otherwise "no detectable difference at these replications",
with the replications at which the interval would narrow below the difference (n/a when the
difference is 0).

Output formats:
  table  a readable report, one table per port and OTHER
  json   a borderflow-comparison document: inputs with hashes, seed, replications, rows
  csv    tidy rows: base, other, port, level, id, figure, mean, ciLow, ciHigh, verdict,
         replicationsToResolve

Examples:
  $ borderflow compare scenarios/bundled/san-ysidro-northbound.yaml scenarios/bundled/san-ysidro-sentri-conversion.yaml
  $ borderflow compare base.yaml more-booths.yaml fewer-referrals.yaml --replications 20 --hours 48
  $ borderflow compare base.yaml other.yaml --format csv --out comparison.csv`,
    )
    .action((files: string[], flags: CompareFlags) => compareCommand(files, flags));
}

function compareCommand(files: string[], flags: CompareFlags): void {
  if (files.length < 2) {
    throw usageError(`compare needs at least two scenario files, BASE and one to compare with it; got ${files.length} (${files.join(', ')})`);
  }
  // Every file is read before anything runs, and every bad one is reported at once.
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      scenarios.push(loadOrThrow(file));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      problems.push(...e.lines);
    }
  }
  if (problems.length > 0) throw new CliError(problems, EXIT.invalid);
  checkAgainstScenarios(files, scenarios, flags);

  // The common seed and count: BASE's unless given, so each OTHER pairs with BASE.
  const seed = flags.seed ?? scenarios[0].seed;
  const replications = flags.replications ?? scenarios[0].replications;

  // Every run is checked against the limits before the first one starts, naming the file.
  const refused = scenarios.flatMap((s, i) => runProblems(files[i], withOverrides(s, { seed, replications, horizonHours: flags.hours })));
  if (refused.length > 0) throw scenarioError(refused);

  const out = flags.out ? new AtomicFile(flags.out) : null;
  try {
    const showProgress = flags.progress ?? process.stderr.isTTY === true;
    const docs = scenarios.map((s, i) => {
      if (showProgress) process.stderr.write(`scenario ${i + 1} of ${files.length}: ${files[i]}\n`);
      let doc: ResultDocument;
      try {
        doc = runScenario(s, { seed, replications, horizonHours: flags.hours, onProgress: replicationProgress(showProgress, ` of scenario ${i + 1} of ${files.length} (${files[i]})`) });
      } catch (e) {
        // Several files: the one whose run was refused is named.
        throw withFile(files[i], e);
      }
      // A partial result is no estimate of the scenario: comparing it would report a difference that is not there.
      if (doc.stopped) {
        throw new CliError([`${files[i]}: run stopped at hour ${doc.stopped.atHour.toFixed(1)} of replication ${doc.stopped.replication + 1}: ${doc.stopped.reason}; nothing is compared (add booths or officers, lower perDay, or shorten the horizon with --hours)`], EXIT.invalid);
      }
      return doc;
    });
    const doc = comparisonDocument(docs, { labels: files });
    const text = render(doc, flags);
    writeOutput(out, text);
  } catch (e) {
    out?.abort();
    throw e;
  }
}

function checkAgainstScenarios(files: string[], scenarios: Scenario[], flags: CompareFlags): void {
  if (flags.hours !== undefined) {
    scenarios.forEach((s, i) => {
      if (!(flags.hours! > s.warmupHours)) {
        throw usageError(`--hours ${flags.hours}: expected more hours than the warm-up of ${files[i]} (warmupHours: ${s.warmupHours})`);
      }
    });
  }
  // Results written over a scenario would lose the only copy of the input.
  if (flags.out !== undefined) {
    const target = resolve(flags.out);
    const same = files.find((f) => resolve(f) === target);
    if (same !== undefined) throw usageError(`--out ${flags.out} is the scenario file ${same}; expected another file name`);
  }
}

function render(doc: ComparisonDocument, flags: CompareFlags): string {
  switch (flags.format) {
    case 'json':
      return JSON.stringify(doc, null, 2) + '\n';
    case 'csv':
      return comparisonCsv(doc);
    case 'table':
      return comparisonTable(escapeStrings(doc), { hours: flags.hours ?? null });
  }
}
