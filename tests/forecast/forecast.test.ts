// The forecast from a saved CBP wait-times snapshot: the start it assumes (clock, booths, line ≈
// delay ÷ time at the booth × booths), its bands, and a known-truth check against a simulated day.

import { describe, expect, it } from 'vitest';
import { forecast, ForecastError, parseBwtJson, runScenario, type ForecastDocument, type ObservedWaits, type Scenario } from '../../sim/index.ts';
import { loadObservedFile, loadScenarioFile } from '../../sim/node.ts';
import { oneLane, snapshotJson } from './helpers.ts';

function observed(text: string): ObservedWaits {
  const r = parseBwtJson(text, 'snapshot.json');
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.observed;
}

function bundled(name: string): Scenario {
  const r = loadScenarioFile(`scenarios/bundled/${name}`);
  if (!r.ok) throw new Error('bundled scenario does not load');
  return r.scenario;
}

const SY_0900 = 'observed/samples/san-ysidro-0900-snapshot.json';

describe('forecast from the published San Ysidro figures at 09:00', () => {
  const snap = loadObservedFile(SY_0900);
  if (!snap.ok) throw new Error('sample does not load');
  const doc = forecast(bundled('san-ysidro-northbound.yaml'), snap.observed, { replications: 20 });

  it('starts at the snapshot time on its weekday, at the matched port', () => {
    expect(doc.format).toBe('borderflow-forecast');
    expect(doc.snapshot.ports).toEqual([{ scenarioPort: 'san-ysidro', snapshotPort: '250401', name: 'San Ysidro' }]);
    expect(doc.snapshot.time).toBe('2026-12-02T09:00');
    expect(doc.snapshot.day).toBe('wednesday');
    expect(doc.start.clock).toBe('09:00');
    expect(doc.laneTypes[0].hours.map((h) => h.hour)).toEqual([9, 10, 11, 12]);
  });

  it('puts the line the method computes in each reported lane class: delay × 60 × booths open ÷ mean seconds at the booth', () => {
    const reported = { general: [41, 12], ready: [34, 3], sentri: [11, 2], pedestrian: [18, 10] } as const;
    for (const [type, [delay, lanes]] of Object.entries(reported)) {
      const c = doc.initialState[0].laneTypes.find((x) => x.laneType === type)!;
      expect(c.source).toBe('reported');
      expect(c.delayMinutes).toBe(delay);
      const g = c.laneGroups[0];
      // Car lanes are double-stacked (2 booths a lane); pedestrian lanes are single booths.
      expect(g.boothsOpen).toBe(type === 'pedestrian' ? lanes : 2 * lanes);
      expect(g.line).toBe(Math.round((delay * 60 * g.boothsOpen) / g.meanBoothSeconds));
      expect(g.line).toBeGreaterThan(0);
    }
    // Pedestrian Ready is "Update Pending": an empty line with the scenario's staffing, said so.
    const pr = doc.initialState[0].laneTypes.find((x) => x.laneType === 'pedestrian-ready')!;
    expect(pr.source).toBe('not-reported');
    expect(pr.laneGroups[0].line).toBe(0);
    expect(doc.warnings.some((w) => w.startsWith('pedestrian-ready: no delay'))).toBe(true);
  });

  it('gives bands that contain the mean, over all 20 replications', () => {
    for (const t of doc.laneTypes) {
      for (const h of t.hours) {
        expect(h.replications).toBe(20);
        expect(h.low90!).toBeLessThanOrEqual(h.mean!);
        expect(h.mean!).toBeLessThanOrEqual(h.high90!);
      }
    }
  });

  it('gives a first-hour wait near the reported delay (within ±45 %: the hour averages a line the scenario then works down)', () => {
    // The hour's figure is the mean over vehicles arriving from 09:00 to 10:00; where the
    // scenario's capacity exceeds its arrivals the line shortens through the hour, so the figure
    // sits below the delay reported at 09:00. Measured: general 30.5 (41), Ready 20.3 (34), SENTRI 9.6 (11), pedestrian 19.1 (18).
    for (const [type, delay] of [['general', 41], ['ready', 34], ['sentri', 11], ['pedestrian', 18]] as const) {
      const first = doc.laneTypes.find((t) => t.laneType === type)!.hours[0].mean!;
      expect(first, type).toBeGreaterThan(0.55 * delay);
      expect(first, type).toBeLessThan(1.45 * delay);
    }
  });
});

