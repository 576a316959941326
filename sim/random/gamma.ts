// Gamma and Erlang samplers: the shapes that have no cheap inverse CDF.
import * as fm from '../math/index.ts';
import { normalQuantile } from './normal.ts';
import { openUnit, type Rng } from './rng.ts';
import type { Sampler } from './samplers.ts';

// A real generator is accepted by Marsaglia–Tsang with probability above 0.95 for
// every shape, so this many rejections in a row means the Rng is broken (e.g. a
// constant function); failing loudly beats spinning forever.
const MAX_REJECTIONS = 1000;

// Marsaglia–Tsang's acceptance test has an absolute rounding error of about
// √shape·ε, so it degrades beyond shape ≈ 1e28 and breaks down when 1/cv² overflows.
// Beyond this shape (cv < 1e-6) the gamma is drawn as mean·(1 + cv·Z) instead; the
// two first differ in skewness, 2·cv < 2e-6, which no sample could ever reveal.
const NORMAL_LIMIT_SHAPE = 1e12;

/**
 * Gamma with shape 1/cv² and scale mean·cv², by Marsaglia & Tsang (2000), with
 * normals drawn by inversion so the variate is a deterministic function of the
 * uniforms consumed. Rejection means the number of uniforms per draw varies
 * (two per attempt, plus one for shape < 1), so a gamma stage should have a stream
 * of its own if common random numbers across scenarios matter for it.
 */
export class GammaSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  private readonly scale: number;
  private readonly d: number;
  private readonly c: number;
  /** 1/shape when shape < 1 (boosted via Gamma(shape + 1)·U^(1/shape)), else 0. */
  private readonly boostExponent: number;
  /** Set when the shape is so large that the normal limit is used. */
  private readonly useNormalLimit: boolean;
  private readonly sd: number;

  constructor(mean: number, cv: number) {
    const shape = 1 / (cv * cv);
    this.mean = mean;
    this.variance = mean * mean * cv * cv;
    this.useNormalLimit = !(shape <= NORMAL_LIMIT_SHAPE); // also when 1/cv² overflowed
    this.sd = mean * cv;
    this.scale = mean / shape;
    const base = shape < 1 ? shape + 1 : shape;
    this.boostExponent = shape < 1 ? 1 / shape : 0;
    this.d = base - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
  }

  sample(rng: Rng): number {
    if (this.useNormalLimit) return Math.max(0, this.mean + this.sd * normalQuantile(openUnit(rng())));
    const { c, d } = this;
    for (let attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
      const x = normalQuantile(openUnit(rng()));
      const cx = c * x;
      if (cx <= -1) continue;
      const u = openUnit(rng());
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || fm.log(u) < 0.5 * x2 + d * oneMinusVPlusLogV(cx)) {
        const v = (1 + cx) * (1 + cx) * (1 + cx);
        let g = d * v;
        if (this.boostExponent > 0) {
          g *= fm.exp(fm.log(openUnit(rng())) * this.boostExponent);
        }
        return g * this.scale;
      }
    }
    throw new Error(`gamma sampler rejected ${MAX_REJECTIONS} candidates in a row; the Rng is not producing uniform variates`);
  }
}

/**
 * 1 − v + ln v for v = (1 + cx)³, expanded so that it does not cancel
 * catastrophically when the shape is huge (cv tiny) and cx is close to 0.
 */
function oneMinusVPlusLogV(cx: number): number {
  return 3 * fm.log1p(cx) - cx * (3 + cx * (3 + cx));
}

// Products of (1 − u) are folded into a log sum before they can underflow.
const UNDERFLOW_GUARD = 1e-280;

/**
 * Erlang(k) = sum of k exponentials with mean mean/k, computed as
 * −(mean/k)·ln Π(1 − uᵢ): one logarithm instead of k. It always consumes exactly
 * k uniforms, so streams stay aligned across scenarios that keep k fixed.
 */
export class ErlangSampler implements Sampler {
  readonly variance: number;
  private readonly stageMean: number;

  constructor(readonly mean: number, private readonly k: number) {
    this.stageMean = mean / k;
    this.variance = (mean * mean) / k;
  }

  sample(rng: Rng): number {
    let logSum = 0;
    let product = 1;
    for (let i = 0; i < this.k; i++) {
      product *= 1 - openUnit(rng());
      if (product < UNDERFLOW_GUARD) {
        logSum += fm.log(product);
        product = 1;
      }
    }
    return -this.stageMean * (logSum + fm.log(product));
  }
}
