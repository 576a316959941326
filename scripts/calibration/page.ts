// The Markdown of the calibration report: one page per scenario and the index. Pure functions of
// figures already worked out, so the pages can be rebuilt and tested without running anything.

import type { BoundednessReport } from '../calibration-check.ts';
import type { FitSummary, SensitivityResult } from '../../sim/index.ts';
import type { CalibrationBlock, PortFit } from './evaluate.ts';
import { laneLabel, type KeyFigure } from './figures.ts';
import { link, num, signed, status, table, withCi } from './markdown.ts';

/** What a sensitivity input stands for, and how well it is known (calibration.md). */
export const INPUT_KNOWLEDGE: Record<string, { what: string; known: boolean; basis: string }> = {
  service: { what: 'primary inspection times', known: false, basis: 'published only as old means (34 s at El Paso in 2004–05; Ready 15–20 s faster) and no dispersion' },
  officers: { what: 'officers on duty by hour', known: false, basis: 'not public: schedules are calibrated, not measured' },
  volume: { what: 'daily volumes', known: true, basis: 'BTS counts' },
  shares: { what: 'trusted-traveler and Ready shares', known: false, basis: 'a few press figures years apart (SENTRI 13–30 % of San Ysidro cars, FAST 6–25 % of trucks)' },
  patience: { what: 'how long travelers wait before giving up', known: false, basis: 'not published' },
};

/** Why a figure may not match, by figure kind and lane type: reasons that hold for the model, whatever the port. */
export const KNOWN_REASONS: Record<string, string> = {
  'correlation:sentri': "its lanes run with few officers, so whole officers make the lane's hourly means coarse, and its waits vary little over the day, so a 2-minute error moves r a lot",
  'correlation:pedestrian': 'the pedestrian line is short much of the day, so a few minutes move r',
  'ratioToGeneral:ready': "program members choose among their lanes by expected wait, which pulls Ready's wait below general's",
  'wait:ready': "program members choose among their lanes by expected wait, which pulls Ready's wait below general's",
  'wait:pedestrian-ready': 'the published figure is an overall mean without an hourly series, and a line of a few minutes is sensitive to one officer',
};

/** One scenario's page, everything worked out. */
export interface ScenarioPage {
  stem: string;
  file: string;
  name: string;
  role: string;
  engineVersion: string;
  seed: number;
  replications: number;
  horizonHours: number;
  warmupHours: number;
  keyFigures: KeyFigure[];
  fits: PortFit[];
  block: CalibrationBlock | null;
  charts: { file: string; title: string }[];
  sensitivity: SensitivityResult | { error: string };
  sensitivityReplications: number;
  bounded: BoundednessReport | { error: string };
  boundedSlack: number;
  notes: string | null;
  /** Ports of the scenario without published figures. */
  portsWithoutFigures: string[];
  /** Lane groups in the order the stability check lists them, qualified by port when there are several. */
  laneNames: string[];
  /** Published figures of its ports that the scenario has nothing to compare with (a lane type or mode it does not model). */
  unmodelled: string[];
}

const unitText = (u: string) => (u === 'min' ? 'min' : u === 'per day' ? '/day' : '');
const digitsOf = (u: string) => (u === 'per day' ? 0 : u === 'r' || u === 'ratio' ? 2 : 1);
const fmtUnit = (x: number | null | undefined, u: string) => `${num(x, digitsOf(u))}${unitText(u) ? ` ${unitText(u)}` : ''}`;

/** The published-figures table: figure, published value and source, simulated with CI, difference, tolerance (its reason as a footnote), status. */
export function publishedTable(figures: readonly KeyFigure[]): string {
  const published = figures.filter((k) => k.published);
  const whys = [...new Set(published.map((k) => k.published!.why))];
  const mark = (why: string) => `[${String.fromCharCode(97 + whys.indexOf(why))}]`;
  const rows = published.map((k) => [
    k.label,
    fmtUnit(k.published!.value, k.unit),
    `${k.published!.source} (confidence: ${k.published!.confidence})`,
    withCi(k.simulated, digitsOf(k.unit)),
    signed(k.simulated.mean === null ? null : k.simulated.mean - k.published!.value, digitsOf(k.unit)),
    `±${num(k.tolerance, digitsOf(k.unit))} ${mark(k.published!.why)}`,
    status(k.within),
  ]);
  const notes = whys.map((w) => `${mark(w)} ${w}.`);
  return [table(['Figure', 'Published', 'Source', 'Simulated (95 % CI)', 'Difference', 'Tolerance', 'Status'], rows, [1, 3, 4]), '', ...notes.flatMap((n, i) => (i < notes.length - 1 ? [n + '  '] : [n]))].join('\n');
}