describe('the line estimate on a line that neither grows nor shrinks', () => {
  it('gives a first hour within 10 % of the reported delay when arrivals match the booths open (ρ = 1)', () => {
    // 10 booths × 60 s: 600 vehicles an hour, and 600 arrive an hour. The wait of a newcomer at
    // 10:00 is the reported 30 min (line 300); with ρ = 1 it stays there on average.
    const doc = forecast(oneLane({ perDay: 14_400 }), observed(snapshotJson({ time: '10:00', delay: '30', lanesOpen: '10' })), { replications: 20 });
    const g = doc.initialState[0].laneTypes[0].laneGroups[0];
    expect(g.line).toBe(300);
    const first = doc.laneTypes[0].hours[0].mean!;
    expect(Math.abs(first - 30) / 30).toBeLessThan(0.1);
  });

  it('gives a shorter wait each hour when capacity exceeds arrivals (ρ = 0.8): the line drains at 120 an hour', () => {
    const doc = forecast(oneLane({ perDay: 0.8 * 14_400 }), observed(snapshotJson({ time: '10:00', delay: '30', lanesOpen: '10' })), { replications: 20 });
    const means = doc.laneTypes[0].hours.map((h) => h.mean!);
    for (let k = 1; k < means.length; k++) expect(means[k]).toBeLessThan(means[k - 1]);
    // A fluid line of 300 − 120·t vehicles at 10 booths of 60 s: arrivals in the first hour wait (300 − 60)/10 = 24 min on average.
    expect(Math.abs(means[0] - 24)).toBeLessThan(3);
  });
});

describe('known truth: a simulated day, its state at 10:00 written as a feed snapshot, forecast 4 h', () => {
  // Constant 10 booths (600 an hour); 800 an hour from 06:00 to 08:00 build a line, 600 an hour
  // from 08:00 to 14:00 hold it. The snapshot gives what CBP would: lanes open (10) and the
  // delay, the mean wait of the vehicles that reached a booth from 09:50 to 10:00, in whole minutes.
  const profile = [1, 1, 1, 1, 1, 1, 8, 8, 6, 6, 6, 6, 6, 6, 3, 3, 3, 3, 2, 2, 2, 1, 1, 1];
  const base = oneLane({ perDay: 1 });
  const sum = profile.reduce((a, b) => a + b, 0);
  const DAYS = 8;
  const truthScenario: Scenario = { ...base, seed: 11, replications: DAYS, ports: [{ ...base.ports[0], flows: [{ ...base.ports[0].flows[0], perDay: (600 * sum) / 6, hourlyProfile: profile }] }] };
  const served: { sum: number; n: number }[] = Array.from({ length: DAYS }, () => ({ sum: 0, n: 0 }));
  const inLine = new Array<number>(DAYS).fill(0);
  const TEN = 10 * 3600;
  const truth = runScenario(truthScenario, {
    onRecord: (r, rec) => {
      if (rec.arrivedAt < TEN && (rec.primaryStart === null || rec.primaryStart >= TEN)) inLine[r]++;
      if (rec.primaryStart !== null && rec.primaryStart >= (9 + 50 / 60) * 3600 && rec.primaryStart < 10 * 3600) {
        served[r].sum += (rec.primaryStart - rec.arrivedAt) / 60;
        served[r].n++;
      }
    },
  });

  it('has the truth’s hourly mean waits inside the forecast’s 90 % bands for at least 70 % of the 32 day-hours (20 replications each), and within 15 % on the median; the inferred line within 20 % of the day’s own', () => {
    let inside = 0;
    let checks = 0;
    const relErrors: number[] = [];
    const lineErrors: number[] = [];
    for (let r = 0; r < DAYS; r++) {
      const delay = Math.round(served[r].sum / served[r].n);
      const doc: ForecastDocument = forecast(truthScenario, observed(snapshotJson({ time: '10:00', delay: String(delay), lanesOpen: '10' })), { replications: 20, seed: 1000 + r });
      // The line the method infers from the delay against the line the day really had at 10:00.
      lineErrors.push(Math.abs(doc.initialState[0].laneTypes[0].laneGroups[0].line - inLine[r]) / inLine[r]);
      expect(doc.laneTypes[0].hours.map((h) => h.hour)).toEqual([10, 11, 12, 13]);
      for (const h of doc.laneTypes[0].hours) {
        const t = truth.runs[r].ports[0].lanes[0].byHour[h.hour].wait.mean!;
        checks++;
        if (t >= h.low90! && t <= h.high90!) inside++;
        relErrors.push(Math.abs(h.mean! - t) / t);
      }
    }
    // Measured: 26 of 32 inside. The band is for one day's hourly mean from a known start; the
    // start here is itself estimated from a rounded delay, so coverage sits below the nominal 90 %.
    expect(checks).toBe(32);
    expect(inside).toBeGreaterThanOrEqual(Math.ceil(0.7 * checks));
    // Measured: the inferred line was within 1–12 % of the day's own line at 10:00.
    expect(Math.max(...lineErrors)).toBeLessThan(0.2);
    relErrors.sort((a, b) => a - b);
    expect(relErrors[Math.floor(relErrors.length / 2)]).toBeLessThan(0.15);
  }, 120_000);
});

