// Keyed random numbers give common random numbers by construction: a change to one part of a scenario moves no other draw.
import { describe, expect, it } from 'vitest';
import { runScenario, Scenario, type ScenarioInput, type TravelerRecord } from '../../sim/index.ts';

const base: ScenarioInput = {
  name: 'CRN check',
  seed: 11,
  replications: 1,
  horizonHours: 8,
  contrabandTypes: [{ id: 'drugs' }],
  ports: [
    {
      id: 'p',
      name: 'Port',
      flows: [{ id: 'cars', mode: 'car', perDay: 9000, programs: { sentri: 0.25 }, contraband: { share: 0.02 } }],
      laneGroups: [
        { id: 'general', kind: 'general', booths: 6, primarySeconds: { kind: 'lognormal', mean: 60, cv: 0.6 }, detection: { primary: 0.3 } },
        { id: 'sentri', kind: 'sentri', booths: 2, primarySeconds: { kind: 'gamma', mean: 20, cv: 0.8 }, detection: { primary: 0.3 } },
      ],
      secondary: { bays: 40, minutes: { kind: 'exponential', mean: 10 }, detection: 0.8 },
      laneChoice: { programLaneShare: 0.5 },
    },
  ],
};

function records(input: ScenarioInput): Map<string, TravelerRecord> {
  const out = new Map<string, TravelerRecord>();
  runScenario(Scenario.parse(input), { onRecord: (_r, rec) => out.set(`${rec.flow}/${rec.id}`, rec) });
  return out;
}

const variant = (edit: (s: ScenarioInput) => void): ScenarioInput => {
  const s = structuredClone(base);
  edit(s);
  return s;
};

describe('common random numbers', () => {
  const a = records(base);

  it('adding random referral moves nothing before the referral: arrivals, lanes, inspections and seizures of those already referred are the same', () => {
    // A model that drew a fixed list of uniforms per traveler, or one stream per purpose in
    // arrival order, would shift every later traveler's luck when a new draw is added.
    const b = records(variant((s) => (s.ports[0].laneGroups[0].referral = { random: 0.05 })));
    expect(b.size).toBe(a.size);
    let referredOnlyInB = 0;
    for (const [key, ra] of a) {
      const rb = b.get(key)!;
      expect([rb.arrivedAt, rb.program, rb.contraband, rb.lane, rb.primaryStart, rb.primaryEnd]).toEqual([ra.arrivedAt, ra.program, ra.contraband, ra.lane, ra.primaryStart, ra.primaryEnd]);
      if (ra.referral !== null) {
        expect(rb.referral).not.toBeNull();
        expect(rb.seized).toBe(ra.seized);
      } else if (rb.referral !== null) referredOnlyInB++;
    }
    expect(referredOnlyInB).toBeGreaterThan(20);
  });

  it('a booth more in one lane keeps every traveler’s arrival, program, contraband and inspection time', () => {
    const b = records(variant((s) => (s.ports[0].laneGroups[1].booths = 3)));
    expect(b.size).toBe(a.size);
    let sameLane = 0;
    for (const [key, ra] of a) {
      const rb = b.get(key)!;
      expect([rb.arrivedAt, rb.program, rb.contraband]).toEqual([ra.arrivedAt, ra.program, ra.contraband]);
      if (rb.lane === ra.lane && ra.primaryEnd !== null && rb.primaryEnd !== null) {
        sameLane++;
        expect(rb.primaryEnd - rb.primaryStart!).toBeCloseTo(ra.primaryEnd - ra.primaryStart!, 9);
      }
    }
    expect(sameLane).toBeGreaterThan(a.size * 0.5);
  });

  it('adding a flow with its own lanes leaves every record of the other flows unchanged', () => {
    const b = records(
      variant((s) => {
        s.ports[0].flows.push({ id: 'walkers', mode: 'pedestrian', perDay: 5000 });
        s.ports[0].laneGroups.push({ id: 'ped', kind: 'pedestrian', booths: 3, primarySeconds: { kind: 'exponential', mean: 30 } });
      }),
    );
    expect([...b.keys()].filter((k) => k.startsWith('walkers/')).length).toBeGreaterThan(1000);
    for (const [key, ra] of a) expect(b.get(key)).toEqual(ra);
  });

  it('the same seed gives the same records; another seed gives others', () => {
    expect(records(base)).toEqual(a);
    const c = records(variant((s) => (s.seed = 12)));
    expect(c.get('cars/0')?.arrivedAt).not.toBe(a.get('cars/0')?.arrivedAt);
  });
});
