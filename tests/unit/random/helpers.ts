// Test-only statistics: sample moments, the Kolmogorov–Smirnov statistic and reference CDFs written independently of sim/random.
import type { Rng } from '../../../sim/random/rng.ts';
import type { Sampler } from '../../../sim/random/samplers.ts';

export function draw(sampler: Sampler, rng: Rng, n: number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = sampler.sample(rng);
  return xs;
}

export interface Moments {
  mean: number;
  variance: number;
  /** Standard error of the sample mean, sd/√n. */
  seMean: number;
  /** Standard error of the sample variance, √((m4 − s⁴)/n), from the sample's own fourth moment. */
  seVariance: number;
}

export function moments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i];
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d2 = (xs[i] - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  m2 /= n;
  m4 /= n;
  const variance = (m2 * n) / (n - 1);
  return { mean, variance, seMean: Math.sqrt(variance / n), seVariance: Math.sqrt(Math.max(m4 - m2 * m2, 0) / n) };
}

/** Two-sided one-sample Kolmogorov–Smirnov statistic D_n = sup |F_n(x) − F(x)|. */
export function ksStatistic(xs: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** Asymptotic KS critical value at α = 0.01: 1.63/√n. */
export function ksCritical(n: number): number {
  return 1.63 / Math.sqrt(n);
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Reference Φ(x), deliberately by a different method from the library's Cody
 * rational approximation: the Taylor series of erf, Φ(x) = ½ + φ(x)·Σ x^(2k+1)/(2k+1)!!,
 * for |x| < 1.5 and Laplace's continued fraction for the Mills ratio beyond.
 */
export function normalCdfRef(x: number): number {
  if (x >= 1.5) return 1 - normalCdfRef(-x);
  const phi = Math.exp(-0.5 * x * x) / SQRT_2PI;
  if (x > -1.5) {
    let term = x;
    let sum = x;
    for (let k = 1; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
      term *= (x * x) / (2 * k + 1);
      sum += term;
    }
    return 0.5 + phi * sum;
  }
  const z = -x;
  let cf = z;
  for (let k = 1000; k >= 1; k--) cf = z + k / cf;
  return phi / cf;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(z) by the Lanczos approximation (g = 7, n = 9), ~1e-15 relative. */
export function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const y = z - 1;
  let x = LANCZOS[0];
  for (let i = 1; i < 9; i++) x += LANCZOS[i] / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(x);
}

/** Regularised lower incomplete gamma P(a, x): series below x = a + 1, Lentz continued fraction above. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefactor = -x + a * Math.log(x) - lnGamma(a);
  if (x < a + 1) {
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let n = 0; n < 10_000; n++) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return sum * Math.exp(logPrefactor);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - Math.exp(logPrefactor) * h;
}

export const cdfs = {
  exponential: (mean: number) => (x: number) => (x <= 0 ? 0 : -Math.expm1(-x / mean)),
  uniform: (min: number, max: number) => (x: number) => Math.min(1, Math.max(0, (x - min) / (max - min))),
  triangular: (a: number, c: number, b: number) => (x: number) => {
    if (x <= a) return 0;
    if (x >= b) return 1;
    return x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
  },
  lognormal: (mu: number, sigma: number) => (x: number) => (x <= 0 ? 0 : normalCdfRef((Math.log(x) - mu) / sigma)),
  truncatedNormal: (mu: number, sd: number) => {
    const cut = normalCdfRef(-mu / sd);
    return (x: number) => (x <= 0 ? 0 : (normalCdfRef((x - mu) / sd) - cut) / (1 - cut));
  },
  gamma: (shape: number, scale: number) => (x: number) => gammaP(shape, x / scale),
};

/** Composite Simpson's rule on [a, b] with n (even) intervals. */
export function simpson(f: (x: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/** An Rng that always returns u: for probing a sampler's inverse CDF. */
export const constant = (u: number): Rng => () => u;
