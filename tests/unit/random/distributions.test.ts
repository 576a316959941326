// Every distribution kind: theoretical moments, sample moments, goodness of fit, and the common-random-number properties.
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { RandomStreams, type Rng } from '../../../sim/random/index.ts';
import { compileDistribution as compile, meanOf } from '../../../sim/compile/distribution.ts';
import type { Distribution } from '../../../scenarios/distribution.ts';
import { cdfs, constant, draw, ksCritical, ksStatistic, moments, normalCdfRef, simpson } from './helpers.ts';

const N = 200_000;
const streams = new RandomStreams('distribution-tests', 0);

/** Moments of Normal(mu, sd) truncated to [0, ∞), by numerical integration (independent of the library's closed form). */
function truncatedNormalMoments(mu: number, sd: number) {
  const kept = 1 - normalCdfRef(-mu / sd);
  const pdf = (x: number) => Math.exp(-0.5 * ((x - mu) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI) * kept);
  const top = mu + 15 * sd;
  const mean = simpson((x) => x * pdf(x), 0, top);
  const second = simpson((x) => x * x * pdf(x), 0, top);
  return { mean, variance: second - mean * mean };
}

const lognormalMoments = (mu: number, sigma: number) => ({
  mean: Math.exp(mu + (sigma * sigma) / 2),
  variance: Math.expm1(sigma * sigma) * Math.exp(2 * mu + sigma * sigma),
});

interface ContinuousCase {
  spec: Distribution;
  mean: number;
  variance: number;
  cdf: (x: number) => number;
}

const logSigma = Math.sqrt(Math.log(1 + 0.8 * 0.8));
const quantileSigma = (Math.log(180) - Math.log(60)) / 1.6448536269514722;
const narrowNormal = truncatedNormalMoments(100, 15);
const wideNormal = truncatedNormalMoments(10, 8);

const CONTINUOUS: ContinuousCase[] = [
  { spec: { kind: 'exponential', mean: 30 }, mean: 30, variance: 900, cdf: cdfs.exponential(30) },
  { spec: { kind: 'uniform', min: 10, max: 50 }, mean: 30, variance: 1600 / 12, cdf: cdfs.uniform(10, 50) },
  { spec: { kind: 'triangular', min: 5, mode: 10, max: 40 }, mean: 55 / 3, variance: 1075 / 18, cdf: cdfs.triangular(5, 10, 40) },
  { spec: { kind: 'triangular', min: 0, mode: 0, max: 10 }, mean: 10 / 3, variance: 100 / 18, cdf: cdfs.triangular(0, 0, 10) },
  { spec: { kind: 'triangular', min: 2, mode: 8, max: 8 }, mean: 6, variance: 2, cdf: cdfs.triangular(2, 8, 8) },
  { spec: { kind: 'normal', mean: 100, sd: 15 }, ...narrowNormal, cdf: cdfs.truncatedNormal(100, 15) },
  // sd/mean = 0.8 cuts 10.6 % of the mass at 0: the truncated moments differ visibly from (10, 64).
  { spec: { kind: 'normal', mean: 10, sd: 8 }, ...wideNormal, cdf: cdfs.truncatedNormal(10, 8) },
  {
    spec: { kind: 'lognormal', mean: 60, cv: 0.8 },
    mean: 60,
    variance: 48 * 48,
    cdf: cdfs.lognormal(Math.log(60) - (logSigma * logSigma) / 2, logSigma),
  },
  {
    spec: { kind: 'lognormal-quantiles', median: 60, p95: 180 },
    ...lognormalMoments(Math.log(60), quantileSigma),
    cdf: cdfs.lognormal(Math.log(60), quantileSigma),
  },
  { spec: { kind: 'gamma', mean: 50, cv: 0.5 }, mean: 50, variance: 625, cdf: cdfs.gamma(4, 12.5) },
  { spec: { kind: 'gamma', mean: 50, cv: 0.7 }, mean: 50, variance: 1225, cdf: cdfs.gamma(1 / 0.49, 50 * 0.49) },
  { spec: { kind: 'gamma', mean: 50, cv: 1.5 }, mean: 50, variance: 5625, cdf: cdfs.gamma(1 / 2.25, 50 * 2.25) },
  { spec: { kind: 'gamma', mean: 50, cv: 0.05 }, mean: 50, variance: 6.25, cdf: cdfs.gamma(400, 0.125) },
  // Shape 1e14 is beyond Marsaglia–Tsang's precision; the sampler switches to the normal limit.
  { spec: { kind: 'gamma', mean: 50, cv: 1e-7 }, mean: 50, variance: 2.5e-11, cdf: (x) => normalCdfRef((x - 50) / 5e-6) },
  { spec: { kind: 'erlang', mean: 40, k: 3 }, mean: 40, variance: 1600 / 3, cdf: cdfs.gamma(3, 40 / 3) },
  { spec: { kind: 'erlang', mean: 40, k: 1 }, mean: 40, variance: 1600, cdf: cdfs.exponential(40) },
];

