// One evaluation of a bundled scenario for the calibration report: a run at a recorded seed and
// replications, its key figures, and its fit to the observed hourly waits (in sample and held out).
// The generator and the drift test both call `evaluateScenario`, so they cannot disagree on a figure.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  dayTypeOf,
  observationsOfDayType,
  OBSERVED_DAY_TYPES,
  OBSERVED_LANE_TYPES,
  runScenario,
  summarizeFit,
  type FitSummary,
  type ObservedDayType,
  type ObservedLaneType,
  type ObservedWaits,
  type ResultDocument,
  type Scenario,
  type WaitComparisonDocument,
} from '../../sim/index.ts';
import { loadObservedFile } from '../../sim/node.ts';
import { comparePort, keyFigures, laneLabel, portsWithTargets, type KeyFigure } from './figures.ts';
import type { PortTargets } from './targets.ts';

/** The `calibration` block of a scenario file as read from the YAML (fields checked one by one; anything else ignored). */
export interface CalibrationBlock {
  observed: string;
  dayType: ObservedDayType | null;
  fitted: string[];
  holdout: string | null;
  method: string;
  seed: number | null;
  replications: number | null;
  horizonHours: number | null;
  evaluations: number | null;
  inSample: FitSummary | null;
  heldOut: FitSummary | null;
  toleranceMinutes: number | null;
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function fitSummaryOf(x: unknown): FitSummary | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  if (!Array.isArray(o.byLaneType)) return null;
  const n = (v: unknown) => (isNum(v) ? v : null);
  return {
    observations: n(o.observations) ?? 0,
    hours: n(o.hours) ?? 0,
    rmseMinutes: n(o.rmseMinutes),
    maeMinutes: n(o.maeMinutes),
    byLaneType: o.byLaneType
      .filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null && typeof (t as Record<string, unknown>).laneType === 'string')
      .map((t) => {
        const r = t.ratioToGeneral as Record<string, unknown> | null | undefined;
        return {
          laneType: t.laneType as ObservedLaneType,
          hours: n(t.hours) ?? 0,
          rmseMinutes: n(t.rmseMinutes),
          maeMinutes: n(t.maeMinutes),
          correlation: n(t.correlation),
          ratioToGeneral: r && isNum(r.simulated) && isNum(r.observed) ? { simulated: r.simulated, observed: r.observed } : null,
          rows: Array.isArray(t.rows) ? (t.rows as FitSummary['byLaneType'][number]['rows']) : [],
        };
      }),
  };
}

/** Reads the `calibration` block from a scenario file's text; null when there is none or it lacks an observed file. */
export function readCalibrationBlock(text: string): CalibrationBlock | null {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return null;
  }
  const c = (doc as Record<string, unknown> | null)?.calibration;
  if (typeof c !== 'object' || c === null) return null;
  const o = c as Record<string, unknown>;
  if (typeof o.observed !== 'string') return null;
  return {
    observed: o.observed,
    dayType: OBSERVED_DAY_TYPES.includes(o.dayType as ObservedDayType) ? (o.dayType as ObservedDayType) : null,
    fitted: Array.isArray(o.fitted) ? o.fitted.map(String) : [],
    holdout: typeof o.holdout === 'string' ? o.holdout : null,
    method: typeof o.method === 'string' ? o.method : '',
    seed: isNum(o.seed) ? o.seed : null,
    replications: isNum(o.replications) ? o.replications : null,
    horizonHours: isNum(o.horizonHours) ? o.horizonHours : null,
    evaluations: isNum(o.evaluations) ? o.evaluations : null,
    inSample: fitSummaryOf(o.inSample),
    heldOut: fitSummaryOf(o.heldOut),
    toleranceMinutes: isNum(o.toleranceMinutes) ? o.toleranceMinutes : null,
  };
}

/** A holdout as written in a calibration block, made into a selection of (lane type, hour) rows or of a day type. */
export type Holdout =
  | { kind: 'rows'; text: string; held: (laneType: ObservedLaneType, hour: number, index: number) => boolean }
  | { kind: 'day'; text: string; dayType: ObservedDayType }
  | { kind: 'unknown'; text: string };

