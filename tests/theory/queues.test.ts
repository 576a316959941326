// The kernel against queueing theory: M/M/c (Erlang C), M/D/1 and M/G/1 (Pollaczek–Khinchine), Little's law, conservation, determinism.
//
// How the tolerances are set. Each case runs R = 10 independent replications (separate
// random streams) of N customers after a warm-up, and compares the across-replication
// mean with the closed form twice:
//   - statistically: |mean − theory| ≤ 4 standard errors of the replication mean
//     (two-sided p ≈ 0.003 under Student t with 9 df), so an unbiased engine passes;
//   - in precision: the relative error must also be under a stated bound (3–6 %), so a
//     wide interval cannot hide a biased engine.
// Tried once to see them fail: serving the line LIFO (means are invariant to the order,
// as theory says, but the p90/p95 tail test fails); granting one server too many (8
// tests fail); a heap whose sift-down ignores the right child (10 fail).

import { describe, it, expect } from 'vitest';
import { runStation, type StationResult } from '../../sim/models/station.ts';
import { RandomStreams } from '../../sim/random/index.ts';
import { compileDistribution as compile } from '../../sim/compile/distribution.ts';
import type { Distribution } from '../../scenarios/distribution.ts';
import { summarize } from '../../sim/stats/index.ts';
import { mmc, mg1, mmcWaitQuantile } from '../../sim/theory/index.ts';

const R = 10;

function replicate(
  servers: number,
  interarrival: Distribution,
  service: Distribution,
  customers: number,
  warmup: number,
  style: 'callback' | 'process' = 'callback',
  seed = 7,
): StationResult[] {
  const out: StationResult[] = [];
  for (let r = 0; r < R; r++) {
    const s = new RandomStreams(seed, r);
    out.push(
      runStation({
        servers,
        interarrival: compile(interarrival),
        service: compile(service),
        arrivalRng: s.stream('arrivals'),
        serviceRng: s.stream('service'),
        customers,
        warmup,
        style,
      }),
    );
  }
  return out;
}

function expectClose(values: number[], theory: number, relTol: number, what: string): void {
  const s = summarize(values);
  const se = s.sd! / Math.sqrt(s.n);
  const rel = Math.abs(s.mean! - theory) / theory;
  const z = Math.abs(s.mean! - theory) / se;
  const detail = `${what}: simulated ${s.mean!.toFixed(4)} (95% CI ${s.ciLow!.toFixed(4)}–${s.ciHigh!.toFixed(4)}), theory ${theory.toFixed(4)}, rel.err ${(rel * 100).toFixed(2)} %, z ${z.toFixed(2)}`;
  expect(z, detail).toBeLessThan(4);
  expect(rel, detail).toBeLessThan(relTol);
}

describe('M/M/c against Erlang C', () => {
  const cases: Array<[number, number, number]> = [
    // [servers, ρ, customers per replication]: more customers where the wait is noisier.
    [1, 0.5, 100_000],
    [1, 0.8, 200_000],
    [1, 0.9, 400_000],
    [3, 0.5, 100_000],
    [3, 0.8, 200_000],
    [3, 0.9, 300_000],
    [10, 0.5, 100_000],
    [10, 0.8, 150_000],
    [10, 0.9, 300_000],
  ];
  for (const [c, rho, n] of cases) {
    it(`c = ${c}, ρ = ${rho}: mean wait, queue length, P(wait), utilization`, () => {
      const mu = 1;
      const lambda = rho * c * mu;
      const theory = mmc({ lambda, mu, c });
      const runs = replicate(c, { kind: 'exponential', mean: 1 / lambda }, { kind: 'exponential', mean: 1 / mu }, n, 2000 / lambda);
      const relTol = rho >= 0.9 ? 0.06 : 0.04;
      expectClose(runs.map((r) => r.wait.mean!), theory.wq, relTol, 'Wq');
      expectClose(runs.map((r) => r.meanQueueLength), theory.lq, relTol, 'Lq');
      // Utilization converges fast: ±1 % absolute.
      const util = summarize(runs.map((r) => r.utilization)).mean!;
      expect(Math.abs(util - rho), `utilization ${util} vs ρ ${rho}`).toBeLessThan(0.01);
    });
  }

  it('the wait distribution follows the M/M/c tail (p90, p95) and P(wait > 0) = C(c, a)', () => {
    const c = 3, mu = 1, lambda = 2.4;
    const runs = replicate(c, { kind: 'exponential', mean: 1 / lambda }, { kind: 'exponential', mean: 1 }, 200_000, 1000);
    for (const q of [0.9, 0.95] as const) {
      const key = q === 0.9 ? 'p90' : 'p95';
      const theory = mmcWaitQuantile({ lambda, mu, c }, q);
      // The sketch adds at most 0.5 % relative error on top of sampling noise.
      expectClose(runs.map((r) => r.wait[key]!), theory, 0.04, key);
    }
    // P(wait > 0) = C(3, 2.4) ≈ 0.6472.
    expectClose(runs.map((r) => r.pWait), mmc({ lambda, mu, c }).pWait, 0.02, 'P(wait > 0)');
  });
});

