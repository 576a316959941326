// One-at-a-time sensitivity of a scenario's headline figures to its uncertain inputs, on common random numbers.
//
// Method (also in the README, "Sensitivity"): every input is varied alone, down and up, and the base and
// every variant run the same replications on the same seed. The engine's random numbers are keyed by
// traveler and purpose, so replication r of two variants sees the same arrivals and draws wherever the
// change allows: the per-replication differences cancel most of the noise. For each figure the effect is
// the central difference (high − low) / (2·Δ), summarized over the per-replication paired values with a
// Student-t interval. For relative inputs (service, volume, patience: Δ = X %) it is divided by the base
// mean to give an elasticity (% change of the figure per % change of the input); for officers and shares
// it stays in the figure's own unit per officer / per percentage point.
//
// How each input is varied:
//  - service ±X %: every lane group's primary time (primarySeconds, primaryByFlow, primaryByProgram) is the
//    same distribution scaled by 1 ± X/100 — every parameter with the unit of time is scaled (a mean, a
//    value, bounds, quantiles, an sd, empirical values; cv, k and weights kept), so the time drawn is
//    exactly the base time times the factor and its mean is scaled exactly.
//  - officers ±N: every lane group's officers on duty ± N in every clock hour, kept within 0 and the
//    booths (officers beyond the booths open nothing). Staffing is read as 24 hourly numbers (each day
//    type separately for byDayType; shifts at the start of each hour) and written as byHour.
//  - volume ±X %: every flow's perDay × (1 ± X/100).
//  - shares ±Y pt: every program share of every flow ± Y/100, each kept in [0, 1]; where the shares of a
//    flow would then add up to more than 1 they are scaled down to add up to 1.
//  - patience ±X %: every flow's patience (minutes) scaled as service is; only when some flow has patience.

import type { Distribution } from '../../scenarios/distribution.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import type { DailyStaffing, Staffing } from '../../scenarios/schema.ts';
import { officersAt } from '../../scenarios/staffing.ts';
import { compileScenario } from '../compile/compile-scenario.ts';
import type { Figures, ReplicationResult } from '../results/document.ts';
import { runReplication } from '../run/replication.ts';
import { withOverrides } from '../run/run-scenario.ts';
import { pairedDifference, summarize, type ReplicationSummary } from '../stats/replications.ts';

/** The inputs {@link sensitivity} can vary. */
export type SensitivityInputName = 'service' | 'officers' | 'volume' | 'shares' | 'patience';

/** One input to vary, down and up by `amount` (percent for service, volume and patience; officers; percentage points for shares). */
export interface SensitivityInput {
  input: SensitivityInputName;
  amount: number;
  /** As the planner wrote it, e.g. "service ±20%". */
  text: string;
}

const UNITS: Record<SensitivityInputName, '%' | 'officers' | 'pt'> = { service: '%', volume: '%', patience: '%', officers: 'officers', shares: 'pt' };

/** The default variation: service ±20 %, officers ±1, volume ±10 %, shares ±5 pt. */
export const DEFAULT_SENSITIVITY_VARY = 'service ±20%, officers ±1, volume ±10%, shares ±5pt';

/**
 * Parses a list of inputs to vary, comma-separated: `service ±X%`, `volume ±X%`, `patience ±X%`
 * (0 < X < 100), `officers ±N` (a whole number ≥ 1), `shares ±Ypt` (0 < Y ≤ 100). `+-` may stand for
 * `±`. Throws `RangeError` with a message saying what was expected.
 */
