// Booth utilization per lane group and scenario, with warnings where the line has no steady state.
import { summarize, type Across, type ResultDocument } from '../../sim/index.ts';
import { hourRanges } from './hours.ts';
import { laneIndexOf, lanesOf, portIndexOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';

/** Utilization at or above this means the booths never catch up: waits depend on the run length. */
export const SATURATED = 0.98;

export interface UtilizationBar {
  series: SeriesInfo;
  /** Busy ÷ staffed booths, 0–1, across replications. */
  utilization: Across;
  /** Mean booths staffed. */
  openBooths: Across;
  /** Vehicles still waiting for a primary booth when the run ended. */
  inQueueAtEnd: Across;
  /** Clock hours whose utilization reached the saturation mark. */
  saturatedHours: number[];
  /** True when the line at the end is much longer than a day (or the measured window) earlier. */
  growing: boolean;
  /** The warning printed, or null. */
  warning: string | null;
}

export interface UtilizationData {
  series: SeriesInfo[];
  groups: { lane: LaneRef; bars: UtilizationBar[] }[];
}

/**
 * A line that still grows has no steady state. Compare the last hour's mean line with the same
 * clock hour a day earlier (so a daily rush is not mistaken for growth), or with the first
 * measured hour when the run is shorter than that; growth must exceed the earlier line plus one
 * vehicle per staffed booth, and vehicles must be in line at the horizon.
 */
export function lineStillGrowing(queue: readonly number[], warmupHours: number, booths: number): boolean {
  // The timeline runs to the horizon (a draining run empties its lines after it, so the line at the horizon is what tells).
  const last = queue.length - 1;
  if (queue.length < 2 || queue[last] < 1) return false;
  const earlier = last - 24 >= 0 ? last - 24 : Math.min(Math.floor(warmupHours), last - 1);
  const before = queue[earlier];
  return queue[last] > 2 * before + Math.max(1, booths);
}

export function utilization(docs: ResultDocument[], opts: ViewModelOptions): UtilizationData {
  const series = seriesOf(docs, opts);
  const lanes = lanesOf(docs, opts);
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const groups = lanes.map((lane) => {
    const bars: UtilizationBar[] = [];
    for (const i of order) {
      const port = portOf(docs, opts, i);
      const li = laneIndexOf(port, lane.id);
      if (!port || li < 0) continue;
      const l = port.lanes[li];
      const pi = portIndexOf(docs[i], port);
      const runs = docs[i].runs.map((r) => r.ports[pi].lanes[li]);
      const meanQueue = meanOfSeries(runs.map((r) => r.timeline.queueLength));
      const growing = lineStillGrowing(meanQueue, docs[i].scenario.warmupHours, l.capacity.openBooths.mean ?? 1);
      const saturatedHours = l.byHour.flatMap((h, hour) => ((h.capacity.utilization.mean ?? 0) >= SATURATED ? [hour] : []));
      const u = l.capacity.utilization.mean;
      const warnings: string[] = [];
      if (growing) warnings.push('unstable: line still growing');
      if (u !== null && u >= SATURATED) warnings.push(`booths saturated (utilization ≥ ${Math.round(SATURATED * 100)} %)`);
      else if (saturatedHours.length > 0) warnings.push(`booths saturated at ${hourRanges(saturatedHours)}`);
      bars.push({
        series: series[i],
        utilization: l.capacity.utilization,
        openBooths: l.capacity.openBooths,
        inQueueAtEnd: l.figures.inQueueAtEnd,
        saturatedHours,
        growing,
        warning: warnings.length ? warnings.join('; ') : null,
      });
    }
    return { lane, bars };
  });
  return { series, groups };
}

function meanOfSeries(series: readonly number[][]): number[] {
  const len = Math.max(0, ...series.map((s) => s.length));
  return Array.from({ length: len }, (_, h) => summarize(series.map((s) => (h < s.length ? s[h] : null))).mean ?? 0);
}
