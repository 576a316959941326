// Upper bounds on scenario numbers: a value past its bound is refused with the field path and the bound; one at the bound is accepted.

import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../sim/index.ts';
import * as L from '../../scenarios/limits.ts';

function base(): Record<string, any> {
  return {
    name: 'limits',
    replications: 1,
    horizonHours: 24,
    ports: [
      {
        id: 'p',
        name: 'P',
        flows: [{ id: 'cars', mode: 'car', perDay: 100 }],
        laneGroups: [{ id: 'g', kind: 'general', booths: 3, primarySeconds: { kind: 'exponential', mean: 60 } }],
      },
    ],
  };
}

type Case = [name: string, path: string, set: (s: any, v: number) => void, bound: number, over: number];
const CASES: Case[] = [
  ['booths', 'ports[0].laneGroups[0].booths', (s, v) => (s.ports[0].laneGroups[0].booths = v), L.MAX_BOOTHS, L.MAX_BOOTHS + 1],
  ['officers', 'ports[0].laneGroups[0].officers.constant', (s, v) => (s.ports[0].laneGroups[0].officers = { constant: v }), L.MAX_OFFICERS, 1e9],
  ['perDay', 'ports[0].flows[0].perDay', (s, v) => (s.ports[0].flows[0].perDay = v), L.MAX_PER_DAY, 1e308],
  ['surge factor', 'ports[0].flows[0].surges[0].factor', (s, v) => (s.ports[0].flows[0].surges = [{ startHour: 1, endHour: 2, factor: v }]), L.MAX_SURGE_FACTOR, 1e6],
  ['initialQueue', 'ports[0].laneGroups[0].initialQueue', (s, v) => (s.ports[0].laneGroups[0].initialQueue = v), L.MAX_INITIAL_QUEUE, 1e7],
  ['occupants', 'ports[0].flows[0].occupants.value', (s, v) => (s.ports[0].flows[0].occupants = { kind: 'deterministic', value: v }), L.MAX_DISTRIBUTION_VALUE, 1e308],
  ['primary mean', 'ports[0].laneGroups[0].primarySeconds.mean', (s, v) => (s.ports[0].laneGroups[0].primarySeconds = { kind: 'exponential', mean: v }), L.MAX_DISTRIBUTION_VALUE, 1e300],
  ['cv', 'ports[0].laneGroups[0].primarySeconds.cv', (s, v) => (s.ports[0].laneGroups[0].primarySeconds = { kind: 'gamma', mean: 60, cv: v }), L.MAX_CV, 1e6],
  ['horizon', 'horizonHours', (s, v) => (s.horizonHours = v), L.MAX_HORIZON_HOURS, L.MAX_HORIZON_HOURS + 1],
  ['dayOfWeek', 'ports[0].flows[0].dayOfWeek[3]', (s, v) => (s.ports[0].flows[0].dayOfWeek = [1, 1, 1, v, 1, 1, 1]), L.MAX_FACTOR, 1e9],
];

describe('upper bounds', () => {
  for (const [name, path, set, bound, over] of CASES) {
    it(`${name}: ${over} is refused at ${path}, naming the bound`, () => {
      const s = base();
      set(s, over);
      const r = loadScenarioText(JSON.stringify(s), 'x.json');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const p = r.problems.find((x) => x.path === path);
      expect(p, JSON.stringify(r.problems)).toBeDefined();
      expect(p!.message).toContain(String(bound));
    });
  }

  it('replications above the bound are refused', () => {
    const s = base();
    s.replications = 1e6;
    const r = loadScenarioText(JSON.stringify(s), 'x.json');
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain('replications');
  });

  it('a list past its bound (surges) is refused at the list', () => {
    const s = base();
    s.ports[0].flows[0].surges = Array.from({ length: L.MAX_SURGES + 1 }, () => ({ startHour: 1, endHour: 2, factor: 1 }));
    const r = loadScenarioText(JSON.stringify(s), 'x.json');
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain('ports[0].flows[0].surges');
  });
});