export function parseVary(text: string): SensitivityInput[] {
  const items = text.split(',').map((s) => s.trim());
  if (text.trim() === '') throw new RangeError('expected at least one input to vary, e.g. "volume ±10%"');
  const seen = new Set<string>();
  return items.map((item) => {
    if (item === '') throw new RangeError(`an empty item in "${text}"; expected inputs separated by commas, e.g. "service ±20%, officers ±1"`);
    const m = /^([a-z]+)\s*(?:±|\+-|\+\/-)\s*([0-9]+(?:\.[0-9]+)?)\s*(%|pt)?$/i.exec(item);
    if (!m) throw new RangeError(`"${item}": expected NAME ±AMOUNT, e.g. "service ±20%", "officers ±1", "volume ±10%", "shares ±5pt"`);
    const name = m[1].toLowerCase();
    if (!(name in UNITS)) throw new RangeError(`"${item}": unknown input "${m[1]}"; expected service, officers, volume, shares or patience`);
    const input = name as SensitivityInputName;
    if (seen.has(input)) throw new RangeError(`"${item}": ${input} is given twice`);
    seen.add(input);
    const amount = Number(m[2]);
    const unit = (m[3] ?? '').toLowerCase();
    const expected = UNITS[input];
    if (expected === '%') {
      if (unit !== '%') throw new RangeError(`"${item}": ${input} varies by a percentage; expected e.g. "${input} ±10%"`);
      if (!(amount > 0 && amount < 100)) throw new RangeError(`"${item}": expected a percentage more than 0 and less than 100`);
    } else if (expected === 'officers') {
      if (unit !== '') throw new RangeError(`"${item}": officers vary by a whole number of officers; expected e.g. "officers ±1"`);
      if (!(Number.isInteger(amount) && amount >= 1)) throw new RangeError(`"${item}": expected a whole number of officers ≥ 1`);
    } else {
      if (unit !== 'pt') throw new RangeError(`"${item}": shares vary by percentage points; expected e.g. "shares ±5pt"`);
      if (!(amount > 0 && amount <= 100)) throw new RangeError(`"${item}": expected percentage points more than 0 and at most 100`);
    }
    return { input, amount, text: `${input} ±${amount}${expected === 'officers' ? '' : expected}` };
  });
}

/** The distribution of f·X where X follows `d`: every parameter with the unit of the quantity is multiplied by f. */
export function scaleDistribution(d: Distribution, f: number): Distribution {
  switch (d.kind) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'erlang':
      return { ...d, mean: d.mean * f };
    case 'deterministic':
      return { ...d, value: d.value * f };
    case 'uniform':
      return { ...d, min: d.min * f, max: d.max * f };
    case 'triangular':
      return { ...d, min: d.min * f, mode: d.mode * f, max: d.max * f };
    case 'normal':
      return { ...d, mean: d.mean * f, sd: d.sd * f };
    case 'lognormal-quantiles':
      return { ...d, median: d.median * f, p95: d.p95 * f };
    case 'empirical':
      return { ...d, values: d.values.map((v) => v * f) };
  }
}

function shiftDaily(day: DailyStaffing, n: number, booths: number): DailyStaffing {
  const byHour: number[] = [];
  for (let h = 0; h < 24; h++) byHour.push(Math.max(0, Math.min(booths, Math.min(booths, officersAt(day, h)) + n)));
  return { byHour };
}

/** Officers on duty ± n in every clock hour, within 0 and the booths; the default (one per booth) counts as the booths. */
export function shiftStaffing(staffing: Staffing | undefined, n: number, booths: number): Staffing {
  const s: Staffing = staffing ?? { constant: booths };
  if ('byDayType' in s) {
    const out: Record<string, DailyStaffing> = {};
    for (const [k, v] of Object.entries(s.byDayType)) if (v !== undefined) out[k] = shiftDaily(v, n, booths);
    return { byDayType: out as { weekday: DailyStaffing } };
  }
  return shiftDaily(s, n, booths);
}

/** A flow's program shares ± points/100, each kept in [0, 1], scaled down to add up to 1 where they would pass it. */
export function shiftShares(programs: Partial<Record<string, number>>, points: number): Partial<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(programs)) if (v !== undefined) out[k] = Math.max(0, Math.min(1, v + points / 100));
  const total = Object.values(out).reduce((a, b) => a + b, 0);
  if (total > 1) for (const k of Object.keys(out)) out[k] /= total;
  return out;
}