/** The simulated key figures without a published counterpart, with their drift tolerance. */
export function ownFiguresTable(figures: readonly KeyFigure[]): string {
  const rows = figures.filter((k) => !k.published && !k.id.startsWith('fit:')).map((k) => [k.label, withCi(k.simulated, digitsOf(k.unit)), `±${num(k.tolerance, digitsOf(k.unit))}`]);
  return table(['Figure', 'Simulated (95 % CI)', 'Drift tolerance'], rows, [1, 2]);
}

/** In-sample fit by lane type: hours, RMSE, MAE, correlation, ratio to general (simulated / observed). */
export function fitTable(fit: FitSummary): string {
  const rows = fit.byLaneType.map((t) => [
    laneLabel(t.laneType),
    String(t.hours),
    num(t.rmseMinutes),
    num(t.maeMinutes),
    num(t.correlation, 2),
    t.ratioToGeneral ? `${num(t.ratioToGeneral.simulated, 2)} / ${num(t.ratioToGeneral.observed, 2)}` : '–',
  ]);
  rows.push(['all', String(fit.hours), num(fit.rmseMinutes), num(fit.maeMinutes), '', '']);
  return table(['Lane type', 'Hours', 'RMSE (min)', 'MAE (min)', 'Correlation r', 'Ratio to general, sim / CBP'], rows, [1, 2, 3, 4]);
}

/** Recorded (in the scenario's calibration block) against re-evaluated fit figures, in sample and held out. */
export function recordedVsNowTable(block: CalibrationBlock, fit: PortFit): string {
  const rows: string[][] = [];
  const add = (what: string, rec: FitSummary | null, now: FitSummary | null) => {
    rows.push([`${what}: RMSE (min)`, num(rec?.rmseMinutes), num(now?.rmseMinutes)]);
    rows.push([`${what}: MAE (min)`, num(rec?.maeMinutes), num(now?.maeMinutes)]);
    const types = new Set([...(rec?.byLaneType ?? []), ...(now?.byLaneType ?? [])].map((t) => t.laneType));
    for (const t of types) {
      const r = rec?.byLaneType.find((x) => x.laneType === t);
      const n = now?.byLaneType.find((x) => x.laneType === t);
      rows.push([`${what}: r, ${laneLabel(t)}`, num(r?.correlation, 2), num(n?.correlation, 2)]);
    }
  };
  add('in sample', block.inSample, fit.inSample);
  add('held out', block.heldOut, fit.heldOut);
  return table(['Figure', 'Recorded', 'Re-evaluated'], rows, [1, 2]);
}

/** The hourly comparison of one port: observed and simulated (95 % CI) by lane type at each published hour. */
export function hourlyTable(fit: PortFit): string {
  const types = fit.comparison.laneTypes.filter((t) => t.rows.some((r) => r.simulated));
  const hours = [...new Set(types.flatMap((t) => t.rows.map((r) => r.hour)))].sort((a, b) => a - b);
  const rows = hours.map((h) => [
    `${String(h).padStart(2, '0')}:00`,
    ...types.map((t) => {
      const r = t.rows.find((x) => x.hour === h);
      return r ? `${num(r.observed, 0)} / ${r.simulated ? withCi(r.simulated) : '–'}` : '–';
    }),
  ]);
  return table(['Hour', ...types.map((t) => `${laneLabel(t.laneType)}: CBP / simulated`)], rows, types.map((_, i) => i + 1));
}

/** The sensitivity of the port's mean wait: inputs in ranking order with their effect and interval. */
export function sensitivityTable(s: SensitivityResult, figure = 'meanWait'): string {
  const order = s.ranking[figure] ?? [];
  const rows = order.map((input, rank) => {
    const row = s.inputs.find((r) => r.input === input)!;
    const e = row.effects[figure];
    return [
      String(rank + 1),
      row.text,
      `${withCi(e.effect, 2)} ${e.unit}`,
      `${signed(e.lowChange)} / ${signed(e.highChange)} min`,
      e.nonLinear ? 'yes' : 'no',
      INPUT_KNOWLEDGE[input] ? `${INPUT_KNOWLEDGE[input].known ? 'known' : 'uncertain'}: ${INPUT_KNOWLEDGE[input].basis}` : '',
    ];
  });
  return table(['Rank', 'Input varied', 'Effect on mean wait (95 % CI)', 'Change low / high', 'Non-linear', 'How well the input is known'], rows, [0, 2, 3]);
}

