import { describe, it, expect } from 'vitest';
import { erlangB, erlangC, mmc, mmcWaitQuantile, mmcWaitTail } from '../../../sim/theory/erlang.ts';
import { WaitStats } from '../../../sim/stats/observations.ts';
import { exponentials } from '../stats/prng.ts';

/** Textbook Erlang C from factorials, independent of the recursion under test (fine for c ≤ 150). */
function erlangCDirect(c: number, a: number): number {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = (term * c) / (c - a);
  return top / (sum + top);
}

function erlangBDirect(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= c; k++) {
    term *= a / k;
    sum += term;
  }
  return term / sum;
}

describe('Erlang B and C', () => {
  it('M/M/3 with a = 2.4 waits with probability 11.52/17.8 ≈ 0.6472', () => {
    expect(erlangC(3, 2.4)).toBeCloseTo(11.52 / 17.8, 14);
    expect(erlangC(3, 2.4)).toBeCloseTo(0.6472, 4);
  });

  it('agrees with the factorial formulas over a grid of c and load', () => {
    for (let c = 1; c <= 60; c += c < 10 ? 1 : 7) {
      for (const rho of [0.01, 0.3, 0.5, 0.8, 0.95, 0.999]) {
        const a = rho * c;
        expect(erlangC(c, a)).toBeCloseTo(erlangCDirect(c, a), 12);
        expect(erlangB(c, a)).toBeCloseTo(erlangBDirect(c, a), 12);
      }
    }
  });

  it('stays finite and sensible for very many servers', () => {
    // Log-space reference: factorials overflow long before c = 1000.
    const c = 1000;
    const a = 950;
    const logTerms = Array.from({ length: c }, (_, k) => k * Math.log(a) - lgammaInt(k + 1));
    const logTop = c * Math.log(a) - lgammaInt(c + 1) + Math.log(c / (c - a));
    const m = Math.max(logTop, ...logTerms);
    const sum = logTerms.reduce((s, l) => s + Math.exp(l - m), 0);
    const reference = Math.exp(logTop - m) / (sum + Math.exp(logTop - m));
    expect(erlangC(c, a)).toBeCloseTo(reference, 10);
  });

  it('is 1 at or beyond saturation and 0 with no load', () => {
    expect(erlangC(4, 4)).toBe(1);
    expect(erlangC(4, 7)).toBe(1);
    expect(erlangC(4, 0)).toBe(0);
    expect(() => erlangC(2.5, 1)).toThrow(RangeError);
    expect(() => erlangC(0, 1)).toThrow(RangeError);
  });
});

function lgammaInt(n: number): number {
  let s = 0;
  for (let k = 2; k < n; k++) s += Math.log(k);
  return s;
}

