// Mergeable fixed-memory quantile sketch with a relative-error guarantee (DDSketch, Masson et al. 2019).
import * as fm from '../math/index.ts';
import { z } from 'zod';

/**
 * Options of `new QuantileSketch` (and `WaitStats`): relative accuracy and the range of values
 * accepted; defaults `DEFAULT_SKETCH_ALPHA`, `DEFAULT_SKETCH_MIN_VALUE`, `DEFAULT_SKETCH_MAX_VALUE`.
 */
export interface QuantileSketchOptions {
  /** Relative accuracy α in (0, 1). Default 0.005. */
  alpha?: number;
  /** Values ≤ minValue share one "zero" counter (exact zero waits are common). Default 1e-9. */
  minValue?: number;
  /** Largest accepted value; bounds the dense bucket array. Default 1e9. */
  maxValue?: number;
}

/** Compact, deterministic serialization: only non-empty buckets, in ascending key order. */
export interface QuantileSketchJSON {
  alpha: number;
  minValue: number;
  maxValue: number;
  count: number;
  zeroCount: number;
  min: number | null;
  max: number | null;
  /** Absolute bucket indices i (bucket i holds values in (γ^(i−1), γ^i]), strictly increasing. */
  keys: number[];
  /** Positive counts parallel to keys. */
  counts: number[];
}

/** Default relative accuracy α of a `QuantileSketch`: quantiles within 0.5 % of the true value. */
export const DEFAULT_SKETCH_ALPHA = 0.005;
/** Default `minValue` of a `QuantileSketch`: values at or below it (zero waits) share one bucket. */
export const DEFAULT_SKETCH_MIN_VALUE = 1e-9;
/** Default `maxValue` of a `QuantileSketch`: the largest value `add` accepts. */
export const DEFAULT_SKETCH_MAX_VALUE = 1e9;

const count = z.number().int().nonnegative();
const sketchSchema = z.object({
  alpha: z.number(),
  minValue: z.number(),
  maxValue: z.number(),
  count,
  zeroCount: count,
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  keys: z.array(z.number().int()),
  counts: z.array(z.number().int().positive()),
});

// Building the message out of line keeps add() fast: an inline template literal in the throw
// branch measurably deoptimizes V8's code for the whole method (≈6× slower).
function rejectedValue(x: number, maxValue: number): RangeError {
  return new RangeError(`QuantileSketch.add: value must be in [0, ${maxValue}], got ${x}`);
}

/**
 * DDSketch-style quantile sketch: value x > minValue goes to bucket i = ⌈log_γ x⌉ with
 * γ = (1+α)/(1−α), and bucket i is represented by 2γ^i/(γ+1), which is within relative
 * distance α of every value in (γ^(i−1), γ^i].
 *
 * Guarantee. Let x₍k₎ be the k-th smallest (0-based) of the n values added or merged in, and
 * k = ⌊q·(n−1)⌋. Then v = quantile(q) satisfies
 *   |v − x₍k₎| ≤ α·x₍k₎         when x₍k₎ > minValue,
 *   0 ≤ v ≤ minValue            when x₍k₎ ≤ minValue (absolute error ≤ minValue),
 * up to floating-point rounding of log (≈1e-15 relative). quantile(0) = min and
 * quantile(1) = max exactly. The bound holds for every q simultaneously and survives merges,
 * because merging adds bucket counts exactly.
 *
 * Memory is fixed at construction: one Float64Array with ⌈log_γ maxValue⌉ − ⌈log_γ minValue⌉ + 1
 * buckets. With the defaults (α = 0.005, 1e-9 … 1e9) that is 4,146 buckets = 33,168 bytes
 * (see `memoryBytes`). Float64 counts stay exact up to 2^53, far beyond any Uint32 limit.
 */
export class QuantileSketch {
  readonly alpha: number;
  readonly minValue: number;
  readonly maxValue: number;
  /** γ = (1+α)/(1−α): ratio between consecutive bucket boundaries. */
  readonly gamma: number;
  private readonly lnGamma: number;
  private readonly invLnGamma: number;
  /** Absolute index of buckets[0]. */
  private readonly offset: number;
  private readonly buckets: Float64Array;
  private n = 0;
  private zeros = 0;
  private lo = Infinity;
  private hi = -Infinity;

  constructor(options: QuantileSketchOptions = {}) {
    const alpha = options.alpha ?? DEFAULT_SKETCH_ALPHA;
    const minValue = options.minValue ?? DEFAULT_SKETCH_MIN_VALUE;
    const maxValue = options.maxValue ?? DEFAULT_SKETCH_MAX_VALUE;
    if (!(alpha > 0 && alpha < 1)) throw new RangeError(`QuantileSketch: alpha must be in (0,1), got ${alpha}`);
    if (!(minValue > 0 && Number.isFinite(maxValue) && maxValue > minValue)) {
      throw new RangeError(`QuantileSketch: need 0 < minValue < maxValue < ∞, got ${minValue}, ${maxValue}`);
    }
    this.alpha = alpha;
    this.minValue = minValue;
    this.maxValue = maxValue;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.lnGamma = fm.log(this.gamma);
    this.invLnGamma = 1 / this.lnGamma;
    this.offset = this.key(minValue);
    this.buckets = new Float64Array(this.key(maxValue) - this.offset + 1);
  }

  /** Bucket count a sketch with these options would allocate (8 bytes each). */
  static bucketCount(options: QuantileSketchOptions = {}): number {
    return new QuantileSketch(options).buckets.length;
  }

  private key(x: number): number {
    return Math.ceil(fm.log(x) * this.invLnGamma);
  }

