// Mean vehicles in line per hour since the start, per lane group and scenario, with CIs across replications.
import { summarize, type ResultDocument } from '../../sim/index.ts';
import { laneIndexOf, lanesOf, portIndexOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';

export interface TimelinePoint {
  /** Hours since the start of the run (the hour from t to t + 1). */
  hour: number;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
}

export interface QueueTimelineData {
  series: SeriesInfo[];
  panels: { lane: LaneRef; lines: { series: SeriesInfo; points: TimelinePoint[] }[] }[];
  /** Warm-up of the baseline, hours (its observations are discarded from every other figure). */
  warmupHours: number;
  horizonHours: number;
  /** Clock hour at which the baseline run starts. */
  startHour: number;
}

export function queueTimeline(docs: ResultDocument[], opts: ViewModelOptions): QueueTimelineData {
  const series = seriesOf(docs, opts);
  const lanes = lanesOf(docs, opts);
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const panels = lanes.map((lane) => {
    const lines: { series: SeriesInfo; points: TimelinePoint[] }[] = [];
    for (const i of order) {
      const port = portOf(docs, opts, i);
      const li = laneIndexOf(port, lane.id);
      if (!port || li < 0) continue;
      const pi = portIndexOf(docs[i], port);
      const runs = docs[i].runs.map((r) => r.ports[pi].lanes[li].timeline.queueLength);
      const hours = Math.max(0, ...runs.map((q) => q.length));
      const points: TimelinePoint[] = [];
      for (let h = 0; h < hours; h++) {
        const s = summarize(runs.map((q) => (h < q.length && Number.isFinite(q[h]) ? q[h] : null)), 0.95, { lower: 0 });
        points.push({ hour: h, mean: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh, n: s.n });
      }
      lines.push({ series: series[i], points });
    }
    return { lane, lines };
  });
  const b = docs[opts.baseline].scenario;
  return { series, panels, warmupHours: b.warmupHours, horizonHours: b.horizonHours, startHour: b.startHour };
}
