// summarizeFit on small comparisons whose figures are worked out by hand.
import { describe, expect, it } from 'vitest';
import { summarizeFit } from '../../observed/fit.ts';
import type { WaitComparisonDocument, WaitComparisonRow } from '../../observed/compare.ts';
import type { ObservedLaneType } from '../../observed/observations.ts';

function row(hour: number, observed: number, simulated: number | null, observations = 1): WaitComparisonRow {
  return { hour, observed, observations, simulated: simulated === null ? null : { mean: simulated, ciLow: null, ciHigh: null }, difference: simulated === null ? null : simulated - observed };
}

function comparison(types: [ObservedLaneType, WaitComparisonRow[]][]): WaitComparisonDocument {
  return {
    format: 'borderflow-wait-comparison',
    version: 1,
    scenario: { file: 's.yaml', name: 's', hash: 'h', horizonHours: 24, warmupHours: 0, seed: 1, replications: 1 },
    observed: { file: 'o.csv', format: 'tidy-csv', observations: 0 },
    laneTypes: types.map(([laneType, rows]) => ({ laneType, laneGroups: ['p/x'], rows, hoursCompared: rows.length, correlation: null, meanAbsoluteError: null, ratio: null })),
  };
}

// general: observed 10, 20, 30 at hours 1, 2, 3; simulated 12, 18, 33 → differences +2, −2, +3.
// sentri:  observed 4, 6, 8; simulated 5, 5, 11 → differences +1, −1, +3; hour 4 has no simulated figure.
const C = comparison([
  ['general', [row(1, 10, 12), row(2, 20, 18), row(3, 30, 33)]],
  ['sentri', [row(1, 4, 5), row(2, 6, 5), row(3, 8, 11), row(4, 9, null)]],
]);

describe('summarizeFit', () => {
  it('overall and per lane class errors, correlations and ratios (hand-computed)', () => {
    const f = summarizeFit(C);
    expect(f.hours).toBe(6);
    expect(f.observations).toBe(6);
    // squares 4+4+9+1+1+9 = 28 → RMSE √(28/6); absolutes 2+2+3+1+1+3 = 12 → MAE 2.
    expect(f.rmseMinutes).toBeCloseTo(Math.sqrt(28 / 6), 12);
    expect(f.maeMinutes).toBeCloseTo(2, 12);
    const [g, s] = f.byLaneType;
    expect(g.laneType).toBe('general');
    expect(g.hours).toBe(3);
    expect(g.rmseMinutes).toBeCloseTo(Math.sqrt(17 / 3), 12);
    expect(g.maeMinutes).toBeCloseTo(7 / 3, 12);
    // sim 12,18,33 (mean 21; deviations −9,−3,12) vs obs 10,20,30 (mean 20; −10,0,10):
    // sxy = 90+0+120 = 210, sxx = 81+9+144 = 234, syy = 200 → r = 210/√(234·200).
    expect(g.correlation).toBeCloseTo(210 / Math.sqrt(234 * 200), 12);
    expect(g.ratioToGeneral).toBeNull();
    expect(s.hours).toBe(3);
    expect(s.rmseMinutes).toBeCloseTo(Math.sqrt(11 / 3), 12);
    expect(s.maeMinutes).toBeCloseTo(5 / 3, 12);
    // sim 5,5,11 (mean 7; −2,−2,4) vs obs 4,6,8 (mean 6; −2,0,2): sxy = 4+0+8 = 12, sxx = 24, syy = 8.
    expect(s.correlation).toBeCloseTo(12 / Math.sqrt(24 * 8), 12);
    // simulated 21/63 ÷ … : sentri sim mean 7 ÷ general sim mean 21; observed 6 ÷ 20.
    expect(s.ratioToGeneral!.simulated).toBeCloseTo(7 / 21, 12);
    expect(s.ratioToGeneral!.observed).toBeCloseTo(6 / 20, 12);
    expect(s.rows).toEqual([
      { hour: 1, observed: 4, simulated: 5, difference: 1, observations: 1 },
      { hour: 2, observed: 6, simulated: 5, difference: -1, observations: 1 },
      { hour: 3, observed: 8, simulated: 11, difference: 3, observations: 1 },
    ]);
  });

  it('weights errors by the observations behind each hour', () => {
    // Hour 1 averages 3 observations (difference +2), hour 2 one (difference −4).
    const f = summarizeFit(comparison([['general', [row(1, 10, 12, 3), row(2, 20, 16, 1)]]]));
    expect(f.observations).toBe(4);
    expect(f.hours).toBe(2);
    expect(f.rmseMinutes).toBeCloseTo(Math.sqrt((3 * 4 + 16) / 4), 12);
    expect(f.maeMinutes).toBeCloseTo((3 * 2 + 4) / 4, 12);
    expect(f.byLaneType[0].correlation).toBeNull(); // under 3 hours
  });

  it('selects rows by the predicate; ratios still use the general lanes at the selected hours', () => {
    const heldOut = summarizeFit(C, (t, h) => t === 'sentri' && h >= 2);
    expect(heldOut.hours).toBe(2);
    expect(heldOut.byLaneType.map((t) => t.laneType)).toEqual(['sentri']);
    expect(heldOut.rmseMinutes).toBeCloseTo(Math.sqrt((1 + 9) / 2), 12);
    // sentri sim 5,11 (mean 8) ÷ general sim 18,33 (25.5); observed 6,8 (7) ÷ 20,30 (25).
    expect(heldOut.byLaneType[0].ratioToGeneral!.simulated).toBeCloseTo(8 / 25.5, 12);
    expect(heldOut.byLaneType[0].ratioToGeneral!.observed).toBeCloseTo(7 / 25, 12);
    const inSample = summarizeFit(C, (t, h) => !(t === 'sentri' && h >= 2));
    expect(inSample.hours + heldOut.hours).toBe(6);
    expect(inSample.hours).toBe(4);
  });

  it('nothing selected: no rows, null errors', () => {
    const f = summarizeFit(C, () => false);
    expect(f).toEqual({ observations: 0, hours: 0, rmseMinutes: null, maeMinutes: null, byLaneType: [] });
  });

  it('no ratio without a general figure at the hours', () => {
    const f = summarizeFit(comparison([['ready', [row(1, 4, 5), row(2, 6, 5), row(3, 8, 11)]]]));
    expect(f.byLaneType[0].ratioToGeneral).toBeNull();
  });
});
