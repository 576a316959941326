// Summarises a figure tree across replications: every number becomes mean, sd and a 95 % Student-t interval.

import { summarize } from '../stats/replications.ts';
import type { Aggregated } from './document.ts';

/** All runs must share one shape (they do: they come from the same scenario). Strings are kept from the first run. */
export function aggregate<T>(runs: readonly T[]): Aggregated<T> {
  const first = runs[0] as unknown;
  if (first === null || typeof first === 'number') return summarize(runs as readonly unknown[] as readonly (number | null)[]) as Aggregated<T>;
  if (Array.isArray(first)) {
    return first.map((_, i) => aggregate(runs.map((r) => (r as unknown[])[i]))) as Aggregated<T>;
  }
  if (typeof first === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(first as object)) {
      out[key] = aggregate(runs.map((r) => (r as Record<string, unknown>)[key]));
    }
    return out as Aggregated<T>;
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
