// Screening, policies, regions and smugglers: each mechanism on a scenario small enough to reason about by hand.

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Scenario, type ScenarioInput } from '../../scenarios/scenario.ts';
import { runScenario } from '../../sim/index.ts';
import type { ResultDocument, Figures } from '../../sim/results/document.ts';

type PortIn = ScenarioInput['ports'][number];
type LaneIn = PortIn['laneGroups'][number];
type FlowIn = PortIn['flows'][number];

const SECONDARY: PortIn['secondary'] = { bays: 50, minutes: { kind: 'exponential', mean: 5 }, detection: 0.9 };

function port(id: string, over: Partial<PortIn> = {}, lane: Partial<LaneIn> = {}, flow: Partial<FlowIn> = {}): PortIn {
  return {
    id,
    name: id,
    flows: [{ id: 'cars', mode: 'car', perDay: 4800, ...flow }],
    laneGroups: [{ id: 'general', kind: 'general', booths: 6, primarySeconds: { kind: 'exponential', mean: 60 }, ...lane }],
    secondary: SECONDARY,
    ...over,
  };
}

function run(input: Partial<ScenarioInput> & { ports: PortIn[] }, replications = 3): ResultDocument {
  return runScenario(Scenario.parse({ name: 't', seed: 9, replications, horizonHours: 24, ...input }));
}

const each = (doc: ResultDocument, f: (s: Figures) => void) => doc.runs.forEach((r) => f(r.summary));

describe('targeting on a risk score', () => {
  const base = (signal: number, targeting: boolean) =>
    run({
      contrabandTypes: [{ id: 'drugs' }],
      ports: [port('p', { risk: { signal } }, targeting ? { referral: { random: 0, targeting: { threshold: 1.6448536 } } } : { referral: { random: 0.05 } }, { contraband: { share: 0.02 } })],
    }, 4);

  it('with no signal, targeting catches no more than random selection at the same referral rate', () => {
    const t = base(0, true);
    const r = base(0, false);
    // Both refer ≈ 5 %; hit rates (seizures among referrals) must agree within noise.
    const hits = (d: ResultDocument, reason: 'targeting' | 'random') => d.runs.reduce((a, x) => a + x.summary.referralsByReason[reason] * (x.summary.hitRateByReason[reason] ?? 0), 0);
    const refs = (d: ResultDocument, reason: 'targeting' | 'random') => d.runs.reduce((a, x) => a + x.summary.referralsByReason[reason], 0);
    const rateT = hits(t, 'targeting') / refs(t, 'targeting');
    const rateR = hits(r, 'random') / refs(r, 'random');
    expect(Math.abs(refs(t, 'targeting') - refs(r, 'random')) / refs(r, 'random')).toBeLessThan(0.1);
    // Binomial noise on ~3,800 referrals at a hit rate ≈ 0.018: sd ≈ 0.002; allow 4 sd combined.
    expect(rateT).toBeLessThan(rateR + 4 * Math.sqrt((2 * rateR * (1 - rateR)) / refs(r, 'random')));
  });

  it('with a strong signal (d′ = 2), targeting finds carriers far more often than random selection', () => {
    const t = base(2, true);
    const r = base(0, false);
    expect(t.summary.hitRateByReason.targeting.mean!).toBeGreaterThan(5 * r.summary.hitRateByReason.random.mean!);
    expect(t.summary.interdictionRate.mean!).toBeGreaterThan(0.3); // ≈ 1 − Φ(1.645 − 2) = 64 % referred × 0.9
  });
});

