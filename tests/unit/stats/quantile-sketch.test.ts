import { describe, it, expect } from 'vitest';
import { QuantileSketch } from '../../../sim/stats/quantile-sketch.ts';
import { mulberry32, normals } from './prng.ts';

const QS = Array.from({ length: 1001 }, (_, i) => i / 1000);
// Only floating rounding of log/exp may push an estimate past α; this is many orders below α.
const ROUNDING = 1e-12;

function sketchOf(xs: readonly number[], alpha?: number): QuantileSketch {
  const s = new QuantileSketch(alpha === undefined ? {} : { alpha });
  for (const x of xs) s.add(x);
  return s;
}

/** Largest |estimate − exact|/exact over QS, with exact = sorted[⌊q(n−1)⌋]; zeros must be exact. */
function worstRelativeError(s: QuantileSketch, sorted: Float64Array): number {
  let worst = 0;
  for (const q of QS) {
    const exact = sorted[Math.floor(q * (sorted.length - 1))];
    const est = s.quantile(q);
    const err = exact === 0 ? (est === 0 ? 0 : Infinity) : Math.abs(est - exact) / exact;
    if (err > worst) worst = err;
  }
  return worst;
}

function lognormal(n: number, seed: number): number[] {
  const z = normals(seed);
  return Array.from({ length: n }, () => Math.exp(4 + 1.5 * z()));
}

/** 40% exact zeros (no queue), the rest exponential with mean 300. */
function manyZeros(n: number, seed: number): number[] {
  const u = mulberry32(seed);
  return Array.from({ length: n }, () => (u() < 0.4 ? 0 : -300 * Math.log(1 - u())));
}

