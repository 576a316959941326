// Wait to reach the primary booth by clock hour, per lane group and scenario, with the Erlang C reference.
import { t } from '../i18n/index.ts';
import type { ResultDocument } from '../../sim/index.ts';
import { erlangHour, meanServiceSeconds, type ErlangHour, type WaitMeasure } from './erlang-reference.ts';
import { measuredHoursByClockHour } from './hours.ts';
import { laneOf, lanesOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';

export type { WaitMeasure } from './erlang-reference.ts';

export interface WaitByHourOptions extends ViewModelOptions {
  /** Which wait figure per hour (default mean). */
  measure?: WaitMeasure;
  /** Document whose Erlang C reference is drawn (default the baseline); false for none. Needs `scenarios`. */
  reference?: number | false;
}

export interface HourValue {
  hour: number;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Replications with a value (0: nobody arrived in this hour while measuring). */
  n: number;
  /**
   * Travelers who arrived in this hour and were still in line when the run ended (mean over
   * replications): their waits count as the wait so far, so where this is above 0 the value is a
   * lower bound.
   */
  unfinished: number;
}

export interface WaitByHourLine {
  series: SeriesInfo;
  hours: HourValue[];
}

export interface WaitByHourPanel {
  lane: LaneRef;
  /** One line per scenario that has this lane group, baseline first. */
  lines: WaitByHourLine[];
  /** Erlang C per hour, or null when not requested or the scenario is not known. */
  reference: ErlangHour[] | null;
}

export interface WaitByHourData {
  measure: WaitMeasure;
  /** "mean", "95th-percentile", … */
  measureLabel: string;
  series: SeriesInfo[];
  panels: WaitByHourPanel[];
  /** Label of the scenario whose Erlang C reference is drawn. */
  referenceOf: SeriesInfo | null;
}

export const MEASURE_LABELS: Record<WaitMeasure, string> = {
  mean: 'mean',
  p50: 'median',
  p90: '90th-percentile',
  p95: '95th-percentile',
};

/** The measure's word in the page's language ("mean", "media", "moyenne"). */
export function measureLabel(measure: WaitMeasure): string {
  return t(`charts:measure.${measure}`);
}

export function waitByHour(docs: ResultDocument[], opts: WaitByHourOptions): WaitByHourData {
  const series = seriesOf(docs, opts);
  const measure = opts.measure ?? 'mean';
  const lanes = lanesOf(docs, opts);
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const refIndex = opts.reference === false ? null : (opts.reference ?? opts.baseline);
  const refScenario = refIndex === null ? undefined : opts.scenarios?.[refIndex];
  const refDoc = refIndex === null ? undefined : docs[refIndex];

  const panels = lanes.map((lane): WaitByHourPanel => {
    const lines: WaitByHourLine[] = [];
    for (const i of order) {
      const l = laneOf(portOf(docs, opts, i), lane.id);
      if (!l) continue;
      lines.push({
        series: series[i],
        hours: l.byHour.map((h, hour) => {
          const a = h.wait[measure];
          return { hour, mean: a.mean, ciLow: a.ciLow, ciHigh: a.ciHigh, n: a.n, unfinished: h.unfinished?.mean ?? 0 };
        }),
      });
    }
    let reference: ErlangHour[] | null = null;
    if (refScenario && refDoc) {
      const port = portOf(docs, opts, refIndex!);
      const l = laneOf(port, lane.id);
      const service = port ? meanServiceSeconds(refScenario, port.id, lane.id) : null;
      if (l && service !== null) {
        const exposure = measuredHoursByClockHour(refDoc.scenario);
        reference = l.byHour.map((h, hour) =>
          erlangHour({
            hour,
            arrived: exposure[hour] > 0 ? h.arrived.mean : null,
            measuredHours: exposure[hour],
            openBooths: h.capacity.openBooths.mean,
            meanServiceSeconds: service,
            measure,
          }),
        );
      }
    }
    return { lane, lines, reference };
  });

  const referenceOf = panels.some((p) => p.reference) && refIndex !== null ? series[refIndex] : null;
  return { measure, measureLabel: measureLabel(measure), series, panels, referenceOf };
}