describe.each(CONTINUOUS.map((c) => ({ ...c, label: JSON.stringify(c.spec) })))('$label', ({ spec, mean, variance, cdf }) => {
  const sampler = compile(spec);
  const xs = draw(sampler, streams.stream(JSON.stringify(spec)), N);
  const m = moments(xs);

  it('reports the theoretical mean and variance (1e-9 relative)', () => {
    expect(Math.abs(sampler.mean - mean) / mean).toBeLessThan(1e-9);
    expect(Math.abs(sampler.variance - variance) / variance).toBeLessThan(1e-9);
  });

  // 5 standard errors: a false alarm has probability ≈ 6e-7 per check.
  it('sample mean and variance are within 5 standard errors of theory (n = 200 000)', () => {
    expect(Math.abs(m.mean - mean)).toBeLessThan(5 * m.seMean);
    expect(Math.abs(m.variance - variance)).toBeLessThan(5 * m.seVariance);
  });

  it('passes a Kolmogorov–Smirnov test against the theoretical CDF (α = 0.01, D < 1.63/√n)', () => {
    expect(ksStatistic(xs, cdf)).toBeLessThan(ksCritical(N));
  });

  it('never produces negative or non-finite values', () => {
    expect(xs.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
  });
});

describe('normal truncated at 0', () => {
  it('differs from the untruncated moments when truncation matters, so the test above has teeth', () => {
    expect(wideNormal.mean).toBeGreaterThan(11); // untruncated: 10
    expect(wideNormal.variance).toBeLessThan(50); // untruncated: 64
  });
});

describe('triangular', () => {
  it('keeps an exact, non-negative variance for a narrow range far from zero', () => {
    // The textbook (a² + b² + c² − ab − ac − bc)/18 cancels to a negative number here.
    const sampler = compile({ kind: 'triangular', min: 999_999.9844118861, mode: 999_999.9901705881, max: 999_999.99410826 });
    expect(sampler.variance).toBeGreaterThan(0);
    expect(compile({ kind: 'triangular', min: 1e6, mode: 1e6 + 1, max: 1e6 + 4 }).variance).toBeCloseTo(13 / 18, 12);
  });
});

describe('lognormal-quantiles', () => {
  it('puts the stated median and 95th percentile where the planner said (5 binomial SE)', () => {
    const xs = draw(compile({ kind: 'lognormal-quantiles', median: 60, p95: 180 }), streams.stream('lnq-check'), N);
    const below = (q: number) => xs.reduce((c, x) => c + (x <= q ? 1 : 0), 0) / N;
    expect(Math.abs(below(60) - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / N));
    expect(Math.abs(below(180) - 0.95)).toBeLessThan(5 * Math.sqrt((0.95 * 0.05) / N));
  });
});

describe('empirical', () => {
  it('draws each value with its weight and never a zero-weight value (5 binomial SE)', () => {
    const sampler = compile({ kind: 'empirical', values: [5, 1, 3, 8], weights: [1, 2, 0, 5] });
    const xs = draw(sampler, streams.stream('empirical'), N);
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    expect(counts.get(3)).toBeUndefined();
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([1, 5, 8]);
    for (const [value, p] of [[1, 2 / 8], [5, 1 / 8], [8, 5 / 8]] as const) {
      expect(Math.abs((counts.get(value) ?? 0) / N - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
    }
    expect(sampler.mean).toBeCloseTo(47 / 8, 12);
    expect(sampler.variance).toBeCloseTo(347 / 8 - (47 / 8) ** 2, 12);
    const m = moments(xs);
    expect(Math.abs(m.mean - 47 / 8)).toBeLessThan(5 * m.seMean);
  });

  it('weights values equally by default, counting repeated values once per occurrence', () => {
    const sampler = compile({ kind: 'empirical', values: [2, 4, 4, 10] });
    expect(sampler.mean).toBe(5);
    expect(sampler.variance).toBeCloseTo((9 + 1 + 1 + 25) / 4, 12);
    const xs = draw(sampler, streams.stream('empirical-default'), N);
    const fours = xs.reduce((c, x) => c + (x === 4 ? 1 : 0), 0) / N;
    expect(Math.abs(fours - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / N));
  });

  it('stays inside the support at the extreme uniforms', () => {
    const sampler = compile({ kind: 'empirical', values: [5, 1, 3, 8, 9], weights: [1, 2, 0, 5, 0] });
    expect(sampler.sample(constant(0))).toBe(1);
    expect(sampler.sample(constant(1 - 2 ** -53))).toBe(8);
    expect(sampler.sample(constant(2 / 8))).toBe(5); // boundary belongs to the next value
  });
});

describe('degenerate parameters collapse to a constant', () => {
  const cases: [Distribution, number][] = [
    [{ kind: 'deterministic', value: 7 }, 7],
    [{ kind: 'deterministic', value: 0 }, 0],
    [{ kind: 'normal', mean: 12, sd: 0 }, 12],
    [{ kind: 'lognormal', mean: 12, cv: 0 }, 12],
    [{ kind: 'gamma', mean: 12, cv: 0 }, 12],
    [{ kind: 'uniform', min: 3, max: 3 }, 3],
    [{ kind: 'triangular', min: 4, mode: 4, max: 4 }, 4],
    [{ kind: 'empirical', values: [6] }, 6],
  ];
  it.each(cases)('%j is always %d', (spec, value) => {
    const sampler = compile(spec);
    const rng = streams.stream(`degenerate ${JSON.stringify(spec)}`);
    expect(Array.from({ length: 1000 }, () => sampler.sample(rng)).every((x) => x === value)).toBe(true);
    expect(sampler.mean).toBe(value);
    expect(sampler.variance).toBe(0);
  });
});

describe('common random numbers', () => {
  /** Counts how many uniforms one draw consumes. */
  function uniformsPerDraw(spec: Distribution, rng: Rng): number[] {
    const sampler = compile(spec);
    const used: number[] = [];
    for (let i = 0; i < 200; i++) {
      let n = 0;
      sampler.sample(() => {
        n++;
        return rng();
      });
      used.push(n);
    }
    return used;
  }

  const INVERSION: Distribution[] = [
    { kind: 'exponential', mean: 30 },
    { kind: 'uniform', min: 10, max: 50 },
    { kind: 'triangular', min: 5, mode: 10, max: 40 },
    { kind: 'normal', mean: 10, sd: 8 },
    { kind: 'lognormal', mean: 60, cv: 0.8 },
    { kind: 'lognormal-quantiles', median: 60, p95: 180 },
    { kind: 'empirical', values: [5, 1, 3, 8], weights: [1, 2, 0, 5] },
  ];

  it.each(INVERSION)('$kind uses exactly one uniform per draw and is non-decreasing in it', (spec) => {
    expect(uniformsPerDraw(spec, streams.stream('count')).every((n) => n === 1)).toBe(true);
    const sampler = compile(spec);
    const us = [0, 1e-300, 1e-12, ...Array.from({ length: 999 }, (_, i) => (i + 1) / 1000), 1 - 1e-12, 1 - 2 ** -53];
    const ys = us.map((u) => sampler.sample(constant(u)));
    expect(ys.every((y, i) => i === 0 || y >= ys[i - 1])).toBe(true);
    expect(ys.every((y) => Number.isFinite(y) && y >= 0)).toBe(true);
  });

  it('erlang uses exactly k uniforms per draw; deterministic uses none', () => {
    expect(uniformsPerDraw({ kind: 'erlang', mean: 10, k: 4 }, streams.stream('count')).every((n) => n === 4)).toBe(true);
    expect(uniformsPerDraw({ kind: 'deterministic', value: 1 }, streams.stream('count')).every((n) => n === 0)).toBe(true);
  });

  it('a scenario that scales a mean scales every draw of the shared stream by the same factor', () => {
    const base = compile({ kind: 'lognormal', mean: 60, cv: 0.5 });
    const slower = compile({ kind: 'lognormal', mean: 90, cv: 0.5 });
    const a = new RandomStreams(11, 0).stream('service');
    const b = new RandomStreams(11, 0).stream('service');
    for (let i = 0; i < 1000; i++) {
      expect(slower.sample(b) / base.sample(a)).toBeCloseTo(1.5, 12);
    }
  });
});

describe('compile', () => {
  it('validates specs built in code, which bypass the scenario parser', () => {
    expect(() => compile({ kind: 'uniform', min: 5, max: 1 })).toThrow(ZodError);
    expect(() => compile({ kind: 'exponential', mean: -1 })).toThrow(ZodError);
  });

  it('meanOf gives the theoretical (truncated) mean', () => {
    expect(meanOf({ kind: 'erlang', mean: 40, k: 3 })).toBe(40);
    expect(meanOf({ kind: 'normal', mean: 10, sd: 8 })).toBeCloseTo(wideNormal.mean, 9);
  });

  it('gamma fails loudly instead of spinning when the Rng is degenerate', () => {
    const sampler = compile({ kind: 'gamma', mean: 50, cv: 0.5 });
    expect(() => sampler.sample(constant(0.9999))).toThrow(/rejected/);
  });
});