/** A sentence on which inputs the answer hangs on, and which of them are unknowns. */
export function sensitivitySentence(s: SensitivityResult, figure = 'meanWait'): string {
  const order = s.ranking[figure] ?? [];
  if (order.length === 0) return 'No input was varied.';
  const eff = (i: string) => s.inputs.find((r) => r.input === i)!.effects[figure];
  const moving = order.filter((i) => {
    const e = eff(i).effect;
    return e.ciLow !== null && e.ciHigh !== null ? e.ciLow > 0 || e.ciHigh < 0 : (e.mean ?? 0) !== 0;
  });
  const top = moving.slice(0, 2);
  if (top.length === 0) return `No input moves the mean wait by more than its replications' noise (${s.replications} replications).`;
  const what = (i: string) => INPUT_KNOWLEDGE[i]?.what ?? i;
  const unknown = top.filter((i) => INPUT_KNOWLEDGE[i] && !INPUT_KNOWLEDGE[i].known);
  const head = `The mean wait hangs most on ${top.map(what).join(' and then on ')}`;
  const tail =
    unknown.length > 0
      ? `; ${unknown.map(what).join(' and ')} ${unknown.length > 1 ? 'are' : 'is'} not well published (see the last column), so the answer is only as good as ${unknown.length > 1 ? 'those assumptions' : 'that assumption'}.`
      : `; ${top.length > 1 ? 'both are' : 'it is'} well measured, so the answer rests on published figures.`;
  return head + tail;
}

/** The +10 % volume check as a table: each lane's line by day, and whether it stays bounded. */
export function boundedTable(b: BoundednessReport, laneNames: readonly string[] = []): string {
  const rows = b.lanes.map((l, i) => [
    laneNames[i] ?? l.laneId,
    l.dayMeanQueue.map((x) => num(x, 0)).join(' → '),
    l.endOfDayQueue.map((x) => num(x, 0)).join(' → '),
    num(l.loadOverCapacity, 2),
    l.gaveUpShare === null ? '–' : `${num(100 * l.gaveUpShare)} %`,
    num(l.addedBoothHoursPerDay),
    status(l.bounded, 'bounded', 'grows'),
  ]);
  return table(['Lane group', 'Mean line by day', 'Line at end of day', 'Demand ÷ capacity', 'Gave up', 'Booth-hours added per day', 'Status'], rows, [3, 4, 5]);
}

/** Plain words where the model does not match, generated from the figures. */
export function mismatchSentences(p: Pick<ScenarioPage, 'keyFigures' | 'fits' | 'bounded'> & { laneNames?: readonly string[] }): string[] {
  const out: string[] = [];
  for (const k of p.keyFigures) {
    const lane = k.id.split('/').slice(-1)[0];
    if (k.unit === 'r') {
      const laneType = k.id.split('/')[1];
      const r = k.simulated.mean;
      if (r === null || r >= 0.9) continue;
      const reason = KNOWN_REASONS[`correlation:${laneType}`];
      const subject = k.label.replace(/hourly-profile correlation, .*$/, '') + laneLabel(laneType);
      out.push(`${subject}: hourly-profile correlation ${num(r, 2)}${k.within === false ? ' (below the goal)' : ''}${reason ? `: ${reason}.` : '.'}`);
      continue;
    }
    if (!k.published || k.simulated.mean === null) continue;
    const diff = k.simulated.mean - k.published.value;
    if (k.within === false || Math.abs(diff) > k.tolerance / 2) {
      const laneType = k.id.startsWith('fit:') ? k.id.split('/')[1] : lane;
      const kind = k.id.startsWith('fit:') ? k.id.split('/').slice(-1)[0] : k.id.split(':')[0];
      const reason = KNOWN_REASONS[`${kind}:${laneType}`];
      out.push(
        `${k.label}: ${fmtUnit(k.simulated.mean, k.unit)} against ${fmtUnit(k.published.value, k.unit)} published (${signed(diff, digitsOf(k.unit))}; ${k.within ? 'within, but more than half of,' : 'outside'} the tolerance ±${num(k.tolerance, digitsOf(k.unit))})${reason ? `: ${reason}.` : '.'}`,
      );
    }
  }
  for (const f of p.fits) {
    if (!f.comparison) continue;
    for (const t of f.comparison.laneTypes) {
      const rows = t.rows.filter((r) => r.simulated);
      if (rows.length < 3) continue;
      const peak = (v: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => (v(r) > v(a) ? r : a)).hour;
      const po = peak((r) => r.observed);
      const ps = peak((r) => r.simulated!.mean);
      if (po !== ps) out.push(`${laneLabel(t.laneType)}: the longest simulated wait is at ${String(ps).padStart(2, '0')}:00, CBP's at ${String(po).padStart(2, '0')}:00.`);
    }
  }
  if (!('error' in p.bounded)) for (const [i, l] of p.bounded.lanes.entries()) if (!l.bounded) out.push(`${p.laneNames?.[i] ?? l.laneId}: with 10 % more traffic the line grows from one day to the next (mean ${l.dayMeanQueue.map((x) => num(x, 0)).join(' → ')}; at the end of the day ${l.endOfDayQueue.map((x) => num(x, 0)).join(' → ')}).`);
  return out;
}

