// `borderflow compare-waits SCENARIO OBSERVED`: runs a scenario and sets its hourly waits by CBP lane class beside observed ones.

import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { compareWaits, csvFields, OBSERVED_DAY_TYPES, runScenario, type ObservedDayType, type WaitComparisonDocument } from '../../sim/index.ts';
import { AtomicFile, writeOutput } from '../atomic-file.ts';
import { CliError, EXIT, usageError } from '../errors.ts';
import { parseHours, parseReplications, parseSeed } from '../options.ts';
import { loadWithObserved } from '../scenario-file.ts';
import { escapeStrings } from '../text.ts';

type Format = 'table' | 'json' | 'csv';

interface CompareWaitsFlags {
  seed?: number;
  replications?: number;
  hours?: number;
  format: Format;
  out?: string;
  dayType?: ObservedDayType;
}

export function registerCompareWaits(program: Command): void {
  program
    .command('compare-waits')
    .description("Run a scenario and set its simulated mean wait per CBP lane class and clock hour beside observed waits from a saved file, with each profile's correlation, mean absolute error and ratio.")
    .argument('<scenario>', 'scenario file (.yaml, .yml or .json)')
    .argument('<observed>', 'observed waits: a saved BWT snapshot (.xml or .json), CBP historical hourly table or tidy table (.csv)')
    .addOption(new Option('-s, --seed <n>', "seed (default: the scenario's)").argParser(parseSeed))
    .addOption(new Option('-r, --replications <n>', "replications, 1 or more (default: the scenario's)").argParser(parseReplications))
    .addOption(new Option('--hours <h>', "simulated hours, warm-up included (default: the scenario's horizonHours)").argParser(parseHours))
    .addOption(new Option('--day-type <type>', 'compare only observations of this day type (weekday takes monday … friday too); observations without a day type are left out').choices([...OBSERVED_DAY_TYPES]))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('-o, --out <path>', 'write the output to this file instead of standard output'))
    .addHelpText(
      'after',
      `
Observed files are read, never fetched: bwt.xml (legacy BWT XML), api/bwtnew (BWT JSON), CBP's
historical hourly table as CSV (time_slot, bwt_day, pv_time_avg …) or a tidy CSV
(port,lane_type,day_type,hour,wait_minutes,lanes_open). Waits reported as empty, "N/A",
"Update Pending" or "Lanes Closed" are missing, not zero; several observations of one lane class
and hour are averaged.

--day-type keeps the observations of one day type: weekday (and monday … friday as CBP's
historical table names days), saturday, sunday or holiday; a live snapshot's "weekend" is
placed by its date. The simulated figure pools every measured day of the run, so simulate
days of that type (the scenario's startDay, horizonHours and calendar).

Lane classes map to the scenario's lane groups by kind (general = general car lanes,
commercial-general = general lanes serving trucks, fast and commercial-fast = fast lanes). The
simulated figure is the replications' mean of the arrival-weighted mean wait over those lane
groups for travelers arriving in that clock hour (all simulated days), with its 95 % interval.
Per lane class: Pearson correlation of the hourly profiles, mean absolute error, and observed ÷
simulated mean over the hours both have.

Output formats:
  table  one table per lane class and its agreement figures
  json   a borderflow-wait-comparison document
  csv    tidy rows: laneType, hour, observed, simulated, ciLow, ciHigh, difference

Examples:
  $ borderflow compare-waits scenarios/bundled/san-ysidro-northbound.yaml observed/samples/san-ysidro-weekday-hist.csv
  $ borderflow compare-waits port.yaml bwt.xml --replications 10 --format csv --out waits.csv
  $ borderflow compare-waits port.yaml history.csv --day-type saturday`,
    )
    .action((scenarioFile: string, observedFile: string, flags: CompareWaitsFlags) => compareWaitsCommand(scenarioFile, observedFile, flags));
}

function compareWaitsCommand(scenarioFile: string, observedFile: string, flags: CompareWaitsFlags): void {
  const { scenario, observed } = loadWithObserved(scenarioFile, observedFile, flags.dayType);
  if (!observed.observations.some((o) => o.waitMinutes !== null)) throw new CliError([`${observedFile}: no observation has a wait; expected at least one figure in minutes`], EXIT.invalid);
  if (flags.hours !== undefined && !(flags.hours > scenario.warmupHours)) {
    throw usageError(`--hours ${flags.hours}: expected more hours than the warm-up of ${scenarioFile} (warmupHours: ${scenario.warmupHours})`);
  }
  if (flags.out !== undefined) {
    const target = resolve(flags.out);
    for (const f of [scenarioFile, observedFile]) if (resolve(f) === target) throw usageError(`--out ${flags.out} is the input file ${f}; expected another file name`);
  }
  const out = flags.out ? new AtomicFile(flags.out) : null;
  try {
    const doc = runScenario(scenario, { seed: flags.seed, replications: flags.replications, horizonHours: flags.hours });
    const comparison = compareWaits(scenario, doc, observed, { scenario: scenarioFile, dayType: flags.dayType });
    writeOutput(out, render(comparison, flags.format));
  } catch (e) {
    out?.abort();
    throw e;
  }
}

const num = (v: number | null, digits = 1): string => (v === null ? '' : v.toFixed(digits));

function render(doc: WaitComparisonDocument, format: Format): string {
  if (format === 'json') return JSON.stringify(doc, null, 2) + '\n';
  if (format === 'csv') {
    const lines = ['laneType,hour,observed,observations,simulated,ciLow,ciHigh,difference'];
    for (const t of doc.laneTypes) {
      for (const r of t.rows) {
        lines.push(csvFields([t.laneType, r.hour, num(r.observed, 3), r.observations, num(r.simulated?.mean ?? null, 3), num(r.simulated?.ciLow ?? null, 3), num(r.simulated?.ciHigh ?? null, 3), num(r.difference, 3)]));
      }
    }
    return lines.join('\n') + '\n';
  }
  doc = escapeStrings(doc);
  const s = doc.scenario;
  const out: string[] = [
    `Waits: ${s.name} (${s.file}, ${s.replications} replication${s.replications === 1 ? '' : 's'}, seed ${s.seed}, ${s.horizonHours} h) against ${doc.observed.file} (${doc.observed.format}, ${doc.observed.observations} observations${doc.observed.dayType ? ` of day type ${doc.observed.dayType}` : ''})`,
    'Minutes; simulated − observed; 95 % interval over replications.',
  ];
  for (const t of doc.laneTypes) {
    out.push('', `${t.laneType}: ${t.laneGroups.length > 0 ? `lane groups ${t.laneGroups.join(', ')}` : 'no lane group of this class in the scenario'}`);
    out.push('  hour  observed  simulated  95 % interval    difference');
    for (const r of t.rows) {
      const ci = r.simulated && r.simulated.ciLow !== null ? `${num(r.simulated.ciLow)}–${num(r.simulated.ciHigh)}` : '';
      out.push(`  ${String(r.hour).padStart(2, '0')}    ${num(r.observed).padStart(8)}  ${num(r.simulated?.mean ?? null).padStart(9)}  ${ci.padEnd(15)}  ${(r.difference === null ? '' : (r.difference >= 0 ? '+' : '') + num(r.difference)).padStart(10)}`);
    }
    out.push(`  correlation ${num(t.correlation, 2) || 'n/a'}, mean absolute error ${num(t.meanAbsoluteError) || 'n/a'} min, observed ÷ simulated ${num(t.ratio, 2) || 'n/a'} (${t.hoursCompared} hours)`);
  }
  return out.join('\n') + '\n';
}
