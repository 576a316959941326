// Across-replication summaries: Student-t confidence intervals, paired (common-random-number) differences, run-count planning.
import { studentTQuantile } from './student-t.ts';

export { studentTQuantile } from './student-t.ts';

/**
 * Mean and two-sided Student-t confidence interval over independent replications.
 * Fields are null when undefined: everything but n when n = 0; sd and the interval when n = 1.
 */
export interface ReplicationSummary {
  /** Replications that contributed (null entries are not counted). */
  n: number;
  mean: number | null;
  /** Sample standard deviation (divisor n − 1). */
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  halfWidth: number | null;
}

/**
 * The range a quantity can take (a wait is ≥ 0, a share lies in [0, 1]); a confidence interval
 * is clipped to it. Omit a side for no bound there.
 */
export interface NaturalBounds {
  lower?: number;
  upper?: number;
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0,1), got ${confidence}`);
}

/**
 * Summarizes one output measure across replications with a `confidence` (default 95%)
 * two-sided t interval: mean ± t(1 − (1−confidence)/2, n−1)·sd/√n.
 *
 * null entries mean "figure undefined in that replication" (e.g. an interdiction rate when no
 * contraband arrived) and are skipped. NaN or ±Infinity are treated as bugs upstream (a 0/0
 * that should have been null) and throw, rather than being silently dropped.
 *
 * `bounds`: the quantity's natural range; the interval is clipped to it (a mean wait of
 * 0.1 ± 0.3 minutes is reported as [0, 0.4]). halfWidth stays the unclipped t half-width.
 * Leave it out for quantities that can take any sign, such as paired differences.
 */
export function summarize(values: readonly (number | null)[], confidence = 0.95, bounds: NaturalBounds = {}): ReplicationSummary {
  checkConfidence(confidence);
  let n = 0;
  let sum = 0;
  for (const v of values) {
    if (v === null) continue;
    if (!Number.isFinite(v)) throw new RangeError(`summarize: non-finite value ${v} (use null for undefined figures)`);
    n++;
    sum += v;
  }
  if (n === 0) return { n, mean: null, sd: null, ciLow: null, ciHigh: null, halfWidth: null };
  const mean = sum / n;
  if (n === 1) return { n, mean, sd: null, ciLow: null, ciHigh: null, halfWidth: null };
  // Two passes: the data are already in memory, and this is the most accurate variance.
  let squares = 0;
  for (const v of values) {
    if (v === null) continue;
    squares += (v - mean) * (v - mean);
  }
  const sd = Math.sqrt(squares / (n - 1));
  const halfWidth = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  // Clipping only removes values the quantity cannot take, so the coverage cannot drop; halfWidth stays the t half-width.
  const low = bounds.lower === undefined ? mean - halfWidth : Math.max(bounds.lower, mean - halfWidth);
  const high = bounds.upper === undefined ? mean + halfWidth : Math.min(bounds.upper, mean + halfWidth);
  return { n, mean, sd, ciLow: low, ciHigh: high, halfWidth };
}

/**
 * Paired comparison of scenario B against baseline A run on common random numbers:
 * summarize(b[i] − a[i]). Pairing cancels the shared randomness, so the interval is usually far
 * narrower than comparing two independent summaries. Pairs with a null on either side are skipped.
 */
export function pairedDifference(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  confidence = 0.95,
): ReplicationSummary {
  if (a.length !== b.length) throw new RangeError(`pairedDifference: lengths differ (${a.length} vs ${b.length})`);
  const differences: (number | null)[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    differences.push(x === null || y === null ? null : y - x);
  }
  return summarize(differences, confidence);
}

/**
 * Estimated total replications for the CI half-width to reach relativePrecision·|mean|:
 * ⌈(t·s / (r·|mean|))²⌉ with t and s from the current sample (Law & Kelton's sequential
 * estimate; t is not re-evaluated at the new n, so treat it as a planning figure and re-check).
 * Returns null when fewer than 2 values are present, Infinity when the mean is 0 but s > 0,
 * and never less than 2 (a t interval needs two replications).
 */
export function replicationsNeeded(
  values: readonly (number | null)[],
  relativePrecision: number,
  confidence = 0.95,
): number | null {
  if (!(relativePrecision > 0)) throw new RangeError(`replicationsNeeded: relativePrecision must be > 0, got ${relativePrecision}`);
  const s = summarize(values, confidence);
  if (s.n < 2 || s.mean === null || s.sd === null) return null;
  if (s.sd === 0) return 2;
  if (s.mean === 0) return Infinity;
  const t = studentTQuantile(1 - (1 - confidence) / 2, s.n - 1);
  return Math.max(2, Math.ceil(((t * s.sd) / (relativePrecision * Math.abs(s.mean))) ** 2));
}