/** The whole page. */
export function scenarioPage(p: ScenarioPage): string {
  const L: string[] = [];
  L.push(`# Calibration: ${p.name}`, '');
  L.push(`Scenario file: ${link(p.file, `../../${p.file}`)} — ${p.role}.`, '');
  L.push(
    `Generated by \`npm run calibrate\` (borderflow ${p.engineVersion}): seed ${p.seed}, ${p.replications} replications of ${p.horizonHours} h (the first ${p.warmupHours} h a warm-up, not measured). Intervals are 95 % Student-t intervals over replications. Waits are the time from joining the line to reaching the primary booth, as CBP defines them.`,
    '',
  );
  L.push('## Simulated against published figures', '');
  if (p.keyFigures.some((k) => k.published)) {
    L.push(publishedTable(p.keyFigures), '');
    const n = p.keyFigures.filter((k) => k.published).length;
    const w = p.keyFigures.filter((k) => k.published && k.within).length;
    L.push(`${w} of ${n} published figures within their tolerance.`, '');
  } else {
    L.push('No published figures apply to this scenario (its ports have none in the calibration notes): the figures below are the model\'s own, recorded so that a change in them is caught.', '');
  }
  if (p.portsWithoutFigures.length > 0 && p.keyFigures.some((k) => k.published)) L.push(`No published figures for: ${p.portsWithoutFigures.join(', ')}.`, '');
  if (p.unmodelled.length > 0) L.push(`Published but not modelled in this scenario, so not compared: ${p.unmodelled.join('; ')}.`, '');
  if (p.keyFigures.some((k) => !k.published && !k.id.startsWith('fit:'))) L.push('Figures without a published counterpart (drift tolerance: three times the interval’s half-width, at least 5 %):', '', ownFiguresTable(p.keyFigures), '');

  L.push('## Hourly wait profiles', '');
  if (p.charts.length === 0) L.push('No lane had arrivals to chart.', '');
  for (const c of p.charts) L.push(`![${c.title}](${c.file})`, '');
  for (const f of p.fits) {
    if (f.problem || !f.comparison) continue;
    L.push(`Mean wait by clock hour of arrival, minutes — CBP / simulated (95 % CI). Observed: ${f.observedSource}.`, '', hourlyTable(f), '');
  }

  L.push('## Fit: in sample and held out', '');
  if (p.fits.length === 0) L.push('No observed hourly waits for this scenario\'s ports, so no fit to show.', '');
  for (const f of p.fits) {
    if (f.problem) {
      L.push(`The observed file ${f.observedFile} could not be read: ${f.problem}.`, '');
      continue;
    }
    if (p.block) {
      L.push(
        `Calibrated by search: ${p.block.method || 'method not recorded'}; fitted ${p.block.fitted.join(', ') || '–'} to ${p.block.observed}${p.block.dayType ? ` (${p.block.dayType})` : ''}; holdout ${p.block.holdout ?? 'none'}; ${p.block.evaluations ?? '–'} evaluations at seed ${p.block.seed ?? '–'} with ${p.block.replications ?? '–'} replications. Recorded figures are the calibration's; re-evaluated ones come from this report's run (seed ${p.seed}, ${p.replications} replications).`,
        '',
      );
      L.push(recordedVsNowTable(p.block, f), '');
      if (f.holdout?.kind === 'unknown') L.push(`The holdout "${f.holdout.text}" is not a form this report reads (hours:A-B, lane:TYPE, day:TYPE, every:N), so only the recorded held-out figures are shown.`, '');
      L.push('In sample, by lane type:', '', fitTable(f.inSample), '');
      if (f.heldOut) L.push('Held out, by lane type:', '', fitTable(f.heldOut), '');
    } else {
      L.push(`Calibrated by hand (no calibration record in the scenario file): officer schedules and the other unpublished inputs were set to follow these observations, so all of them are in sample and there is no held-out error to set beside it. Observed: ${f.observedSource}.`, '');
      L.push(fitTable(f.inSample), '');
    }
  }

  L.push('## Sensitivity', '');
  if ('error' in p.sensitivity) L.push(`Sensitivity could not be run: ${p.sensitivity.error}`, '');
  else {
    L.push(`${p.sensitivity.method} Here ${p.sensitivityReplications} replications of the base and of each variant, the default variations; the figure is the port's mean wait.`, '');
    L.push(sensitivityTable(p.sensitivity), '');
    L.push(sensitivitySentence(p.sensitivity), '');
    const notes = p.sensitivity.inputs.flatMap((r) => r.notes);
    if (notes.length > 0) L.push(`Notes: ${notes.slice(0, 6).join('; ')}${notes.length > 6 ? `; and ${notes.length - 6} more` : ''}.`, '');
  }

  L.push('## Stability at +10 % volume', '');
  if ('error' in p.bounded) L.push(`The check could not be run: ${p.bounded.error}`, '');
  else {
    L.push(
      `Every flow ×${p.bounded.volume}, ${p.bounded.days} measured days after the warm-up, ${p.bounded.replications} replications. A line is bounded when neither its mean over the last day nor its length in the day's last hour exceeds the day before's by more than 10 % plus ${p.boundedSlack} vehicles (the replications' noise; a line that is not bounded grows by thousands a day).`,
      '',
    );
    L.push(boundedTable(p.bounded, p.laneNames), '', p.bounded.bounded ? 'No line grows from day to day.' : `Some lines grow from one day to the next by more than the rule allows: at 10 % more traffic ${p.bounded.lanes.filter((l) => !l.bounded).length > 1 ? 'these lanes are' : 'this lane is'} at or past the limit of what the staffing can serve, or the growth is within noise that ${p.bounded.replications} replications cannot settle; more measured days would tell.`, '');
  }

  L.push('## Where the model does not match', '');
  const words = mismatchSentences(p);
  if (words.length === 0)
    L.push(
      p.keyFigures.some((k) => k.published)
        ? `Every published figure is within its tolerance (none even past half of it)${p.fits.length > 0 ? ', every hourly profile correlates at 0.9 or more, and the peak hours agree' : ''}.`
        : 'Nothing published to hold the model against.',
      '',
    );
  else L.push(...words.map((w) => `- ${w}`), '');
  L.push('### Notes', '');
  L.push(p.notes?.trim() || 'No notes for this scenario yet.', '');
  return L.join('\n');
}

