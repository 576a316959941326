// Distribution of waits per scenario for one lane group, and the share waiting longer than a threshold.
import { scaleLinear } from 'd3-scale';
import type { ResultDocument } from '../../sim/index.ts';
import { laneOf, lanesOf, pickLane, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';

export interface WaitEcdfOptions extends ViewModelOptions {
  /** Lane group id (default the first in CBP order). */
  lane?: string;
  /** Initial threshold in minutes (default the baseline's p90, rounded). */
  threshold?: number;
}

export interface EcdfSeries {
  series: SeriesInfo;
  /** Wait quantiles in minutes at q = 0, 0.01, …, 1, replications pooled; empty when nobody was served. */
  quantiles: number[];
  p50: number | null;
  p90: number | null;
  p95: number | null;
}

export interface WaitEcdfData {
  lane: LaneRef;
  /** Every lane group, for a chooser. */
  lanes: LaneRef[];
  series: EcdfSeries[];
  threshold: number;
  /** Right end of the x axis, minutes (a round number at or above the longest wait). */
  maxMinutes: number;
  /** Threshold resolution for keyboard and drag, minutes. */
  step: number;
}

/**
 * Share of waits longer than `minutes`, read off the 101 pooled quantiles as the fraction of
 * quantiles above it (resolution 1 %); null when there are no quantiles.
 */
export function shareAbove(quantiles: readonly number[], minutes: number): number | null {
  if (quantiles.length === 0) return null;
  let above = 0;
  for (const q of quantiles) if (q > minutes) above++;
  return above / quantiles.length;
}

export interface ThresholdReadout {
  series: SeriesInfo;
  share: number | null;
}

export function thresholdReadout(data: WaitEcdfData, minutes: number): ThresholdReadout[] {
  return data.series.map((s) => ({ series: s.series, share: shareAbove(s.quantiles, minutes) }));
}

const at = (qs: readonly number[], i: number): number | null => (qs.length === 101 ? qs[i] : null);

export function waitEcdf(docs: ResultDocument[], opts: WaitEcdfOptions): WaitEcdfData {
  const all = seriesOf(docs, opts);
  const lanes = lanesOf(docs, opts);
  const lane = pickLane(lanes, opts.lane);
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const series: EcdfSeries[] = [];
  for (const i of order) {
    const l = laneOf(portOf(docs, opts, i), lane.id);
    if (!l) continue;
    const q = l.waitQuantiles;
    series.push({ series: all[i], quantiles: q, p50: at(q, 50), p90: at(q, 90), p95: at(q, 95) });
  }
  const longest = Math.max(1, ...series.map((s) => s.quantiles[s.quantiles.length - 1] ?? 0));
  const maxMinutes = scaleLinear().domain([0, longest]).nice().domain()[1];
  const step = thresholdStep(maxMinutes);
  const baseP90 = series.find((s) => s.series.isBaseline)?.p90 ?? series[0]?.p90 ?? null;
  const threshold = snapThreshold(opts.threshold ?? baseP90 ?? maxMinutes / 2, step, maxMinutes);
  return { lane, lanes, series, threshold, maxMinutes, step };
}

/** Keyboard step: fine enough to reach any quantile on short waits, coarse enough on long ones. */
export function thresholdStep(maxMinutes: number): number {
  return maxMinutes <= 10 ? 0.1 : maxMinutes <= 60 ? 0.5 : 1;
}

/** A threshold on the step grid within the axis, without float noise (2.1, not 2.1000000000000001). */
export function snapThreshold(minutes: number, step: number, maxMinutes: number): number {
  const t = Math.min(maxMinutes, Math.max(0, Math.round(minutes / step) * step));
  return Number(t.toFixed(3));
}
