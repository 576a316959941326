// What the result document reports beyond means: P(wait > t) against Erlang C, the realised
// primary time, and the stability report on an overloaded and a lightly loaded lane.
//
// Tolerances: across-replication figures must lie within 4 standard errors of theory
// (two-sided p ≈ 0.01 under Student t with 5 df) and within a stated absolute bound, so that
// neither a noisy run nor a biased count passes unnoticed.

import { describe, expect, it } from 'vitest';
import { Scenario } from '../../scenarios/scenario.ts';
import { runScenario, type Across, type ResultDocument } from '../../sim/index.ts';
import { mmcWaitTail } from '../../sim/theory/index.ts';
import { growingLines, lineByDay } from '../../sim/results/stability.ts';
import type { LaneRun } from '../../sim/results/document.ts';

function expectNear(a: Across, theory: number, absTol: number, what: string): void {
  const se = a.sd! / Math.sqrt(a.n);
  const detail = `${what}: simulated ${a.mean} (95 % CI ${a.ciLow}–${a.ciHigh}, se ${se}), theory ${theory}`;
  expect(Math.abs(a.mean! - theory), detail).toBeLessThan(Math.max(4 * se, 1e-9));
  expect(Math.abs(a.mean! - theory), detail).toBeLessThan(absTol);
}

describe('P(wait > t) on an M/M/3 queue at ρ = 0.8 matches Erlang C, C(3, 2.4)·exp(−(3μ − λ)t)', () => {
  // Two Poisson flows of 72 cars an hour share three booths with exponential 60 s inspections:
  // λ = 0.04/s, μ = 1/60 s, ρ = 0.8. FCFS does not tell the flows apart, so each sees the same tail.
  const thresholds = [0.5, 1, 2, 4];
  const doc = runScenario(
    Scenario.parse({
      name: 'M/M/3 tail',
      seed: 11,
      replications: 6,
      horizonHours: 420,
      warmupHours: 20,
      report: { waitThresholdsMinutes: thresholds },
      ports: [
        {
          id: 'p',
          name: 'P',
          flows: [
            { id: 'a', mode: 'car', perDay: 1728 },
            { id: 'b', mode: 'car', perDay: 1728 },
          ],
          laneGroups: [{ id: 'booths', kind: 'general', booths: 3, primarySeconds: { kind: 'exponential', mean: 60 } }],
        },
      ],
    }),
  );
  const params = { lambda: 0.04, mu: 1 / 60, c: 3 };
  const port = doc.ports[0];
  const lane = port.lanes[0];

  it('per lane group, per flow and for the port, at every threshold (within 4 se and 0.02)', () => {
    for (const m of thresholds) {
      const theory = mmcWaitTail(params, m * 60);
      expectNear(lane.figures.waitOver[String(m)], theory, 0.02, `lane, t = ${m} min`);
      expectNear(port.summary.waitOver[String(m)], theory, 0.02, `port, t = ${m} min`);
      for (const f of port.flows) expectNear(f.waitOver[String(m)], theory, 0.02, `flow ${f.id}, t = ${m} min`);
    }
    // Keys are the thresholds as written (JSON objects list integer keys first: read them by value).
    expect(Object.keys(lane.figures.waitOver).sort((x, y) => Number(x) - Number(y))).toEqual(['0.5', '1', '2', '4']);
  });

  it('per lane × clock hour: every hour near theory (within 0.06), hours pooled within 0.02', () => {
    for (const m of thresholds) {
      const theory = mmcWaitTail(params, m * 60);
      const hourly = lane.byHour.map((h) => h.waitOver[String(m)].mean!);
      expect(hourly).toHaveLength(24);
      for (const [h, p] of hourly.entries()) expect(Math.abs(p - theory), `hour ${h}, t = ${m} min: ${p} vs ${theory}`).toBeLessThan(0.06);
      const pooled = hourly.reduce((s, p) => s + p, 0) / 24;
      expect(Math.abs(pooled - theory), `hours pooled, t = ${m} min`).toBeLessThan(0.02);
    }
  });

  it('shares fall as the threshold rises and stay in [0, 1], intervals included', () => {
    for (const run of doc.runs) {
      const shares = thresholds.map((m) => run.ports[0].lanes[0].waitOver[String(m)]!);
      for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThanOrEqual(shares[i - 1]);
    }
    for (const a of Object.values(lane.figures.waitOver)) {
      expect(a.ciLow!).toBeGreaterThanOrEqual(0);
      expect(a.ciHigh!).toBeLessThanOrEqual(1);
    }
  });

  it('measures the realised mean primary time (60 s) and the offered load (0.8), and finds the lane stable', () => {
    expectNear(lane.figures.primarySecondsMean, 60, 1, 'realised primary seconds');
    expectNear(lane.capacity.offeredLoad, 0.8, 0.02, 'offered load');
    expect(lane.meanPrimarySeconds).toBe(60);
    expect(port.stability).toEqual({ unstableLaneHours: [], growingLines: [] });
  });
});