/** The scenario with one input moved by `sign`·amount (sign −1 is the low variant, +1 the high). */
export function varyScenario(base: Scenario, v: SensitivityInput, sign: 1 | -1): Scenario {
  const s = structuredClone(base);
  const f = 1 + (sign * v.amount) / 100;
  for (const port of s.ports) {
    if (v.input === 'service') {
      for (const lg of port.laneGroups) {
        lg.primarySeconds = scaleDistribution(lg.primarySeconds, f);
        for (const k of Object.keys(lg.primaryByFlow)) lg.primaryByFlow[k] = scaleDistribution(lg.primaryByFlow[k], f);
        const byProgram = lg.primaryByProgram as Partial<Record<string, Distribution>>;
        for (const [k, d] of Object.entries(byProgram)) if (d !== undefined) byProgram[k] = scaleDistribution(d, f);
      }
    } else if (v.input === 'officers') {
      for (const lg of port.laneGroups) lg.officers = shiftStaffing(lg.officers, sign * v.amount, lg.booths);
    } else if (v.input === 'volume') {
      for (const fl of port.flows) fl.perDay *= f;
    } else if (v.input === 'shares') {
      for (const fl of port.flows) fl.programs = shiftShares(fl.programs, sign * v.amount) as typeof fl.programs;
    } else {
      for (const fl of port.flows) if (fl.patience) fl.patience.minutes = scaleDistribution(fl.patience.minutes, f);
    }
  }
  return s;
}

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  /** The inputs to vary, parsed or as text. Default {@link DEFAULT_SENSITIVITY_VARY}. */
  vary?: readonly SensitivityInput[] | string;
  /** Seed of the base and of every variant (default: the scenario's). */
  seed?: number;
  /** Replications of the base and of every variant (default: the scenario's); at least 2 for intervals. */
  replications?: number;
  /** Overrides the scenario's horizon (warm-up kept). */
  horizonHours?: number;
  /** Called after every replication. */
  onProgress?: (progress: SensitivityProgress) => void;
  /** Stops the runs (between replications) with the signal's reason. */
  signal?: AbortSignal;
}

/** Where a sensitivity run stands. */
export interface SensitivityProgress {
  /** "base", or the variant just run, e.g. "volume −10%". */
  variant: string;
  /** Replications run so far, over all variants. */
  done: number;
  total: number;
}

/** The effect of one input on one figure. */
export interface SensitivityEffect {
  /** The figure's mean in the base run (null when undefined in every replication). */
  base: number | null;
  /** Mean paired change low − base and high − base, in the figure's unit. */
  lowChange: number | null;
  highChange: number | null;
  /**
   * The central difference: (high − low) / (2·Δ), per replication, summarized. For relative inputs
   * (unit "elasticity") it is further divided by the base mean: % change of the figure per % of the input.
   */
  effect: ReplicationSummary;
  /** "elasticity", or "<figure unit> per officer" / "<figure unit> per pt". */
  unit: string;
  /** Mean of high − low, in the figure's unit: what the ranking compares. */
  range: number | null;
  /** Low and high changes differ in sign, or one is more than twice the other. */
  nonLinear: boolean;
}

/** The figures of {@link sensitivity}: name, unit and how to read one from a replication. */
export interface SensitivityFigure {
  name: string;
  unit: string;
}

/** One input varied, with its effect on every figure (keyed as in `figures`). */
export interface SensitivityRow {
  input: SensitivityInputName;
  amount: number;
  text: string;
  /** Notes, e.g. officers clipped at the booths. */
  notes: string[];
  effects: Record<string, SensitivityEffect>;
}

/** What {@link sensitivity} returns; as JSON, the `borderflow-sensitivity` document. */
export interface SensitivityResult {
  kind: 'borderflow-sensitivity';
  scenario: string;
  seed: number;
  replications: number;
  horizonHours: number;
  warmupHours: number;
  method: string;
  figures: Record<string, SensitivityFigure>;
  inputs: SensitivityRow[];
  /** By figure: the inputs, the largest absolute effect (|mean of high − low|, in the figure's unit) first. */
  ranking: Record<string, SensitivityInputName[]>;
  notes: string[];
}

/** How the result's effects are worked out, in a sentence or three. */
export const SENSITIVITY_METHOD =
  'One input at a time, low and high, on common random numbers (the same seed and replications for the base and every variant). ' +
  'Effect = (high − low) / (2·Δ) from per-replication paired values with a 95 % Student-t interval; for percentage inputs divided by the base mean (an elasticity), ' +
  'for officers per officer and for shares per percentage point, in the figure\'s unit. Ranking by |high − low|. Non-linear: the low and high changes differ in sign or by more than 2×.';

