// P(wait > t): the share of vehicles (people on foot) whose wait to reach the primary booth exceeded each reported threshold, per lane group and scenario.
import type { Across, ResultDocument } from '../../sim/index.ts';
import { lanesOf, laneOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';

export interface WaitOverOptions extends ViewModelOptions {
  /** Threshold drawn as bars, minutes (default 30 when reported, else the middle one reported). */
  threshold?: number;
}

export interface WaitOverBar {
  series: SeriesInfo;
  /** Share 0–1 across replications by threshold key ("15", "30", …); missing when the scenario did not report it. */
  byThreshold: Record<string, Across>;
  /** Travelers still in line at the end (mean over replications): the shares are then lower bounds. */
  unfinished: number;
}

export interface WaitOverData {
  /** Every threshold any scenario reported, minutes, ascending. */
  thresholds: number[];
  /** The one drawn as bars. */
  headline: number | null;
  series: SeriesInfo[];
  groups: { lane: LaneRef; bars: WaitOverBar[] }[];
}

function sortedThresholds(docs: readonly ResultDocument[], opts: ViewModelOptions): number[] {
  const set = new Set<number>();
  for (let i = 0; i < docs.length; i++) {
    const port = portOf(docs, opts, i);
    for (const l of port?.lanes ?? []) for (const k of Object.keys(l.figures.waitOver ?? {})) set.add(Number(k));
  }
  return [...set].filter(Number.isFinite).sort((a, b) => a - b);
}

export function waitOver(docs: ResultDocument[], opts: WaitOverOptions): WaitOverData {
  const series = seriesOf(docs, opts);
  const lanes = lanesOf(docs, opts);
  const thresholds = sortedThresholds(docs, opts);
  const headline =
    opts.threshold !== undefined && thresholds.includes(opts.threshold)
      ? opts.threshold
      : thresholds.includes(30)
        ? 30
        : (thresholds[Math.floor((thresholds.length - 1) / 2)] ?? null);
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const groups = lanes.map((lane) => {
    const bars: WaitOverBar[] = [];
    for (const i of order) {
      const l = laneOf(portOf(docs, opts, i), lane.id);
      if (!l) continue;
      const byThreshold: Record<string, Across> = {};
      for (const [k, a] of Object.entries(l.figures.waitOver ?? {})) byThreshold[String(Number(k))] = a;
      bars.push({ series: series[i], byThreshold, unfinished: l.figures.unfinished.mean ?? 0 });
    }
    return { lane, bars };
  });
  return { thresholds, headline, series, groups };
}