describe('radiation monitors and imaging', () => {
  it('nuisance alarms occur at the configured rate; radiological carriers alarm at the detection rate', () => {
    const doc = run({
      contrabandTypes: [{ id: 'drugs' }, { id: 'rad', radiological: true }],
      ports: [
        port(
          'p',
          { radiationMonitors: { passSeconds: 3, detection: 0.9, nuisanceRate: { car: 0.01 }, resolutionMinutes: { kind: 'deterministic', value: 15 } } },
          {},
          { contraband: { share: 0.02, mix: { drugs: 1, rad: 1 } } },
        ),
      ],
    }, 4);
    each(doc, (s) => {
      const innocent = s.served - s.contrabandArrivals;
      expect(Math.abs(s.nuisanceAlarms / innocent - 0.01)).toBeLessThan(4 * Math.sqrt(0.01 / innocent));
      expect(s.referralsByReason.rpm).toBe(s.nuisanceAlarms + s.trueAlarms);
      // Only radiological carriers are seized through alarms (drugs pass a radiation portal).
      expect(s.seizuresByType.drugs).toBe(0);
      // (A carrier whose alarm is still being resolved at the end is not yet seized.)
      expect(s.seizuresByType.rad).toBeLessThanOrEqual(s.trueAlarms);
      expect(s.seizuresByType.rad).toBeGreaterThanOrEqual(s.trueAlarms - (s.inSecondaryAtEnd ?? 0));
    });
    const rad = doc.runs.reduce((a, r) => a + r.summary.trueAlarms, 0);
    const carriers = doc.runs.reduce((a, r) => a + r.summary.contrabandArrivals, 0) / 2;
    expect(Math.abs(rad / carriers - 0.9)).toBeLessThan(0.06);
  });

  it('imaging scans the configured share before primary and flags carriers at its detection rate', () => {
    const doc = run({
      ports: [
        port(
          'p',
          { imaging: { share: { truck: 0.3 }, scanners: 4, scanMinutes: { kind: 'deterministic', value: 2 }, detection: { probability: 0.8, byType: {} } } },
          { modes: ['truck'] },
          { mode: 'truck', perDay: 2400, contraband: { share: 0.05 } },
        ),
      ],
    });
    each(doc, (s) => {
      expect(Math.abs(s.scans / s.served - 0.3)).toBeLessThan(4 * Math.sqrt((0.3 * 0.7) / s.served));
      expect(s.referralsByReason.imaging).toBeGreaterThan(0);
      expect(s.referralsByReason.imaging).toBeLessThanOrEqual(s.scans);
      expect(s.falsePositiveRate).toBe(0); // imaging flags only carriers here
    });
  });
});

describe('secondary inspection types and contraband types', () => {
  it('seizures by type add up to seizures; a type-specific detection of 0 never seizes that type', () => {
    const doc = run({
      contrabandTypes: [{ id: 'drugs' }, { id: 'cash' }],
      ports: [
        port(
          'p',
          {
            secondary: {
              bays: 50,
              minutes: { kind: 'exponential', mean: 5 },
              inspections: [
                { id: 'search', kind: 'vehicle-search', weight: 1, minutes: { kind: 'exponential', mean: 20 }, detection: { probability: 0.9, byType: { cash: 0 } } },
                { id: 'dog', kind: 'k9', weight: 1, minutes: { kind: 'exponential', mean: 5 }, detection: { probability: 0.6, byType: { cash: 0 } } },
              ],
            },
          },
          { referral: { random: 0.3 } },
          { contraband: { share: 0.05, mix: { drugs: 1, cash: 1 } } },
        ),
      ],
    });
    each(doc, (s) => {
      expect(s.seizuresByType.drugs + s.seizuresByType.cash).toBe(s.seizures);
      expect(s.seizuresByType.cash).toBe(0);
      expect(s.seizuresByType.drugs).toBeGreaterThan(0);
    });
  });

  it('members violate at their own (lower) rate and are revoked when caught; regulated goods never use FAST', () => {
    const doc = run({
      ports: [
        {
          id: 'p',
          name: 'p',
          flows: [{ id: 'trucks', mode: 'truck', perDay: 2400, programs: { fast: 0.5 }, regulatedShare: 0.4, contraband: { share: 0.05, memberShare: 0.005 } }],
          laneGroups: [
            { id: 'fast', kind: 'fast', booths: 3, primarySeconds: { kind: 'exponential', mean: 30 }, referral: { random: 0.5 } },
            { id: 'general', kind: 'general', modes: ['truck'], booths: 6, primarySeconds: { kind: 'exponential', mean: 90 }, referral: { random: 0.5 } },
          ],
          laneChoice: { rule: 'shortest-expected-wait', programLaneShare: 1 },
          secondary: { ...SECONDARY!, detection: 1 },
        },
      ],
    }, 2);
    for (const r of doc.runs) {
      const [fast, general] = r.ports[0].lanes;
      // 50 % enrolled, 40 % of them regulated: FAST gets ≈ 30 % of trucks.
      expect(Math.abs(fast.arrived / r.summary.arrived - 0.3)).toBeLessThan(0.04);
      // Carriers among members ≈ 0.5 %, among others 5 %.
      expect(fast.contrabandArrivals / fast.arrived).toBeLessThan(0.015);
      expect(general.contrabandArrivals / general.arrived).toBeGreaterThan(0.025);
      expect(r.summary.revocations).toBeGreaterThan(0);
      expect(r.summary.revocations).toBeLessThanOrEqual(r.summary.seizures);
    }
  });
});