describe('the stability report', () => {
  // Cars: one booth, 72 an hour, 60 s each: ρ = 1.2. Pedestrians: one booth, 30 an hour: ρ = 0.5.
  function run(replications: number): ResultDocument {
    return runScenario(
      Scenario.parse({
        name: 'one lane overloaded',
        seed: 5,
        replications,
        horizonHours: 72,
        ports: [
          {
            id: 'p',
            name: 'P',
            flows: [
              { id: 'cars', mode: 'car', perDay: 72 * 24 },
              { id: 'walkers', mode: 'pedestrian', perDay: 30 * 24 },
            ],
            laneGroups: [
              { id: 'cars', kind: 'general', booths: 1, primarySeconds: { kind: 'deterministic', value: 60 } },
              { id: 'walkers', kind: 'pedestrian', booths: 1, primarySeconds: { kind: 'deterministic', value: 60 } },
            ],
          },
        ],
      }),
    );
  }
  const doc = run(3);
  const stability = doc.ports[0].stability;

  it('flags every hour of the overloaded lane with ρ near 1.2, and no hour of the light one', () => {
    const cars = stability.unstableLaneHours.filter((h) => h.lane === 'cars');
    expect(cars.map((h) => h.hour)).toEqual(Array.from({ length: 24 }, (_, h) => h));
    for (const h of cars) expect(Math.abs(h.rho! - 1.2), `hour ${h.hour}: ρ ${h.rho}`).toBeLessThan(0.2);
    expect(stability.unstableLaneHours.filter((h) => h.lane === 'walkers')).toEqual([]);
    const walkers = doc.ports[0].lanes[1];
    expect(Math.abs(walkers.capacity.offeredLoad.mean! - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(doc.ports[0].lanes[0].capacity.offeredLoad.mean! - 1.2)).toBeLessThan(0.05);
  });

  it('finds the overloaded line growing day by day (about 0.2 × 72 = 14 vehicles more each hour), and not the light one', () => {
    expect(stability.growingLines.map((g) => g.lane)).toEqual(['cars']);
    const g = stability.growingLines[0];
    expect(g.perDay).toHaveLength(3);
    // The line grows by λ − μ = 12 vehicles an hour, 288 a day: daily means about 144, 432, 720.
    for (const [d, x] of g.perDay.entries()) expect(Math.abs(x - (144 + 288 * d)) / (144 + 288 * d), `day ${d + 1}: ${x}`).toBeLessThan(0.25);
    expect(g.growthCi![0]).toBeGreaterThan(0);
  });

  it('reports the same with a single replication (no interval)', () => {
    const one = run(1).ports[0].stability;
    expect(one.growingLines.map((g) => g.lane)).toEqual(['cars']);
    expect(one.growingLines[0].growthCi).toBeNull();
    expect(new Set(one.unstableLaneHours.map((h) => h.lane))).toEqual(new Set(['cars']));
  });
});

describe('growing lines from timelines', () => {
  const laneRun = (queueLength: number[]) => ({ timeline: { queueLength, openBooths: [] } }) as unknown as LaneRun;
  const days = (...perDay: number[]) => perDay.flatMap((x) => new Array<number>(24).fill(x));

  it('splits the timeline after the warm-up into whole days', () => {
    expect(lineByDay([...new Array<number>(6).fill(99), ...days(1, 2), 5], 6, 6 + 48 + 0.5)).toEqual([1, 2]);
    expect(lineByDay(days(1, 2, 3), 0, 71)).toEqual([1, 2]);
  });

  it('needs every day longer than the one before and growth beyond chance', () => {
    const rising = [[laneRun(days(1, 3, 5))], [laneRun(days(2, 4, 6))], [laneRun(days(1, 4, 7))]];
    expect(growingLines(['x'], rising, 0, 72).map((g) => g.lane)).toEqual(['x']);
    const noisy = [[laneRun(days(1, 3, 5))], [laneRun(days(5, 3, 1))], [laneRun(days(2, 2, 2))]];
    expect(growingLines(['x'], noisy, 0, 72)).toEqual([]);
    const dip = [[laneRun(days(1, 5, 4, 9))], [laneRun(days(1, 5, 4, 9))]];
    expect(growingLines(['x'], dip, 0, 96)).toEqual([]);
    expect(growingLines(['x'], [[laneRun(days(1, 5))]], 0, 47)).toEqual([]);
  });

  it('with one replication asks for 10 % and one vehicle more on the last day', () => {
    expect(growingLines(['x'], [[laneRun(days(10, 11.5))]], 0, 48)).toEqual([]);
    expect(growingLines(['x'], [[laneRun(days(10, 12.5))]], 0, 48).map((g) => g.lane)).toEqual(['x']);
  });
});
