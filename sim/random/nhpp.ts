// Non-homogeneous Poisson arrivals with a piecewise-constant rate, by exact inversion of the cumulative rate.
import * as fm from '../math/index.ts';
import { openUnit, type Rng } from './rng.ts';

/**
 * Options of `PiecewiseRateArrivals` and `ScheduledRateArrivals`: `end`, in the time unit of the
 * arrivals, from which `next` returns Infinity (default: no end).
 */
export interface PiecewiseRateOptions {
  /** No arrival at or after this time; `next` returns Infinity instead. Default: no end. */
  end?: number;
}

/**
 * Walks at most this many segments per call (1141 years of hourly segments) and
 * then reports "no arrival": a rate that stays 0 forever must not hang the run.
 */
export const MAX_SEGMENTS_PER_DRAW = 10_000_000;

/**
 * A rate that is constant between change points placed anywhere in time (clock hours, the
 * start and end of a surge, midnight when the day type changes), read lazily one segment at a
 * time so that a long horizon needs no table over it.
 */
export interface RateSchedule {
  /** Arrivals per unit time in force from t until `nextChange(t)`; finite and ≥ 0. */
  rateAt(t: number): number;
  /** The first time strictly after t at which the rate may change (Infinity if never). */
  nextChange(t: number): number;
}

/**
 * Arrivals whose rate is piecewise constant with change points anywhere (see `RateSchedule`).
 *
 * The next arrival after t is found by inverting the cumulative rate Λ: draw
 * E ~ Exp(1) and walk forward segment by segment until Λ(t, x) = E. Drawing the gap from the
 * rate in force at t instead would apply that rate across the following segments too: a quiet
 * hour would step clean over a short surge after it, and an arrival drawn during a surge would
 * land in the quiet hour as if the surge continued. Inversion is exact, and unlike thinning it
 * uses exactly one uniform per arrival, monotone in that uniform, so arrivals stay aligned across
 * scenarios that rescale the profile or add a surge.
 */
export class ScheduledRateArrivals {
  readonly end: number;

  constructor(
    private readonly schedule: RateSchedule,
    opts: PiecewiseRateOptions = {},
  ) {
    const end = opts.end ?? Number.POSITIVE_INFINITY;
    if (Number.isNaN(end)) throw new RangeError('end must be a number');
    this.end = end;
  }

  // The last segment read: most arrivals fall in the segment of the one before.
  private cachedFrom = 0;
  private cachedUntil = -1;
  private cachedRate = 0;

  /** The first arrival strictly after t (t ≥ 0), or Infinity if there is none before `end`. */
  next(t: number, rng: Rng): number {
    if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
    if (t >= this.end) return Number.POSITIVE_INFINITY;

    let remaining = -fm.log1p(-openUnit(rng()));
    let start = t;
    for (let walked = 0; walked < MAX_SEGMENTS_PER_DRAW; walked++) {
      let r: number;
      let until: number;
      if (start >= this.cachedFrom && start < this.cachedUntil) {
        r = this.cachedRate;
        until = this.cachedUntil;
      } else {
        r = this.schedule.rateAt(start);
        until = this.schedule.nextChange(start);
        if (!(r >= 0 && r < Number.POSITIVE_INFINITY)) throw new RangeError(`rate at ${start} must be a finite number ≥ 0, got ${r}`);
        if (!(until > start)) throw new RangeError(`the rate's next change after ${start} must be later, got ${until}`);
        this.cachedFrom = start;
        this.cachedUntil = until;
        this.cachedRate = r;
      }
      const stop = Math.min(until, this.end);
      if (r > 0) {
        const mass = r * (stop - start);
        if (remaining < mass) return arrivalAt(start + remaining / r, t, this.end);
        remaining -= mass;
      }
      if (stop >= this.end) return Number.POSITIVE_INFINITY;
      start = stop;
    }
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Arrivals whose rate is constant within each segment [s·L, (s+1)·L) and may change between
 * segments, e.g. an hourly traffic profile: the evenly spaced case of `ScheduledRateArrivals`,
 * with the same inversion, walked by segment number (the fast path for long empty stretches).
 */
export class PiecewiseRateArrivals {
  readonly end: number;

  /**
   * @param rate arrivals per unit time during segment s (s = 0, 1, ...); must be finite and ≥ 0, and a pure function of s (it is cached).
   *   Typically `s => hourly[s % 24] / 3600` with times in seconds. Called once per segment walked.
   * @param segmentLength length L of each segment, in the same time unit as t.
   */
  constructor(
    private readonly rate: (segment: number) => number,
    readonly segmentLength: number,
    opts: PiecewiseRateOptions = {},
  ) {
    if (!(segmentLength > 0 && Number.isFinite(segmentLength))) {
      throw new RangeError(`segmentLength must be a positive finite number, got ${segmentLength}`);
    }
    const end = opts.end ?? Number.POSITIVE_INFINITY;
    if (Number.isNaN(end)) throw new RangeError('end must be a number');
    this.end = end;
  }

  private cachedSegment = -1;
  private cachedRate = 0;

  /** The rate of a segment; the last one is remembered, since most arrivals fall in the segment of the one before. */
  private rateOf(segment: number): number {
    if (segment !== this.cachedSegment) {
      this.cachedRate = this.rate(segment);
      this.cachedSegment = segment;
    }
    return this.cachedRate;
  }

  /** The first arrival strictly after t (t ≥ 0), or Infinity if there is none before `end`. */
  next(t: number, rng: Rng): number {
    if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
    if (t >= this.end) return Number.POSITIVE_INFINITY;

    let remaining = -fm.log1p(-openUnit(rng()));
    const length = this.segmentLength;
    let segment = Math.floor(t / length);
    // t / length can round across a boundary; re-anchor so that t lies inside the segment.
    if ((segment + 1) * length <= t) segment++;
    else if (segment * length > t) segment--;

    let start = t;
    for (let walked = 0; walked < MAX_SEGMENTS_PER_DRAW; walked++, segment++) {
      const stop = Math.min((segment + 1) * length, this.end);
      const r = this.rateOf(segment);
      if (!(r >= 0 && r < Number.POSITIVE_INFINITY)) {
        throw new RangeError(`rate(${segment}) must be a finite number ≥ 0, got ${r}`);
      }
      if (r > 0) {
        const mass = r * (stop - start);
        if (remaining < mass) return arrivalAt(start + remaining / r, t, this.end);
        remaining -= mass;
      }
      if (stop >= this.end) return Number.POSITIVE_INFINITY;
      start = stop;
    }
    return Number.POSITIVE_INFINITY;
  }
}

/** The arrival found at `arrival` by inversion after t, kept strictly after t and before `end`. */
function arrivalAt(arrival: number, t: number, end: number): number {
  if (arrival >= end) return Number.POSITIVE_INFINITY; // rounding at the very edge
  // A gap far below the resolution of t would round to t itself.
  return arrival > t ? arrival : t + Math.max(t * Number.EPSILON, Number.MIN_VALUE);
}
