// `borderflow sensitivity FILE --vary "service ±20%, officers ±1"`: which uncertain inputs the headline figures hang on, one at a time on common random numbers.

import { InvalidArgumentError, Option, type Command } from 'commander';
import { csvFields, DEFAULT_SENSITIVITY_VARY, parseVary, sensitivity, withOverrides, type SensitivityInput, type SensitivityResult } from '../../sim/index.ts';
import { AtomicFile, writeOutput } from '../atomic-file.ts';
import { scenarioError, usageError } from '../errors.ts';
import { parseHours, parseReplications, parseSeed } from '../options.ts';
import { loadOrThrow, runProblems, withFile } from '../scenario-file.ts';
import { completed } from '../signals.ts';
import { escapeStrings } from '../text.ts';

interface SensitivityFlags {
  vary: SensitivityInput[];
  replications?: number;
  seed?: number;
  hours?: number;
  out?: string;
  format: 'table' | 'json' | 'csv';
  progress?: boolean;
}

export function registerSensitivity(program: Command): void {
  program
    .command('sensitivity')
    .description('Vary each uncertain input alone, down and up, on common random numbers, and report how much each headline figure moves.')
    .argument('<file>', 'scenario file (.yaml, .yml or .json)')
    .addOption(
      new Option('--vary <inputs>', 'inputs to vary, comma-separated: "service ±X%", "officers ±N", "volume ±X%", "shares ±Ypt", "patience ±X%" (+- for ±)')
        .argParser(parseVaryOption)
        .default(parseVary(DEFAULT_SENSITIVITY_VARY), `"${DEFAULT_SENSITIVITY_VARY}"`),
    )
    .addOption(new Option('-r, --replications <n>', "replications of the base and of every variant (default: the scenario's)").argParser(parseReplications))
    .addOption(new Option('-s, --seed <n>', "seed of the base and of every variant (default: the scenario's)").argParser(parseSeed))
    .addOption(new Option('--hours <h>', "simulated hours, warm-up included (default: the scenario's horizonHours)").argParser(parseHours))
    .addOption(new Option('-o, --out <path>', 'write the report to this file instead of standard output'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--progress', 'report each replication on standard error (default: on a terminal)'))
    .addOption(new Option('--no-progress', 'never report progress'))
    .addHelpText(
      'after',
      `
Method: the base and a low and a high variant of each input run the same replications on
the same seed, so their replications pair up. Effect = (high − low) / (2·Δ) over the
paired per-replication values, with a 95 % interval: an elasticity (% change of the figure
per % of the input) for service, volume and patience; the figure's own unit per officer
for officers, per percentage point for shares. Inputs are ranked by |high − low|; an
effect is flagged non-linear when the low and high changes differ in sign or by more than 2×.

Examples:
  $ borderflow sensitivity port.yaml
  $ borderflow sensitivity port.yaml --vary "volume ±10%, officers ±1" --replications 20
  $ borderflow sensitivity port.yaml --format json --out sensitivity.json`,
    )
    .action((file: string, flags: SensitivityFlags) => sensitivityCommand(file, flags));
}

function parseVaryOption(value: string): SensitivityInput[] {
  try {
    return parseVary(value);
  } catch (e) {
    throw new InvalidArgumentError(e instanceof Error ? e.message : String(e));
  }
}

function sensitivityCommand(file: string, flags: SensitivityFlags): void {
  const scenario = loadOrThrow(file);
  if (flags.hours !== undefined && !(flags.hours > scenario.warmupHours)) {
    throw usageError(`--hours ${flags.hours}: expected more hours than the scenario's warm-up (warmupHours: ${scenario.warmupHours})`);
  }
  // Every variant is a run of the scenario: one over the limits is refused before the first, naming the file.
  const refused = runProblems(file, withOverrides(scenario, { seed: flags.seed, replications: flags.replications, horizonHours: flags.hours }));
  if (refused.length > 0) throw scenarioError(refused);
  const showProgress = flags.progress ?? process.stderr.isTTY === true;
  let result: SensitivityResult;
  try {
    result = sensitivity(scenario, {
      vary: flags.vary,
      replications: flags.replications,
      seed: flags.seed,
      horizonHours: flags.hours,
      onProgress: (p) => {
        completed(`${p.done} of ${p.total} replications of the sensitivity runs`);
        if (showProgress) process.stderr.write(`replication ${p.done}/${p.total} (${p.variant})\n`);
      },
    });
  } catch (e) {
    // sensitivity() throws RangeError for inputs the scenario cannot vary (patience without patience).
    if (e instanceof RangeError) throw usageError(e.message);
    throw withFile(file, e);
  }
  const text = flags.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : flags.format === 'csv' ? sensitivityCsv(result) : sensitivityTable(escapeStrings(result));
  writeOutput(flags.out !== undefined ? new AtomicFile(flags.out) : null, text);
}

const num = (x: number | null, digits = 3): string => (x === null ? 'n/a' : Number.isFinite(x) ? x.toFixed(digits) : String(x));

export function sensitivityTable(r: SensitivityResult): string {
  const lines: string[] = [];
  lines.push(`Sensitivity: ${r.scenario} (${r.replications} replication${r.replications === 1 ? '' : 's'} per variant, seed ${r.seed}, ${r.horizonHours} h with ${r.warmupHours} h warm-up)`);
  lines.push('Effect = (high − low) / (2·Δ) on paired replications, 95 % interval; elasticity for % inputs, per officer / per pt otherwise. * = non-linear.');
  for (const [key, fig] of Object.entries(r.figures)) {
    lines.push('');
    const base = r.inputs[0]?.effects[key]?.base ?? null;
    lines.push(`${fig.name} (${fig.unit}), base ${num(base)}; inputs by |high − low|: ${r.ranking[key].join(' > ')}`);
    const head = ['input', 'low change', 'high change', 'effect', '95 % interval', 'unit'];
    const rows = r.ranking[key].map((name) => {
      const row = r.inputs.find((i) => i.input === name)!;
      const e = row.effects[key];
      return [row.text, num(e.lowChange), num(e.highChange), num(e.effect.mean) + (e.nonLinear ? '*' : ''), e.effect.ciLow === null ? 'n/a' : `[${num(e.effect.ciLow)}, ${num(e.effect.ciHigh)}]`, e.unit];
    });
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const fmt = (row: string[]) => row.map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
    lines.push(fmt(head));
    for (const row of rows) lines.push(fmt(row));
  }
  const notes = [...r.notes, ...r.inputs.flatMap((i) => i.notes.map((n) => `${i.text}: ${n}`))];
  if (notes.length > 0) lines.push('');
  for (const n of notes) lines.push(`Note: ${n}`);
  return lines.join('\n') + '\n';
}

export function sensitivityCsv(r: SensitivityResult): string {
  const lines = ['figure,figure_unit,input,amount,base,low_change,high_change,effect,effect_ci_low,effect_ci_high,effect_unit,rank,non_linear'];
  for (const [key, fig] of Object.entries(r.figures)) {
    for (const row of r.inputs) {
      const e = row.effects[key];
      const rank = r.ranking[key].indexOf(row.input) + 1;
      lines.push(csvFields([key, fig.unit, row.input, row.amount, e.base, e.lowChange, e.highChange, e.effect.mean, e.effect.ciLow, e.effect.ciHigh, e.unit, rank, e.nonLinear]));
    }
  }
  return lines.join('\n') + '\n';
}