/** Parses `hours:A-B` (clock hours A to B, wrapping past midnight), `lane:TYPE`, `day:TYPE` or `every:N` (every Nth published hour of each lane type). */
export function parseHoldout(text: string): Holdout {
  const t = text.trim();
  let m = /^hours?:\s*(\d{1,2})\s*-\s*(\d{1,2})$/i.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a <= 23 && b <= 23) return { kind: 'rows', text: t, held: (_l, h) => (a <= b ? h >= a && h <= b : h >= a || h <= b) };
  }
  m = /^lane:\s*([a-z-]+)$/i.exec(t);
  if (m && OBSERVED_LANE_TYPES.includes(m[1].toLowerCase() as ObservedLaneType)) {
    const lane = m[1].toLowerCase();
    return { kind: 'rows', text: t, held: (l) => l === lane };
  }
  m = /^day:\s*([a-z]+)$/i.exec(t);
  if (m && OBSERVED_DAY_TYPES.includes(m[1].toLowerCase() as ObservedDayType)) return { kind: 'day', text: t, dayType: m[1].toLowerCase() as ObservedDayType };
  m = /^every:\s*(\d+)$/i.exec(t);
  if (m && Number(m[1]) >= 2) {
    const n = Number(m[1]);
    return { kind: 'rows', text: t, held: (_l, _h, i) => i % n === n - 1 };
  }
  return { kind: 'unknown', text: t };
}

/** The fit of one port to observed hourly waits: the comparison, and the in-sample and held-out summaries. */
export interface PortFit {
  port: number;
  portId: string;
  targets: PortTargets | null;
  observedFile: string;
  observedSource: string;
  comparison: WaitComparisonDocument;
  inSample: FitSummary;
  heldOut: FitSummary | null;
  holdout: Holdout | null;
  /** Why a fit could not be worked out, when it could not. */
  problem: string | null;
}

/** What `evaluateScenario` needs besides the scenario: the seed and replications to run with. */
export interface EvaluateOptions {
  seed: number;
  replications: number;
  horizonHours?: number;
}

/** One evaluation: the run, its key figures (with the fit figures among them) and the fits. */
export interface Evaluation {
  doc: ResultDocument;
  keyFigures: KeyFigure[];
  fits: PortFit[];
}