describe('opening booths now', () => {
  it('--open general=+2 keeps two more booths open through the forecast and shortens every hour’s wait (common random numbers)', () => {
    const s = oneLane({ perDay: 14_400 });
    const snap = observed(snapshotJson({ time: '10:00', delay: '30', lanesOpen: '10' }));
    const now = forecast(s, snap, { replications: 10 });
    const more = forecast(s, snap, { replications: 10, open: { general: 2 } });
    const g = more.initialState[0].laneTypes[0].laneGroups[0];
    expect(g).toMatchObject({ boothsOpen: 12, extraBooths: 2, line: 300 });
    more.laneTypes[0].hours.forEach((h, k) => {
      expect(h.mean!).toBeLessThan(now.laneTypes[0].hours[k].mean!);
      expect(h.lanesOpen).toBeCloseTo(12, 6);
    });
  }, 60_000);

  it('a changed scenario (more officers in its own staffing) takes over after the held hour', () => {
    const snap = observed(snapshotJson({ time: '10:00', delay: '30', lanesOpen: '10' }));
    const more = forecast(oneLane({ perDay: 14_400, officers: 14 }), snap, { replications: 5, holdHours: 1 });
    [10, 14, 14, 14].forEach((n, k) => expect(more.laneTypes[0].hours[k].lanesOpen).toBeCloseTo(n, 6));
  });
});

describe('determinism', () => {
  it('the same scenario, snapshot and seed give the same document', () => {
    const s = oneLane({ perDay: 12_000 });
    const snap = observed(snapshotJson({ time: '10:20', delay: '25', lanesOpen: '9' }));
    const a = JSON.stringify(forecast(s, snap, { replications: 5 }));
    const b = JSON.stringify(forecast(s, snap, { replications: 5 }));
    expect(a).toBe(b);
    const c = JSON.parse(a) as ForecastDocument;
    expect(c.start.clock).toBe('10:20');
    expect(c.laneTypes[0].hours[0].window).toBe('10:20–11:00');
    expect(JSON.stringify(forecast(s, snap, { replications: 5, seed: 99 }))).not.toBe(a);
  });
});

describe('bad snapshots', () => {
  const s = oneLane({ perDay: 10_000 });
  const fails = (text: string, pattern: RegExp, options = {}) => {
    let err: unknown;
    try {
      forecast(s, observed(text), options);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ForecastError);
    expect((err as ForecastError).message).toMatch(pattern);
  };
  it('names the ports the snapshot has when none is the scenario’s', () => {
    fails(snapshotJson({ portNumber: '250401', portName: 'San Ysidro', time: '10:00', delay: '30', lanesOpen: '10' }), /no port matching the scenario's "Test Crossing" \(id test\); the snapshot has: 250401 San Ysidro/);
  });
  it('refuses a snapshot with no delay', () => {
    fails(snapshotJson({ time: '10:00', delay: '', lanesOpen: '10', status: 'Update Pending' }), /reports no delay for any lane/);
  });
  it('refuses a snapshot without a date', () => {
    fails(snapshotJson({ time: '10:00', delay: '30', lanesOpen: '10', date: '' }), /has no date/);
  });
  it('finds the port by its CBP number when asked, and refuses a number it does not have', () => {
    const text = snapshotJson({ portNumber: '250401', portName: 'Somewhere else', time: '10:00', delay: '30', lanesOpen: '10' });
    expect(forecast(s, observed(text), { replications: 2, ports: { test: '09250401' } }).snapshot.ports[0].snapshotPort).toBe('250401');
    fails(text, /no port "250601" in the snapshot; it has: 250401 Somewhere else/, { ports: { test: '250601' } });
  });
  it('refuses opening booths in a lane class the port does not have', () => {
    fails(snapshotJson({ time: '10:00', delay: '30', lanesOpen: '10' }), /open sentri: the scenario's matched port has no lane group of that class/, { open: { sentri: 1 } });
  });
});
