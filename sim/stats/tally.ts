// Running count, mean, variance and extremes in O(1) memory (Welford), mergeable across workers (Chan et al.).
import { z } from 'zod';

/** Serialized Tally: enough to resume adding or merging exactly where it left off. */
export interface TallyJSON {
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean (Welford's M2). */
  m2: number;
  sum: number;
  /** null when count = 0 (JSON cannot carry ±Infinity). */
  min: number | null;
  max: number | null;
}

const tallySchema = z
  .object({
    count: z.number().int().nonnegative(),
    mean: z.number(),
    m2: z.number().nonnegative(),
    sum: z.number(),
    min: z.number().nullable(),
    max: z.number().nullable(),
  })
  .refine((j) => (j.count === 0) === (j.min === null) && (j.count === 0) === (j.max === null), {
    message: 'min/max must be null exactly when count is 0',
  })
  .refine((j) => j.min === null || j.max === null || j.min <= j.max, { message: 'min > max' });

// Out of line so the hot add() stays small and free of string building.
function nonFinite(x: number): RangeError {
  return new RangeError(`Tally.add: non-finite value ${x}`);
}

/**
 * Running count, mean, sample variance, min, max and sum in O(1) memory (Welford); `merge`
 * combines two exactly and `toJSON`/`fromJSON` serialize. Figures of an empty tally are NaN;
 * adding a non-finite value throws.
 */
export class Tally {
  private n = 0;
  private mu = 0;
  private m2 = 0;
  private total = 0;
  private lo = Infinity;
  private hi = -Infinity;

  /** Non-finite values would silently poison every later figure, so they throw. */
  add(x: number): void {
    if (!Number.isFinite(x)) throw nonFinite(x);
    const n = ++this.n;
    const delta = x - this.mu;
    this.mu += delta / n;
    // Uses the updated mean: delta·(x − mean_n) = delta²(n−1)/n ≥ 0, so m2 never goes negative.
    this.m2 += delta * (x - this.mu);
    this.total += x;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
  }

  get count(): number {
    return this.n;
  }

  /** NaN when empty. */
  get mean(): number {
    return this.n === 0 ? NaN : this.mu;
  }

  /** Sample variance (divisor n − 1); NaN when count < 2 because it is undefined, not zero. */
  get variance(): number {
    return this.n < 2 ? NaN : this.m2 / (this.n - 1);
  }

  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** NaN when empty. */
  get min(): number {
    return this.n === 0 ? NaN : this.lo;
  }

  /** NaN when empty. */
  get max(): number {
    return this.n === 0 ? NaN : this.hi;
  }

  /** Kept separately from mean·count so totals stay exact-as-summed. */
  get sum(): number {
    return this.total;
  }

  /** Chan, Golub & LeVeque (1979) pairwise combination: exact merge of two partial tallies. */
  merge(other: Tally): void {
    if (other.n === 0) return;
    if (this.n === 0) {
      this.n = other.n;
      this.mu = other.mu;
      this.m2 = other.m2;
      this.total = other.total;
      this.lo = other.lo;
      this.hi = other.hi;
      return;
    }
    const n = this.n + other.n;
    const delta = other.mu - this.mu;
    this.mu += (delta * other.n) / n;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
    this.n = n;
    this.total += other.total;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
  }

  /** Used at the end of the warm-up period. */
  reset(): void {
    this.n = 0;
    this.mu = 0;
    this.m2 = 0;
    this.total = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }

  toJSON(): TallyJSON {
    const empty = this.n === 0;
    return {
      count: this.n,
      mean: this.mu,
      m2: this.m2,
      sum: this.total,
      min: empty ? null : this.lo,
      max: empty ? null : this.hi,
    };
  }

  static fromJSON(json: unknown): Tally {
    const j = tallySchema.parse(json);
    const t = new Tally();
    t.n = j.count;
    t.mu = j.mean;
    t.m2 = j.m2;
    t.total = j.sum;
    t.lo = j.min ?? Infinity;
    t.hi = j.max ?? -Infinity;
    return t;
  }
}
