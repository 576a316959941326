// Normal CDF and quantile against published values and an independent reference implementation.
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../sim/random/index.ts';
import { gammaP, lnGamma, normalCdfRef } from './helpers.ts';

// Published values of Φ⁻¹(p) (R qnorm / scipy norm.ppf, 16 significant digits).
const QUANTILES: [p: number, x: number][] = [
  [0.5, 0],
  [0.975, 1.959963984540054],
  [0.025, -1.959963984540054],
  [0.95, 1.6448536269514722],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
  [0.8413447460685429, 1],
  [1e-10, -6.361340902404056],
  [1e-20, -9.262340089798408],
];

describe('normalQuantile', () => {
  it('matches published quantiles to 1e-12 relative (Acklam alone is only 1.15e-9)', () => {
    for (const [p, x] of QUANTILES) {
      expect(Math.abs(normalQuantile(p) - x)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(x)));
    }
  });

  // Φ's relative condition number is about max(1, x²): an x correct to the last bit
  // still moves Φ(x) by x²·ε in the tails, so round trips are held to 1e-14·max(1, x²).
  it('inverts normalCdf to 1e-14·max(1, x²) relative from p = 1e-300 to 0.99', () => {
    const check = (p: number) => {
      const x = normalQuantile(p);
      expect(Math.abs(normalCdf(x) - p) / p).toBeLessThan(1e-14 * Math.max(1, x * x));
    };
    for (let e = -300; e <= -1; e += 0.5) check(10 ** e);
    for (let p = 0.01; p < 1; p += 0.01) check(p);
    for (let e = -12; e <= -2; e++) {
      const q = 10 ** e;
      expect(Math.abs(normalQuantile(1 - q) + normalQuantile(1 - (1 - q)))).toBeLessThan(1e-12);
    }
  });

  it('is exactly antisymmetric and strictly increasing', () => {
    for (let p = 0.0005; p < 0.5; p += 0.001) {
      expect(normalQuantile(1 - p)).toBe(-normalQuantile(1 - (1 - p)));
    }
    let previous = Number.NEGATIVE_INFINITY;
    let violations = 0;
    for (let i = 1; i < 100_000; i++) {
      const x = normalQuantile(i / 100_000);
      if (!(x > previous)) violations++;
      previous = x;
    }
    expect(violations).toBe(0);
  });

  it('handles the ends of its domain', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(normalQuantile(0.5), 0)).toBe(true);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
    expect(Number.isFinite(normalQuantile(Number.MIN_VALUE))).toBe(true);
  });
});

describe('normalCdf', () => {
  it('matches published values to 1e-14 relative', () => {
    const known: [number, number][] = [
      [0, 0.5],
      [-1, 0.15865525393145707],
      [-2, 0.022750131948179195],
      [-3, 0.0013498980316300946],
      [-5, 2.866515718791939e-7],
      [-8, 6.220960574271785e-16],
      [1.96, 0.9750021048517795],
    ];
    for (const [x, p] of known) expect(Math.abs(normalCdf(x) - p) / p).toBeLessThan(1e-14);
  });

  // The reference evaluates exp(−x²/2) directly and so carries x²·ε itself; hence 1e-14·max(1, x²).
  it('agrees with the independent series/continued-fraction reference on [-37, 8] (1e-14·max(1, x²) relative)', () => {
    for (let x = -37; x <= 8; x += 0.01) {
      const ref = normalCdfRef(x);
      expect(Math.abs(normalCdf(x) - ref) / ref).toBeLessThan(1e-14 * Math.max(1, x * x));
    }
  });

  it('saturates in the far tails and propagates NaN', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});

describe('test helpers', () => {
  it('reference functions reproduce identities they are built to satisfy', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    for (const x of [0.1, 1, 3, 10, 40]) {
      expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14); // exponential
      expect(gammaP(0.5, x)).toBeCloseTo(2 * normalCdfRef(Math.sqrt(2 * x)) - 1, 14); // χ² with 1 dof
    }
    expect(normalCdfRef(-3)).toBeCloseTo(0.0013498980316300946, 16);
  });
});
