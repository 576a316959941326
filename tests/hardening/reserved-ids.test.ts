// Ids and record keys that are names of JavaScript's object prototype: refused with the field path, never silently dropped or looked up on the prototype.

import { describe, expect, it } from 'vitest';
import { loadScenarioText, runScenario, type ScenarioProblem } from '../../sim/index.ts';

function base(): Record<string, any> {
  return {
    name: 'reserved ids',
    replications: 1,
    horizonHours: 24,
    contrabandTypes: [{ id: 'drugs' }],
    ports: [
      {
        id: 'p',
        name: 'P',
        flows: [{ id: 'cars', mode: 'car', perDay: 2000, contraband: { share: 0.3 } }],
        laneGroups: [{ id: 'g', kind: 'general', booths: 3, primarySeconds: { kind: 'exponential', mean: 60 }, detection: { primary: 0.9 } }],
        secondary: { bays: 3, minutes: { kind: 'deterministic', value: 5 } },
      },
    ],
  };
}

function problems(value: unknown): ScenarioProblem[] {
  const r = loadScenarioText(JSON.stringify(value), 'x.json');
  return r.ok ? [] : r.problems;
}

/** The same, from JSON text (JSON.stringify cannot write an own "__proto__" key). */
function problemsOfText(text: string): ScenarioProblem[] {
  const r = loadScenarioText(text, 'x.json');
  return r.ok ? [] : r.problems;
}

describe('reserved ids', () => {
  for (const name of ['constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf']) {
    it(`a contraband type id "${name}" is refused at contrabandTypes[0].id`, () => {
      const s = base();
      s.contrabandTypes[0].id = name;
      const p = problems(s);
      expect(p.map((x) => x.path)).toContain('contrabandTypes[0].id');
      expect(p.find((x) => x.path === 'contrabandTypes[0].id')!.message).toMatch(/reserved/);
    });
  }

  it('a flow, lane group and port id "constructor" are refused at their paths', () => {
    const s = base();
    s.ports[0].id = 'constructor';
    s.ports[0].flows[0].id = 'toString';
    s.ports[0].laneGroups[0].id = 'valueOf';
    const paths = problems(s).map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(['ports[0].id', 'ports[0].flows[0].id', 'ports[0].laneGroups[0].id']));
  });

  it('a "__proto__" key in primaryByFlow is refused, not dropped', () => {
    const text = JSON.stringify(base()).replace('"detection":', '"primaryByFlow":{"__proto__":{"kind":"deterministic","value":600}},"detection":');
    expect(JSON.parse(text).ports[0].laneGroups[0].primaryByFlow).toHaveProperty('__proto__');
    const p = problemsOfText(text);
    expect(p.map((x) => x.path)).toContain('ports[0].laneGroups[0].primaryByFlow.__proto__');
    expect(p[0].message).toMatch(/reserved/);
  });

  it('a "__proto__" key in a contraband mix or detection byType is refused (YAML too)', () => {
    const yaml = `name: x
horizonHours: 24
replications: 1
ports:
  - id: p
    name: P
    flows:
      - id: cars
        mode: car
        perDay: 100
        contraband: { share: 0.1, mix: { __proto__: 1 } }
    laneGroups:
      - id: g
        kind: general
        booths: 1
        primarySeconds: { kind: exponential, mean: 60 }
        detection: { byType: { constructor: 0.5 } }
`;
    const r = loadScenarioText(yaml, 'x.yaml');
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(['ports[0].flows[0].contraband.mix.__proto__', 'ports[0].laneGroups[0].detection.byType.constructor']));
  });

  it('screening works with ordinary ids (the reference for the cases above)', () => {
    const r = loadScenarioText(JSON.stringify(base()), 'x.json');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const doc = runScenario(r.scenario);
    expect(doc.ports[0].summary.contrabandArrivals.mean!).toBeGreaterThan(400);
    expect(doc.ports[0].summary.referrals.mean!).toBeGreaterThan(300);
  });
});
