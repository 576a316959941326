// The points of an experiment's design: every combination, listed points, or a Latin hypercube sample.

import type { Experiment } from './schema.ts';

/**
 * A small seeded generator (SplitMix32) for the Latin hypercube: the design must come out the
 * same wherever it is expanded (the command, each worker thread, a shard on another machine),
 * and it is not a simulation stream, so it stays apart from the simulation's random numbers.
 */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 2 ** 32;
  };
}

/** Name of a factor in results and in listed points: its `name`, else its path. */
export function factorName(f: Experiment['factors'][number]): string {
  return f.name ?? f.path;
}

/**
 * The design's points, each the list of factor values in factor order. Assumes the checks of
 * `load.ts` passed (values given where the design needs them).
 *
 * Full factorial: the first factor varies slowest. Latin hypercube: each factor's range is cut
 * into `samples` equal strata and every stratum is drawn exactly once, in an order shuffled
 * independently per factor; a factor given as `values` is stratified over its list. With
 * `integer: true` the range [min, max] is treated as [min, max + 1) and floored, so every whole
 * number in it is equally likely.
 */
export function designPoints(e: Experiment): unknown[][] {
  const d = e.design;
  if (d.kind === 'full-factorial') {
    let points: unknown[][] = [[]];
    for (const f of e.factors) {
      const next: unknown[][] = [];
      for (const p of points) for (const v of f.values ?? []) next.push([...p, v]);
      points = next;
    }
    return points;
  }
  if (d.kind === 'points') return d.points.map((p) => e.factors.map((f) => (Object.hasOwn(p, factorName(f)) ? p[factorName(f)] : undefined)));
  const n = d.samples;
  const next = splitmix32(d.seed);
  const columns = e.factors.map((f) => {
    // Fisher–Yates shuffle of the strata.
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order.map((stratum) => {
      const u = (stratum + next()) / n; // in stratum's slice of [0, 1)
      if (f.values) return f.values[Math.min(f.values.length - 1, Math.floor(u * f.values.length))];
      const min = f.min!;
      const max = f.max!;
      if (f.integer) return Math.min(max, Math.floor(min + u * (max - min + 1)));
      return min + u * (max - min);
    });
  });
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i]));
}
