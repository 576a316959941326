// `borderflow staff FILE --target "p95 wait <= 30 min"`: the fewest officers per clock hour that meet a wait target in every hour, with the fitted scenario.

import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { fittedScenarioYaml, MAX_SCENARIO_BYTES, parseTarget, staff, targetFigureName, withOverrides, type StaffingTarget, type StaffResult } from '../../sim/index.ts';
import { AtomicFile, writeStdout } from '../atomic-file.ts';
import { CliError, EXIT, scenarioError, usageError } from '../errors.ts';
import { clock, dollars, minutes, NA, percent } from '../format/numbers.ts';
import { numberOption, parseHours, parseReplications, parseSeed } from '../options.ts';
import { readInput } from '../input-file.ts';
import { loadOrThrow, runProblems, withFile } from '../scenario-file.ts';
import { completed } from '../signals.ts';
import { escapeStrings } from '../text.ts';

interface StaffFlags {
  target: StaffingTarget;
  lanes?: string[];
  confidence: number;
  replications?: number;
  seed?: number;
  hours?: number;
  budget?: number;
  officerCost?: number;
  maxEvaluations: number;
  out?: string;
  byHour?: boolean;
  format: 'table' | 'json';
  progress?: boolean;
}

export function registerStaff(program: Command): void {
  program
    .command('staff')
    .description('Find the fewest officers on duty, hour by hour and lane group by lane group, that meet a wait target in every clock hour.')
    .argument('<file>', 'scenario file (.yaml, .yml or .json)')
    .addOption(
      new Option('-t, --target <target>', 'the target: "mean wait <= X min", "p95 wait <= X min" (p50, p90 too) or "P(wait > T min) <= p"')
        .argParser(parseTargetOption)
        .makeOptionMandatory(),
    )
    .addOption(new Option('-l, --lanes <ids>', 'lane groups to staff, comma-separated ids (port/lane where ids repeat); default: every lane group').argParser(parseLanes))
    .addOption(new Option('-c, --confidence <level>', 'one-sided confidence of the upper bound each hour must keep within the target').argParser(parseConfidence).default(0.95))
    .addOption(new Option('-r, --replications <n>', "replications per evaluation (default: the scenario's)").argParser(parseReplications))
    .addOption(new Option('-s, --seed <n>', "seed of every evaluation, the same for all (default: the scenario's)").argParser(parseSeed))
    .addOption(new Option('--hours <h>', "simulated hours, warm-up included (default: the scenario's horizonHours)").argParser(parseHours))
    .addOption(new Option('-b, --budget <officer-hours>', 'most officer-hours per day over the lane groups staffed').argParser(parseNonNegative('officer-hours per day', '--budget 400')))
    .addOption(new Option('--officer-cost <usd-per-hour>', 'US dollars per officer-hour, for the cost per day').argParser(parseNonNegative('US dollars per hour', '--officer-cost 85')))
    .addOption(new Option('--max-evaluations <n>', 'most runs of the scenario').argParser(parseEvaluations).default(200))
    .addOption(new Option('--by-hour', 'search officers hour by hour (written as byHour) even where the scenario staffs a lane group by shifts'))
    .addOption(new Option('-o, --out <path>', 'write the fitted scenario (officers: { byHour } or { shifts }) as YAML to this file'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--progress', 'report each evaluation on standard error (default: on a terminal)'))
    .addOption(new Option('--no-progress', 'never report progress'))
    .addHelpText(
      'after',
      `
How it searches: it starts each hour at the offered-load bound (λ·E[S] of a first run,
rounded down, plus one), then adds an officer at the earliest failing hour (or the hour
before, when that hour's line spills over) and runs again, on the same seed every time,
until every hour meets the target; then removes officers from the latest hour back while
the target still holds. An hour meets the target when the one-sided upper confidence bound
of its figure over replications is within the limit. Officers beyond the booths open
nothing: such hours are reported as infeasible. A lane group staffed by shifts keeps its
shift starts and ends, and the search is over the officers per shift (--by-hour searches
hour by hour instead); any other lane group is written as officers by hour.

Exit status: 0 when every hour meets the target, 1 when some hour does not (budget, cap
on evaluations, or every booth staffed); the report and --out are written either way.

Examples:
  $ borderflow staff port.yaml --target "p95 wait <= 30 min"
  $ borderflow staff port.yaml --target "mean wait <= 10 min" --lanes general,ready --replications 10
  $ borderflow staff port.yaml --target "P(wait > 30 min) <= 0.05" --budget 400 --officer-cost 85 --out fitted.yaml
  $ borderflow staff port.yaml --target "p95 wait <= 30 min" --by-hour --out fitted.yaml`,
    )
    .action((file: string, flags: StaffFlags) => staffCommand(file, flags));
}

function parseTargetOption(value: string): StaffingTarget {
  try {
    return parseTarget(value);
  } catch (e) {
    throw new InvalidArgumentError(e instanceof Error ? e.message : String(e));
  }
}

function parseLanes(value: string): string[] {
  const ids = value.split(',').map((s) => s.trim());
  if (ids.some((s) => s === '')) throw new InvalidArgumentError('expected lane group ids separated by commas (e.g. --lanes general,ready).');
  return ids;
}

const parseConfidence = numberOption({ min: 0.5, minExclusive: true, max: 1, maxExclusive: true, example: '--confidence 0.95' });
const parseEvaluations = numberOption({ integer: true, min: 1, max: 100_000, example: '--max-evaluations 200' });

function parseNonNegative(what: string, example: string): (value: string) => number {
  // A trillion is beyond any budget or wage, and keeps the sums exact.
  return numberOption({ min: 0, max: 1e12, example, unit: what });
}

function staffCommand(file: string, flags: StaffFlags): void {
  const scenario = loadOrThrow(file);
  if (flags.hours !== undefined && !(flags.hours > scenario.warmupHours)) {
    throw usageError(`--hours ${flags.hours}: expected more hours than the scenario's warm-up (warmupHours: ${scenario.warmupHours})`);
  }
  if (flags.out !== undefined && resolve(flags.out) === resolve(file)) {
    throw usageError(`--out ${flags.out} is the scenario file itself; expected another file name`);
  }
  const known = scenario.ports.flatMap((p) => p.laneGroups.map((l) => [l.id, `${p.id}/${l.id}`])).flat();
  for (const id of flags.lanes ?? []) {
    if (!known.includes(id)) throw usageError(`--lanes: no lane group "${id}" in ${file}; expected one of ${[...new Set(known)].join(', ')}`);
  }
  // Each evaluation is a run of the scenario: one over the limits is refused before the search starts, naming the file.
  const refused = runProblems(file, withOverrides(scenario, { seed: flags.seed, replications: flags.replications, horizonHours: flags.hours }));
  if (refused.length > 0) throw scenarioError(refused);
  const source = flags.out !== undefined ? readInput(file, MAX_SCENARIO_BYTES, 'a scenario file') : '';
  const out = flags.out !== undefined ? new AtomicFile(flags.out) : null;
  const showProgress = flags.progress ?? process.stderr.isTTY === true;
  let notMet = false;
  try {
    const result = staff(scenario, {
      target: flags.target,
      lanes: flags.lanes,
      confidence: flags.confidence,
      replications: flags.replications,
      seed: flags.seed,
      horizonHours: flags.hours,
      budget: flags.budget,
      officerCostPerHour: flags.officerCost,
      maxEvaluations: flags.maxEvaluations,
      byHour: flags.byHour,
      onProgress: (p) => {
        completed(`${p.evaluations} evaluation${p.evaluations === 1 ? '' : 's'} of the staffing search (at most ${p.maxEvaluations})`);
        if (showProgress) process.stderr.write(`evaluation ${p.evaluations}/${p.maxEvaluations} (${p.phase}): ${p.failing} lane-hours failing${Number.isNaN(p.officerHours) ? '' : `, ${p.officerHours} officer-hours`}\n`);
      },
    });
    if (out) {
      out.write(fittedScenarioYaml(source, result));
      out.commit();
    }
    const { scenario: _fitted, ...report } = result;
    writeStdout(flags.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : staffTable(escapeStrings(result)));
    notMet = !result.met;
  } catch (e) {
    out?.abort();
    // staff() throws RangeError for options that do not fit the scenario (an ambiguous lane id, no room for another wait threshold).
    if (e instanceof RangeError) throw usageError(e.message);
    throw withFile(file, e);
  }
  // Scripts can tell a staffing that meets the target from one that does not (the report says which hours, and why).
  if (notMet) throw new CliError(['borderflow: staff: the target is not met in every hour (see the report)'], EXIT.invalid);
}

/** The figure as the table prints it: minutes for waits, a percentage for shares. */
function figure(t: StaffingTarget, x: number | null): string {
  if (x === null) return NA;
  if (!Number.isFinite(x)) return '∞';
  return t.figure === 'waitOver' ? percent(x) : minutes(x);
}

function limitText(t: StaffingTarget): string {
  return t.figure === 'waitOver' ? percent(t.limit) : `${minutes(t.limit)} min`;
}

export function staffTable(r: StaffResult): string {
  const t = r.target;
  const name = targetFigureName(t);
  const conf = `${+(r.confidence * 100).toFixed(2)} %`;
  const lines: string[] = [];
  lines.push(`Staffing search: ${t.text} in every hour (upper one-sided ${conf} bound over ${r.replications} replication${r.replications === 1 ? '' : 's'}, seed ${r.seed})`);
  lines.push(`Evaluations: ${r.evaluations} of at most ${r.maxEvaluations}${r.capHit ? ' — cap hit, the staffing is not the fewest' : ''}`);
  lines.push(r.met ? 'Target met in every hour.' : `Target NOT met in ${r.failing.length} lane-hour${r.failing.length === 1 ? '' : 's'} (see below).`);
  for (const lane of r.lanes) {
    lines.push('');
    const how = lane.writtenAs === 'shifts' ? ', shifts kept: officers per shift searched' : lane.staffedBy === 'byHour' ? '' : `, was ${lane.staffedBy}: written as byHour`;
    lines.push(`${lane.label} (${lane.port}/${lane.lane}), ${lane.booths} booths${how}`);
    const head = ['hour', 'officers', 'start', name, `${conf} bound`, 'target'];
    const rows = lane.hours.map((h) => [
      clock(h.hour),
      String(h.officers),
      String(h.lowerBound),
      figure(t, h.estimate),
      figure(t, h.upperBound),
      h.meets ? 'met' : h.infeasible ? `fails by ${figure(t, h.excess)} (${h.officers >= lane.booths ? 'all booths staffed' : 'no officer to add'})` : `fails by ${figure(t, h.excess)}`,
    ]);
    const widths = head.map((hd, i) => Math.max(hd.length, ...rows.map((row) => row[i].length)));
    const fmt = (row: string[]) => row.map((c, i) => (i === row.length - 1 ? c : i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    lines.push(fmt(head));
    for (const row of rows) lines.push(fmt(row));
    if (lane.shifts) lines.push(`Shifts: ${lane.shifts.map((s) => `${clock(s.start)}–${clock(s.end)} ${s.officers} officer${s.officers === 1 ? '' : 's'}`).join(', ')}`);
    const cost = lane.costPerDay === null ? '' : `, ${dollars(lane.costPerDay)} per day`;
    lines.push(`Officer-hours per day: ${lane.officerHoursPerDay}${cost}`);
  }
  lines.push('');
  const cost = r.costPerDay === null ? '' : `, ${dollars(r.costPerDay)} per day at ${dollars(r.officerCostPerHour)} per officer-hour`;
  lines.push(`Total officer-hours per day: ${r.officerHoursPerDay}${r.budget === null ? '' : ` (budget ${r.budget})`}${cost}`);
  if (r.budgetExhausted) lines.push(`The budget of ${r.budget} officer-hours per day cannot meet the target.`);
  if (r.failing.length > 0) {
    lines.push('Hours that fail the target, and by how much:');
    for (const f of r.failing) {
      const why = f.reason === 'booths' ? 'every booth staffed' : f.reason === 'noShift' ? 'no shift covers it' : f.reason === 'budget' ? 'budget spent' : 'evaluations ran out';
      lines.push(`  ${f.port}/${f.lane} ${clock(f.hour)}: bound ${figure(t, f.upperBound)} > ${limitText(t)} by ${figure(t, f.excess)} (${why})`);
    }
  }
  for (const n of r.notes) lines.push(`Note: ${n}`);
  return lines.join('\n') + '\n';
}
