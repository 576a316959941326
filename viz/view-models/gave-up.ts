// Travelers who gave up (balked at the line, or reneged from it) per lane group and scenario, and what they did instead.
import type { Across, ResultDocument } from '../../sim/index.ts';
import { lanesOf, laneOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';

export interface GaveUpBar {
  series: SeriesInfo;
  /** (balked + reneged) ÷ arrived, 0–1, across replications. */
  share: Across;
  /** Counts over the measured period, across replications. */
  balked: Across;
  reneged: Across;
  home: Across;
  otherPort: Across;
  postponed: Across;
  /** Mean time in line of those who reneged, minutes. */
  renegedWaitMean: Across;
}

export interface GaveUpData {
  /** True when somebody balked or reneged in some scenario (the chart is shown only then). */
  any: boolean;
  series: SeriesInfo[];
  groups: { lane: LaneRef; bars: GaveUpBar[] }[];
}

/** Whether any traveler in any scenario's ports balked or reneged. */
export function anyGaveUp(docs: readonly ResultDocument[]): boolean {
  return docs.some((d) => d.runs.some((r) => r.ports.some((p) => p.summary.balked > 0 || p.summary.reneged > 0)));
}

export function gaveUp(docs: ResultDocument[], opts: ViewModelOptions): GaveUpData {
  const series = seriesOf(docs, opts);
  const lanes = lanesOf(docs, opts);
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const groups = lanes.map((lane) => {
    const bars: GaveUpBar[] = [];
    for (const i of order) {
      const l = laneOf(portOf(docs, opts, i), lane.id);
      if (!l) continue;
      const f = l.figures;
      bars.push({
        series: series[i],
        share: f.gaveUpShare,
        balked: f.balked,
        reneged: f.reneged,
        home: f.gaveUp.home,
        otherPort: f.gaveUp.otherPort,
        postponed: f.gaveUp.postponed,
        renegedWaitMean: f.renegedWaitMean,
      });
    }
    return { lane, bars };
  });
  return { any: anyGaveUp(docs), series, groups };
}