describe('M/G/1 against Pollaczek–Khinchine', () => {
  it('M/D/1 at ρ = 0.8: Wq = ρ·s / (2(1 − ρ))', () => {
    const lambda = 0.8;
    const theory = mg1({ lambda, meanService: 1, scv: 0 });
    const runs = replicate(1, { kind: 'exponential', mean: 1 / lambda }, { kind: 'deterministic', value: 1 }, 200_000, 2000);
    expectClose(runs.map((r) => r.wait.mean!), theory.wq, 0.04, 'M/D/1 Wq');
    expectClose(runs.map((r) => r.meanQueueLength), theory.lq, 0.04, 'M/D/1 Lq');
  });

  it('M/G/1 with lognormal service (CV 1.5) at ρ = 0.7', () => {
    const lambda = 0.7;
    const theory = mg1({ lambda, meanService: 1, scv: 1.5 ** 2 });
    const runs = replicate(1, { kind: 'exponential', mean: 1 / lambda }, { kind: 'lognormal', mean: 1, cv: 1.5 }, 400_000, 2000);
    expectClose(runs.map((r) => r.wait.mean!), theory.wq, 0.06, 'M/LN/1 Wq');
  });

  it('M/G/1 with Erlang-4 service at ρ = 0.85', () => {
    const lambda = 0.85;
    const theory = mg1({ lambda, meanService: 1, scv: 1 / 4 });
    const runs = replicate(1, { kind: 'exponential', mean: 1 / lambda }, { kind: 'erlang', mean: 1, k: 4 }, 300_000, 2000);
    expectClose(runs.map((r) => r.wait.mean!), theory.wq, 0.05, 'M/E4/1 Wq');
  });
});

describe("Little's law and conservation", () => {
  it('L = λW on the simulated output (time averages vs customer averages)', () => {
    const runs = replicate(3, { kind: 'exponential', mean: 1 / 2.4 }, { kind: 'lognormal', mean: 1, cv: 0.6 }, 100_000, 500);
    for (const r of runs) {
      const lw = r.arrivalRate * r.timeInSystem.mean!;
      expect(Math.abs(r.meanInSystem - lw) / lw, `L ${r.meanInSystem} vs λW ${lw}`).toBeLessThan(0.02);
      const lqw = r.arrivalRate * r.wait.mean!;
      expect(Math.abs(r.meanQueueLength - lqw) / lqw, `Lq ${r.meanQueueLength} vs λWq ${lqw}`).toBeLessThan(0.02);
    }
  });

  it('arrived = departed + in service + in queue when the run is cut at a horizon', () => {
    for (const horizon of [10, 1000, 12_345.6]) {
      const s = new RandomStreams(3, 0);
      // Overloaded (ρ = 1.2) so that a line is certainly left at the end.
      const r = runStation({
        servers: 2,
        interarrival: compile({ kind: 'exponential', mean: 1 / 2.4 }),
        service: compile({ kind: 'exponential', mean: 1 }),
        arrivalRng: s.stream('a'),
        serviceRng: s.stream('s'),
        horizon,
      });
      expect(r.arrived).toBe(r.departed + r.inService + r.inQueue);
      expect(r.inService).toBeLessThanOrEqual(2);
      if (horizon > 100) expect(r.inQueue).toBeGreaterThan(0);
    }
  });
});

describe('both kernel paths and determinism', () => {
  it('callback and generator-process stations give identical results on the same streams', () => {
    const args = [3, { kind: 'exponential', mean: 1 / 2.4 }, { kind: 'lognormal', mean: 1, cv: 0.8 }, 50_000, 100] as const;
    const a = replicate(...args, 'callback');
    const b = replicate(...args, 'process');
    expect(b.map((r) => r.wait)).toEqual(a.map((r) => r.wait));
    expect(b.map((r) => r.meanQueueLength)).toEqual(a.map((r) => r.meanQueueLength));
  });

  it('the same seed gives byte-identical results; a different seed differs', () => {
    const run = (seed: number) =>
      JSON.stringify(replicate(3, { kind: 'exponential', mean: 1 / 2.4 }, { kind: 'gamma', mean: 1, cv: 0.7 }, 20_000, 100, 'callback', seed));
    expect(run(11)).toBe(run(11));
    expect(run(12)).not.toBe(run(11));
  });
});
