// `borderflow forecast SCENARIO --from SNAPSHOT`: the coming hours' waits per CBP lane class, started from the lanes open and delays a saved wait-times snapshot reports.

import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { OBSERVED_LANE_TYPES, forecast, ForecastError, type ForecastDocument, type ObservedLaneType } from '../../sim/index.ts';
import { AtomicFile, writeOutput } from '../atomic-file.ts';
import { CliError, EXIT, usageError } from '../errors.ts';
import { parseReplications, parseSeed } from '../options.ts';
import { replicationProgress } from './run.ts';
import { loadWithObserved } from '../scenario-file.ts';

interface ForecastFlags {
  from: string;
  hours: number;
  replications: number;
  seed?: number;
  hold: number;
  open: Partial<Record<ObservedLaneType, number>>;
  port: string[];
  missingDelay: 'empty' | 'error';
  holiday?: boolean;
  format: 'table' | 'json';
  out?: string;
  progress?: boolean;
}

function parseForecastHours(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 24) throw new InvalidArgumentError('expected a whole number of hours from 1 to 24 (e.g. --hours 4).');
  return n;
}

function parseHold(value: string): number {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 24) throw new InvalidArgumentError('expected hours > 0 and at most 24 (e.g. --hold 1 or --hold 0.5).');
  return n;
}

function parseOpen(value: string, previous: Partial<Record<ObservedLaneType, number>>): Partial<Record<ObservedLaneType, number>> {
  const m = /^\s*([a-z-]+)\s*=\s*\+?(\d+)\s*$/.exec(value);
  if (!m) throw new InvalidArgumentError('expected LANETYPE=+N, e.g. --open general=+2.');
  const type = m[1] as ObservedLaneType;
  if (!OBSERVED_LANE_TYPES.includes(type)) throw new InvalidArgumentError(`"${m[1]}" is not a lane type; expected one of ${OBSERVED_LANE_TYPES.join(', ')}.`);
  return { ...previous, [type]: (previous[type] ?? 0) + Number(m[2]) };
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerForecast(program: Command): void {
  program
    .command('forecast')
    .description("Forecast the coming hours' waits per CBP lane class, starting the scenario from the lanes open and delays a saved CBP wait-times snapshot reports for its port.")
    .argument('<scenario>', 'scenario file (.yaml, .yml or .json)')
    .requiredOption('--from <snapshot>', 'saved CBP Border Wait Times snapshot: bwt.xml (.xml) or api/bwtnew (.json)')
    .addOption(new Option('--hours <h>', 'whole clock hours to forecast, 1–24; the run ends at the top of the hour').argParser(parseForecastHours).default(4))
    .addOption(new Option('-r, --replications <n>', 'replications').argParser(parseReplications).default(20))
    .addOption(new Option('-s, --seed <n>', "seed (default: the scenario's)").argParser(parseSeed))
    .addOption(new Option('--hold <h>', "hours the reported lanes open are kept before the scenario's own staffing takes over").argParser(parseHold).default(1))
    .addOption(new Option('--open <type=+n>', 'open N more booths of a lane class now, kept through the forecast (repeatable), e.g. --open general=+2').argParser(parseOpen).default({}, 'none'))
    .addOption(new Option('--port <[id=]cbp>', 'the snapshot port of a scenario port: CBP port number (250401), 8-digit BWT id or name; "id=" names the scenario port when it has several (repeatable; default: matched by name)').argParser(collect).default([], 'by name'))
    .addOption(new Option('--missing-delay <rule>', 'a lane class of the scenario the snapshot gives no delay for: empty (empty line, own staffing) or error').choices(['empty', 'error']).default('empty'))
    .addOption(new Option('--holiday', "treat the snapshot's day as a holiday (default: when the scenario's calendar lists its date)"))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('-o, --out <path>', 'write the output to this file instead of standard output'))
    .addOption(new Option('--progress', 'report each replication on standard error (default: on a terminal)'))
    .addOption(new Option('--no-progress', 'never report progress'))
    .addHelpText(
      'after',
      `
The start: the snapshot's update time and weekday; per lane class the feed reports, its lanes
open (× booths per lane when stacked; held --hold hours, then the scenario's own staffing) and a
line estimated from its delay: line ≈ delay ÷ mean time at the booth × booths open (Little's
law: a vehicle joining L vehicles at c booths, s seconds each, waits about L·s/c). Those
vehicles count in no wait figure; an hour's wait is that of the vehicles arriving in it.

Each coming clock hour: the mean over replications of the hour's mean wait, and a 90 % band,
the 5th–95th percentile of the replications' hourly means (where one day's hourly mean may fall).

Snapshots are read, never fetched. Exit 1: the snapshot or scenario cannot be used (no such
port, no date, no delay, an unknown format); exit 2: a bad option.

Examples:
  $ borderflow forecast scenarios/bundled/san-ysidro-northbound.yaml --from bwt.xml
  $ borderflow forecast port.yaml --from bwtnew.json --hours 2 --open general=+2
  $ borderflow forecast port.yaml --from bwt.xml --format json --out forecast.json`,
    )
    .action((scenarioFile: string, flags: ForecastFlags) => forecastCommand(scenarioFile, flags));
}

