// The sensitivity API: the grammar of --vary, how each input is varied, and a known answer from Erlang C.

import { describe, expect, it } from 'vitest';
import { erlangC, isNonLinear, parseVary, Scenario, scaleDistribution, sensitivity, shiftShares, shiftStaffing, varyScenario, type Distribution, type ScenarioInput } from '../../sim/index.ts';
import { compileDistribution } from '../../sim/index.ts';

describe('parseVary', () => {
  it('reads every input, with ± or +-', () => {
    expect(parseVary('service ±20%, officers ±1, volume +-10%, shares ±5pt, patience ± 15 %')).toEqual([
      { input: 'service', amount: 20, text: 'service ±20%' },
      { input: 'officers', amount: 1, text: 'officers ±1' },
      { input: 'volume', amount: 10, text: 'volume ±10%' },
      { input: 'shares', amount: 5, text: 'shares ±5pt' },
      { input: 'patience', amount: 15, text: 'patience ±15%' },
    ]);
    expect(parseVary('Volume ±2.5%')[0]).toMatchObject({ input: 'volume', amount: 2.5 });
  });
  const bad: [string, RegExp][] = [
    ['', /at least one input/],
    ['volume ±10%,', /empty item/],
    ['staff ±1', /unknown input "staff"/],
    ['volume 10%', /expected NAME ±AMOUNT/],
    ['volume ±10', /varies by a percentage/],
    ['volume ±100%', /more than 0 and less than 100/],
    ['volume ±0%', /more than 0 and less than 100/],
    ['officers ±1.5', /whole number of officers/],
    ['officers ±1%', /whole number of officers; expected e.g. "officers ±1"/],
    ['shares ±5%', /percentage points/],
    ['shares ±150pt', /at most 100/],
    ['volume ±10%, volume ±5%', /given twice/],
    ['service ±-5%', /expected NAME ±AMOUNT/],
  ];
  for (const [text, message] of bad) it(`rejects ${JSON.stringify(text)}`, () => expect(() => parseVary(text)).toThrow(message));
});

describe('scaleDistribution', () => {
  const kinds: Distribution[] = [
    { kind: 'exponential', mean: 60 },
    { kind: 'deterministic', value: 30 },
    { kind: 'uniform', min: 10, max: 50 },
    { kind: 'triangular', min: 10, mode: 20, max: 60 },
    { kind: 'normal', mean: 60, sd: 20 },
    { kind: 'lognormal', mean: 60, cv: 0.5 },
    { kind: 'lognormal-quantiles', median: 40, p95: 120 },
    { kind: 'gamma', mean: 60, cv: 0.7 },
    { kind: 'erlang', mean: 60, k: 3 },
    { kind: 'empirical', values: [10, 30, 90], weights: [1, 2, 1] },
  ];
  for (const d of kinds) {
    it(`scales the mean of ${d.kind} exactly`, () => {
      for (const f of [0.8, 1.2]) {
        const base = compileDistribution(d).mean;
        expect(compileDistribution(scaleDistribution(d, f)).mean).toBeCloseTo(base * f, 9);
      }
    });
  }
});

const mmc = (perDay: number, booths: number, extra: Partial<ScenarioInput> = {}): Scenario =>
  Scenario.parse({
    name: 'M/M/c',
    seed: 7,
    replications: 4,
    horizonHours: 30,
    warmupHours: 5,
    ports: [{ id: 'p', name: 'Port', flows: [{ id: 'cars', mode: 'car', perDay }], laneGroups: [{ id: 'g', kind: 'general', booths, primarySeconds: { kind: 'exponential', mean: 60 } }] }],
    ...extra,
  });

