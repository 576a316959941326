// `borderflow calibrate SCENARIO --observed FILE --fit officers,service,shares`: fits unknown inputs to observed hourly waits, with the fitted scenario.

import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  calibrate,
  calibratedScenarioYaml,
  DEFAULT_OFFICER_BOUNDS,
  laneGroupsOfType,
  MAX_SCENARIO_BYTES,
  OBSERVED_DAY_TYPES,
  parseFit,
  parseHoldout,
  parseOfficerBounds,
  type CalibrateResult,
  type FitSummary,
  type FittedInput,
  type Holdout,
  type ObservedDayType,
  type OfficerBounds,
} from '../../sim/index.ts';
import { AtomicFile } from '../atomic-file.ts';
import { CliError, EXIT, usageError } from '../errors.ts';
import { parseHours, parseReplications, parseSeed } from '../options.ts';
import { readInput } from '../input-file.ts';
import { loadWithObserved } from '../scenario-file.ts';
import { completed } from '../signals.ts';

interface CalibrateFlags {
  observed: string;
  fit: FittedInput[];
  holdout?: Holdout;
  dayType?: ObservedDayType;
  officerBounds: OfficerBounds;
  serviceBounds: [number, number];
  sharePoints: number;
  replications: number;
  seed?: number;
  hours?: number;
  maxEvaluations: number;
  out?: string;
  format: 'table' | 'json';
  progress?: boolean;
}

/** Commander parser from a parser that throws RangeError. */
function option<T>(parse: (v: string) => T): (v: string) => T {
  return (v) => {
    try {
      return parse(v);
    } catch (e) {
      throw new InvalidArgumentError(e instanceof Error ? e.message : String(e));
    }
  };
}

function parseServiceBounds(value: string): [number, number] {
  const m = /^\s*([0-9]*\.?[0-9]+)\s*\.\.\s*([0-9]*\.?[0-9]+)\s*$/.exec(value);
  const lo = m ? Number(m[1]) : NaN;
  const hi = m ? Number(m[2]) : NaN;
  if (!(lo > 0 && hi > lo && hi <= 10)) throw new InvalidArgumentError('expected LEAST..MOST scales with 0 < LEAST < MOST ≤ 10 (e.g. --service-bounds 0.7..1.4).');
  return [lo, hi];
}

function parsePoints(value: string): number {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!(n > 0 && n <= 100)) throw new InvalidArgumentError('expected percentage points more than 0 and at most 100 (e.g. --share-points 10).');
  return n;
}

function parseEvaluations(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 100_000) throw new InvalidArgumentError('expected a whole number from 1 to 100000.');
  return n;
}

