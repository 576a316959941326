import { describe, it, expect } from 'vitest';
import { pairedDifference, replicationsNeeded, studentTQuantile, summarize } from '../../../sim/stats/replications.ts';
import { normals } from './prng.ts';

describe('summarize', () => {
  it('gives the textbook interval for 1..5', () => {
    const s = summarize([1, 2, 3, 4, 5]);
    expect(s.n).toBe(5);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(1.5811388300841898, 14);
    expect(s.halfWidth).toBeCloseTo(1.9632432, 6); // 2.776445105 · √2.5 / √5
    expect(s.ciLow).toBeCloseTo(3 - 1.9632432, 6);
    expect(s.ciHigh).toBeCloseTo(3 + 1.9632432, 6);
  });

  it('skips nulls and counts only the rest', () => {
    expect(summarize([null, 1, 2, null, 3, 4, 5])).toEqual(summarize([1, 2, 3, 4, 5]));
  });

  it('returns nulls where figures are undefined', () => {
    expect(summarize([])).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null, halfWidth: null });
    expect(summarize([null, 7])).toEqual({ n: 1, mean: 7, sd: null, ciLow: null, ciHigh: null, halfWidth: null });
  });

  it('treats NaN and Infinity as bugs', () => {
    expect(() => summarize([1, NaN, 2])).toThrow(RangeError);
    expect(() => summarize([1, Infinity])).toThrow(RangeError);
  });

  it('supports other confidence levels', () => {
    const s = summarize([1, 2, 3, 4, 5], 0.9);
    expect(s.halfWidth).toBeCloseTo((2.131846786 * Math.sqrt(2.5)) / Math.sqrt(5), 8);
  });

  it('95% intervals cover the true mean in 95% ± 1.5% of 2000 normal samples of size 10', () => {
    const z = normals(2024);
    const trueMean = 5;
    let covered = 0;
    let coveredWithZ = 0;
    const sets = 2000;
    for (let k = 0; k < sets; k++) {
      const xs = Array.from({ length: 10 }, () => trueMean + 2 * z());
      const s = summarize(xs);
      if (s.ciLow! <= trueMean && trueMean <= s.ciHigh!) covered++;
      // The same interval with the normal 1.96 instead of t(9): should under-cover (~92%).
      const hz = (1.959963985 * s.sd!) / Math.sqrt(10);
      if (Math.abs(s.mean! - trueMean) <= hz) coveredWithZ++;
    }
    expect(Math.abs(covered / sets - 0.95)).toBeLessThanOrEqual(0.015);
    expect(coveredWithZ / sets).toBeLessThan(0.94);
  });
});

describe('pairedDifference', () => {
  it('summarizes b − a pairwise and skips incomplete pairs', () => {
    const a = [10, 20, 30, null, 50];
    const b = [11, 23, 31, 99, null];
    const d = pairedDifference(a, b);
    expect(d).toEqual(summarize([1, 3, 1]));
    expect(() => pairedDifference([1], [1, 2])).toThrow(RangeError);
  });

  it('is much tighter than independent comparison under common random numbers', () => {
    const z = normals(5);
    const shared = Array.from({ length: 20 }, () => 100 + 20 * z());
    const a = shared;
    const b = shared.map((x) => x + 2 + 0.5 * z());
    expect(pairedDifference(a, b).halfWidth!).toBeLessThan(summarize(b).halfWidth! / 10);
    expect(Math.abs(pairedDifference(a, b).mean! - 2)).toBeLessThan(0.5);
  });
});

describe('replicationsNeeded', () => {
  it('applies ⌈(t·s/(r·|mean|))²⌉', () => {
    const xs = [1, 2, 3, 4, 5];
    const t = studentTQuantile(0.975, 4);
    expect(replicationsNeeded(xs, 0.1)).toBe(Math.ceil(((t * Math.sqrt(2.5)) / (0.1 * 3)) ** 2));
    expect(replicationsNeeded(xs, 0.1)).toBe(215);
  });

  it('is consistent with the half-width it aims for', () => {
    const z = normals(9);
    const xs = Array.from({ length: 30 }, () => 50 + 10 * z());
    const n = replicationsNeeded(xs, 0.01)!;
    const s = summarize(xs);
    const t = studentTQuantile(0.975, 29);
    expect((t * s.sd!) / Math.sqrt(n)).toBeLessThanOrEqual(0.01 * s.mean!);
    expect((t * s.sd!) / Math.sqrt(n - 1)).toBeGreaterThan(0.01 * s.mean!);
  });

  it('covers the degenerate cases', () => {
    expect(replicationsNeeded([3], 0.1)).toBeNull();
    expect(replicationsNeeded([3, 3, 3], 0.1)).toBe(2);
    expect(replicationsNeeded([-1, 1], 0.1)).toBe(Infinity);
    expect(replicationsNeeded([4, 5, 6], 1)).toBe(2); // (4.303/5)² < 1, floored at 2
    expect(() => replicationsNeeded([1, 2], 0)).toThrow(RangeError);
  });
});
