// Referral rates (README, "Screening"): each reason refers at its configured rate. Reasons are
// checked in the order things happen — rpm, imaging, targeting, random, alert, judgment — and
// the first that applies is recorded, so each rate is checked among the travelers that no
// earlier reason took. Every count is compared with its binomial expectation within 4
// standard errors, on samples big enough that a rate 10 % off fails (expectRate).
//
// Arrivals stop in the last hour of the day, and the booths and bays are plentiful, so at the
// end of the run everyone has been served and released: served = arrived, and every
// secondary inspection started has ended.

import { describe, expect, it } from 'vitest';
import { det, expectDrained, expectRate, flow, flowRuns, lane, laneRuns, normalCdf, portRuns, runPort, sum, type FlowIn, type LaneIn, type PortIn } from './helpers.ts';

/** Arrivals in every hour but the last. */
const DRAIN: number[] = [...Array<number>(23).fill(1), 0];
const general = (over: Partial<LaneIn> = {}): LaneIn => lane('general', 'general', 30, 15, over);
const cars = (perDay: number, over: Partial<FlowIn> = {}): FlowIn => flow('cars', perDay, { hourlyProfile: DRAIN, ...over });
const secondary = (over: Partial<NonNullable<PortIn['secondary']>> = {}): PortIn['secondary'] => ({ bays: 200, minutes: det(1), detection: 0.8, ...over });

describe('random selection and alerts', () => {
  it('refers a share referral.random at random, and a policy window raises it to its randomReferral', () => {
    // Catches a random rate applied wrongly (e.g. 10 % too low), the alert window's extra
    // referrals recorded as random (or the other way round), and a window applied outside
    // its hours. Lane rate 0.05; window 12:00–24:00 at 0.15, so in the window a further 0.10
    // are referred for the alert. Nobody arrives at 11:00–12:00, so everyone who arrived
    // before 11:00 was inspected before the window opened.
    const profile = [...DRAIN];
    profile[11] = 0;
    const doc = runPort(
      { flows: [cars(55_000, { hourlyProfile: profile })], laneGroups: [general({ referral: { random: 0.05 } })], secondary: secondary() },
      { seed: 21, replications: 2, horizonHours: 24, policies: [{ id: 'alert', kind: 'heightened-alert', startHour: 12, endHour: 24, randomReferral: 0.15 }] },
    );
    const runs = portRuns(doc);
    expectDrained(runs);
    const served = sum(runs, (f) => f.served);
    expectRate(sum(runs, (f) => f.referralsByReason.random), served, 0.05, 'random referrals ÷ served');

    const hours = doc.runs.flatMap((r) => r.ports[0].byHour);
    const window = hours.filter((_, i) => i % 24 >= 12);
    const before = hours.filter((_, i) => i % 24 < 12);
    expect(sum(before, (f) => f.referralsByReason.alert), 'alert referrals before the window').toBe(0);
    const inWindow = sum(window, (f) => f.served);
    expectRate(sum(window, (f) => f.referralsByReason.alert), inWindow, 0.1, 'alert referrals ÷ served in the window (0.15 − 0.05)');
    expectRate(sum(window, (f) => f.referralsByReason.alert + f.referralsByReason.random), inWindow, 0.15, 'all random-style referrals in the window');
  });

  it('a window whose randomReferral is below the lane rate changes nothing', () => {
    // Catches the window's rate replacing the lane's own when lower (README: "when higher").
    const doc = runPort(
      { flows: [cars(20_000)], laneGroups: [general({ referral: { random: 0.2 } })], secondary: secondary() },
      { seed: 22, replications: 2, horizonHours: 24, policies: [{ id: 'mild', kind: 'heightened-alert', startHour: 0, endHour: 24, randomReferral: 0.05 }] },
    );
    const runs = portRuns(doc);
    expectDrained(runs);
    expect(sum(runs, (f) => f.referralsByReason.alert)).toBe(0);
    expectRate(sum(runs, (f) => f.referralsByReason.random), sum(runs, (f) => f.served), 0.2, 'random referrals ÷ served');
  });
});

