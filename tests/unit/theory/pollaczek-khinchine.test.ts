import { describe, it, expect } from 'vitest';
import { mg1, mgcApprox } from '../../../sim/theory/pollaczek-khinchine.ts';
import { mmc } from '../../../sim/theory/erlang.ts';
import { Tally } from '../../../sim/stats/tally.ts';
import { exponentials } from '../stats/prng.ts';

describe('mg1 (Pollaczek–Khinchine)', () => {
  it('hand-computed values: λ = 0.5, E[S] = 1', () => {
    // Wq = λE[S]²(1+scv)/(2(1−ρ)) = 0.5(1+scv)/1
    expect(mg1({ lambda: 0.5, meanService: 1, scv: 0 }).wq).toBeCloseTo(0.5, 14);
    expect(mg1({ lambda: 0.5, meanService: 1, scv: 1 }).wq).toBeCloseTo(1, 14);
    expect(mg1({ lambda: 0.5, meanService: 1, scv: 3 }).wq).toBeCloseTo(2, 14);
    const m = mg1({ lambda: 0.9, meanService: 1, scv: 1 });
    expect(m.wq).toBeCloseTo(9, 12);
    expect(m.lq).toBeCloseTo(8.1, 12);
  });

  it('scv = 1 is M/M/1 (equals mmc with c = 1)', () => {
    for (const lambda of [0.1, 0.5, 0.93]) {
      const { pWait: _pWait, ...exact } = mmc({ lambda, mu: 2, c: 1 });
      const pk = mg1({ lambda, meanService: 0.5, scv: 1 });
      for (const key of ['rho', 'wq', 'w', 'lq', 'l'] as const) expect(pk[key]).toBeCloseTo(exact[key], 12);
      expect(pk.stable).toBe(true);
    }
  });

  it('M/D/1 waits half as long as M/M/1', () => {
    const d = mg1({ lambda: 0.7, meanService: 1, scv: 0 });
    const e = mg1({ lambda: 0.7, meanService: 1, scv: 1 });
    expect(d.wq).toBeCloseTo(e.wq / 2, 14);
  });

  it("satisfies Little's law", () => {
    const m = mg1({ lambda: 0.02, meanService: 30, scv: 0.4 });
    expect(m.lq).toBeCloseTo(0.02 * m.wq, 14);
    expect(m.l).toBeCloseTo(0.02 * m.w, 14);
    expect(m.w).toBeCloseTo(m.wq + 30, 12);
  });

  it('flags instability', () => {
    expect(mg1({ lambda: 1, meanService: 1, scv: 0.5 })).toEqual({
      stable: false, rho: 1, wq: Infinity, w: Infinity, lq: Infinity, l: Infinity,
    });
    expect(() => mg1({ lambda: 0.5, meanService: 1, scv: -1 })).toThrow(RangeError);
  });

  it('matches Lindley-recursion simulations of M/D/1 and M/E2/1 at ρ = 0.7', () => {
    const lambda = 0.7;
    const customers = 1_000_000;
    const simulate = (service: () => number, seed: number): number => {
      const gap = exponentials(seed, 1 / lambda);
      const t = new Tally();
      let w = 0;
      let previousService = 0;
      for (let i = 0; i < customers; i++) {
        // W_n = max(0, W_{n−1} + S_{n−1} − A_n)
        w = Math.max(0, w + previousService - gap());
        previousService = service();
        if (i >= 10_000) t.add(w);
      }
      return t.mean;
    };
    const deterministic = simulate(() => 1, 31);
    expect(Math.abs(deterministic / mg1({ lambda, meanService: 1, scv: 0 }).wq - 1)).toBeLessThan(0.04);
    const half = exponentials(32, 0.5);
    const erlang2 = simulate(() => half() + half(), 33); // scv = 1/2
    expect(Math.abs(erlang2 / mg1({ lambda, meanService: 1, scv: 0.5 }).wq - 1)).toBeLessThan(0.04);
  });
});

describe('mgcApprox (Allen–Cunneen)', () => {
  it('is exact for M/M/c (scv = 1)', () => {
    for (const c of [1, 2, 5, 12]) {
      const a = mgcApprox({ lambda: 0.8 * c, meanService: 1, scv: 1, c });
      const e = mmc({ lambda: 0.8 * c, mu: 1, c });
      expect(a.wq).toBeCloseTo(e.wq, 12);
      expect(a.l).toBeCloseTo(e.l, 12);
    }
  });

  it('is exact for M/G/1 (c = 1)', () => {
    for (const scv of [0, 0.3, 2.5]) {
      expect(mgcApprox({ lambda: 0.6, meanService: 1.2, scv, c: 1 }).wq).toBeCloseTo(
        mg1({ lambda: 0.6, meanService: 1.2, scv }).wq,
        12,
      );
    }
  });

  it('scales the M/M/c wait by (ca² + cs²)/2', () => {
    const base = mmc({ lambda: 4, mu: 1 / 1.1, c: 5 }).wq;
    expect(mgcApprox({ lambda: 4, meanService: 1.1, scv: 0, c: 5 }).wq).toBeCloseTo(base / 2, 12);
    expect(mgcApprox({ lambda: 4, meanService: 1.1, scv: 0.5, c: 5, arrivalScv: 0.5 }).wq).toBeCloseTo(base / 2, 12);
    const m = mgcApprox({ lambda: 4, meanService: 1.1, scv: 0.25, c: 5 });
    expect(m.lq).toBeCloseTo(4 * m.wq, 12);
    expect(m.w).toBeCloseTo(m.wq + 1.1, 12);
    expect(mgcApprox({ lambda: 5, meanService: 1, scv: 0.25, c: 5 }).stable).toBe(false);
  });
});