describe('QuantileSketch', () => {
  it('keeps every quantile of 100k lognormal values within relative error α', () => {
    const xs = lognormal(100_000, 7);
    const sorted = Float64Array.from(xs).sort();
    const s = sketchOf(xs);
    const worst = worstRelativeError(s, sorted);
    expect(worst).toBeLessThanOrEqual(0.005 + ROUNDING);
    // Sanity: the bound is nearly attained, i.e. the test is not vacuous.
    expect(worst).toBeGreaterThan(0.003);
  });

  it('honours a coarser α and would catch a representative at the bucket edge', () => {
    const xs = lognormal(100_000, 8);
    const sorted = Float64Array.from(xs).sort();
    const worst = worstRelativeError(sketchOf(xs, 0.02), sorted);
    expect(worst).toBeLessThanOrEqual(0.02 + ROUNDING);
    expect(worst).toBeGreaterThan(0.005);
  });

  it('handles data with many exact zeros', () => {
    const xs = manyZeros(100_000, 9);
    const sorted = Float64Array.from(xs).sort();
    const s = sketchOf(xs);
    expect(s.zeroCount).toBe(xs.filter((x) => x === 0).length);
    expect(worstRelativeError(s, sorted)).toBeLessThanOrEqual(0.005 + ROUNDING);
    expect(s.quantile(0.3)).toBe(0);
    expect(s.quantile(0.5)).toBeGreaterThan(0);
  });

  it('returns exact min and max at q = 0 and q = 1', () => {
    const xs = lognormal(1000, 10);
    const s = sketchOf(xs);
    expect(s.quantile(0)).toBe(Math.min(...xs));
    expect(s.quantile(1)).toBe(Math.max(...xs));
    expect(s.min).toBe(Math.min(...xs));
    expect(s.max).toBe(Math.max(...xs));
  });

  it('is exact for a single repeated value and clamps to the observed range', () => {
    const s = sketchOf([42, 42, 42, 42, 42]);
    for (const q of [0, 0.25, 0.5, 0.75, 1]) expect(s.quantile(q)).toBe(42);
  });

  it('merging sketches equals one sketch of all the data', () => {
    const xs = manyZeros(30_000, 11).concat(lognormal(30_000, 12));
    const whole = sketchOf(xs);
    const parts = [sketchOf(xs.slice(0, 10_000)), sketchOf(xs.slice(10_000, 45_000)), sketchOf(xs.slice(45_000))];
    const merged = new QuantileSketch();
    for (const p of parts) merged.merge(p);
    expect(merged.toJSON()).toEqual(whole.toJSON());
    for (const q of QS) expect(merged.quantile(q)).toBe(whole.quantile(q));
  });

  it('refuses to merge sketches with different parameters', () => {
    expect(() => new QuantileSketch().merge(new QuantileSketch({ alpha: 0.01 }))).toThrow();
  });

  it('round-trips through JSON compactly and deterministically', () => {
    const xs = manyZeros(5000, 13);
    const s = sketchOf(xs);
    const text = JSON.stringify(s);
    const back = QuantileSketch.fromJSON(JSON.parse(text));
    expect(JSON.stringify(back)).toBe(text);
    for (const q of QS) expect(back.quantile(q)).toBe(s.quantile(q));
    const json = s.toJSON();
    expect(json.keys.length).toBe(json.counts.length);
    expect(json.counts.every((c) => c > 0)).toBe(true);
    expect(json.keys.length).toBeLessThan(QuantileSketch.bucketCount() / 2);
    // Same data in a different order gives the same JSON.
    expect(JSON.stringify(sketchOf([...xs].reverse()))).toBe(text);
    // Restored sketches keep working.
    back.add(1);
    s.add(1);
    expect(back.toJSON()).toEqual(s.toJSON());
    const empty = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(new QuantileSketch())));
    expect(empty.count).toBe(0);
    expect(Number.isNaN(empty.quantile(0.5))).toBe(true);
  });

  it('rejects corrupted JSON', () => {
    const json = sketchOf([1, 2, 3, 0]).toJSON();
    expect(() => QuantileSketch.fromJSON({ ...json, count: 5 })).toThrow();
    expect(() => QuantileSketch.fromJSON({ ...json, keys: [...json.keys].reverse() })).toThrow();
    expect(() => QuantileSketch.fromJSON({ ...json, keys: json.keys.map((k) => k + 1e6) })).toThrow();
    expect(() => QuantileSketch.fromJSON({ ...json, min: null })).toThrow();
  });

  it('cdf brackets the empirical CDF: F(x) ≤ cdf(x) ≤ F(γx)', () => {
    const xs = manyZeros(20_000, 14);
    const sorted = Float64Array.from(xs).sort();
    const s = sketchOf(xs);
    const ecdf = (x: number): number => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo / sorted.length;
    };
    expect(s.cdf(-1)).toBe(0);
    expect(s.cdf(s.max)).toBe(1);
    expect(s.cdf(0)).toBeCloseTo(ecdf(0), 15);
    for (let x = 0.5; x < 5000; x *= 1.1) {
      const c = s.cdf(x);
      expect(c).toBeGreaterThanOrEqual(ecdf(x));
      expect(c).toBeLessThanOrEqual(ecdf(s.gamma * x));
    }
  });

  it('throws on negative, NaN and out-of-range values', () => {
    const s = new QuantileSketch();
    expect(() => s.add(-1e-12)).toThrow(RangeError);
    expect(() => s.add(NaN)).toThrow(RangeError);
    expect(() => s.add(Infinity)).toThrow(RangeError);
    expect(() => s.add(2e9)).toThrow(RangeError);
    expect(() => s.quantile(1.5)).toThrow(RangeError);
    expect(s.count).toBe(0);
    s.add(1e9);
    s.add(1e-9);
    expect(s.quantile(1)).toBe(1e9);
    expect(s.zeroCount).toBe(1);
  });

  it('uses fixed memory: 4146 float64 buckets with the defaults', () => {
    const s = new QuantileSketch();
    expect(QuantileSketch.bucketCount()).toBe(4146);
    expect(s.memoryBytes).toBe(4146 * 8);
    for (const x of lognormal(10_000, 15)) s.add(x);
    expect(s.memoryBytes).toBe(4146 * 8);
  });
});
