import { describe, it, expect } from 'vitest';
import { WaitStats } from '../../../sim/stats/observations.ts';
import { mulberry32 } from './prng.ts';

describe('WaitStats', () => {
  it('summarizes moments and percentiles together', () => {
    const w = new WaitStats();
    for (let i = 1; i <= 100; i++) w.add(i);
    const s = w.toJSON();
    expect(s.count).toBe(100);
    expect(s.mean).toBeCloseTo(50.5, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt((100 * 101) / 12), 10); // variance of 1..n is n(n+1)/12
    expect(s.min).toBe(1);
    expect(s.max).toBe(100);
    // Order statistic ⌊q·99⌋ of 1..100 is ⌊q·99⌋ + 1.
    expect(Math.abs(s.p50! - 50) / 50).toBeLessThanOrEqual(0.005);
    expect(Math.abs(s.p90! - 90) / 90).toBeLessThanOrEqual(0.005);
    expect(Math.abs(s.p95! - 95) / 95).toBeLessThanOrEqual(0.005);
    expect(Math.abs(s.p99! - 99) / 99).toBeLessThanOrEqual(0.005);
    expect(JSON.parse(JSON.stringify(w))).toEqual(s);
  });

  it('gives nulls, not NaN, for undefined figures', () => {
    expect(new WaitStats().toJSON()).toEqual({
      count: 0, mean: null, sd: null, min: null, max: null, p50: null, p90: null, p95: null, p99: null,
    });
    const one = new WaitStats();
    one.add(0);
    expect(one.toJSON()).toEqual({ count: 1, mean: 0, sd: null, min: 0, max: 0, p50: 0, p90: 0, p95: 0, p99: 0 });
  });

  it('merges and restores state exactly', () => {
    const u = mulberry32(3);
    const xs = Array.from({ length: 5000 }, () => (u() < 0.3 ? 0 : 1000 * u()));
    const whole = new WaitStats();
    const a = new WaitStats();
    const b = new WaitStats();
    xs.forEach((x, i) => {
      whole.add(x);
      (i % 3 === 0 ? a : b).add(x);
    });
    const restored = WaitStats.fromState(JSON.parse(JSON.stringify(a.toState())));
    restored.merge(b);
    expect(restored.toState().sketch).toEqual(whole.toState().sketch);
    expect(restored.count).toBe(whole.count);
    expect(restored.summary().mean).toBeCloseTo(whole.summary().mean!, 9);
    expect(restored.summary().p95).toBe(whole.summary().p95);
  });

  it('leaves both halves untouched when a value is rejected', () => {
    const w = new WaitStats();
    expect(() => w.add(-1)).toThrow(RangeError);
    expect(w.tally.count).toBe(0);
    expect(w.sketch.count).toBe(0);
  });

  it('refuses a state whose halves disagree', () => {
    const a = new WaitStats();
    a.add(1);
    const state = a.toState();
    state.tally = new WaitStats().toState().tally;
    expect(() => WaitStats.fromState(state)).toThrow();
  });
});
