import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Tally } from '../../../sim/stats/tally.ts';
import { mulberry32, normals } from './prng.ts';

function twoPass(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const ss = xs.reduce((s, x) => s + (x - mean) ** 2, 0);
  return { mean, variance: ss / (xs.length - 1) };
}

function tallyOf(xs: readonly number[]): Tally {
  const t = new Tally();
  for (const x of xs) t.add(x);
  return t;
}

const close = (a: number, b: number, rel: number): boolean => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-300);

describe('Tally', () => {
  it('matches a two-pass computation on random data', () => {
    const z = normals(1);
    const xs = Array.from({ length: 10_000 }, () => 50 + 7 * z());
    const t = tallyOf(xs);
    const ref = twoPass(xs);
    expect(t.count).toBe(10_000);
    expect(t.mean).toBeCloseTo(ref.mean, 12);
    expect(close(t.variance, ref.variance, 1e-12)).toBe(true);
    expect(t.sd).toBeCloseTo(Math.sqrt(ref.variance), 12);
    expect(t.min).toBe(Math.min(...xs));
    expect(t.max).toBe(Math.max(...xs));
    expect(t.sum).toBeCloseTo(xs.reduce((s, x) => s + x, 0), 6);
  });

  it('stays accurate with a large offset, where the sum-of-squares shortcut collapses', () => {
    const u = mulberry32(2);
    const xs = Array.from({ length: 10_000 }, () => 1e9 + u());
    const ref = twoPass(xs);
    const t = tallyOf(xs);
    expect(close(t.variance, ref.variance, 1e-6)).toBe(true);
    // Demonstrates the test is sensitive: the textbook one-pass formula is badly wrong here.
    const n = xs.length;
    const s = xs.reduce((a, x) => a + x, 0);
    const s2 = xs.reduce((a, x) => a + x * x, 0);
    const naive = (s2 - (s * s) / n) / (n - 1);
    expect(close(naive, ref.variance, 1e-2)).toBe(false);
  });

  it('reports NaN for undefined figures and handles n = 1', () => {
    const t = new Tally();
    expect(Number.isNaN(t.mean)).toBe(true);
    expect(Number.isNaN(t.min)).toBe(true);
    expect(t.sum).toBe(0);
    t.add(4);
    expect(t.mean).toBe(4);
    expect(Number.isNaN(t.variance)).toBe(true);
    t.add(6);
    expect(t.variance).toBe(2);
  });

  it('rejects non-finite values', () => {
    const t = new Tally();
    expect(() => t.add(NaN)).toThrow(RangeError);
    expect(() => t.add(Infinity)).toThrow(RangeError);
    expect(t.count).toBe(0);
  });

  it('merge equals adding everything to one tally (property)', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.array(value, { maxLength: 60 }), (a, b) => {
        const merged = tallyOf(a);
        merged.merge(tallyOf(b));
        const all = tallyOf([...a, ...b]);
        expect(merged.count).toBe(all.count);
        if (all.count === 0) return;
        const scale = Math.max(1, ...[...a, ...b].map(Math.abs));
        expect(Math.abs(merged.mean - all.mean)).toBeLessThanOrEqual(1e-9 * scale);
        expect(merged.min).toBe(all.min);
        expect(merged.max).toBe(all.max);
        if (all.count >= 2) {
          expect(Math.abs(merged.variance - all.variance)).toBeLessThanOrEqual(1e-9 * scale * scale);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('merging into or from an empty tally copies', () => {
    const a = tallyOf([1, 2, 3]);
    const e = new Tally();
    e.merge(a);
    expect(e.toJSON()).toEqual(a.toJSON());
    a.merge(new Tally());
    expect(a.toJSON()).toEqual(e.toJSON());
  });

  it('round-trips through JSON and keeps accumulating identically', () => {
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    const t = tallyOf(xs);
    const back = Tally.fromJSON(JSON.parse(JSON.stringify(t)));
    expect(back.toJSON()).toEqual(t.toJSON());
    back.add(5);
    t.add(5);
    expect(back.toJSON()).toEqual(t.toJSON());
    const empty = Tally.fromJSON(JSON.parse(JSON.stringify(new Tally())));
    expect(empty.count).toBe(0);
    empty.add(-2);
    expect(empty.min).toBe(-2);
    expect(empty.max).toBe(-2);
  });

  it('rejects inconsistent JSON', () => {
    expect(() => Tally.fromJSON({ count: 0, mean: 0, m2: 0, sum: 0, min: 1, max: 1 })).toThrow();
    expect(() => Tally.fromJSON({ count: 2, mean: 0, m2: -1, sum: 0, min: 0, max: 0 })).toThrow();
    expect(() => Tally.fromJSON({ count: 2, mean: 0, m2: 0, sum: 0, min: 3, max: 1 })).toThrow();
  });

  it('reset empties the tally', () => {
    const t = tallyOf([1, 2, 3]);
    t.reset();
    expect(t.toJSON()).toEqual(new Tally().toJSON());
  });
});