describe('policy windows', () => {
  const alertScenario = (withAlert: boolean) =>
    run({
      horizonHours: 24,
      policies: withAlert ? [{ id: 'alert', kind: 'heightened-alert', startHour: 8, endHour: 12, primaryTimeFactor: 2.06, randomReferral: 0.2 }] : [],
      // 200 cars an hour on 4 booths of 60 s: ρ ≈ 0.83, and ≈ 1.7 when inspections take 2.06 times longer.
      ports: [port('p', {}, { booths: 4, officers: { constant: 4 } })],
    }, 2);

  it('a heightened alert lengthens waits only during (and just after) its window; earlier hours are identical', () => {
    const base = alertScenario(false);
    const alert = alertScenario(true);
    const hours = (d: ResultDocument) => d.ports[0].lanes[0].byHour.map((h) => h.wait.mean.mean ?? 0);
    const b = hours(base);
    const a = hours(alert);
    // Same traffic (common random numbers): travelers arriving before 07:00 are served
    // before the alert and wait the same to the last digit (07:xx arrivals may still be in
    // line at 08:00).
    for (let h = 0; h < 7; h++) expect(a[h]).toBe(b[h]);
    expect(a[10]).toBeGreaterThan(b[10] + 5);
    expect(alert.ports[0].lanes[0].byHour[10].referralsByReason.alert.mean!).toBeGreaterThan(0);
    expect(base.summary.referralsByReason.alert.mean).toBe(0);
  });

  it('no-primary lets eligible members pass without a booth stop unless selected', () => {
    const doc = run({
      policies: [{ id: 'np', kind: 'no-primary', startHour: 0, endHour: 24, noPrimary: { programs: ['sentri'], passSeconds: { kind: 'deterministic', value: 5 }, judgment: 0 } }],
      ports: [port('p', {}, { referral: { random: 0.02 } }, { programs: { sentri: 0.4 } })],
    });
    each(doc, (s) => {
      expect(Math.abs(s.passedWithoutStop / s.served - 0.4)).toBeLessThan(0.03);
      expect(s.referralsByReason.random).toBeGreaterThan(0); // still randomly inspected
    });
  });

  it('joint inspection adds the partner’s officers to open booths in its window', () => {
    const doc = run({
      policies: [{ id: 'joint', kind: 'joint-inspection', startHour: 6, endHour: 18, extraOfficers: 2, primaryTimeFactor: 1.3 }],
      ports: [port('p', {}, { booths: 8, officers: { constant: 4 } })],
    }, 1);
    const open = doc.ports[0].lanes[0].byHour.map((h) => h.capacity.openBooths.mean!);
    expect(open[3]).toBeCloseTo(4, 6);
    expect(open[10]).toBeCloseTo(6, 6);
    expect(open[20]).toBeLessThan(4.5);
  });

  it('suspended trusted lanes take everyone, at the general inspection time', () => {
    const lanes: LaneIn[] = [
      { id: 'general', kind: 'general', booths: 4, primarySeconds: { kind: 'exponential', mean: 60 } },
      { id: 'sentri', kind: 'sentri', booths: 4, primarySeconds: { kind: 'exponential', mean: 10 } },
    ];
    const mk = (suspend: boolean) =>
      run({
        policies: suspend ? [{ id: 's', kind: 'heightened-alert', startHour: 0, endHour: 24, trustedLanes: 'suspended' }] : [],
        ports: [{ id: 'p', name: 'p', flows: [{ id: 'cars', mode: 'car', perDay: 4800, programs: { sentri: 0.2 } }], laneGroups: lanes }],
      }, 1);
    const kept = mk(false).ports[0].lanes[1].figures.arrived.mean!;
    const suspended = mk(true).ports[0].lanes[1].figures.arrived.mean!;
    expect(suspended).toBeGreaterThan(kept * 1.5);
  });

  it('southbound inspection applies only to southbound lanes and flows', () => {
    const doc = run({
      policies: [{ id: 'sb', kind: 'southbound-inspection', startHour: 0, endHour: 24, direction: 'southbound', randomReferral: 0.1 }],
      contrabandTypes: [{ id: 'cash' }, { id: 'weapons' }],
      ports: [
        {
          id: 'p',
          name: 'p',
          flows: [
            { id: 'nb', mode: 'car', perDay: 2400 },
            { id: 'sb', mode: 'car', perDay: 2400, direction: 'southbound', contraband: { share: 0.01, mix: { cash: 2, weapons: 1 } } },
          ],
          laneGroups: [
            { id: 'north', kind: 'general', booths: 4, primarySeconds: { kind: 'exponential', mean: 60 } },
            { id: 'south', kind: 'general', direction: 'southbound', booths: 4, primarySeconds: { kind: 'exponential', mean: 20 } },
          ],
          secondary: SECONDARY,
        },
      ],
    }, 1);
    const [north, south] = doc.runs[0].ports[0].lanes;
    expect(north.referrals).toBe(0);
    expect(Math.abs(south.referralsByReason.alert / south.served - 0.1)).toBeLessThan(0.02);
    expect(north.arrived + south.arrived).toBe(doc.runs[0].summary.arrived);
    expect(south.seizuresByType.cash + south.seizuresByType.weapons).toBe(south.seizures);
  });

  it('pre-cleared sealed cargo bypasses primary except for verification', () => {
    const doc = run({
      ports: [port('p', {}, { modes: ['truck'] }, { mode: 'truck', perDay: 2400, precleared: { share: 0.5, passSeconds: { kind: 'deterministic', value: 20 }, verificationRate: 0.1 } })],
    });
    each(doc, (s) => expect(Math.abs(s.passedWithoutStop / s.served - 0.45)).toBeLessThan(0.04));
  });
});

