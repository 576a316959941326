// Eligibility (README, "Lane choice"): a traveler may use the lane groups whose modes, programs and
// direction admit it. Defaults by kind: a Ready lane takes Ready, SENTRI and NEXUS members, a
// SENTRI lane only SENTRI members, general lanes everyone; pedestrian kinds take pedestrians,
// a bus lane buses, FAST trucks of FAST members; regulatedShare of shipments may not use FAST.
// Explicit `modes` and `programs` replace the defaults. And the schema's documented defaults.
//
// Most checks are exact: with programLaneShare 1 a member always takes its most exclusive lane,
// and a traveler who may use only one lane group takes it, so per-lane arrivals must equal
// per-flow arrivals. Where a lane would tempt travelers it must not admit, it is listed first
// and kept idle (ties of the expected wait go to the first group listed).

import { describe, expect, it } from 'vitest';
import { Scenario, type ResultDocument } from '../../sim/index.ts';
import { expectShare, flow, flowRuns, lane, laneRuns, runPort, sum } from './helpers.ts';

const arrived = (f: { arrived: number }) => f.arrived;
const ALWAYS_OWN_LANE = { rule: 'shortest-expected-wait', programLaneShare: 1 } as const;

/** In every replication, each lane group's arrivals are the sum of the named flows' arrivals. */
function expectLanesFedBy(doc: ResultDocument, feeds: Record<string, string[]>): void {
  doc.runs.forEach((_, r) => {
    for (const [laneId, flowIds] of Object.entries(feeds)) {
      const fromFlows = flowIds.reduce((a, id) => a + flowRuns(doc, id)[r].arrived, 0);
      expect(laneRuns(doc, laneId)[r].arrived, `lane group "${laneId}" = ${flowIds.join(' + ') || 'nobody'} (replication ${r})`).toBe(fromFlows);
    }
  });
}

describe('defaults by kind', () => {
  it('a SENTRI lane takes SENTRI members only', () => {
    // Catches travelers in no program admitted to the SENTRI lane: listed first with idle
    // booths, it would take them on every tie. With 30 % SENTRI members, 30 % of arrivals.
    const doc = runPort(
      { laneChoice: ALWAYS_OWN_LANE, flows: [flow('cars', 20_000, { programs: { sentri: 0.3 } })], laneGroups: [lane('sentri', 'sentri', 10, 20), lane('general', 'general', 12, 40)] },
      { seed: 41, replications: 2, horizonHours: 24 },
    );
    const total = sum(flowRuns(doc, 'cars'), arrived);
    expectShare(sum(laneRuns(doc, 'sentri'), arrived), total, 0.3, 'share of arrivals on the SENTRI lane', 20_000);

    const none = runPort(
      { laneChoice: ALWAYS_OWN_LANE, flows: [flow('cars', 5000)], laneGroups: [lane('sentri', 'sentri', 10, 20), lane('general', 'general', 12, 40)] },
      { seed: 42, replications: 1, horizonHours: 24 },
    );
    expect(sum(laneRuns(none, 'sentri'), arrived), 'SENTRI lane arrivals when nobody is a member').toBe(0);
  });

  it('a Ready lane takes Ready, SENTRI and NEXUS members, not FAST members or travelers in no program', () => {
    // Catches SENTRI or NEXUS members kept out of Ready lanes (their cards are RFID-enabled),
    // and anyone else let in.
    const doc = runPort(
      {
        laneChoice: ALWAYS_OWN_LANE,
        flows: [
          flow('ready', 1000, { programs: { ready: 1 } }),
          flow('sentri', 1000, { programs: { sentri: 1 } }),
          flow('nexus', 1000, { programs: { nexus: 1 } }),
          flow('fast', 1000, { programs: { fast: 1 } }),
          flow('none', 3000),
        ],
        laneGroups: [lane('ready-lane', 'ready', 10, 20), lane('general', 'general', 4, 40)],
      },
      { seed: 43, replications: 2, horizonHours: 24 },
    );
    expectLanesFedBy(doc, { 'ready-lane': ['ready', 'sentri', 'nexus'], general: ['fast', 'none'] });
  });

  it('pedestrian kinds take pedestrians, a bus lane buses, car lanes cars; each member on its own pedestrian lane', () => {
    // Catches pedestrians or buses in car lanes (and the other way round), and the pedestrian
    // program lanes admitting the wrong members: SENTRI members → pedestrian-sentri, Ready
    // members → pedestrian-ready, everyone else → pedestrian.
    const doc = runPort(
      {
        laneChoice: ALWAYS_OWN_LANE,
        flows: [
          flow('walkers', 12_000, { mode: 'pedestrian', programs: { ready: 0.2, sentri: 0.3 } }),
          flow('cars', 3000),
          flow('buses', 300, { mode: 'bus' }),
        ],
        laneGroups: [
          lane('general', 'general', 6, 30),
          lane('bus', 'bus', 2, 60),
          lane('ped-sentri', 'pedestrian-sentri', 6, 20),
          lane('ped-ready', 'pedestrian-ready', 6, 20),
          lane('ped', 'pedestrian', 6, 20),
        ],
      },
      { seed: 44, replications: 2, horizonHours: 24 },
    );
    doc.runs.forEach((_, r) => {
      const walkers = flowRuns(doc, 'walkers')[r].arrived;
      const onFoot = ['ped-sentri', 'ped-ready', 'ped'].reduce((a, id) => a + laneRuns(doc, id)[r].arrived, 0);
      expect(onFoot, `pedestrian lanes = pedestrians (replication ${r})`).toBe(walkers);
    });
    expectLanesFedBy(doc, { general: ['cars'], bus: ['buses'] });
    const n = sum(flowRuns(doc, 'walkers'), arrived);
    expectShare(sum(laneRuns(doc, 'ped-sentri'), arrived), n, 0.3, 'pedestrians on the SENTRI pedestrian lane', 20_000);
    expectShare(sum(laneRuns(doc, 'ped-ready'), arrived), n, 0.2, 'pedestrians on the Ready pedestrian lane', 20_000);
  });

  it('a FAST lane takes trucks of FAST members, except shipments with regulated goods', () => {
    // Catches regulatedShare ignored (60 % instead of 45 % on FAST), FAST open to cars or to
    // trucks in no program. FAST members 60 %, a quarter of shipments regulated: 0.6 × 0.75.
    const doc = runPort(
      {
        laneChoice: ALWAYS_OWN_LANE,
        flows: [flow('trucks', 12_000, { mode: 'truck', programs: { fast: 0.6 }, regulatedShare: 0.25 }), flow('cars', 2000)],
        laneGroups: [lane('fast', 'fast', 10, 20), lane('trucks-general', 'custom', 10, 40, { modes: ['truck'] }), lane('general', 'general', 4, 30)],
      },
      { seed: 45, replications: 2, horizonHours: 24 },
    );
    expectLanesFedBy(doc, { general: ['cars'] });
    const n = sum(flowRuns(doc, 'trucks'), arrived);
    expect(sum(laneRuns(doc, 'fast'), arrived) + sum(laneRuns(doc, 'trucks-general'), arrived)).toBe(n);
    expectShare(sum(laneRuns(doc, 'fast'), arrived), n, 0.6 * 0.75, 'trucks on the FAST lane', 20_000);
  });

  it('flows use lane groups of their own direction only', () => {
    // Catches direction ignored: the southbound lane group is listed first and idle, so
    // northbound cars would take it on every tie.
    const doc = runPort(
      {
        flows: [flow('north', 6000), flow('south', 2000, { direction: 'southbound' })],
        laneGroups: [lane('south-lanes', 'general', 10, 20, { direction: 'southbound' }), lane('north-lanes', 'general', 10, 20)],
      },
      { seed: 46, replications: 2, horizonHours: 24 },
    );
    expectLanesFedBy(doc, { 'south-lanes': ['south'], 'north-lanes': ['north'] });
  });
});