export function registerCalibrate(program: Command): void {
  program
    .command('calibrate')
    .description("Fit a scenario's unknown inputs — officers on duty by hour, primary-time scales, program shares — to observed hourly mean waits by CBP lane class, and write the fitted scenario.")
    .argument('<scenario>', 'scenario file (.yaml, .yml or .json)')
    .addOption(new Option('--observed <file>', 'observed waits: a saved BWT snapshot (.xml or .json), CBP historical hourly table or tidy table (.csv)').makeOptionMandatory())
    .addOption(new Option('--fit <inputs>', 'inputs to fit, comma-separated: officers, service, shares').argParser(option(parseFit)).makeOptionMandatory())
    .addOption(new Option('--holdout <which>', 'observations kept out of the fit and reported apart: hours:A-B, lane:TYPE, day:TYPE or every:N').argParser(option(parseHoldout)))
    .addOption(new Option('--day-type <type>', 'use only observations of this day type').choices([...OBSERVED_DAY_TYPES]))
    .addOption(new Option('--officer-bounds <min..max>', "officers on duty in each hour: whole officers or multiples of the scenario's (e.g. 0..2x, 1..30); always within the booths").argParser(option(parseOfficerBounds)).default(parseOfficerBounds(DEFAULT_OFFICER_BOUNDS), DEFAULT_OFFICER_BOUNDS))
    .addOption(new Option('--service-bounds <min..max>', "range of each lane group's primary-time scale").argParser(parseServiceBounds).default([0.7, 1.4], '0.7..1.4'))
    .addOption(new Option('--share-points <pt>', "most percentage points a program share moves from the scenario's").argParser(parsePoints).default(10))
    .addOption(new Option('-r, --replications <n>', 'replications of every evaluation').argParser(parseReplications).default(5))
    .addOption(new Option('-s, --seed <n>', "seed of every evaluation, the same for all (default: the scenario's)").argParser(parseSeed))
    .addOption(new Option('--hours <h>', "simulated hours, warm-up included (default: the scenario's horizonHours)").argParser(parseHours))
    .addOption(new Option('--max-evaluations <n>', 'most runs of the scenario').argParser(parseEvaluations).default(150))
    .addOption(new Option('-o, --out <path>', 'write the fitted scenario, with its calibration record, as YAML to this file'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--progress', 'report each evaluation on standard error (default: on a terminal)'))
    .addOption(new Option('--no-progress', 'never report progress'))
    .addHelpText(
      'after',
      `
What it minimizes: the sum over the in-sample (lane class, clock hour) rows of
n·(simulated − observed)², n the observations averaged into the row; the simulated figure
is the replications' mean of the lane class's arrival-weighted hourly mean wait (as
compare-waits reports it). Every evaluation runs the same replications on the same seed
(common random numbers), so candidates differ by their inputs, not by noise.

How it searches:
  officers  coordinate descent over blocks of clock hours (an observed hour and the unobserved
            hours before it), all lane groups moved together, a move kept where it lowers the
            lane class's error and the total; whole-officer steps from a sixth of the busiest
            hour down to 1
  service   golden-section search on each lane group's primary-time scale (every time
            parameter of its primary distributions multiplied), side by side
  shares    golden-section search on each program share in turn
The result is the best evaluation; the fit is reported for the in-sample and the held-out
observations. Held out (--holdout): hours:A-B clock hours A to B; lane:TYPE one lane class;
day:TYPE one day type; every:N every Nth observed clock hour, starting with the Nth.

--out writes the scenario with the fitted values (officers as { byHour }, scaled primary
times, shares) and a calibration block recording the observed file, what was fitted, the
holdout, the method, seed, replications, evaluations, the fit in-sample and held out, and
toleranceMinutes = max(1, 0.15 × in-sample RMSE). The engine ignores the block. Comments
and everything else in the file are kept.

Exit status: 0 fitted; 1 unreadable scenario or observed file, or observations of no lane
class the scenario has; 2 bad usage (--fit, --holdout, a holdout that selects nothing).

Examples:
  $ borderflow calibrate scenarios/bundled/san-ysidro-northbound.yaml --observed observed/samples/san-ysidro-weekday-tidy.csv --fit officers --holdout every:3 --out fitted.yaml
  $ borderflow calibrate port.yaml --observed history.csv --fit service,shares --holdout lane:sentri --format json
  $ borderflow calibrate port.yaml --observed history.csv --fit officers --day-type saturday --officer-bounds 1..20 --replications 3`,
    )
    .action((file: string, flags: CalibrateFlags) => calibrateCommand(file, flags));
}

function calibrateCommand(file: string, flags: CalibrateFlags): void {
  const { scenario, observed } = loadWithObserved(file, flags.observed, flags.dayType);
  const withWait = observed.observations.filter((o) => o.waitMinutes !== null);
  if (withWait.length === 0) throw new CliError([`${flags.observed}: no observation has a wait; expected at least one figure in minutes`], EXIT.invalid);
  const types = [...new Set(withWait.map((o) => o.laneType))];
  const sc = scenario;
  if (!types.some((t) => laneGroupsOfType(sc, t).length > 0)) {
    const kinds = [...new Set(sc.ports.flatMap((p) => p.laneGroups.map((l) => l.kind)))];
    throw new CliError([`${flags.observed}: observations of ${types.join(', ')}, and ${file} has no lane group of ${types.length === 1 ? 'that class' : 'those classes'}; expected observations of its lane kinds (${kinds.join(', ')})`], EXIT.invalid);
  }
  if (flags.hours !== undefined && !(flags.hours > scenario.warmupHours)) {
    throw usageError(`--hours ${flags.hours}: expected more hours than the warm-up of ${file} (warmupHours: ${scenario.warmupHours})`);
  }
  if (flags.out !== undefined) {
    const target = resolve(flags.out);
    for (const f of [file, flags.observed]) if (resolve(f) === target) throw usageError(`--out ${flags.out} is the input file ${f}; expected another file name`);
  }
  const source = flags.out !== undefined ? readInput(file, MAX_SCENARIO_BYTES, 'a scenario file') : '';
  const out = flags.out !== undefined ? new AtomicFile(flags.out) : null;
  const showProgress = flags.progress ?? process.stderr.isTTY === true;
  try {
    const result = calibrate(scenario, observed, {
      fit: flags.fit,
      holdout: flags.holdout ?? null,
      dayType: flags.dayType,
      seed: flags.seed,
      replications: flags.replications,
      horizonHours: flags.hours,
      officerBounds: flags.officerBounds,
      serviceBounds: flags.serviceBounds,
      sharePoints: flags.sharePoints,
      maxEvaluations: flags.maxEvaluations,
      observedFile: flags.observed,
      onProgress: (p) => {
        completed(`${p.evaluations} evaluation${p.evaluations === 1 ? '' : 's'} of the calibration (at most ${p.maxEvaluations})`);
        if (showProgress) process.stderr.write(`evaluation ${p.evaluations}/${p.maxEvaluations} (${p.phase}): error ${p.objective.toFixed(1)} min², best ${p.best.toFixed(1)}\n`);
      },
    });
    if (out) {
      out.write(calibratedScenarioYaml(source, result));
      out.commit();
    }
    const { fittedScenario: _fitted, calibration: _record, ...report } = result;
    process.stdout.write(flags.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : calibrationTable(result));
  } catch (e) {
    out?.abort();
    // calibrate() throws RangeError for options that do not fit the observations (a holdout that selects nothing or everything).
    if (e instanceof RangeError) throw usageError(e.message);
    throw e;
  }
}

const f1 = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : x.toFixed(1));
const f2 = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : x.toFixed(2));
const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(1);

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}

