// Interdiction rate against wait per scenario (or sweep setting), with the Pareto frontier.
import { t } from '../i18n/index.ts';
import type { Across, ResultDocument } from '../../sim/index.ts';
import { laneOf, lanesOf, pickLane, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';

export interface TradeoffOptions extends ViewModelOptions {
  /** Wait figure on the y axis (default mean). */
  measure?: 'mean' | 'p95';
  /** Lane group id; default the whole port. */
  lane?: string;
}

export interface TradeoffPoint {
  series: SeriesInfo;
  /** Interdiction rate as a share 0–1. */
  interdiction: Across;
  /** Wait to reach the primary booth, minutes. */
  wait: Across;
  onFrontier: boolean;
}

export interface TradeoffData {
  measure: 'mean' | 'p95';
  /** null: the whole port. */
  lane: LaneRef | null;
  portName: string;
  /** Points with a defined interdiction rate and wait. */
  points: TradeoffPoint[];
  /** Keys of the frontier points, by increasing interdiction. */
  frontier: string[];
  /** Scenarios without contraband arrivals (interdiction undefined) or without waits: not drawn. */
  notComparable: { series: SeriesInfo; reason: string }[];
}

/**
 * Keys of the non-dominated points: no other point has interdiction ≥ and wait ≤ with one
 * of them strict. Sorted by increasing x (interdiction); duplicates all stay on the frontier.
 */
export function paretoFrontier(points: readonly { key: string; x: number; y: number }[]): string[] {
  const dominated = (p: { x: number; y: number }) => points.some((o) => o.x >= p.x && o.y <= p.y && (o.x > p.x || o.y < p.y));
  return points
    .filter((p) => !dominated(p))
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((p) => p.key);
}

export function tradeoff(docs: ResultDocument[], opts: TradeoffOptions): TradeoffData {
  const series = seriesOf(docs, opts);
  const measure = opts.measure ?? 'mean';
  const lane = opts.lane === undefined ? null : pickLane(lanesOf(docs, opts), opts.lane);
  const basePort = portOf(docs, opts, opts.baseline)!;
  const points: TradeoffPoint[] = [];
  const notComparable: TradeoffData['notComparable'] = [];
  docs.forEach((_, i) => {
    const port = portOf(docs, opts, i);
    const f = lane ? laneOf(port, lane.id)?.figures : port?.summary;
    if (!f) {
      notComparable.push({ series: series[i], reason: lane ? t('charts:pairing.noLane', { lane: lane.id }) : t('charts:pairing.noPort', { port: basePort.id }) });
      return;
    }
    if (f.interdictionRate.mean === null) {
      notComparable.push({ series: series[i], reason: t('charts:pairing.noContraband') });
      return;
    }
    if (f.wait[measure].mean === null) {
      notComparable.push({ series: series[i], reason: t('charts:pairing.nobodyServed') });
      return;
    }
    points.push({ series: series[i], interdiction: f.interdictionRate, wait: f.wait[measure], onFrontier: false });
  });
  const frontier = paretoFrontier(points.map((p) => ({ key: p.series.key, x: p.interdiction.mean!, y: p.wait.mean! })));
  for (const p of points) p.onFrontier = frontier.includes(p.series.key);
  return { measure, lane, portName: basePort.name, points, frontier, notComparable };
}
