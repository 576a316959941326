// Empirical discrete distribution: observed values with optional weights, drawn by inverting the cumulative weights.
import type { Rng } from './rng.ts';
import type { Sampler } from './samplers.ts';

/**
 * Values are sorted once at construction so that the sample is a non-decreasing
 * function of the single uniform it consumes (common random numbers then move the
 * same way in every scenario); the distribution itself does not depend on order.
 * Zero-weight values are never drawn.
 */
export class EmpiricalSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;
  private readonly total: number;
  private readonly lastDrawable: number;

  constructor(values: readonly number[], weights?: readonly number[]) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const n = values.length;
    this.values = new Float64Array(n);
    this.cumulative = new Float64Array(n);
    let total = 0;
    let lastDrawable = 0;
    for (let j = 0; j < n; j++) {
      const i = order[j];
      const w = weightOf(weights, i);
      this.values[j] = values[i];
      total += w;
      this.cumulative[j] = total;
      if (w > 0) lastDrawable = j;
    }
    this.total = total;
    this.lastDrawable = lastDrawable;

    let weightedSum = 0;
    for (let i = 0; i < n; i++) weightedSum += weightOf(weights, i) * values[i];
    const mean = weightedSum / total;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += weightOf(weights, i) * (values[i] - mean) ** 2;
    this.mean = mean;
    this.variance = squares / total;
  }

  sample(rng: Rng): number {
    const target = rng() * this.total;
    // First index whose cumulative weight exceeds the target; strict ">" skips zero weights.
    let lo = 0;
    let hi = this.lastDrawable;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

function weightOf(weights: readonly number[] | undefined, i: number): number {
  return weights === undefined ? 1 : weights[i];
}
