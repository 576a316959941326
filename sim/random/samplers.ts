// Closed-form samplers: inverse transform with exactly one uniform per draw, monotone in that uniform.
//
// One uniform per draw, and a sample that grows with u, is what keeps common random
// numbers synchronised: when a scenario changes a parameter, the i-th draw of a stream
// still uses the i-th uniform and moves in the same direction, so differences between
// scenarios come from the change, not from reshuffled noise.
import * as fm from '../math/index.ts';
import { normalCdf, normalPdf, normalQuantile } from './normal.ts';
import { openUnit, type Rng } from './rng.ts';

/** A compiled distribution. `mean` and `variance` are the exact theoretical moments of what `sample` draws. */
export interface Sampler {
  sample(rng: Rng): number;
  readonly mean: number;
  readonly variance: number;
}

export class DeterministicSampler implements Sampler {
  readonly variance = 0;
  constructor(readonly mean: number) {}
  sample(_rng: Rng): number {
    // No uniform is consumed, so switching a stage between deterministic and random
    // in one scenario shifts the stream it shares with other stages; give it its own.
    return this.mean;
  }
}

export class ExponentialSampler implements Sampler {
  readonly variance: number;
  constructor(readonly mean: number) {
    this.variance = mean * mean;
  }
  sample(rng: Rng): number {
    // F⁻¹(u) = −mean·ln(1 − u); log1p keeps small u accurate, openUnit keeps u < 1.
    return -this.mean * fm.log1p(-openUnit(rng()));
  }
}

export class UniformSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  constructor(private readonly min: number, private readonly max: number) {
    const width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (width * width) / 12;
  }
  sample(rng: Rng): number {
    return this.min + (this.max - this.min) * rng();
  }
}

export class TriangularSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  private readonly modeCdf: number;
  private readonly lowerScale: number;
  private readonly upperScale: number;

  constructor(private readonly min: number, mode: number, private readonly max: number) {
    const width = max - min;
    this.mean = (min + mode + max) / 3;
    // (a² + b² + c² − ab − ac − bc)/18 is shift-invariant; shifting by min avoids
    // the cancellation that makes it negative for narrow ranges far from 0.
    const m = mode - min;
    this.variance = (m * m + width * width - m * width) / 18;
    this.modeCdf = width > 0 ? (mode - min) / width : 0;
    this.lowerScale = width * (mode - min);
    this.upperScale = width * (max - mode);
  }

  sample(rng: Rng): number {
    const u = rng();
    const x = u < this.modeCdf ? this.min + Math.sqrt(u * this.lowerScale) : this.max - Math.sqrt((1 - u) * this.upperScale);
    // The products of widths can round (or go subnormal) enough to step past an end.
    return x < this.min ? this.min : x > this.max ? this.max : x;
  }
}

/**
 * Normal(mu, sd) conditioned on being non-negative: the same distribution as
 * drawing a normal and resampling negatives, but drawn by inverting the truncated
 * CDF, p = Φ(α) + u·(1 − Φ(α)) with α = −mu/sd, so it still uses exactly one
 * uniform and never loops. The schema keeps sd ≤ mu, so at most 15.9 % of the
 * untruncated mass is cut off and the moments stay close to what the planner stated;
 * the reported moments are the truncated ones.
 */
export class TruncatedNormalSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  private readonly cutMass: number;

  constructor(private readonly mu: number, private readonly sd: number) {
    const alpha = -mu / sd;
    this.cutMass = normalCdf(alpha);
    const lambda = normalPdf(alpha) / (1 - this.cutMass); // inverse Mills ratio
    // For sd ≪ mu, alpha can reach −Infinity while lambda is 0; their product is then 0, not NaN.
    const alphaLambda = lambda > 0 ? alpha * lambda : 0;
    this.mean = mu + sd * lambda;
    this.variance = sd * sd * (1 + alphaLambda - lambda * lambda);
  }

  sample(rng: Rng): number {
    const p = this.cutMass + rng() * (1 - this.cutMass);
    const x = this.mu + this.sd * normalQuantile(openUnit(p));
    return x > 0 ? x : 0; // rounding only: p ≥ Φ(α) puts x at or above 0
  }
}

/** exp(mu + sigma·Z); built from the planner's parameters in `distributions.ts`. */
export class LognormalSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;

  constructor(private readonly mu: number, private readonly sigma: number) {
    const s2 = sigma * sigma;
    this.mean = fm.exp(mu + s2 / 2);
    this.variance = fm.expm1(s2) * fm.exp(2 * mu + s2);
  }

  sample(rng: Rng): number {
    return fm.exp(this.mu + this.sigma * normalQuantile(openUnit(rng())));
  }
}

/** A sampler in another unit: every draw (and the moments) multiplied by `factor` > 0, e.g. minutes to seconds. */
export function scaled(base: Sampler, factor: number): Sampler {
  if (factor === 1) return base;
  return {
    mean: base.mean * factor,
    variance: base.variance * factor * factor,
    sample: (rng: Rng) => base.sample(rng) * factor,
  };
}