describe('explicit modes and programs replace the defaults', () => {
  it('programs: a general lane for SENTRI members only, a SENTRI lane open to everyone, FAST open to unvetted drivers', () => {
    // Catches `programs` ignored in favour of the kind's defaults (either way round).
    const restricted = runPort(
      {
        laneChoice: ALWAYS_OWN_LANE,
        flows: [flow('members', 2000, { programs: { sentri: 1 } }), flow('others', 4000)],
        laneGroups: [lane('members-only', 'general', 10, 20, { programs: ['sentri'] }), lane('general', 'general', 10, 20)],
      },
      { seed: 47, replications: 2, horizonHours: 24 },
    );
    // The restricted general lane is the members' most exclusive; nobody else may use it.
    expectLanesFedBy(restricted, { 'members-only': ['members'], general: ['others'] });

    const opened = runPort(
      { flows: [flow('others', 4000)], laneGroups: [lane('sentri-open', 'sentri', 10, 20, { programs: ['none', 'sentri'] }), lane('general', 'general', 10, 20)] },
      { seed: 48, replications: 1, horizonHours: 24 },
    );
    expect(sum(laneRuns(opened, 'sentri-open'), arrived), 'travelers in no program on a SENTRI lane that admits them').toBeGreaterThan(1000);

    const unvetted = runPort(
      {
        flows: [flow('trucks', 4000, { mode: 'truck' })],
        laneGroups: [lane('fast', 'fast', 10, 20, { programs: ['fast', 'none'] }), lane('trucks-general', 'custom', 10, 20, { modes: ['truck'] })],
      },
      { seed: 49, replications: 1, horizonHours: 24 },
    );
    expect(sum(laneRuns(unvetted, 'fast'), arrived), 'trucks in no program on a FAST lane that admits them').toBeGreaterThan(1000);
  });

  it('modes: a general lane for trucks, a custom lane for pedestrians and buses', () => {
    // Catches `modes` ignored in favour of the kind's defaults.
    const doc = runPort(
      {
        flows: [flow('cars', 3000), flow('trucks', 2000, { mode: 'truck' }), flow('walkers', 2000, { mode: 'pedestrian' }), flow('buses', 200, { mode: 'bus' })],
        laneGroups: [
          lane('truck-lanes', 'general', 10, 20, { modes: ['truck'] }),
          lane('mixed', 'custom', 10, 20, { modes: ['pedestrian', 'bus'] }),
          lane('car-lanes', 'general', 10, 20),
        ],
      },
      { seed: 50, replications: 2, horizonHours: 24 },
    );
    expectLanesFedBy(doc, { 'truck-lanes': ['trucks'], mixed: ['walkers', 'buses'], 'car-lanes': ['cars'] });
  });
});