function loadObserved(file: string, dayType: ObservedDayType | null): { observed: ObservedWaits | null; problem: string | null } {
  const r = loadObservedFile(file);
  if (!r.ok) return { observed: null, problem: r.problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; ') };
  return { observed: dayType ? observationsOfDayType(r.observed, dayType).observed : r.observed, problem: null };
}

/** Rows of a comparison selected by a row holdout: held (true) or fitted (false). */
function rowSelector(comparison: WaitComparisonDocument, holdout: Holdout & { kind: 'rows' }, held: boolean) {
  const index = new Map<string, number>();
  for (const t of comparison.laneTypes) t.rows.forEach((r, i) => index.set(`${t.laneType}@${r.hour}`, i));
  return (l: ObservedLaneType, h: number) => holdout.held(l, h, index.get(`${l}@${h}`) ?? 0) === held;
}

/**
 * Runs the scenario at the given seed and replications and works out its key figures and its fit
 * to observed hourly waits: the calibration block's observed file (resolved from the repository
 * root, then from the scenario's folder) and holdout when there is a block, else the port's
 * published hourly waits, all in sample.
 */
export function evaluateScenario(scenario: Scenario, file: string, block: CalibrationBlock | null, options: EvaluateOptions): Evaluation {
  const doc = runScenario(scenario, { seed: options.seed, replications: options.replications, ...(options.horizonHours ? { horizonHours: options.horizonHours } : {}) });
  const figures = keyFigures(scenario, doc);
  const fits: PortFit[] = [];
  const withHourly = portsWithTargets(scenario).filter((p) => p.targets.hourly);
  const candidates: { port: number; targets: PortTargets | null }[] = withHourly.length > 0 ? withHourly : block ? [{ port: 0, targets: null }] : [];
  for (const { port, targets } of block ? candidates.slice(0, 1) : candidates) {
    const observedFile = block ? [resolve(block.observed), resolve(dirname(file), block.observed)].find((f) => existsSync(f)) ?? block.observed : targets!.hourly!.file;
    const observedSource = block ? `${block.observed}${block.dayType ? ` (${block.dayType})` : ''}` : targets!.hourly!.source;
    const holdout = block?.holdout ? parseHoldout(block.holdout) : null;
    const { observed, problem } = loadObserved(observedFile, block?.dayType ?? null);
    const empty: FitSummary = { observations: 0, hours: 0, rmseMinutes: null, maeMinutes: null, byLaneType: [] };
    if (!observed) {
      fits.push({ port, portId: scenario.ports[port].id, targets, observedFile, observedSource, comparison: null as unknown as WaitComparisonDocument, inSample: empty, heldOut: null, holdout, problem });
      continue;
    }
    let inSample: FitSummary;
    let heldOut: FitSummary | null = null;
    let comparison: WaitComparisonDocument;
    if (holdout?.kind === 'day') {
      // The held-out day type is its own set of observations; the run is the same.
      const fitted = observed.observations.filter((o) => dayTypeOf(o) !== holdout.dayType);
      comparison = comparePort(scenario, doc, port, { ...observed, observations: fitted }, file);
      inSample = summarizeFit(comparison);
      const held = loadObserved(observedFile, holdout.dayType).observed;
      heldOut = held && held.observations.length > 0 ? summarizeFit(comparePort(scenario, doc, port, held, file)) : null;
    } else {
      comparison = comparePort(scenario, doc, port, observed, file);
      if (holdout?.kind === 'rows') {
        inSample = summarizeFit(comparison, rowSelector(comparison, holdout, false));
        heldOut = summarizeFit(comparison, rowSelector(comparison, holdout, true));
      } else inSample = summarizeFit(comparison);
    }
    fits.push({ port, portId: scenario.ports[port].id, targets, observedFile, observedSource, comparison, inSample, heldOut, holdout, problem: null });
    // Fit figures join the key figures: in-sample RMSE (drift tolerance from the block, else 1 min),
    // each lane type's correlation (drift 0.05) and ratio to the general lanes (published: CBP's, ±0.1).
    const id = scenario.ports[port].id;
    const prefix = scenario.ports.length > 1 ? `${scenario.ports[port].name ?? id}: ` : '';
    const tol = block?.toleranceMinutes ?? 1;
    const est = (x: number | null) => ({ mean: x, ciLow: null, ciHigh: null, replications: doc.replications });
    figures.push({ id: `fit:${id}/rmse`, label: `${prefix}in-sample RMSE of hourly mean waits`, unit: 'min', simulated: est(inSample.rmseMinutes), published: null, tolerance: tol, within: null });
    if (heldOut) figures.push({ id: `fit:${id}/heldOutRmse`, label: `${prefix}held-out RMSE of hourly mean waits`, unit: 'min', simulated: est(heldOut.rmseMinutes), published: null, tolerance: tol, within: null });
    for (const t of inSample.byLaneType) {
      figures.push({ id: `fit:${id}/${t.laneType}/correlation`, label: `${prefix}hourly-profile correlation, ${laneLabel(t.laneType)}`, unit: 'r', simulated: est(t.correlation), published: null, tolerance: 0.05, within: targets?.minCorrelation !== undefined && t.correlation !== null ? t.correlation >= targets.minCorrelation : null });
      if (t.ratioToGeneral) {
        const rt = targets?.ratioTolerance ?? 0.1;
        figures.push({
          id: `fit:${id}/${t.laneType}/ratioToGeneral`,
          label: `${prefix}ratio of ${laneLabel(t.laneType)} to general waits (means over the published hours)`,
          unit: 'ratio',
          simulated: est(t.ratioToGeneral.simulated),
          published: { value: t.ratioToGeneral.observed, source: `${targets?.name ?? 'observed'} hourly waits${targets?.hourly ? `, ${targets.hourly.period}` : ''}: averages over the published hours`, confidence: 'derived from the published hourly means', why: 'the goal for the calibrated scenario' },
          tolerance: rt,
          within: Math.abs(t.ratioToGeneral.simulated - t.ratioToGeneral.observed) <= rt,
        });
      }
    }
  }
  return { doc, keyFigures: figures, fits };
}
