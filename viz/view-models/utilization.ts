// Booth utilization per lane group and scenario, with warnings where the line has no steady state.
import { t } from '../i18n/index.ts';
import { formatFixed } from '../i18n/number.ts';
import { laneInLineAtEnd } from './in-line.ts';
import { summarize, type Across, type GrowingLine, type PortResult, type ResultDocument, type UnstableLaneHour } from '../../sim/index.ts';
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
  /** True when the line grew from day to day (the document's stability; guessed from the timeline only for a document without it). */
  growing: boolean;
  /** Clock hours whose mean offered load ρ was at or above 1 (the document's stability), with ρ. */
  unstableHours: UnstableLaneHour[];
  /** The document's growing line for this lane group, or null. */
  growingLine: GrowingLine | null;
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

/**
 * Whether the document's growing-line test could run: it needs two complete 24-hour blocks after
 * the warm-up. Shorter runs fall back to reading the timeline.
 */
export function growthTested(doc: ResultDocument, port: PortResult): boolean {
  return port.stability !== undefined && Math.floor((doc.scenario.horizonHours - doc.scenario.warmupHours) / 24) >= 2;
}

/** The lane group's entries in the port's stability report (empty when the document has none). */
export function laneStability(port: PortResult, laneId: string): { unstableHours: UnstableLaneHour[]; growingLine: GrowingLine | null } {
  const st = port.stability;
  return {
    unstableHours: (st?.unstableLaneHours ?? []).filter((u) => u.lane === laneId).sort((a, b) => a.hour - b.hour),
    growingLine: st?.growingLines.find((g) => g.lane === laneId) ?? null,
  };
}

/** "ρ ≥ 1 at 16:00–19:00 (peak ρ = 1.24)", or null when no hour is unstable. */
export function unstableHoursText(hours: readonly UnstableLaneHour[]): string | null {
  if (hours.length === 0) return null;
  const rhos = hours.flatMap((u) => (u.rho === null ? [] : [u.rho]));
  const closed = hours.some((u) => u.rho === null);
  const peak = rhos.length ? t('charts:warn.peak', { rho: formatFixed(Math.max(...rhos), 2) }) : '';
  return t('charts:warn.rho', { hours: hourRanges(hours.map((u) => u.hour)), peak, closed: closed ? t('charts:warn.closed') : '' });
}

/** "line grew every day: 3.1 → 9.8 vehicles on average". */
export function growingLineText(g: GrowingLine): string {
  const first = g.perDay[0];
  const last = g.perDay[g.perDay.length - 1];
  const f = (x: number | undefined) => (x === undefined ? '—' : formatFixed(x, 1).replace(/\u202f/g, ''));
  return t('charts:warn.growing', { first: f(first), last: f(last), days: g.perDay.length });
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
      const { unstableHours, growingLine } = laneStability(port, lane.id);
      // The engine's own test of day-to-day growth; the timeline guess only for a document without one.
      const growing = growthTested(docs[i], port)
        ? growingLine !== null
        : lineStillGrowing(meanOfSeries(runs.map((r) => r.timeline.queueLength)), docs[i].scenario.warmupHours, l.capacity.openBooths.mean ?? 1);
      const saturatedHours = l.byHour.flatMap((h, hour) => ((h.capacity.utilization.mean ?? 0) >= SATURATED ? [hour] : []));
      const u = l.capacity.utilization.mean;
      const warnings: string[] = [];
      if (growingLine) warnings.push(t('charts:warn.unstable', { what: growingLineText(growingLine) }));
      else if (growing) warnings.push(t('charts:warn.stillGrowing'));
      const rhoText = unstableHoursText(unstableHours);
      if (rhoText) warnings.push(rhoText);
      if (u !== null && u >= SATURATED) warnings.push(t('charts:warn.saturated', { pct: Math.round(SATURATED * 100) }));
      else if (saturatedHours.length > 0) warnings.push(t('charts:warn.saturatedAt', { hours: hourRanges(saturatedHours) }));
      bars.push({
        series: series[i],
        utilization: l.capacity.utilization,
        openBooths: l.capacity.openBooths,
        inQueueAtEnd: laneInLineAtEnd(l),
        saturatedHours,
        growing,
        unstableHours,
        growingLine,
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
