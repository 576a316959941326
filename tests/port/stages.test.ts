// The screening pipeline: a protocol added as one stage definition reports its own referrals and moves no other traveler's numbers.
import { describe, expect, it } from 'vitest';
import { compileScenario, purpose, runModel, Scenario, STAGES, type ScenarioInput, type StageDefinition, type TravelerRecord } from '../../sim/index.ts';

// The worked example of the README, with its share given here instead of in the schema.
const HIT = purpose('watch-list/hit');
const watchList = (share: number): StageDefinition => ({
  reason: 'watch-list',
  compile: () => ({
    reason: 'watch-list',
    atBooth: (t) => (t.program === 'none' ? 8 : 0),
    refers: (t, env) => t.program === 'none' && env.uniform(t, HIT) < share,
  }),
});

const scenario = Scenario.parse({
  name: 'stage check',
  seed: 5,
  replications: 1,
  horizonHours: 12,
  ports: [
    {
      id: 'p',
      name: 'Port',
      flows: [{ id: 'cars', mode: 'car', perDay: 6000, programs: { ready: 0.3 }, contraband: { share: 0.01 } }],
      laneGroups: [{ id: 'general', kind: 'general', booths: 8, primarySeconds: { kind: 'lognormal', mean: 50, cv: 0.5 }, referral: { random: 0.03 }, detection: { primary: 0.3 } }],
      secondary: { bays: 30, minutes: { kind: 'exponential', mean: 12 } },
    },
  ],
} satisfies ScenarioInput);

function run(stages: readonly StageDefinition[]) {
  const records = new Map<string, TravelerRecord>();
  const doc = runModel(compileScenario(scenario, { stages }), { onRecord: (_r, rec) => records.set(`${rec.flow}/${rec.id}`, rec) });
  return { doc, records };
}

describe('screening stages', () => {
  const withList = [...STAGES.slice(0, 3), watchList(0.02), ...STAGES.slice(3)];
  const base = run(STAGES);
  const added = run(withList);

  it('a new stage reports its referrals under its own reason, in the order listed', () => {
    const lane = added.doc.ports[0].lanes[0].figures;
    expect(Object.keys(lane.referralsByReason)).toEqual(['rpm', 'imaging', 'targeting', 'watch-list', 'random', 'alert', 'judgment']);
    const n = lane.referralsByReason['watch-list'].mean!;
    const served = [...added.records.values()].filter((r) => r.program === 'none' && r.primaryEnd !== null).length;
    // 2 % of travelers in no program, within 4 standard errors.
    expect(Math.abs(n - 0.02 * served)).toBeLessThan(4 * Math.sqrt(0.02 * 0.98 * served));
    expect(base.doc.ports[0].lanes[0].figures.referralsByReason['watch-list']).toBeUndefined();
  });

  it('adds its seconds at the booth only to those it checks, and changes no traveler’s arrival, program, contraband or inspection draw', () => {
    let members = 0;
    for (const [key, a] of base.records) {
      const b = added.records.get(key)!;
      expect([b.arrivedAt, b.program, b.contraband]).toEqual([a.arrivedAt, a.program, a.contraband]);
      if (a.program !== 'none' && a.primaryEnd !== null && b.primaryEnd !== null) {
        members++;
        expect(b.primaryEnd - b.primaryStart!).toBeCloseTo(a.primaryEnd - a.primaryStart!, 9);
      }
      if (a.program === 'none' && a.primaryEnd !== null && b.primaryEnd !== null) {
        expect(b.primaryEnd - b.primaryStart! - (a.primaryEnd - a.primaryStart!)).toBeCloseTo(8, 9);
      }
    }
    expect(members).toBeGreaterThan(500);
  });

  it('later stages keep their own draws: random selection picks the same travelers, unless the earlier stage took them', () => {
    let compared = 0;
    for (const [key, a] of base.records) {
      const b = added.records.get(key)!;
      if (a.primaryEnd === null || b.primaryEnd === null) continue;
      compared++;
      if (b.referral === 'random') expect(a.referral).toBe('random');
      if (a.referral === 'random') expect(['random', 'watch-list']).toContain(b.referral);
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