/** One row of the index. */
export interface IndexRow {
  stem: string;
  name: string;
  role: string;
  headline: string;
  within: string;
  bounded: boolean | null;
  status: string;
}

/** A goal of the calibration and whether it is met. */
export interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
}

/** The index page. */
export function indexPage(rows: readonly IndexRow[], goals: readonly Goal[], settings: { engineVersion: string; note: string }): string {
  const L: string[] = [];
  L.push('# Calibration report', '');
  L.push(
    `How borderflow's bundled scenarios compare with published figures (the project's calibration notes): mean waits by lane type, hourly wait profiles, volumes, the fit in sample and held out, which inputs the answers hang on, and whether the lines stay bounded with 10 % more traffic. Regenerate with \`npm run calibrate\` (borderflow ${settings.engineVersion}); \`manifest.json\` records each scenario file's hash, the seed and replications and the key figures with their tolerances, and the tests fail when a scenario changes without the report being regenerated.`,
    '',
  );
  L.push(settings.note, '');
  L.push('## Goals', '');
  L.push(table(['Goal', 'Measured', 'Status'], goals.map((g) => [g.goal, g.measured, status(g.met, 'met', 'missed')])), '');
  L.push('## Scenarios', '');
  L.push(
    table(
      ['Scenario', 'Role', 'Headline fit', 'Published figures within tolerance', '+10 % volume', 'Status'],
      rows.map((r) => [link(r.name, `${r.stem}.md`), r.role, r.headline, r.within, r.bounded === null ? '–' : status(r.bounded, 'bounded', 'grows'), r.status]),
    ),
    '',
  );
  return L.join('\n');
}
