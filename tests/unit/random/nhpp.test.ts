// Piecewise-constant-rate Poisson arrivals: counts per segment, exponential gaps, exact inversion and termination.
import { describe, expect, it } from 'vitest';
import { PiecewiseRateArrivals, RandomStreams } from '../../../sim/random/index.ts';
import { cdfs, constant, ksCritical, ksStatistic, moments } from './helpers.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;
// Arrivals per hour: empty at night, a one-hour surge of 900/h at 06:00 between two
// quiet hours, a daytime plateau. A sampler that draws each gap from the rate in
// force at its start would step over most of the surge and smear it into 07:00.
const HOURLY = [0, 0, 0, 0, 0, 30, 900, 30, 150, 160, 170, 180, 170, 160, 150, 160, 170, 200, 190, 150, 120, 60, 0, 0];
const perSecond = (segment: number) => HOURLY[segment % 24] / HOUR;
const streams = new RandomStreams('nhpp-tests', 0);

describe('PiecewiseRateArrivals', () => {
  it('matches rate × length in every hour of a daily profile over 100 days (|count − expected| < 4√expected)', () => {
    const days = 100;
    const arrivals = new PiecewiseRateArrivals(perSecond, HOUR, { end: days * DAY });
    const rng = streams.stream('daily-profile');
    const counts = new Array<number>(24).fill(0);
    let t = 0;
    let nonIncreasing = 0;
    for (;;) {
      const next = arrivals.next(t, rng);
      if (next === Number.POSITIVE_INFINITY) break;
      if (!(next > t)) nonIncreasing++;
      counts[Math.floor(next / HOUR) % 24]++;
      t = next;
    }
    expect(nonIncreasing).toBe(0);
    expect(t).toBeLessThan(days * DAY);
    for (let h = 0; h < 24; h++) {
      const expected = HOURLY[h] * days;
      if (expected === 0) expect(counts[h], `hour ${h}`).toBe(0);
      // Poisson: sd = √expected; 4 sd is a two-sided 6e-5 false-alarm rate per hour.
      else expect(Math.abs(counts[h] - expected), `hour ${h}: ${counts[h]} vs ${expected}`).toBeLessThan(4 * Math.sqrt(expected));
    }
  });

  it('gives exponential gaps under a constant rate, across many segment boundaries (KS α = 0.01, mean within 5 SE)', () => {
    const rate = 0.5;
    // Segments of 7 s against a mean gap of 2 s: about a quarter of the gaps straddle a boundary.
    const arrivals = new PiecewiseRateArrivals(() => rate, 7);
    const rng = streams.stream('constant-rate');
    const n = 200_000;
    const gaps = new Float64Array(n);
    let t = 1234.5; // not on a boundary
    for (let i = 0; i < n; i++) {
      const next = arrivals.next(t, rng);
      gaps[i] = next - t;
      t = next;
    }
    expect(ksStatistic(gaps, cdfs.exponential(1 / rate))).toBeLessThan(ksCritical(n));
    const m = moments(gaps);
    expect(Math.abs(m.mean - 1 / rate)).toBeLessThan(5 * m.seMean);
  });

  it('inverts the cumulative rate exactly', () => {
    // Rates 1, 3, 0, 2 on unit segments. From t = 0.5 the cumulative rate reaches
    // 0.5 at 1, 3.5 at 2, stays 3.5 through segment 2, and grows at 2 per unit after 3.
    const rates = [1, 3, 0, 2];
    const arrivals = new PiecewiseRateArrivals((s) => rates[s] ?? 0, 1);
    const at = (e: number) => arrivals.next(0.5, constant(-Math.expm1(-e))); // u with −ln(1 − u) = e
    expect(at(0.25)).toBeCloseTo(0.75, 12);
    expect(at(1.1)).toBeCloseTo(1.2, 12);
    expect(at(3.6)).toBeCloseTo(3.05, 12); // skips the zero-rate segment entirely
    expect(at(6)).toBe(Number.POSITIVE_INFINITY); // total mass after 0.5 is only 5.5
  });

  it('uses exactly one uniform per arrival, monotone in it (aligned common random numbers)', () => {
    const arrivals = new PiecewiseRateArrivals(perSecond, HOUR, { end: 10 * DAY });
    const rng = streams.stream('count');
    let calls = 0;
    const counting = () => {
      calls++;
      return rng();
    };
    let t = 0;
    for (let i = 0; i < 1000; i++) t = arrivals.next(t, counting);
    expect(calls).toBe(1000);
    const times = [0.001, 0.1, 0.5, 0.9, 0.999].map((u) => arrivals.next(4 * HOUR, constant(u)));
    expect(times.every((x, i) => i === 0 || x > times[i - 1])).toBe(true);
  });

  it('returns Infinity, without hanging, when the rate is zero everywhere', () => {
    // Bounded work, not wall-clock time: the walk reads each hourly segment up to `end` at most once.
    let reads = 0;
    const zero = () => {
      reads++;
      return 0;
    };
    expect(new PiecewiseRateArrivals(zero, HOUR).next(0, constant(0.5))).toBe(Number.POSITIVE_INFINITY);
    reads = 0;
    expect(new PiecewiseRateArrivals(zero, HOUR, { end: 1e9 }).next(0, constant(0.5))).toBe(Number.POSITIVE_INFINITY);
    expect(reads).toBeLessThanOrEqual(Math.ceil(1e9 / HOUR) + 1);
  });

  it('walks across a long zero-rate stretch to a later arrival', () => {
    const arrivals = new PiecewiseRateArrivals((s) => (s >= 100_000 ? 1 : 0), 10);
    const x = arrivals.next(0, constant(0.5));
    expect(x).toBeCloseTo(1_000_000 + Math.LN2, 6);
  });

  it('produces no arrival at or after end, and arrivals before end at the full rate', () => {
    const end = 5.5 * HOUR; // mid-segment
    const arrivals = new PiecewiseRateArrivals(() => 0.1, HOUR, { end });
    const rng = streams.stream('end');
    let count = 0;
    let last = 0;
    for (let day = 0; day < 200; day++) {
      for (let t = arrivals.next(0, rng); t < Number.POSITIVE_INFINITY; t = arrivals.next(t, rng)) {
        count++;
        last = Math.max(last, t);
      }
    }
    expect(last).toBeLessThan(end);
    const expected = 0.1 * end * 200;
    expect(Math.abs(count - expected)).toBeLessThan(4 * Math.sqrt(expected));
    expect(arrivals.next(end, constant(0.5))).toBe(Number.POSITIVE_INFINITY);
    expect(arrivals.next(end + 1, constant(0.5))).toBe(Number.POSITIVE_INFINITY);
  });

  it('returns a time strictly after t even when the gap is below the resolution of t', () => {
    const arrivals = new PiecewiseRateArrivals(() => 1e9, HOUR);
    const t = 1e15;
    expect(arrivals.next(t, constant(0.5))).toBeGreaterThan(t);
    expect(arrivals.next(0, constant(0))).toBeGreaterThan(0);
  });

  it('handles t exactly on a segment boundary', () => {
    const arrivals = new PiecewiseRateArrivals((s) => (s === 3 ? 2 : 0), 10);
    expect(arrivals.next(30, constant(-Math.expm1(-1)))).toBeCloseTo(30.5, 12);
    expect(arrivals.next(40, constant(0.5))).toBe(Number.POSITIVE_INFINITY); // only zero rates ahead: capped walk
  });

  it('rejects invalid rates, segment lengths and times', () => {
    expect(() => new PiecewiseRateArrivals(() => -1, HOUR).next(0, constant(0.5))).toThrow(RangeError);
    expect(() => new PiecewiseRateArrivals(() => Number.NaN, HOUR).next(0, constant(0.5))).toThrow(RangeError);
    expect(() => new PiecewiseRateArrivals(() => Number.POSITIVE_INFINITY, HOUR).next(0, constant(0.5))).toThrow(RangeError);
    expect(() => new PiecewiseRateArrivals(() => 1, 0)).toThrow(RangeError);
    expect(() => new PiecewiseRateArrivals(() => 1, HOUR, { end: Number.NaN })).toThrow(RangeError);
    expect(() => new PiecewiseRateArrivals(() => 1, HOUR).next(-1, constant(0.5))).toThrow(RangeError);
  });
});
