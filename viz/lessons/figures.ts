// Reads the figures lessons talk about from result documents, and writes them as sentences with their confidence intervals.

import { fixed, text } from './text.ts';
import type { Across, LaneResult, ResultDocument } from '../../sim/index.ts';

export function lane(doc: ResultDocument | undefined, id: string, port = 0): LaneResult | undefined {
  return doc?.ports[port]?.lanes.find((l) => l.id === id);
}

/** Mean across replications, or null (missing, not zero). */
export function mean(a: Across | undefined | null): number | null {
  return a ? a.mean : null;
}

export function meanWait(doc: ResultDocument | undefined, laneId: string): number | null {
  return mean(lane(doc, laneId)?.figures.wait.mean);
}

export function p95Wait(doc: ResultDocument | undefined, laneId: string): number | null {
  return mean(lane(doc, laneId)?.figures.wait.p95);
}

/** "1.07 min (95 % CI 1.00–1.14)", "1.07 min (one replication: no interval)", or "no data". */
export function withCi(a: Across | undefined | null, unit: string, digits = 1): string {
  if (!a || a.mean === null) return text('ui', 'noData');
  const v = `${fixed(a.mean, digits)}${unit ? ` ${unit}` : ''}`;
  if (a.ciLow === null || a.ciHigh === null) return text('ui', 'oneReplication', { value: v });
  return text('ui', 'ci', { value: v, low: fixed(a.ciLow, digits), high: fixed(a.ciHigh, digits) });
}

export function percent(a: Across | undefined | null, digits = 0): string {
  if (!a || a.mean === null) return text('ui', 'noData');
  const v = `${fixed(a.mean * 100, digits)} %`;
  if (a.ciLow === null || a.ciHigh === null) return v;
  return text('ui', 'percentCi', { value: v, low: fixed(a.ciLow * 100, digits), high: fixed(a.ciHigh * 100, digits) });
}

/** True when every listed value is a number and the predicate holds. */
export function known(...xs: (number | null | undefined)[]): boolean {
  return xs.every((x) => typeof x === 'number' && Number.isFinite(x));
}