function ratioText(t: FitSummary['byLaneType'][number] | undefined): string {
  return t?.ratioToGeneral ? `${f2(t.ratioToGeneral.simulated)} (${f2(t.ratioToGeneral.observed)})` : '–';
}

/** The report: what was fitted and how, the fit in-sample and held out beside the scenario as given, the hourly errors and the values fitted. */
export function calibrationTable(r: CalibrateResult): string {
  const lines: string[] = [];
  const o = r.observed;
  lines.push(`Calibration: ${r.scenario} to ${o.file} (${o.observations} observations${o.dayType ? ` of day type ${o.dayType}` : ''}: ${o.inSample} fitted, ${o.heldOut} held out${r.holdout ? ` by ${r.holdout}` : ''})`);
  lines.push(`Fitted: ${r.fitted.join(', ')}; ${r.evaluations} evaluations of at most ${r.maxEvaluations}${r.capHit ? ' (cap hit)' : ''}, each ${r.replications} replication${r.replications === 1 ? '' : 's'} on seed ${r.seed}, ${r.horizonHours} h`);
  lines.push(`Method: ${r.method}`);
  lines.push(`Objective Σ n·(simulated − observed)²: ${f1(r.objective.start)} → ${f1(r.objective.fitted)} min²`);
  lines.push('');
  lines.push('Fit (minutes; start → fitted; ratio: simulated (observed) mean wait ÷ general over the same hours)');
  const types = [...new Set([...r.inSample.byLaneType, ...(r.heldOut?.byLaneType ?? []), ...r.start.inSample.byLaneType].map((t) => t.laneType))];
  const rows: string[][] = [];
  const part = (name: string, start: FitSummary | null, fitted: FitSummary | null) => {
    if (!start || !fitted) return;
    rows.push([name, 'all', String(fitted.hours), `${f2(start.rmseMinutes)} → ${f2(fitted.rmseMinutes)}`, `${f2(start.maeMinutes)} → ${f2(fitted.maeMinutes)}`, '', '']);
    for (const t of types) {
      const a = start.byLaneType.find((x) => x.laneType === t);
      const b = fitted.byLaneType.find((x) => x.laneType === t);
      if (!b) continue;
      rows.push([name, t, String(b.hours), `${f2(a?.rmseMinutes)} → ${f2(b.rmseMinutes)}`, `${f2(a?.maeMinutes)} → ${f2(b.maeMinutes)}`, `${f2(a?.correlation)} → ${f2(b.correlation)}`, b.ratioToGeneral ? `${ratioText(a)} → ${ratioText(b)}` : '–']);
    }
  };
  part('in-sample', r.start.inSample, r.inSample);
  part('held out', r.start.heldOut, r.heldOut);
  lines.push(...table(['', 'lane class', 'hours', 'RMSE', 'MAE', 'correlation', 'ratio to general'], rows));
  lines.push('');
  lines.push('Hourly error after the fit, simulated − observed (minutes; * held out)');
  const hours = new Set<number>();
  const cell = new Map<string, string>();
  for (const [fit, mark] of [[r.inSample, ''], [r.heldOut, '*']] as const) {
    for (const t of fit?.byLaneType ?? []) {
      for (const row of t.rows) {
        hours.add(row.hour);
        cell.set(`${t.laneType}@${row.hour}`, signed(row.difference) + mark);
      }
    }
  }
  const hourRows = [...hours].sort((a, b) => a - b).map((h) => [`${String(h).padStart(2, '0')}:00`, ...types.map((t) => cell.get(`${t}@${h}`) ?? '')]);
  lines.push(...table(['hour', ...types], hourRows));
  const officers = r.lanes.filter((l) => l.officers);
  if (officers.length > 0) {
    lines.push('');
    lines.push('Officers on duty by clock hour, 00:00 first (start → fitted)');
    for (const l of officers) {
      lines.push(`${l.port}/${l.lane} (${l.laneType}, ${l.booths} booths)`);
      lines.push(`  start   ${l.officers!.start.join(' ')}`);
      lines.push(`  fitted  ${l.officers!.fitted.join(' ')}`);
    }
  }
  const scales = r.lanes.filter((l) => l.serviceScale !== null);
  if (scales.length > 0) {
    lines.push('');
    lines.push(`Primary-time scales: ${scales.map((l) => `${l.port}/${l.lane} ×${l.serviceScale!.toFixed(3)}`).join(', ')}`);
  }
  if (r.shares.length > 0) {
    lines.push('');
    lines.push(`Program shares: ${r.shares.map((s) => `${s.port}/${s.flow} ${s.program} ${s.start} → ${s.fitted}`).join(', ')}`);
  }
  lines.push('');
  lines.push(`Drift tolerance (toleranceMinutes): ${r.toleranceMinutes} min of in-sample RMSE`);
  for (const n of r.notes) lines.push(`Note: ${n}`);
  return lines.join('\n') + '\n';
}