function forecastCommand(scenarioFile: string, flags: ForecastFlags): void {
  const { scenario, observed } = loadWithObserved(scenarioFile, flags.from);
  const ports: Record<string, string> = {};
  for (const p of flags.port) {
    const eq = p.indexOf('=');
    if (eq > 0) ports[p.slice(0, eq)] = p.slice(eq + 1);
    else if (scenario.ports.length === 1) ports[scenario.ports[0].id] = p;
    else throw usageError(`--port ${p}: the scenario has ${scenario.ports.length} ports; name one as --port ID=${p} (ids: ${scenario.ports.map((x) => x.id).join(', ')})`);
  }
  for (const id of Object.keys(ports)) {
    if (!scenario.ports.some((x) => x.id === id)) throw usageError(`--port ${id}=…: no port "${id}" in ${scenarioFile}; expected one of ${scenario.ports.map((x) => x.id).join(', ')}`);
  }
  if (flags.out !== undefined) {
    const target = resolve(flags.out);
    for (const f of [scenarioFile, flags.from]) if (resolve(f) === target) throw usageError(`--out ${flags.out} is the input file ${f}; expected another file name`);
  }
  const showProgress = flags.progress ?? process.stderr.isTTY === true;
  let doc: ForecastDocument;
  try {
    doc = forecast(scenario, observed, {
      hours: flags.hours,
      replications: flags.replications,
      seed: flags.seed,
      holdHours: flags.hold,
      open: flags.open,
      ports,
      missingDelay: flags.missingDelay,
      holiday: flags.holiday,
      onProgress: replicationProgress(showProgress, ' of the forecast'),
      files: { scenario: scenarioFile },
    });
  } catch (e) {
    if (e instanceof ForecastError) throw new CliError(e.problems.map((p) => `borderflow: error: ${p}`), EXIT.invalid);
    if (e instanceof RangeError) throw usageError(e.message);
    throw e;
  }
  writeOutput(flags.out !== undefined ? new AtomicFile(flags.out) : null, flags.format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : forecastTable(doc));
}

const num = (v: number | null, digits = 1): string => (v === null ? 'n/a' : v.toFixed(digits));

/** The forecast as text: the start assumed, then per lane class the coming hours' mean wait and 90 % band. */
export function forecastTable(doc: ForecastDocument): string {
  const s = doc.snapshot;
  const out: string[] = [
    `Forecast: ${doc.scenario.name} from ${s.file} (${s.ports.map((p) => `${p.snapshotPort}${p.name ? ` ${p.name}` : ''}`).join(', ')}), ${s.time.slice(0, 10)} ${doc.start.clock}, ${s.day}${s.dayType === 'holiday' ? ' (holiday)' : ''}`,
    `${doc.scenario.replications} replications, seed ${doc.scenario.seed}; lanes open as reported held ${doc.start.holdHours} h, then the scenario's staffing.`,
    'Line at the start ≈ delay ÷ mean time at the booth × booths open (Little’s law).',
    '',
    'Start assumed:',
    '  lane type          delay  lanes  lane group                 booths  s/vehicle   line',
  ];
  for (const st of doc.initialState) {
    for (const c of st.laneTypes) {
      c.laneGroups.forEach((g, i) => {
        const head = i === 0 ? `${c.laneType.padEnd(17)}  ${(c.delayMinutes === null ? 'none' : `${c.delayMinutes}`).padStart(5)}  ${(c.reportedLanesOpen === null ? '–' : String(c.reportedLanesOpen)).padStart(5)}` : ' '.repeat(30);
        out.push(`  ${head}  ${g.id.padEnd(25)}  ${String(g.boothsOpen).padStart(6)}${g.extraBooths > 0 ? `(+${g.extraBooths})` : ''}  ${g.meanBoothSeconds.toFixed(1).padStart(9)}  ${String(g.line).padStart(5)}`);
      });
    }
  }
  out.push('', 'Mean wait, minutes, of vehicles arriving in each hour; 90 % band = 5th–95th percentile of the replications’ hourly means.');
  for (const t of doc.laneTypes) {
    out.push('', `${t.laneType} (${t.laneGroups.join(', ')})`, '  hours          mean   90 % band       lanes open');
    for (const h of t.hours) {
      const band = h.low90 === null ? '' : `${num(h.low90)}–${num(h.high90)}`;
      out.push(`  ${h.window}  ${num(h.mean).padStart(6)}   ${band.padEnd(14)}  ${num(h.lanesOpen).padStart(10)}`);
    }
  }
  if (doc.warnings.length > 0) out.push('');
  for (const w of doc.warnings) out.push(`Note: ${w}`);
  return out.join('\n') + '\n';
}
