// How well simulated hourly waits fit observed ones: error, correlation and the trusted-lane ratios,
// overall and per CBP lane class, over a chosen set of (lane class, hour) rows of a wait comparison.
//
// Calibration reports these figures twice, for the observations it fitted to and for the ones it
// held out, so the selection is a predicate rather than a copy of the comparison.

import type { WaitComparisonDocument } from './compare.ts';
import { pearson } from './compare.ts';
import type { ObservedLaneType } from './observations.ts';

/** One compared hour of a lane class: observed mean, simulated mean, simulated − observed (minutes), and the observations averaged. */
export interface FitRow {
  hour: number;
  observed: number;
  simulated: number;
  difference: number;
  observations: number;
}

/** The fit of one lane class over the selected hours. */
export interface LaneTypeFit {
  laneType: ObservedLaneType;
  /** Selected hours with both an observed and a simulated figure. */
  hours: number;
  /** Root mean squared simulated − observed, weighted by observations per hour; minutes. */
  rmseMinutes: number | null;
  /** Mean absolute simulated − observed, weighted by observations per hour; minutes. */
  maeMinutes: number | null;
  /** Pearson correlation of the simulated and observed hourly profiles (unweighted); null under 3 hours or a flat profile. */
  correlation: number | null;
  /**
   * Mean of this class's hourly waits ÷ mean of the general lanes' at the same hours, simulated and
   * observed (unweighted means over hours). The general figures are taken from the comparison at
   * those hours whether or not the general rows are selected, so a held-out trusted lane is still
   * measured against the general lanes. Null for the general class itself, when the comparison has
   * no general figure at any of the hours, or when a general mean is zero.
   */
  ratioToGeneral: { simulated: number; observed: number } | null;
  rows: FitRow[];
}

/** Fit figures over a selection of a wait comparison's rows; waits in minutes. */
export interface FitSummary {
  /** Observations behind the selected rows (a row averaging several counts each). */
  observations: number;
  /** Selected (lane class, hour) rows with both figures. */
  hours: number;
  /** Root mean squared error over all selected rows, weighted by observations. */
  rmseMinutes: number | null;
  /** Mean absolute error over all selected rows, weighted by observations. */
  maeMinutes: number | null;
  /** Lane classes with at least one selected row, in the comparison's order. */
  byLaneType: LaneTypeFit[];
}

/**
 * Summarizes how well a wait comparison's simulated hourly waits fit the observed ones, over the
 * (lane class, hour) rows `include` selects (default: all) that have both figures. Errors are
 * weighted by the observations averaged into each row, as the calibration objective is; the
 * correlation and the ratios to the general lanes are over hourly means.
 */
export function summarizeFit(comparison: WaitComparisonDocument, include: (laneType: ObservedLaneType, hour: number) => boolean = () => true): FitSummary {
  const general = comparison.laneTypes.find((t) => t.laneType === 'general');
  const generalAt = new Map<number, { observed: number; simulated: number }>();
  for (const r of general?.rows ?? []) if (r.simulated !== null) generalAt.set(r.hour, { observed: r.observed, simulated: r.simulated.mean });
  let weight = 0;
  let squares = 0;
  let absolute = 0;
  let hours = 0;
  const byLaneType: LaneTypeFit[] = [];
  for (const t of comparison.laneTypes) {
    const rows: FitRow[] = [];
    for (const r of t.rows) {
      if (r.simulated === null || !include(t.laneType, r.hour)) continue;
      rows.push({ hour: r.hour, observed: r.observed, simulated: r.simulated.mean, difference: r.simulated.mean - r.observed, observations: r.observations });
    }
    if (rows.length === 0) continue;
    let w = 0;
    let sq = 0;
    let ab = 0;
    for (const r of rows) {
      w += r.observations;
      sq += r.observations * r.difference ** 2;
      ab += r.observations * Math.abs(r.difference);
    }
    weight += w;
    squares += sq;
    absolute += ab;
    hours += rows.length;
    byLaneType.push({
      laneType: t.laneType,
      hours: rows.length,
      rmseMinutes: w > 0 ? Math.sqrt(sq / w) : null,
      maeMinutes: w > 0 ? ab / w : null,
      correlation: pearson(
        rows.map((r) => r.simulated),
        rows.map((r) => r.observed),
      ),
      ratioToGeneral: t.laneType === 'general' ? null : ratioToGeneral(rows, generalAt),
      rows,
    });
  }
  return {
    observations: weight,
    hours,
    rmseMinutes: weight > 0 ? Math.sqrt(squares / weight) : null,
    maeMinutes: weight > 0 ? absolute / weight : null,
    byLaneType,
  };
}

function ratioToGeneral(rows: FitRow[], generalAt: Map<number, { observed: number; simulated: number }>): { simulated: number; observed: number } | null {
  let so = 0;
  let ss = 0;
  let go = 0;
  let gs = 0;
  let n = 0;
  for (const r of rows) {
    const g = generalAt.get(r.hour);
    if (!g) continue;
    so += r.observed;
    ss += r.simulated;
    go += g.observed;
    gs += g.simulated;
    n++;
  }
  if (n === 0 || go === 0 || gs === 0) return null;
  // Means over the same n hours: the counts cancel.
  return { simulated: ss / gs, observed: so / go };
}
