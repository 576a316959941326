// Hour × lane grid of waits for one scenario, or of its paired difference from the baseline.
import { pairedDifference, type ResultDocument } from '../../sim/index.ts';
import { measureLabel } from './wait-by-hour.ts';
import type { WaitMeasure } from './erlang-reference.ts';
import { laneIndexOf, lanesOf, portIndexOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';
import { pairable } from './pairing.ts';

export interface WaitHeatmapOptions extends ViewModelOptions {
  /** Document shown (default the baseline). */
  scenario?: number;
  /** Show scenario − baseline instead of the scenario's own waits. */
  difference?: boolean;
  measure?: WaitMeasure;
}

export interface HeatCell {
  laneId: string;
  hour: number;
  /** Minutes (or difference in minutes); null = no data, never 0. */
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  /**
   * Travelers of this hour still in line when the run ended (mean over replications; in a
   * difference, of the scenario and the baseline together). Above 0, a wait is a lower bound and
   * a difference of lower bounds bounds nothing.
   */
  unfinished: number;
}

export interface WaitHeatmapData {
  mode: 'value' | 'difference';
  measure: WaitMeasure;
  measureLabel: string;
  scenario: SeriesInfo;
  baseline: SeriesInfo;
  /** Rows, in CBP order. */
  lanes: LaneRef[];
  /** lanes.length × 24 cells, row by row. */
  cells: HeatCell[];
  /** Why a difference is not paired (different seeds), else null. */
  pairingNote: string | null;
  /** Top of the colour scale shared with the other scenarios' maps (value maps side by side), if set. */
  sharedMax?: number;
}

export interface WaitHeatmapsData {
  /** Each scenario's own waits (baseline first) on one colour scale, then each scenario − baseline. */
  maps: WaitHeatmapData[];
}

/** A heat map for each scenario and one for each scenario's paired difference from the baseline. */
export function waitHeatmaps(docs: ResultDocument[], opts: WaitHeatmapOptions): WaitHeatmapsData {
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const values = order.map((i) => waitHeatmap(docs, { ...opts, scenario: i, difference: false }));
  const top = Math.max(1, ...values.flatMap((m) => m.cells.flatMap((c) => (c.value === null ? [] : [c.value]))));
  for (const m of values) m.sharedMax = top;
  const diffs = order.slice(1).map((i) => waitHeatmap(docs, { ...opts, scenario: i, difference: true }));
  return { maps: [...values, ...diffs] };
}

export function waitHeatmap(docs: ResultDocument[], opts: WaitHeatmapOptions): WaitHeatmapData {
  const series = seriesOf(docs, opts);
  const measure = opts.measure ?? 'mean';
  const si = opts.scenario ?? opts.baseline;
  if (!series[si]) throw new RangeError(`waitHeatmap: scenario ${si} not in docs`);
  const difference = opts.difference === true;
  if (difference && si === opts.baseline) throw new RangeError('waitHeatmap: a difference needs a scenario other than the baseline');
  const lanes = lanesOf(docs, opts);
  const port = portOf(docs, opts, si);
  const basePort = portOf(docs, opts, opts.baseline);
  const pairing = difference ? pairable(docs[opts.baseline], docs[si]) : { ok: true as const, pairs: 0 };

  const cells: HeatCell[] = [];
  for (const lane of lanes) {
    const l = port?.lanes.find((x) => x.id === lane.id) ?? null;
    for (let hour = 0; hour < 24; hour++) {
      const empty = { laneId: lane.id, hour, value: null, ciLow: null, ciHigh: null, n: 0, unfinished: 0 };
      if (!l) {
        cells.push(empty);
        continue;
      }
      if (!difference) {
        const a = l.byHour[hour].wait[measure];
        cells.push({ laneId: lane.id, hour, value: a.mean, ciLow: a.ciLow, ciHigh: a.ciHigh, n: a.n, unfinished: l.byHour[hour].unfinished?.mean ?? 0 });
        continue;
      }
      const li = laneIndexOf(port, lane.id);
      const bi = laneIndexOf(basePort, lane.id);
      if (bi < 0 || !pairing.ok || !basePort || !port) {
        cells.push(empty);
        continue;
      }
      const read = (doc: ResultDocument, pi: number, lIdx: number) =>
        doc.runs.slice(0, pairing.pairs).map((r) => r.ports[pi]?.lanes[lIdx]?.byHour[hour]?.wait[measure] ?? null);
      const d = pairedDifference(
        read(docs[opts.baseline], portIndexOf(docs[opts.baseline], basePort), bi),
        read(docs[si], portIndexOf(docs[si], port), li),
      );
      const unfinished = (l.byHour[hour].unfinished?.mean ?? 0) + (basePort.lanes[bi].byHour[hour].unfinished?.mean ?? 0);
      cells.push({ laneId: lane.id, hour, value: d.mean, ciLow: d.ciLow, ciHigh: d.ciHigh, n: d.n, unfinished });
    }
  }
  return {
    mode: difference ? 'difference' : 'value',
    measure,
    measureLabel: measureLabel(measure),
    scenario: series[si],
    baseline: series[opts.baseline],
    lanes,
    cells,
    pairingNote: pairing.ok ? null : pairing.reason,
  };
}