describe('mmc', () => {
  it('M/M/1 with λ = 0.9, μ = 1: Wq = 9, Lq = 8.1, W = 10, L = 9', () => {
    const m = mmc({ lambda: 0.9, mu: 1, c: 1 });
    expect(m.stable).toBe(true);
    expect(m.rho).toBeCloseTo(0.9, 15);
    expect(m.pWait).toBeCloseTo(0.9, 14);
    expect(m.wq).toBeCloseTo(9, 12);
    expect(m.lq).toBeCloseTo(8.1, 12);
    expect(m.w).toBeCloseTo(10, 12);
    expect(m.l).toBeCloseTo(9, 12);
  });

  it('M/M/3 with λ = 2.4, μ = 1: Wq = C/(cμ − λ)', () => {
    const m = mmc({ lambda: 2.4, mu: 1, c: 3 });
    const C = 11.52 / 17.8;
    expect(m.rho).toBeCloseTo(0.8, 15);
    expect(m.wq).toBeCloseTo(C / 0.6, 12);
    expect(m.lq).toBeCloseTo((2.4 * C) / 0.6, 12);
  });

  it('is unit-agnostic: scaling time rescales waits', () => {
    const perSecond = mmc({ lambda: 2.4 / 60, mu: 1 / 60, c: 3 });
    const perMinute = mmc({ lambda: 2.4, mu: 1, c: 3 });
    expect(perSecond.wq).toBeCloseTo(60 * perMinute.wq, 9);
    expect(perSecond.lq).toBeCloseTo(perMinute.lq, 12);
  });

  it("satisfies Little's law and L = Lq + λ/μ", () => {
    for (const [lambda, mu, c] of [[0.5, 1, 1], [7, 0.9, 9], [40, 0.5, 85], [0, 2, 3]]) {
      const m = mmc({ lambda, mu, c });
      expect(m.lq).toBeCloseTo(lambda * m.wq, 12);
      expect(m.l).toBeCloseTo(lambda * m.w, 12);
      expect(m.w).toBeCloseTo(m.wq + 1 / mu, 12);
      expect(m.l).toBeCloseTo(m.lq + lambda / mu, 10);
    }
  });

  it('flags unstable systems with infinite waits', () => {
    const m = mmc({ lambda: 3, mu: 1, c: 3 });
    expect(m).toEqual({ stable: false, rho: 1, pWait: 1, wq: Infinity, w: Infinity, lq: Infinity, l: Infinity });
    expect(mmc({ lambda: 5, mu: 1, c: 3 }).stable).toBe(false);
    expect(mmcWaitTail({ lambda: 5, mu: 1, c: 3 }, 100)).toBe(1);
    expect(mmcWaitQuantile({ lambda: 5, mu: 1, c: 3 }, 0.5)).toBe(Infinity);
  });
});

describe('M/M/c waiting-time distribution', () => {
  const params = { lambda: 2.4, mu: 1, c: 3 };

  it('tail starts at C, decays at rate cμ − λ and integrates to Wq', () => {
    const C = erlangC(3, 2.4);
    expect(mmcWaitTail(params, 0)).toBeCloseTo(C, 14);
    expect(mmcWaitTail(params, 2)).toBeCloseTo(C * Math.exp(-0.6 * 2), 14);
    expect(mmcWaitTail(params, -1)).toBe(1);
    // E[Wq] = ∫₀^∞ P(Wq > t) dt, by the trapezoid rule.
    const h = 0.001;
    let integral = 0;
    for (let t = 0; t < 80; t += h) integral += ((mmcWaitTail(params, t) + mmcWaitTail(params, t + h)) / 2) * h;
    expect(integral).toBeCloseTo(mmc(params).wq, 6);
  });

  it('quantile inverts the tail', () => {
    const C = erlangC(3, 2.4);
    expect(mmcWaitQuantile(params, 1 - C - 0.01)).toBe(0);
    for (const p of [0.5, 0.9, 0.99]) {
      expect(1 - mmcWaitTail(params, mmcWaitQuantile(params, p))).toBeCloseTo(p, 12);
    }
  });

  it('matches a FCFS simulation of M/M/3 at ρ = 0.7 (mean, P(wait), p90)', () => {
    const lambda = 2.1;
    const p = { lambda, mu: 1, c: 3 };
    const gap = exponentials(101, 1 / lambda);
    const service = exponentials(202, 1);
    const free = [0, 0, 0];
    const waits = new WaitStats();
    let now = 0;
    let delayed = 0;
    const customers = 1_000_000;
    for (let i = 0; i < customers; i++) {
      now += gap();
      let k = 0;
      if (free[1] < free[k]) k = 1;
      if (free[2] < free[k]) k = 2;
      const start = Math.max(now, free[k]);
      const wait = start - now;
      if (wait > 0) delayed++;
      free[k] = start + service();
      if (i >= 10_000) waits.add(wait);
    }
    const theory = mmc(p);
    expect(Math.abs(waits.tally.mean / theory.wq - 1)).toBeLessThan(0.04);
    expect(Math.abs(delayed / customers - theory.pWait)).toBeLessThan(0.01);
    expect(Math.abs(waits.quantile(0.9) / mmcWaitQuantile(p, 0.9) - 1)).toBeLessThan(0.04);
  });
});
