import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { TimeWeighted } from '../../../sim/stats/time-weighted.ts';

describe('TimeWeighted', () => {
  // Level: 0 on [0,2), 3 on [2,5), 1 on [5,6), 4 from 6 on. Area to 10 = 0 + 9 + 1 + 16 = 26.
  function stepFunction(): TimeWeighted {
    const tw = new TimeWeighted();
    tw.update(2, 3);
    tw.update(5, 1);
    tw.update(6, 4);
    return tw;
  }

  it('integrates a hand-worked step function', () => {
    const tw = stepFunction();
    expect(tw.area).toBe(10);
    expect(tw.areaUntil(10)).toBe(26);
    expect(tw.mean(10)).toBeCloseTo(2.6, 15);
    expect(tw.mean(6)).toBeCloseTo(10 / 6, 15);
    expect(tw.max).toBe(4);
    expect(tw.level).toBe(4);
  });

  it('honours a non-zero start time and initial level', () => {
    const tw = new TimeWeighted(100, 2);
    tw.update(110, 0);
    expect(tw.mean(120)).toBe(1);
    expect(tw.max).toBe(2);
  });

  it('reset restarts the average at t keeping the current level', () => {
    const tw = stepFunction();
    tw.reset(8);
    expect(tw.startTime).toBe(8);
    expect(tw.area).toBe(0);
    expect(tw.max).toBe(4);
    tw.update(9, 0);
    expect(tw.mean(10)).toBe(2); // (4·1 + 0·1)/2
    expect(tw.max).toBe(4);
    const later = stepFunction();
    later.update(7, 1);
    later.reset(8);
    expect(later.max).toBe(1); // the warm-up peak of 4 is forgotten
  });

  it('returns the current level for a zero-length window', () => {
    const tw = new TimeWeighted(5, 3);
    expect(tw.mean(5)).toBe(3);
  });

  it('rejects time going backwards', () => {
    const tw = stepFunction();
    expect(() => tw.update(5.5, 1)).toThrow(RangeError);
    expect(() => tw.mean(5)).toThrow(RangeError);
    expect(() => tw.reset(1)).toThrow(RangeError);
    expect(() => tw.update(NaN, 1)).toThrow(RangeError);
  });

  it('matches a direct integral of random step functions (property)', () => {
    const step = fc.record({ dt: fc.integer({ min: 0, max: 100 }), level: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 100 }), (steps, tail) => {
        const tw = new TimeWeighted();
        let t = 0;
        let level = 0;
        let area = 0;
        let peak = 0;
        for (const s of steps) {
          area += level * s.dt;
          t += s.dt;
          level = s.level;
          peak = Math.max(peak, level);
          tw.update(t, level);
        }
        area += level * tail;
        expect(tw.mean(t + tail)).toBeCloseTo(area / (t + tail), 10);
        expect(tw.max).toBe(peak);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