interface FigureReader extends SensitivityFigure {
  read: (r: ReplicationResult) => number | null;
}

function figureReaders(scenario: Scenario, thresholds: readonly string[]): FigureReader[] {
  const port = (f: (x: Figures) => number | null) => (r: ReplicationResult) => f(r.summary);
  const list: FigureReader[] = [
    { name: 'mean wait', unit: 'min', read: port((x) => x.wait.mean) },
    { name: 'p95 wait', unit: 'min', read: port((x) => x.wait.p95) },
  ];
  const keyed: string[] = ['meanWait', 'p95Wait'];
  if (thresholds.includes('30')) {
    list.push({ name: 'P(wait > 30 min)', unit: 'share', read: port((x) => x.waitOver['30'] ?? null) });
    keyed.push('waitOver30');
  }
  list.push({ name: 'served', unit: 'vehicles', read: port((x) => x.served) });
  list.push({ name: 'seizures', unit: 'seizures', read: port((x) => x.seizures) });
  list.push({ name: 'interdiction rate', unit: 'share', read: port((x) => x.interdictionRate) });
  keyed.push('served', 'seizures', 'interdictionRate');
  const many = scenario.ports.length > 1;
  scenario.ports.forEach((p, pi) =>
    p.laneGroups.forEach((lg, li) => {
      keyed.push(`laneMeanWait:${p.id}/${lg.id}`);
      list.push({ name: `mean wait, ${many ? `${p.id}/` : ''}${lg.id}`, unit: 'min', read: (r) => r.ports[pi].lanes[li].wait.mean });
    }),
  );
  return list.map((f, i) => Object.assign(f, { key: keyed[i] }));
}

function scaleSummary(s: ReplicationSummary, by: number): ReplicationSummary {
  const m = (x: number | null) => (x === null ? null : x * by);
  const lo = m(s.ciLow);
  const hi = m(s.ciHigh);
  return { n: s.n, mean: m(s.mean), sd: s.sd === null ? null : s.sd * Math.abs(by), ciLow: lo !== null && hi !== null ? Math.min(lo, hi) : lo, ciHigh: lo !== null && hi !== null ? Math.max(lo, hi) : hi, halfWidth: s.halfWidth === null ? null : s.halfWidth * Math.abs(by) };
}

/** Non-linear: the low and high changes differ in sign, or one is more than twice the other. */
export function isNonLinear(lowChange: number | null, highChange: number | null): boolean {
  if (lowChange === null || highChange === null) return false;
  const down = -lowChange; // the change from low to base, the same direction as base to high
  if (down === 0 && highChange === 0) return false;
  if (Math.sign(down) !== Math.sign(highChange)) return true;
  const a = Math.abs(down);
  const b = Math.abs(highChange);
  return Math.max(a, b) > 2 * Math.min(a, b);
}

/**
 * One-at-a-time sensitivity of the headline figures (port mean and p95 wait, P(wait > 30 min) when the
 * scenario reports it, served, seizures, interdiction rate, and each lane group's mean wait) to the inputs in
 * `options.vary`, on common random numbers. Runs 1 + 2·inputs scenarios of all replications, synchronously;
 * throws `RangeError` for a bad option or an input the scenario cannot vary (patience without patience),
 * and the signal's reason when aborted. See the method at the top of sim/sensitivity/sensitivity.ts.
 */