describe('varyScenario', () => {
  it('service scales every primary time exactly, by flow and by program too', () => {
    const s = mmc(1000, 2);
    s.ports[0].laneGroups[0].primaryByFlow = { cars: { kind: 'gamma', mean: 50, cv: 0.5 } };
    s.ports[0].laneGroups[0].primaryByProgram = { sentri: { kind: 'deterministic', value: 20 } };
    const hi = varyScenario(s, { input: 'service', amount: 20, text: '' }, 1).ports[0].laneGroups[0];
    expect(hi.primarySeconds).toEqual({ kind: 'exponential', mean: 72 });
    expect(hi.primaryByFlow.cars).toEqual({ kind: 'gamma', mean: 60, cv: 0.5 });
    expect(hi.primaryByProgram.sentri).toEqual({ kind: 'deterministic', value: 24 });
    // The base is untouched.
    expect(s.ports[0].laneGroups[0].primarySeconds).toEqual({ kind: 'exponential', mean: 60 });
  });

  it('volume scales every perDay', () => {
    expect(varyScenario(mmc(1000, 2), { input: 'volume', amount: 10, text: '' }, -1).ports[0].flows[0].perDay).toBeCloseTo(900, 9);
  });

  it('officers ±1 stay within 0 and the booths, in every staffing form', () => {
    expect(shiftStaffing(undefined, 1, 3)).toEqual({ byHour: Array(24).fill(3) });
    expect(shiftStaffing(undefined, -1, 3)).toEqual({ byHour: Array(24).fill(2) });
    expect(shiftStaffing({ constant: 5 }, -1, 3)).toEqual({ byHour: Array(24).fill(2) });
    const byHour = Array.from({ length: 24 }, (_, h) => h % 4);
    expect(shiftStaffing({ byHour }, 1, 3)).toEqual({ byHour: byHour.map((x) => Math.min(3, x + 1)) });
    expect(shiftStaffing({ byHour }, -1, 3)).toEqual({ byHour: byHour.map((x) => Math.max(0, x - 1)) });
    const shifts = shiftStaffing({ shifts: [{ start: 6, end: 14, officers: 2 }, { start: 22, end: 6, officers: 1 }] }, 1, 4);
    expect(shifts).toEqual({ byHour: Array.from({ length: 24 }, (_, h) => (h >= 6 && h < 14 ? 3 : h >= 22 || h < 6 ? 2 : 1)) });
    const byDay = shiftStaffing({ byDayType: { weekday: { constant: 4 }, sunday: { constant: 0 } } }, -1, 4);
    expect(byDay).toEqual({ byDayType: { weekday: { byHour: Array(24).fill(3) }, sunday: { byHour: Array(24).fill(0) } } });
  });

  it('shares move by points within [0, 1] and add up to at most 1', () => {
    expect(shiftShares({ sentri: 0.3, ready: 0.2 }, 5)).toEqual({ sentri: 0.35, ready: 0.25 });
    expect(shiftShares({ sentri: 0.02 }, -5)).toEqual({ sentri: 0 });
    const up = shiftShares({ sentri: 0.6, ready: 0.38 }, 5);
    const total = Object.values(up).reduce((a, b) => a! + b!, 0)!;
    expect(total).toBeCloseTo(1, 12);
    for (const v of Object.values(up)) expect(v).toBeGreaterThanOrEqual(0);
    expect(up.sentri! / up.ready!).toBeCloseTo(0.65 / 0.43, 12);
  });
});

describe('isNonLinear', () => {
  it('flags a change of sign or a ratio beyond 2', () => {
    expect(isNonLinear(-1, 1)).toBe(false);
    expect(isNonLinear(-1, 1.9)).toBe(false);
    expect(isNonLinear(-1, 2.1)).toBe(true);
    expect(isNonLinear(1, 1)).toBe(true); // both up: the figure rises on either side
    expect(isNonLinear(0, 0)).toBe(false);
    expect(isNonLinear(null, 1)).toBe(false);
  });
});

describe('sensitivity', () => {
  it('matches Erlang C: elasticity of the mean wait in M/M/2 at ρ = 0.6 to volume ±10 %', () => {
    // λ = 0.02/s, μ = 1/60 s, c = 2. Wq(λ) = C(2, λ/μ)/(2μ − λ).
    const mu = 1 / 60;
    const wq = (lambda: number) => erlangC(2, lambda / mu) / (2 * mu - lambda);
    const lambda = 0.02;
    const exact = (wq(lambda * 1.1) - wq(lambda * 0.9)) / (0.2 * wq(lambda));
    const s = mmc(lambda * 86400, 2, { replications: 10, horizonHours: 520, warmupHours: 20 });
    const r = sensitivity(s, { vary: 'volume ±10%' });
    const e = r.inputs[0].effects.meanWait;
    expect(e.unit).toBe('elasticity');
    // Tolerance: the 95 % interval covers Erlang C's elasticity (3.20 here), and the estimate is within 10 % of it.
    expect(exact).toBeCloseTo(3.2, 1);
    expect(e.effect.ciLow!).toBeLessThanOrEqual(exact);
    expect(e.effect.ciHigh!).toBeGreaterThanOrEqual(exact);
    expect(Math.abs(e.effect.mean! / exact - 1)).toBeLessThan(0.1);
  }, 120_000);

  it('ranks volume first when it clearly dominates, and states units', () => {
    // Volume ±40 % moves the load of this M/M/4 far more than one more or one fewer share point matters (no programs here).
    const s = mmc(0.05 * 86400, 4, { replications: 3, horizonHours: 40, warmupHours: 5 });
    const r = sensitivity(s, { vary: 'shares ±5pt, volume ±40%' });
    expect(r.kind).toBe('borderflow-sensitivity');
    expect(r.ranking.meanWait).toEqual(['volume', 'shares']);
    expect(r.inputs[0].effects.meanWait.range).toBe(0);
    expect(r.inputs[0].effects.meanWait.unit).toBe('min per pt');
    expect(r.inputs[1].effects.meanWait.range!).toBeGreaterThan(0);
    expect(Object.keys(r.figures)).toEqual(['meanWait', 'p95Wait', 'waitOver30', 'served', 'seizures', 'interdictionRate', 'laneMeanWait:p/g']);
  });

  it('refuses patience when no flow has any, and reports progress', () => {
    expect(() => sensitivity(mmc(1000, 2), { vary: 'patience ±10%' })).toThrow(/no flow in the scenario has patience/);
    const seen: number[] = [];
    sensitivity(mmc(1000, 2, { replications: 2, horizonHours: 6, warmupHours: 1 }), { vary: 'volume ±10%', onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    const ac = new AbortController();
    ac.abort(new Error('stop'));
    expect(() => sensitivity(mmc(1000, 2), { signal: ac.signal })).toThrow('stop');
  });
});
