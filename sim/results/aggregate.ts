// Summarises a figure tree across replications: every number becomes mean, sd and a 95 % Student-t interval clipped to the figure's natural range.

import { summarize, type NaturalBounds } from '../stats/replications.ts';
import type { Aggregated } from './document.ts';

/** The natural range of the figure at a path of keys in a figure tree (array indices included as strings). */
export type FigureBounds = (path: readonly string[]) => NaturalBounds;

/** Figures that are shares of something, in [0, 1]: the whole subtree under these keys. */
const SHARES = new Set(['interdictionRate', 'falsePositiveRate', 'hitRateByReason', 'waitOver']);
const NON_NEGATIVE: NaturalBounds = { lower: 0 };
const SHARE: NaturalBounds = { lower: 0, upper: 1 };

/**
 * The natural ranges of the result document's figures: every figure is a count, a time, a cost,
 * a load or a utilization, so none is negative; shares (interdiction, false-positive and hit
 * rates, P(wait > t)) lie in [0, 1]. Utilization is not capped at 1: vehicles finished past a
 * booth's closing count as busy time without open time.
 */
export const figureBounds: FigureBounds = (path) => (path.some((k) => SHARES.has(k)) ? SHARE : NON_NEGATIVE);

/** No bounds: for figures that may take any sign, such as differences between scenarios. */
export const unbounded: FigureBounds = () => ({});

/**
 * All runs must share one shape (they do: they come from the same scenario). Strings are kept
 * from the first run. Intervals are clipped to `bounds` (default `figureBounds`: non-negative,
 * shares in [0, 1]); pass `unbounded` for trees of differences.
 */
export function aggregate<T>(runs: readonly T[], bounds: FigureBounds = figureBounds): Aggregated<T> {
  return aggregateAt(runs, bounds, []);
}

function aggregateAt<T>(runs: readonly T[], bounds: FigureBounds, path: string[]): Aggregated<T> {
  const first = runs[0] as unknown;
  if (first === null || typeof first === 'number') {
    return summarize(runs as readonly unknown[] as readonly (number | null)[], 0.95, bounds(path)) as Aggregated<T>;
  }
  if (Array.isArray(first)) {
    return first.map((_, i) => aggregateAt(runs.map((r) => (r as unknown[])[i]), bounds, [...path, String(i)])) as Aggregated<T>;
  }
  if (typeof first === 'object') {
    // Keys include ids from the scenario (seizuresByType): built with fromEntries, which defines
    // own properties, so no key can reach the prototype, and read only through own keys.
    return Object.fromEntries(
      Object.keys(first as object).map((key) => [key, aggregateAt(runs.map((r) => (Object.hasOwn(r as object, key) ? (r as Record<string, unknown>)[key] : undefined)), bounds, [...path, key])]),
    ) as Aggregated<T>;
  }
  return first as Aggregated<T>;
}

/** Element-wise mean of number arrays of possibly different lengths (missing entries are skipped). */
export function meanSeries(series: readonly number[][]): number[] {
  const len = Math.max(0, ...series.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < len; i++) {
    let sum = 0;
    let n = 0;
    for (const s of series) {
      const v = s[i];
      if (v !== undefined && Number.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    out.push(n > 0 ? sum / n : 0);
  }
  return out;
}