export function sensitivity(input: Scenario, options: SensitivityOptions = {}): SensitivityResult {
  const vary = typeof options.vary === 'string' ? parseVary(options.vary) : options.vary ? [...options.vary] : parseVary(DEFAULT_SENSITIVITY_VARY);
  if (vary.length === 0) throw new RangeError('expected at least one input to vary');
  options.signal?.throwIfAborted();
  // Run-time overrides as runScenario applies them (same checks, same messages).
  const base: Scenario = withOverrides(structuredClone(input), options);
  const notes: string[] = [];
  const hasPatience = base.ports.some((p) => p.flows.some((f) => f.patience !== undefined));
  if (vary.some((v) => v.input === 'patience') && !hasPatience) throw new RangeError('patience: no flow in the scenario has patience to vary');
  if (base.replications < 2) notes.push('one replication: effects have no confidence interval');

  const baseModel = compileScenario(base);
  const thresholds = baseModel.waitThresholdsMinutes.map((t) => String(t));
  const readers = figureReaders(base, thresholds) as (FigureReader & { key: string })[];
  const total = base.replications * (1 + 2 * vary.length);
  let done = 0;
  const runAll = (s: Scenario, name: string): (number | null)[][] => {
    const model = name === 'base' ? baseModel : compileScenario(s);
    const values: (number | null)[][] = readers.map(() => []);
    for (let r = 0; r < model.replications; r++) {
      options.signal?.throwIfAborted();
      const result = runReplication(model, r).result;
      readers.forEach((f, i) => values[i].push(f.read(result)));
      done++;
      options.onProgress?.({ variant: name, done, total });
    }
    return values;
  };
  const sign = (v: SensitivityInput, s: 1 | -1) => `${v.input} ${s < 0 ? '−' : '+'}${v.amount}${UNITS[v.input] === 'officers' ? '' : UNITS[v.input]}`;
  const baseValues = runAll(base, 'base');

  const rows: SensitivityRow[] = vary.map((v) => {
    const rowNotes: string[] = [];
    if (v.input === 'officers') {
      for (const p of base.ports)
        for (const lg of p.laneGroups) {
          const hours = Array.from({ length: 24 }, (_, h) => Math.min(lg.booths, lg.officers === undefined ? lg.booths : officersAt(lg.officers, h)));
          const upClipped = hours.filter((x) => x + v.amount > lg.booths).length;
          const downClipped = hours.filter((x) => x - v.amount < 0).length;
          if (upClipped > 0) rowNotes.push(`${p.id}/${lg.id}: +${v.amount} kept within ${lg.booths} booths in ${upClipped} of 24 hours (weekday)`);
          if (downClipped > 0) rowNotes.push(`${p.id}/${lg.id}: −${v.amount} kept at 0 officers in ${downClipped} of 24 hours (weekday)`);
        }
    }
    const low = runAll(varyScenario(base, v, -1), sign(v, -1));
    const high = runAll(varyScenario(base, v, 1), sign(v, 1));
    const relative = UNITS[v.input] === '%';
    const delta = relative ? v.amount / 100 : v.amount;
    const effects: Record<string, SensitivityEffect> = {};
    readers.forEach((f, i) => {
      const baseMean = summarize(baseValues[i]).mean;
      const lowChange = pairedDifference(baseValues[i], low[i]).mean;
      const highChange = pairedDifference(baseValues[i], high[i]).mean;
      const spread = pairedDifference(low[i], high[i]);
      let effect: ReplicationSummary;
      let unit: string;
      if (relative) {
        unit = 'elasticity';
        effect = baseMean === null || baseMean === 0 ? { n: spread.n, mean: null, sd: null, ciLow: null, ciHigh: null, halfWidth: null } : scaleSummary(spread, 1 / (2 * delta * baseMean));
      } else {
        unit = `${f.unit} per ${v.input === 'officers' ? 'officer' : 'pt'}`;
        effect = scaleSummary(spread, 1 / (2 * delta));
      }
      effects[f.key] = { base: baseMean, lowChange, highChange, effect, unit, range: spread.mean, nonLinear: isNonLinear(lowChange, highChange) };
    });
    return { input: v.input, amount: v.amount, text: v.text, notes: rowNotes, effects };
  });

  const ranking: Record<string, SensitivityInputName[]> = {};
  for (const f of readers) {
    ranking[f.key] = [...rows].sort((a, b) => Math.abs(b.effects[f.key].range ?? 0) - Math.abs(a.effects[f.key].range ?? 0)).map((r) => r.input);
  }
  const figures: Record<string, SensitivityFigure> = {};
  for (const f of readers) figures[f.key] = { name: f.name, unit: f.unit };
  return {
    kind: 'borderflow-sensitivity',
    scenario: base.name,
    seed: base.seed,
    replications: base.replications,
    horizonHours: base.horizonHours,
    warmupHours: base.warmupHours,
    method: SENSITIVITY_METHOD,
    figures,
    inputs: rows,
    ranking,
    notes,
  };
}
