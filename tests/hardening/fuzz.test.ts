// Property tests: random small valid scenarios run and keep the invariants; random hostile values give validation errors, never a crash.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, runScenario, ScenarioLimitError, type ResultDocument } from '../../sim/index.ts';

const dist = fc.oneof(
  fc.record({ kind: fc.constant('exponential'), mean: fc.double({ min: 1, max: 300, noNaN: true }) }),
  fc.record({ kind: fc.constant('deterministic'), value: fc.double({ min: 0, max: 300, noNaN: true }) }),
  fc.record({ kind: fc.constant('gamma'), mean: fc.double({ min: 1, max: 300, noNaN: true }), cv: fc.double({ min: 0, max: 3, noNaN: true }) }),
  fc.record({ kind: fc.constant('lognormal'), mean: fc.double({ min: 1, max: 300, noNaN: true }), cv: fc.double({ min: 0, max: 3, noNaN: true }) }),
  fc.record({ kind: fc.constant('uniform'), min: fc.constant(5), max: fc.double({ min: 5, max: 200, noNaN: true }) }),
  fc.record({ kind: fc.constant('empirical'), values: fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 1, maxLength: 5 }) }),
);

const modes = ['car', 'pedestrian', 'bus', 'truck'] as const;

/** A small valid scenario: one port, one to three flows, one or two lane groups that take every mode, optional patience, surges, contraband and secondary. */
const scenario = fc
  .record({
    seed: fc.nat({ max: 1_000_000 }),
    replications: fc.integer({ min: 1, max: 2 }),
    horizonHours: fc.integer({ min: 2, max: 12 }),
    warmup: fc.boolean(),
    endOfRun: fc.constantFrom('drain', 'cutoff'),
    startHour: fc.integer({ min: 0, max: 23 }),
    flows: fc.array(
      fc.record({
        mode: fc.constantFrom(...modes),
        perDay: fc.double({ min: 0, max: 3000, noNaN: true }),
        surge: fc.option(fc.record({ startHour: fc.integer({ min: 0, max: 6 }), length: fc.integer({ min: 1, max: 6 }), factor: fc.double({ min: 0, max: 5, noNaN: true }) }), { nil: undefined }),
        patience: fc.option(fc.record({ minutes: dist, balk: fc.boolean() }), { nil: undefined }),
        contraband: fc.double({ min: 0, max: 0.5, noNaN: true }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    lanes: fc.array(
      fc.record({
        booths: fc.integer({ min: 1, max: 6 }),
        officers: fc.option(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 24, maxLength: 24 }), { nil: undefined }),
        primary: dist,
        discipline: fc.constantFrom('pooled', 'per-booth'),
        initialQueue: fc.integer({ min: 0, max: 30 }),
        referral: fc.double({ min: 0, max: 0.2, noNaN: true }),
        detection: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    secondary: fc.record({ bays: fc.integer({ min: 1, max: 4 }), minutes: dist }),
  })
  .map((g) => ({
    name: 'fuzz',
    seed: g.seed,
    replications: g.replications,
    horizonHours: g.horizonHours,
    warmupHours: g.warmup ? 1 : 0,
    endOfRun: g.endOfRun,
    startHour: g.startHour,
    ports: [
      {
        id: 'p',
        name: 'P',
        flows: g.flows.map((f, i) => ({
          id: `f${i}`,
          mode: f.mode,
          perDay: f.perDay,
          surges: f.surge ? [{ startHour: f.surge.startHour, endHour: f.surge.startHour + f.surge.length, factor: f.surge.factor }] : [],
          ...(f.patience ? { patience: f.patience } : {}),
          contraband: { share: f.contraband },
        })),
        laneGroups: g.lanes.map((l, i) => ({
          id: `g${i}`,
          kind: 'custom',
          modes: [...modes],
          booths: l.booths,
          // At least one officer in some hour: a lane group that never opens is refused by the schema.
          ...(l.officers ? { officers: { byHour: l.officers.map((x, h) => (h === 0 ? Math.max(1, x) : x)) } } : {}),
          discipline: l.discipline,
          primarySeconds: l.primary,
          initialQueue: l.initialQueue,
          referral: { random: l.referral },
          detection: { primary: l.detection },
        })),
        secondary: g.secondary,
      },
    ],
  }));

/** Every number in the document, with its path, that is not finite. */
function nonFinite(x: unknown, path = ''): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [`${path}: ${x}`];
  if (x === null || typeof x !== 'object') return [];
  return Object.entries(x).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
}

function checkInvariants(doc: ResultDocument): void {
  expect(nonFinite(doc)).toEqual([]);
  for (const run of doc.runs) {
    const c = run.conservation;
    expect(c.arrived).toBe(c.exited + c.gaveUp + c.driving + c.imaging + c.inQueue + c.inService + c.inSecondary);
    for (const v of Object.values(c)) expect(v).toBeGreaterThanOrEqual(0);
    for (const port of run.ports) {
      for (const g of [port.summary, ...port.lanes, ...port.flows]) {
        for (const w of Object.values(g.wait)) if (w !== null) expect(w).toBeGreaterThanOrEqual(0);
      }
      for (const lane of port.lanes) {
        const u = lane.capacity.utilization;
        if (u !== null) {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1 + 1e-9);
        }
      }
    }
  }
}

describe('random valid scenarios', () => {
  it('run, keep the invariants and give the same document twice', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = loadScenarioText(JSON.stringify(s), 'fuzz.json');
        if (!r.ok) throw new Error(`generated scenario is invalid: ${JSON.stringify(r.problems)}`);
        const doc = runScenario(r.scenario);
        checkInvariants(doc);
        expect(JSON.stringify(runScenario(r.scenario))).toBe(JSON.stringify(doc));
      }),
      { numRuns: 30, seed: 20261203 },
    );
  }, 60_000);
});

