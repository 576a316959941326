// Fit of simulated to observed hourly waits over a selection of a comparison's rows (interim: the
// calibration module's summarizeFit replaces this when it lands).

import { pearson, type ObservedLaneType, type WaitComparisonDocument } from '../../sim/index.ts';

export interface FitRow {
  hour: number;
  observed: number;
  simulated: number;
  difference: number;
  observations: number;
}

export interface LaneTypeFit {
  laneType: ObservedLaneType;
  hours: number;
  rmseMinutes: number | null;
  maeMinutes: number | null;
  correlation: number | null;
  ratioToGeneral: { simulated: number; observed: number } | null;
  rows: FitRow[];
}

export interface FitSummary {
  observations: number;
  hours: number;
  rmseMinutes: number | null;
  maeMinutes: number | null;
  byLaneType: LaneTypeFit[];
}

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
    const rows: FitRow[] = t.rows
      .filter((r) => r.simulated !== null && include(t.laneType, r.hour))
      .map((r) => ({ hour: r.hour, observed: r.observed, simulated: r.simulated!.mean, difference: r.simulated!.mean - r.observed, observations: r.observations }));
    if (rows.length === 0) continue;
    const w = rows.reduce((a, r) => a + r.observations, 0);
    const sq = rows.reduce((a, r) => a + r.observations * r.difference ** 2, 0);
    const ab = rows.reduce((a, r) => a + r.observations * Math.abs(r.difference), 0);
    weight += w;
    squares += sq;
    absolute += ab;
    hours += rows.length;
    const g = rows.map((r) => generalAt.get(r.hour)).filter((x) => x !== undefined);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const ratio =
      t.laneType === 'general' || g.length !== rows.length || sum(g.map((x) => x.observed)) === 0 || sum(g.map((x) => x.simulated)) === 0
        ? null
        : { simulated: sum(rows.map((r) => r.simulated)) / sum(g.map((x) => x.simulated)), observed: sum(rows.map((r) => r.observed)) / sum(g.map((x) => x.observed)) };
    byLaneType.push({
      laneType: t.laneType,
      hours: rows.length,
      rmseMinutes: w > 0 ? Math.sqrt(sq / w) : null,
      maeMinutes: w > 0 ? ab / w : null,
      correlation: pearson(rows.map((r) => r.simulated), rows.map((r) => r.observed)),
      ratioToGeneral: ratio,
      rows,
    });
  }
  return { observations: weight, hours, rmseMinutes: weight > 0 ? Math.sqrt(squares / weight) : null, maeMinutes: weight > 0 ? absolute / weight : null, byLaneType };
}
