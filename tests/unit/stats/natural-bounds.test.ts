// Confidence intervals clipped to a figure's natural range: a wait is never negative, a share never above 1; differences keep their sign.
import { describe, expect, it } from 'vitest';
import { pairedDifference, summarize } from '../../../sim/stats/replications.ts';
import { aggregate, unbounded } from '../../../sim/results/aggregate.ts';

describe('summarize with natural bounds', () => {
  it('keeps the lower bound of [0, 0, 0, 5] at 0, and leaves the mean and half-width alone', () => {
    const plain = summarize([0, 0, 0, 5]);
    // Without bounds the t interval runs below 0 (1.25 ± 3.98): what the clipping is for.
    expect(plain.ciLow!).toBeLessThan(0);
    const s = summarize([0, 0, 0, 5], 0.95, { lower: 0 });
    expect(s.ciLow).toBe(0);
    expect(s.ciHigh).toBe(plain.ciHigh);
    expect(s.mean).toBe(1.25);
    expect(s.halfWidth).toBe(plain.halfWidth);
  });

  it('keeps a share in [0, 1] on both sides', () => {
    const high = summarize([1, 1, 1, 0.8], 0.95, { lower: 0, upper: 1 });
    expect(summarize([1, 1, 1, 0.8]).ciHigh!).toBeGreaterThan(1);
    expect(high.ciHigh).toBe(1);
    expect(high.ciLow!).toBeGreaterThan(0);
    const low = summarize([0, 0.02, 0, 0], 0.95, { lower: 0, upper: 1 });
    expect(low.ciLow).toBe(0);
    expect(low.ciHigh!).toBeLessThan(1);
  });

  it('does not move an interval that lies inside the bounds', () => {
    expect(summarize([3, 4, 5], 0.95, { lower: 0 })).toEqual(summarize([3, 4, 5]));
  });

  it('leaves paired differences unclipped: they can be negative', () => {
    const d = pairedDifference([5, 6, 7, 8], [4, 6, 5, 8]);
    expect(d.mean).toBe(-0.75);
    expect(d.ciLow!).toBeLessThan(d.mean!);
    expect(d.ciLow!).toBeLessThan(-0.75 - 1);
  });
});

describe('aggregate clips each figure to its range', () => {
  const runs = [
    { wait: { mean: 0 }, waitOver: { '30': 1 }, interdictionRate: 0, hitRateByReason: { random: 1 }, arrived: 0 },
    { wait: { mean: 0 }, waitOver: { '30': 1 }, interdictionRate: 0, hitRateByReason: { random: 1 }, arrived: 0 },
    { wait: { mean: 0 }, waitOver: { '30': 1 }, interdictionRate: 0, hitRateByReason: { random: 1 }, arrived: 0 },
    { wait: { mean: 5 }, waitOver: { '30': 0.5 }, interdictionRate: 0.9, hitRateByReason: { random: 0.2 }, arrived: 7 },
  ];

  it('gives waits and counts a lower bound of 0 and shares an upper bound of 1', () => {
    const a = aggregate(runs);
    expect(a.wait.mean.ciLow).toBe(0);
    expect(a.arrived.ciLow).toBe(0);
    expect(a.interdictionRate.ciLow).toBe(0);
    expect(a.waitOver['30'].ciHigh).toBe(1);
    expect(a.waitOver['30'].ciLow!).toBeGreaterThanOrEqual(0);
    expect(a.hitRateByReason.random.ciHigh).toBe(1);
    for (const s of [a.wait.mean, a.arrived, a.interdictionRate, a.waitOver['30'], a.hitRateByReason.random]) {
      expect(s.ciLow!).toBeGreaterThanOrEqual(0);
      expect(s.ciLow!).toBeLessThanOrEqual(s.mean!);
      expect(s.ciHigh!).toBeGreaterThanOrEqual(s.mean!);
    }
    expect(a.waitOver['30'].ciHigh!).toBeLessThanOrEqual(1);
  });

  it('clips nothing when told the figures are unbounded (differences)', () => {
    const a = aggregate(runs, unbounded);
    expect(a.wait.mean.ciLow!).toBeLessThan(0);
    expect(a.waitOver['30'].ciHigh!).toBeGreaterThan(1);
  });
});