describe('regions: switching and adaptive smugglers', () => {
  const twoPorts = (over: Partial<ScenarioInput>, a: Partial<LaneIn> = {}, b: Partial<LaneIn> = {}, flow: Partial<FlowIn> = {}) =>
    run({
      region: { drivingMinutes: [{ between: ['a', 'b'], minutes: 10 }], switching: { share: 1, thresholdMinutes: 0 } },
      ...over,
      ports: [port('a', {}, a, flow), port('b', {}, b, flow)],
    });

  it('a switch threshold of infinity means nobody switches', () => {
    const doc = twoPorts({ region: { drivingMinutes: [{ between: ['a', 'b'], minutes: 10 }], switching: { share: 1, thresholdMinutes: 1e9 } } }, { booths: 2 });
    each(doc, (s) => expect(s.switchedOut).toBe(0));
  });

  it('two identical ports: traffic stays balanced (switching both ways, about equally)', () => {
    const doc = twoPorts({}, { booths: 2, officers: { constant: 2 } }, { booths: 2, officers: { constant: 2 } }, { perDay: 2700 });
    for (const r of doc.runs) {
      const [a, b] = r.ports;
      expect(Math.abs(a.summary.arrived - b.summary.arrived) / a.summary.arrived).toBeLessThan(0.05);
    }
  });

  it('a congested port sends switchers to its neighbour', () => {
    // Port a can serve 180 of its 200 cars an hour; b has room to spare.
    const doc = twoPorts({}, { booths: 3, officers: { constant: 3 } }, { booths: 8, officers: { constant: 8 } });
    const [a, b] = doc.ports;
    expect(a.summary.switchedOut.mean!).toBeGreaterThan(100);
    expect(b.summary.switchedIn.mean!).toBeGreaterThan(100);
  });

  it('smugglers displace to the port where detection looks lower, after the perception lag', () => {
    const doc = run({
      horizonHours: 96,
      region: { drivingMinutes: [{ between: ['a', 'b'], minutes: 15 }] },
      smugglers: { adaptiveShare: 1, choose: ['port'], lagHours: 12, priorDetection: 0.1, priorWeight: 5 },
      ports: [
        port('a', {}, { referral: { random: 0.5 } }, { contraband: { share: 0.02 } }),
        port('b', {}, { referral: { random: 0 } }, { contraband: { share: 0.02 } }),
      ],
    }, 2);
    const [a, b] = doc.ports;
    expect(a.summary.displacedOut.mean!).toBeGreaterThan(50);
    expect(b.summary.displacedIn.mean!).toBeCloseTo(a.summary.displacedOut.mean!, 6);
    expect(b.summary.displacedOut.mean!).toBeLessThan(a.summary.displacedOut.mean! / 5);
  });

  it('smugglers who choose the hour put crossings off to hours where detection has looked lower', () => {
    const mk = (choose: ('port' | 'lane' | 'hour')[]) =>
      run({
        horizonHours: 72,
        smugglers: { adaptiveShare: 1, choose, lagHours: 24, priorDetection: 0.1, priorWeight: 2 },
        // Day 1: almost everyone is searched 06:00–18:00, nobody at night.
        policies: [{ id: 'day-sweep', kind: 'heightened-alert', startHour: 6, endHour: 18, randomReferral: 0.9 }],
        ports: [port('p', {}, { referral: { random: 0 } }, { contraband: { share: 0.05 } })],
      }, 1).runs[0].summary;
    const withHour = mk(['lane', 'hour']);
    const without = mk(['lane']);
    expect(without.retimed).toBe(0);
    expect(withHour.retimed).toBeGreaterThan(50);
    // Everyone still crosses (later): nobody is lost.
    expect(withHour.arrived).toBeGreaterThan(0);
  });

  it('deterrence: a steep response at low perceived detection deters almost everyone; none without it', () => {
    const mk = (deterrence: boolean) =>
      run({
        smugglers: {
          adaptiveShare: 1,
          priorDetection: 0.5,
          priorWeight: 1e6,
          ...(deterrence ? { deterrence: { maxShare: 1, midpoint: 0.1, slope: 50 } } : {}),
        },
        ports: [port('p', {}, { referral: { random: 0.1 } }, { contraband: { share: 0.02 } })],
      }, 1);
    const on = mk(true).runs[0].summary;
    const off = mk(false).runs[0].summary;
    expect(off.deterred).toBe(0);
    expect(on.deterred).toBeGreaterThan(0.95 * (on.deterred + on.contrabandArrivals));
  });
});