describe('targeting on a risk score', () => {
  it('with no signal refers innocent travelers at 1 − Φ(θ)', () => {
    // Catches scores that are not standard normal (wrong spread or shift), a threshold
    // compared the wrong way (Φ(θ) instead of 1 − Φ(θ)), or a score drawn once per run.
    const theta = 1;
    const doc = runPort(
      { flows: [cars(16_000)], laneGroups: [general({ referral: { random: 0, targeting: { threshold: theta } } })], secondary: secondary() },
      { seed: 23, replications: 2, horizonHours: 24 },
    );
    const runs = portRuns(doc);
    expectDrained(runs);
    expect(sum(runs, (f) => f.contrabandArrivals)).toBe(0);
    expectRate(sum(runs, (f) => f.referralsByReason.targeting), sum(runs, (f) => f.served), 1 - normalCdf(theta), 'targeting referrals ÷ served (1 − Φ(1))');
  });

  it("with signal d′ refers carriers at 1 − Φ(θ − d′) and innocent travelers at 1 − Φ(θ)", () => {
    // Catches a signal added to everyone's score (innocent rate would rise too) or to nobody's.
    const theta = 0.8;
    const d = 1;
    const doc = runPort(
      {
        risk: { signal: d },
        flows: [cars(20_000, { contraband: { share: 0.4 } })],
        laneGroups: [general({ referral: { random: 0, targeting: { threshold: theta } } })],
        secondary: secondary(),
      },
      { seed: 24, replications: 2, horizonHours: 24 },
    );
    const runs = portRuns(doc);
    expectDrained(runs);
    const carriers = sum(runs, (f) => f.contrabandArrivals);
    const innocent = sum(runs, (f) => f.served) - carriers;
    // Only targeting refers here, so innocent referrals = falsePositiveRate × referrals.
    const innocentReferred = sum(runs, (f) => Math.round((f.falsePositiveRate ?? 0) * f.referrals));
    const carriersReferred = sum(runs, (f) => f.referralsByReason.targeting) - innocentReferred;
    expectRate(innocentReferred, innocent, 1 - normalCdf(theta), 'innocent travelers referred by targeting');
    expectRate(carriersReferred, carriers, 1 - normalCdf(theta - d), 'carriers referred by targeting');
  });
});

describe('radiation monitors', () => {
  it('set off nuisance alarms at the rate configured for each mode, only on monitored lanes', () => {
    // Catches one mode's rate applied to every mode, alarms on lanes without monitors, and
    // an alarm that does not lead to an rpm referral.
    const doc = runPort(
      {
        flows: [
          cars(22_000),
          flow('trucks', 14_000, { mode: 'truck', hourlyProfile: DRAIN }),
          flow('buses', 2000, { mode: 'bus', hourlyProfile: DRAIN }),
        ],
        laneGroups: [general(), lane('trucks', 'custom', 30, 15, { modes: ['truck'] }), lane('buses', 'bus', 5, 15)],
        radiationMonitors: { lanes: ['general', 'trucks'], nuisanceRate: { car: 0.2, truck: 0.3, bus: 0.5 }, resolutionMinutes: det(2) },
        secondary: secondary(),
      },
      { seed: 25, replications: 2, horizonHours: 24 },
    );
    expectDrained(portRuns(doc));
    const carRuns = flowRuns(doc, 'cars');
    const truckRuns = flowRuns(doc, 'trucks');
    expectRate(sum(carRuns, (f) => f.nuisanceAlarms), sum(carRuns, (f) => f.served), 0.2, 'nuisance alarms ÷ cars served');
    expectRate(sum(truckRuns, (f) => f.nuisanceAlarms), sum(truckRuns, (f) => f.served), 0.3, 'nuisance alarms ÷ trucks served');
    expect(sum(laneRuns(doc, 'buses'), (f) => f.nuisanceAlarms), 'alarms on a lane without monitors').toBe(0);
    for (const f of portRuns(doc)) {
      expect(f.trueAlarms).toBe(0);
      expect(f.referralsByReason.rpm).toBe(f.nuisanceAlarms);
    }
  });
});

describe('imaging', () => {
  it('scans the configured share of each mode before primary, and refers a scanned carrier at the imaging detection rate', () => {
    // Catches a scan share applied to the wrong mode or not at all, and imaging detection
    // ignored or applied to travelers who were not scanned. Everyone carries contraband here,
    // so imaging referrals ÷ scans is the detection probability.
    const doc = runPort(
      {
        flows: [cars(20_000, { contraband: { share: 1 } }), flow('walkers', 3000, { mode: 'pedestrian', hourlyProfile: DRAIN, contraband: { share: 1 } })],
        laneGroups: [general(), lane('walk', 'pedestrian', 5, 15)],
        imaging: { share: { car: 0.25 }, scanners: 40, scanMinutes: det(0.5), detection: { probability: 0.6 } },
        secondary: secondary(),
      },
      { seed: 26, replications: 2, horizonHours: 24 },
    );
    expectDrained(portRuns(doc));
    const carRuns = flowRuns(doc, 'cars');
    const scans = sum(carRuns, (f) => f.scans);
    expectRate(scans, sum(carRuns, (f) => f.served), 0.25, 'scans ÷ cars');
    expect(sum(flowRuns(doc, 'walkers'), (f) => f.scans), 'pedestrians scanned (share not set)').toBe(0);
    expectRate(sum(carRuns, (f) => f.referralsByReason.imaging), scans, 0.6, 'imaging referrals ÷ scans (every car carries)');
  });
});