  /**
   * Negative, NaN and > maxValue values are programming errors, not data: throw. A caller
   * adding the same value to several sketches may pass its natural log once (`lnX`).
   */
  add(x: number, lnX?: number): void {
    if (!(x >= 0) || x > this.maxValue) throw rejectedValue(x, this.maxValue);
    this.n++;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    if (x <= this.minValue) {
      this.zeros++;
      return;
    }
    // The clamp only absorbs log rounding at the range ends; in-range values map inside already.
    let i = (lnX === undefined ? this.key(x) : Math.ceil(lnX * this.invLnGamma)) - this.offset;
    const last = this.buckets.length - 1;
    if (i < 0) i = 0;
    else if (i > last) i = last;
    this.buckets[i]++;
  }

  get count(): number {
    return this.n;
  }

  /** Observations ≤ minValue. */
  get zeroCount(): number {
    return this.zeros;
  }

  /** NaN when empty. */
  get min(): number {
    return this.n === 0 ? NaN : this.lo;
  }

  /** NaN when empty. */
  get max(): number {
    return this.n === 0 ? NaN : this.hi;
  }

  /** Fixed bucket memory of this instance in bytes. */
  get memoryBytes(): number {
    return this.buckets.byteLength;
  }

  /** Estimate of the ⌊q(n−1)⌋-th order statistic, within the bound in the class comment; NaN when empty. */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`QuantileSketch.quantile: q must be in [0,1], got ${q}`);
    if (this.n === 0) return NaN;
    const rank = Math.floor(q * (this.n - 1));
    if (rank === 0) return this.lo;
    if (rank === this.n - 1) return this.hi;
    // Zero-bucket values lie in [min, minValue]; min is the one value there we know exactly.
    let cumulative = this.zeros;
    if (rank < cumulative) return this.lo;
    const buckets = this.buckets;
    for (let i = 0; i < buckets.length; i++) {
      cumulative += buckets[i];
      if (rank < cumulative) {
        const v = (2 * fm.exp((i + this.offset) * this.lnGamma)) / (this.gamma + 1);
        // Clamping can only move v toward the true value, since min ≤ x₍k₎ ≤ max.
        return v < this.lo ? this.lo : v > this.hi ? this.hi : v;
      }
    }
    return this.hi;
  }

  /**
   * Fraction of observations ≤ x, for ECDF plots. Exact outside [min, max); inside, with F the
   * true empirical CDF: F(x) ≤ cdf(x) ≤ F(γ·x) for x > minValue, and F(x) ≤ cdf(x) ≤ F(minValue)
   * otherwise, because x's whole bucket is counted. NaN when empty.
   */
  cdf(x: number): number {
    if (Number.isNaN(x)) throw new RangeError('QuantileSketch.cdf: x is NaN');
    if (this.n === 0) return NaN;
    if (x < this.lo) return 0;
    if (x >= this.hi) return 1;
    let c = this.zeros;
    if (x > this.minValue) {
      const last = Math.min(this.key(x) - this.offset, this.buckets.length - 1);
      for (let i = 0; i <= last; i++) c += this.buckets[i];
    }
    return c / this.n;
  }

  /** Exact: the result equals a sketch that saw both streams. Options must match. */
  merge(other: QuantileSketch): void {
    if (other.alpha !== this.alpha || other.minValue !== this.minValue || other.maxValue !== this.maxValue) {
      throw new Error('QuantileSketch.merge: sketches have different alpha/minValue/maxValue');
    }
    if (other.n === 0) return;
    const a = this.buckets;
    const b = other.buckets;
    for (let i = 0; i < a.length; i++) a[i] += b[i];
    this.n += other.n;
    this.zeros += other.zeros;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
  }

  reset(): void {
    this.buckets.fill(0);
    this.n = 0;
    this.zeros = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }

  toJSON(): QuantileSketchJSON {
    const keys: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < this.buckets.length; i++) {
      if (this.buckets[i] > 0) {
        keys.push(i + this.offset);
        counts.push(this.buckets[i]);
      }
    }
    const empty = this.n === 0;
    return {
      alpha: this.alpha,
      minValue: this.minValue,
      maxValue: this.maxValue,
      count: this.n,
      zeroCount: this.zeros,
      min: empty ? null : this.lo,
      max: empty ? null : this.hi,
      keys,
      counts,
    };
  }

  /** Validates structure and internal consistency; throws on anything a real sketch could not produce. */
  static fromJSON(json: unknown): QuantileSketch {
    const j = sketchSchema.parse(json);
    const s = new QuantileSketch({ alpha: j.alpha, minValue: j.minValue, maxValue: j.maxValue });
    if (j.keys.length !== j.counts.length) throw new Error('QuantileSketch.fromJSON: keys/counts length mismatch');
    if ((j.count === 0) !== (j.min === null) || (j.count === 0) !== (j.max === null)) {
      throw new Error('QuantileSketch.fromJSON: min/max must be null exactly when count is 0');
    }
    if (j.min !== null && j.max !== null && (j.min > j.max || j.max > j.maxValue)) {
      throw new Error('QuantileSketch.fromJSON: inconsistent min/max');
    }
    let total = j.zeroCount;
    let previous = -Infinity;
    for (let k = 0; k < j.keys.length; k++) {
      const i = j.keys[k] - s.offset;
      if (j.keys[k] <= previous || i < 0 || i >= s.buckets.length) {
        throw new Error(`QuantileSketch.fromJSON: bucket key ${j.keys[k]} out of order or range`);
      }
      previous = j.keys[k];
      s.buckets[i] = j.counts[k];
      total += j.counts[k];
    }
    if (total !== j.count) throw new Error('QuantileSketch.fromJSON: bucket counts do not sum to count');
    s.n = j.count;
    s.zeros = j.zeroCount;
    s.lo = j.min ?? Infinity;
    s.hi = j.max ?? -Infinity;
    return s;
  }
}
