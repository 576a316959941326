// Poisson arrivals whose rate changes at arbitrary instants: counts per segment, one uniform per
// arrival, monotone in it, the same arrivals as the evenly spaced form, and a lazy walk.
import { describe, expect, it } from 'vitest';
import { PiecewiseRateArrivals, RandomStreams, ScheduledRateArrivals, type RateSchedule } from '../../../sim/random/index.ts';
import { constant } from './helpers.ts';

const streams = new RandomStreams('nhpp-breakpoints', 0);

/** A rate given as change points at arbitrary times and the rate from each until the next (then 0). */
function steps(points: number[], rates: number[]): RateSchedule & { reads: number } {
  const s = {
    reads: 0,
    rateAt(t: number): number {
      s.reads++;
      let i = -1;
      while (i + 1 < points.length && points[i + 1] <= t) i++;
      return i < 0 ? 0 : rates[i];
    },
    nextChange(t: number): number {
      const p = points.find((x) => x > t);
      return p ?? Number.POSITIVE_INFINITY;
    },
  };
  return s;
}

describe('ScheduledRateArrivals', () => {
  // A quiet base with a 0.3-long burst at 40× that starts and ends between "hours" (1.0 apart).
  const points = [0, 2.35, 2.65, 5.1, 7];
  const rates = [10, 400, 10, 0, 0];

  it('counts in every segment match rate × length over 400 runs (|count − expected| < 4√expected)', () => {
    const runs = 400;
    const counts = new Array<number>(points.length).fill(0);
    const rng = streams.stream('counts');
    let nonIncreasing = 0;
    for (let r = 0; r < runs; r++) {
      const arrivals = new ScheduledRateArrivals(steps(points, rates), { end: 7 });
      let t = 0;
      for (;;) {
        const next = arrivals.next(t, rng);
        if (next === Number.POSITIVE_INFINITY) break;
        if (!(next > t)) nonIncreasing++;
        let i = 0;
        while (i + 1 < points.length && points[i + 1] <= next) i++;
        counts[i]++;
        t = next;
      }
    }
    expect(nonIncreasing).toBe(0);
    for (let i = 0; i + 1 < points.length; i++) {
      const expected = rates[i] * (points[i + 1] - points[i]) * runs;
      if (expected === 0) expect(counts[i], `segment ${i}`).toBe(0);
      else expect(Math.abs(counts[i] - expected), `segment ${i}: ${counts[i]} vs ${expected}`).toBeLessThan(4 * Math.sqrt(expected));
    }
  });

  it('uses one uniform per arrival, and the arrival is monotone in it', () => {
    let prev = 0;
    for (let k = 1; k < 200; k++) {
      const u = k / 200;
      let calls = 0;
      const rng = () => {
        calls++;
        return u;
      };
      const x = new ScheduledRateArrivals(steps(points, rates), { end: 7 }).next(1.5, rng);
      expect(calls).toBe(1);
      expect(x).toBeGreaterThanOrEqual(prev);
      prev = x === Number.POSITIVE_INFINITY ? prev : x;
    }
  });

  it('gives the same arrivals as PiecewiseRateArrivals when the change points are evenly spaced', () => {
    const hourly = (s: number) => [3, 0, 7, 1.5][s % 4];
    const even = new PiecewiseRateArrivals(hourly, 1, { end: 200 });
    const scheduled = new ScheduledRateArrivals({ rateAt: (t) => hourly(Math.floor(t)), nextChange: (t) => Math.floor(t) + 1 }, { end: 200 });
    const a = new RandomStreams('nhpp-breakpoints', 0).stream('same');
    const b = new RandomStreams('nhpp-breakpoints', 0).stream('same');
    let ta = 0;
    let tb = 0;
    let n = 0;
    while (ta !== Number.POSITIVE_INFINITY) {
      ta = even.next(ta, a);
      tb = scheduled.next(tb, b);
      expect(tb).toBe(ta);
      n++;
    }
    expect(n).toBeGreaterThan(500);
  });

  it('reads the rate once per segment it walks, so a long horizon needs no table over it', () => {
    // Ten years of hours with a rate of 0 except in the very last hour.
    const hours = 10 * 365 * 24;
    let reads = 0;
    const schedule: RateSchedule = {
      rateAt: (t) => {
        reads++;
        return t >= hours - 1 ? 5 : 0;
      },
      nextChange: (t) => Math.floor(t) + 1,
    };
    const x = new ScheduledRateArrivals(schedule, { end: hours }).next(0, constant(0.5));
    expect(x).toBeGreaterThan(hours - 1);
    expect(x).toBeLessThan(hours);
    expect(reads).toBe(hours);
  });

  it('rejects a negative or non-finite rate and a change point that does not move forward', () => {
    expect(() => new ScheduledRateArrivals({ rateAt: () => -1, nextChange: (t) => t + 1 }).next(0, constant(0.5))).toThrow(RangeError);
    expect(() => new ScheduledRateArrivals({ rateAt: () => Number.NaN, nextChange: (t) => t + 1 }).next(0, constant(0.5))).toThrow(RangeError);
    expect(() => new ScheduledRateArrivals({ rateAt: () => 1, nextChange: (t) => t }).next(0, constant(0.5))).toThrow(RangeError);
    expect(() => new ScheduledRateArrivals({ rateAt: () => 1, nextChange: (t) => t + 1 }, { end: Number.NaN })).toThrow(RangeError);
  });
});