describe('invariants on random small scenarios (property-based)', () => {
  it('nobody is lost or counted twice; seizures ≤ contraband arrivals; referrals ≤ served; waits ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.record({
          perDay: fc.integer({ min: 10, max: 6000 }),
          booths: fc.integer({ min: 1, max: 6 }),
          officers: fc.integer({ min: 0, max: 6 }),
          mean: fc.integer({ min: 5, max: 200 }),
          random: fc.double({ min: 0, max: 1, noNaN: true }),
          share: fc.double({ min: 0, max: 0.3, noNaN: true }),
          judgment: fc.double({ min: 0, max: 1, noNaN: true }),
          bays: fc.integer({ min: 1, max: 5 }),
          horizon: fc.integer({ min: 1, max: 12 }),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        (p) => {
          const doc = runScenario(
            Scenario.parse({
              name: 'prop',
              seed: p.seed,
              replications: 1,
              horizonHours: p.horizon,
              ports: [
                {
                  id: 'p',
                  name: 'p',
                  flows: [{ id: 'cars', mode: 'car', perDay: p.perDay, contraband: { share: p.share } }],
                  laneGroups: [
                    { id: 'g', kind: 'general', booths: p.booths, officers: { byHour: Array.from({ length: 24 }, (_, h) => (h % 3 === 0 ? p.officers : p.booths)) }, primarySeconds: { kind: 'lognormal', mean: p.mean, cv: 1 }, referral: { random: p.random }, detection: { primary: p.judgment } },
                  ],
                  secondary: { bays: p.bays, minutes: { kind: 'exponential', mean: 10 } },
                },
              ],
            }),
          );
          const r = doc.runs[0];
          const c = r.conservation;
          expect(c.arrived).toBe(c.exited + c.gaveUp + c.driving + c.imaging + c.inQueue + c.inService + c.inSecondary);
          const s = r.summary;
          expect(s.seizures).toBeLessThanOrEqual(s.contrabandArrivals);
          expect(s.referrals).toBeLessThanOrEqual(s.served);
          expect(s.served).toBeLessThanOrEqual(s.arrived);
          if (s.wait.mean !== null) expect(s.wait.mean).toBeGreaterThanOrEqual(0);
          if (s.interdictionRate !== null) expect(s.interdictionRate).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 40, seed: 20261124 },
    );
  });
});