describe('officer judgment and secondary inspection', () => {
  it('judgment refers carriers not referred for an earlier reason at detection.primary (by type where given); secondary finds contraband at its detection rate', () => {
    // Catches judgment applied before random selection (it would take referrals the random
    // draw should record), byType ignored, judgment applied to innocent travelers, and a
    // secondary detection that does not weigh the inspection types by weight.
    // Every traveler carries: flow "drugs" carries drugs (judgment 0.3), flow "cash" carries
    // cash (byType 0.6). Secondary: document check (weight 3, finds 20 %) or vehicle search
    // (weight 1, finds 90 %): 0.375 of carriers inspected are seized.
    const doc = runPort(
      {
        flows: [
          flow('drugs', 9000, { hourlyProfile: DRAIN, contraband: { share: 1, mix: { drugs: 1 } } }),
          flow('cash', 3500, { hourlyProfile: DRAIN, contraband: { share: 1, mix: { cash: 1 } } }),
          flow('innocent', 2000, { hourlyProfile: DRAIN }),
        ],
        laneGroups: [general({ referral: { random: 0.2 }, detection: { primary: 0.3, byType: { cash: 0.6 } } })],
        secondary: secondary({
          inspections: [
            { id: 'documents', kind: 'document-check', weight: 3, minutes: det(1), detection: { probability: 0.2 } },
            { id: 'search', kind: 'vehicle-search', weight: 1, minutes: det(1), detection: { probability: 0.9 } },
          ],
        }),
      },
      { seed: 27, replications: 2, horizonHours: 24, contrabandTypes: [{ id: 'drugs' }, { id: 'cash' }] },
    );
    const port = portRuns(doc);
    expectDrained(port);
    for (const [id, p] of [['drugs', 0.3], ['cash', 0.6]] as const) {
      const runs = flowRuns(doc, id);
      const notReferredEarlier = sum(runs, (f) => f.served - f.referralsByReason.random);
      expectRate(sum(runs, (f) => f.referralsByReason.judgment), notReferredEarlier, p, `judgment referrals ÷ ${id} carriers not referred at random`);
    }
    expect(sum(flowRuns(doc, 'innocent'), (f) => f.referralsByReason.judgment), 'judgment referrals of innocent travelers').toBe(0);
    const carrierRuns = [...flowRuns(doc, 'drugs'), ...flowRuns(doc, 'cash')];
    expect(sum(carrierRuns, (f) => f.secondaryInspections)).toBe(sum(carrierRuns, (f) => f.referrals));
    expectRate(sum(carrierRuns, (f) => f.seizures), sum(carrierRuns, (f) => f.secondaryInspections), 0.75 * 0.2 + 0.25 * 0.9, 'seizures ÷ carriers inspected in secondary');
    expect(sum(flowRuns(doc, 'innocent'), (f) => f.seizures), 'seizures from travelers carrying nothing').toBe(0);
  });

  it('with the default secondary inspection, secondary finds contraband at secondary.detection', () => {
    // Catches the port's detection probability ignored when no inspection types are listed.
    const doc = runPort(
      { flows: [cars(4000, { contraband: { share: 1 } })], laneGroups: [general({ referral: { random: 0.5 } })], secondary: secondary({ detection: 0.7 }) },
      { seed: 28, replications: 2, horizonHours: 24 },
    );
    const runs = portRuns(doc);
    expectDrained(runs);
    expectRate(sum(runs, (f) => f.seizures), sum(runs, (f) => f.secondaryInspections), 0.7, 'seizures ÷ carriers inspected in secondary');
  });

  it('time-dependent judgment: with exponential inspections the rate is 1 − 1 / (1 − ln(1 − p))', () => {
    // p(s) = 1 − (1 − p)^(s / mean); averaged over exponential inspection times this is
    // 1 − 1/(1 − ln(1 − p)) (0.263 for p = 0.3, not 0.3). Catches timeDependent ignored, or
    // the exponent inverted (mean / s).
    const p = 0.3;
    const doc = runPort(
      { flows: [cars(9000, { contraband: { share: 1 } })], laneGroups: [general({ detection: { primary: p, timeDependent: true } })], secondary: secondary() },
      { seed: 29, replications: 2, horizonHours: 24 },
    );
    const runs = portRuns(doc);
    expectDrained(runs);
    expectRate(sum(runs, (f) => f.referralsByReason.judgment), sum(runs, (f) => f.served), 1 - 1 / (1 - Math.log(1 - p)), 'judgment referrals ÷ carriers (time-dependent)');
  });
});

describe('the normal distribution function used above', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447461, 6);
    expect(normalCdf(1.6448536270)).toBeCloseTo(0.95, 6);
    expect(normalCdf(-2.3263478740)).toBeCloseTo(0.01, 6);
    expect(normalCdf(0.2)).toBeCloseTo(0.5792597094, 6);
  });
});