const hostileValue = fc.oneof(
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '', ' ', '0x10', '__proto__', 'constructor', null, true, [], {}, [[[[[]]]]]),
  fc.constantFrom(-1, -0, 1e308, -1e308, 5e-324, 1e21, 2 ** 53 + 1, 0.5, 1e6 + 1, 1e9),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.array(fc.double(), { maxLength: 30 }),
);

/** Paths into the base scenario where a hostile value is put. */
const PATHS: (string | number)[][] = [
  ['horizonHours'],
  ['replications'],
  ['seed'],
  ['warmupHours'],
  ['startHour'],
  ['ports', 0, 'flows', 0, 'perDay'],
  ['ports', 0, 'flows', 0, 'surges'],
  ['ports', 0, 'flows', 0, 'occupants'],
  ['ports', 0, 'flows', 0, 'hourlyProfile'],
  ['ports', 0, 'flows', 0, 'dayOfWeek'],
  ['ports', 0, 'flows', 0, 'contraband', 'share'],
  ['ports', 0, 'flows', 0, 'id'],
  ['ports', 0, 'laneGroups', 0, 'booths'],
  ['ports', 0, 'laneGroups', 0, 'officers'],
  ['ports', 0, 'laneGroups', 0, 'primarySeconds'],
  ['ports', 0, 'laneGroups', 0, 'primarySeconds', 'mean'],
  ['ports', 0, 'laneGroups', 0, 'initialQueue'],
  ['ports', 0, 'laneGroups', 0, 'primaryByFlow'],
  ['ports', 0, 'secondary', 'bays'],
  ['ports', 0, 'secondary', 'minutes'],
  ['contrabandTypes'],
  ['ports'],
];

function base(): any {
  return {
    name: 'hostile',
    replications: 1,
    horizonHours: 6,
    ports: [
      {
        id: 'p',
        name: 'P',
        flows: [{ id: 'cars', mode: 'car', perDay: 500, contraband: { share: 0.1 } }],
        laneGroups: [{ id: 'g', kind: 'general', booths: 2, primarySeconds: { kind: 'exponential', mean: 60 }, referral: { random: 0.05 } }],
        secondary: { bays: 1, minutes: { kind: 'deterministic', value: 5 } },
      },
    ],
  };
}

function setAt(obj: any, path: (string | number)[], value: unknown): void {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]] = value;
}

describe('random hostile values', () => {
  it('give validation errors naming a field, or a run within the limits; never a crash', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), hostileValue, (path, value) => {
        const s = base();
        setAt(s, path, value);
        const r = loadScenarioText(JSON.stringify(s), 'hostile.json');
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.message.length).toBeLessThan(4000);
          return;
        }
        try {
          const doc = runScenario(r.scenario, { horizonHours: Math.min(r.scenario.horizonHours, 6), replications: 1 });
          expect(nonFinite(doc)).toEqual([]);
        } catch (e) {
          if (!(e instanceof ScenarioLimitError)) throw e;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 60_000);
});
