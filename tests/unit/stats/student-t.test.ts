import { describe, it, expect } from 'vitest';
import { studentTCdf, studentTQuantile } from '../../../sim/stats/student-t.ts';
import { logGamma, logBeta, regularizedIncompleteBeta } from '../../../sim/stats/special-functions.ts';

describe('special functions', () => {
  it('logGamma matches factorials and Γ(½) = √π', () => {
    let fact = 1;
    for (let n = 1; n <= 30; n++) {
      expect(logGamma(n + 1)).toBeCloseTo(Math.log((fact *= n)), 11);
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 13);
  });

  it('logBeta stays accurate for huge arguments', () => {
    // B(a, ½) ~ √(π/a) as a → ∞, with relative correction (1 + 1/(8a)).
    const a = 5e7;
    expect(logBeta(a, 0.5)).toBeCloseTo(0.5 * Math.log(Math.PI / a) + Math.log1p(1 / (8 * a)), 12);
    expect(logBeta(3, 4)).toBeCloseTo(Math.log(1 / 60), 14);
  });

  it('regularized incomplete beta satisfies closed forms', () => {
    for (const x of [0.01, 0.2, 0.5, 0.77, 0.99]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularizedIncompleteBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 14);
      expect(regularizedIncompleteBeta(x, 1, 2.5)).toBeCloseTo(1 - (1 - x) ** 2.5, 14);
      expect(regularizedIncompleteBeta(x, 2.2, 7) + regularizedIncompleteBeta(1 - x, 7, 2.2)).toBeCloseTo(1, 14);
    }
    for (const a of [0.5, 3, 40, 1000]) expect(regularizedIncompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 13);
  });
});

describe('studentTCdf', () => {
  it('matches closed forms for df = 1, 2, 3', () => {
    for (const t of [-30, -4, -1.3, -0.2, 0, 0.01, 0.7, 2, 9, 1e4]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
      const s = t / Math.sqrt(3);
      expect(studentTCdf(t, 3)).toBeCloseTo(0.5 + (s / (1 + s * s) + Math.atan(s)) / Math.PI, 14);
    }
  });

  it('approaches the normal distribution for large df', () => {
    expect(studentTCdf(1.959963984540054, 1e9)).toBeCloseTo(0.975, 8);
  });
});

describe('studentTQuantile', () => {
  it('reproduces table values to 1e-8', () => {
    const table: [number, number][] = [
      [1, 12.706204736],
      [2, 4.30265273],
      [4, 2.776445105],
      [9, 2.262157163],
      [29, 2.045229642],
      [1000, 1.962339081],
    ];
    for (const [df, t] of table) {
      expect(Math.abs(studentTQuantile(0.975, df) - t)).toBeLessThan(1e-8);
      expect(Math.abs(studentTQuantile(0.025, df) + t)).toBeLessThan(1e-8);
    }
    expect(studentTQuantile(0.995, 9)).toBeCloseTo(3.249835541592, 9);
    expect(studentTQuantile(0.95, 30)).toBeCloseTo(1.697260886500, 9);
  });

  it('matches the exact inverses for df = 1 and 2 from the far tails to the centre', () => {
    for (const p of [1e-200, 1e-30, 1e-9, 1e-4, 0.01, 0.2, 0.4999, 0.6, 0.9, 0.99999]) {
      const cauchy = p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
      expect(Math.abs(studentTQuantile(p, 1) - cauchy)).toBeLessThanOrEqual(1e-11 * Math.abs(cauchy));
      if (p > 1e-100) {
        const two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
        expect(Math.abs(studentTQuantile(p, 2) - two)).toBeLessThanOrEqual(1e-11 * Math.abs(two));
      }
    }
  });

  it('inverts the CDF for fractional and huge df', () => {
    for (const df of [0.7, 1.5, 3, 6.5, 17, 120, 1e4, 1e7]) {
      for (const p of [1e-12, 1e-6, 0.001, 0.05, 0.3, 0.5, 0.7, 0.975, 0.999999]) {
        const t = studentTQuantile(p, df);
        const tail = Math.min(p, 1 - p);
        const back = p < 0.5 ? studentTCdf(t, df) : 1 - studentTCdf(t, df);
        expect(Math.abs(back - tail) / tail).toBeLessThan(1e-9);
      }
    }
  });

  it('handles the edges and rejects bad input', () => {
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(1.1, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, Infinity)).toThrow(RangeError);
  });
});