describe('schema defaults', () => {
  it('a minimal scenario gets the documented defaults', () => {
    // Catches a changed default: results of existing scenario files would change silently.
    const s = Scenario.parse({
      name: 'minimal',
      horizonHours: 24,
      ports: [
        {
          id: 'p',
          name: 'P',
          flows: [{ id: 'cars', mode: 'car', perDay: 100 }],
          laneGroups: [{ id: 'g', kind: 'general', booths: 2, primarySeconds: { kind: 'exponential', mean: 60 } }],
        },
      ],
    });
    expect(s.seed).toBe(1);
    expect(s.replications).toBe(10);
    expect(s.warmupHours).toBe(0);
    expect(s.startHour).toBe(0);
    expect(s.startDay).toBe('monday');
    expect(s.description).toBe('');
    expect(s.sources).toEqual([]);
    expect(s.assumptions).toEqual([]);
    expect(s.valueOfTimePerHour).toEqual({});
    expect(s.contrabandTypes).toEqual([{ id: 'contraband', radiological: false }]);
    expect(s.policies).toEqual([]);
    expect(s.region).toBeUndefined();
    expect(s.smugglers).toBeUndefined();

    const port = s.ports[0];
    expect(port.laneChoice).toEqual({ rule: 'shortest-expected-wait', programLaneShare: 0 });
    expect(port.risk).toEqual({ signal: 0 });
    expect(port.secondary).toBeUndefined();
    expect(port.radiationMonitors).toBeUndefined();
    expect(port.imaging).toBeUndefined();

    const f = port.flows[0];
    expect(f.direction).toBe('northbound');
    expect(f.programs).toEqual({});
    expect(f.surges).toEqual([]);
    expect(f.contraband).toEqual({ share: 0 });
    expect(f.regulatedShare).toBe(0);
    expect(f.hourlyProfile).toBeUndefined();
    expect(f.dayOfWeek).toBeUndefined();
    expect(f.occupants).toBeUndefined();
    expect(f.precleared).toBeUndefined();

    const l = port.laneGroups[0];
    expect(l.direction).toBe('northbound');
    expect(l.discipline).toBe('pooled');
    expect(l.shiftEnd).toBe('finish');
    expect(l.officers).toBeUndefined();
    expect(l.modes).toBeUndefined();
    expect(l.programs).toBeUndefined();
    expect(l.primaryByFlow).toEqual({});
    expect(l.referral).toEqual({ random: 0 });
    expect(l.detection).toEqual({ primary: 0, byType: {}, timeDependent: false });
    expect(l.initialQueue).toBe(0);
  });

  it('defaults inside optional blocks: secondary, radiation monitors, pre-clearance, a partial lane choice', () => {
    // Catches a changed default in the screening blocks.
    const s = Scenario.parse({
      name: 'blocks',
      horizonHours: 24,
      ports: [
        {
          id: 'p',
          name: 'P',
          laneChoice: { rule: 'volume-shares' },
          flows: [{ id: 'trucks', mode: 'truck', perDay: 100, precleared: { share: 0.1 } }],
          laneGroups: [{ id: 't', kind: 'custom', modes: ['truck'], booths: 2, primarySeconds: { kind: 'exponential', mean: 60 }, referral: { random: 0.1 } }],
          secondary: { bays: 2, minutes: { kind: 'exponential', mean: 20 } },
          radiationMonitors: { resolutionMinutes: { kind: 'exponential', mean: 10 } },
        },
      ],
    });
    const port = s.ports[0];
    expect(port.laneChoice).toEqual({ rule: 'volume-shares', programLaneShare: 0 });
    expect(port.secondary!.detection).toBe(0.9);
    expect(port.secondary!.inspections).toEqual([]);
    expect(port.secondary!.officers).toBeUndefined();
    expect(port.radiationMonitors!.passSeconds).toBe(3);
    expect(port.radiationMonitors!.detection).toBe(0.9);
    expect(port.radiationMonitors!.nuisanceRate).toEqual({});
    expect(port.radiationMonitors!.lanes).toBeUndefined();
    expect(port.flows[0].precleared).toEqual({ share: 0.1, passSeconds: { kind: 'deterministic', value: 20 }, verificationRate: 0.02 });
  });

  it('default staffing is one officer per booth around the clock', () => {
    // Catches lanes without an officers block left closed (or staffed differently by hour).
    const doc = runPort({ flows: [flow('cars', 0)], laneGroups: [lane('g', 'general', 7, 30)] }, { seed: 51, replications: 1, horizonHours: 24 });
    for (const h of doc.ports[0].lanes[0].byHour) expect(h.capacity.openBooths.mean).toBeCloseTo(7, 9);
  });
});
