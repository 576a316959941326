// Calibrated bundled scenarios reproduce the published figures they were calibrated to (long runs: not in the fast tier).

import { beforeAll, describe, it, expect } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load-file.ts';
import { runScenario } from '../../sim/index.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { checkBoundedness, checkCalibration, loadObserved, pearson, scaleVolume, type CalibrationReport } from '../../scripts/calibration-check.ts';

function load(file: string): Scenario {
  const r = loadScenarioFile(`scenarios/bundled/${file}`);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.scenario;
}

describe('calibration against published figures', () => {
  it('San Ysidro: mean waits to reach the primary booth near CBP weekday Jan–Feb 2020 means', () => {
    // Targets (calibration.md §4.3): general 33, Ready 25, SENTRI 8.5, pedestrian 11 min.
    // Tolerance: ±50 % — the staffing is calibrated, not measured, and the CBP figures are
    // themselves estimates (GAO-13-603); the calibration report will tighten this.
    const doc = runScenario(load('san-ysidro-northbound.yaml'), { replications: 5 });
    const wait = (id: string) => doc.ports[0].lanes.find((l) => l.id === id)!.figures.wait.mean.mean!;
    const targets: Record<string, number> = { general: 33, ready: 25, sentri: 8.5, 'ped-general': 11 };
    for (const [id, target] of Object.entries(targets)) {
      const w = wait(id);
      expect(w, `${id}: simulated ${w.toFixed(1)} min vs CBP ${target} min`).toBeGreaterThan(target * 0.5);
      expect(w, `${id}: simulated ${w.toFixed(1)} min vs CBP ${target} min`).toBeLessThan(target * 1.5);
    }
    // The ordering CBP reports: general > Ready > SENTRI.
    expect(wait('general')).toBeGreaterThan(wait('ready'));
    expect(wait('ready')).toBeGreaterThan(wait('sentri'));
    // Patience is long (drivers mean 200 min, pedestrians 120 min): at the calibrated volume
    // almost nobody gives up (measured: at most 0.01 % in any lane), so the waits above are not
    // shortened by those who left. Bound 1 % per lane: more would mean drivers leaving lines
    // shorter than the 1–2 h waits they routinely accept at San Ysidro.
    for (const l of doc.ports[0].lanes) {
      const share = l.figures.gaveUpShare.mean ?? 0;
      expect(share, `${l.id}: ${(100 * share).toFixed(2)} % gave up`).toBeLessThan(0.01);
    }
    // Volumes: 41,039 cars and 29,587 pedestrians per day (BTS 2019), within 2 %.
    const flows = Object.fromEntries(doc.ports[0].flows.map((f) => [f.id, f.arrived.mean!]));
    expect(Math.abs(flows.cars / 41039 - 1)).toBeLessThan(0.02);
    expect(Math.abs(flows.pedestrians / 29587 - 1)).toBeLessThan(0.02);
  });

  it('the check’s own arithmetic: Pearson r of exact cases, and volume scaling of every flow', () => {
    const x = [2, 4, 5, 6, 7, 9, 12];
    expect(pearson(x, x.map((v) => 3 * v + 1))).toBeCloseTo(1, 12);
    expect(pearson(x, x.map((v) => -v))).toBeCloseTo(-1, 12);
    expect(pearson(x, x.map(() => 5))).toBeNull();
    // r of (1,2,3) and (1,3,2) = 0.5 exactly
    expect(pearson([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
    const s = load('san-ysidro-northbound.yaml');
    const up = scaleVolume(s, 1.1);
    expect(up.ports[0].flows.map((f) => f.perDay)).toEqual(s.ports[0].flows.map((f) => f.perDay * 1.1));
    expect(s.ports[0].flows[0].perDay).toBe(41039);
  });

  describe('San Ysidro: hourly wait profile against CBP weekday hourly means (scripts/calibration-check.ts)', () => {
    const observed = loadObserved('scenarios/observed/san-ysidro-weekday-hourly.json');
    // 5 replications × 2 measured days. Precision, measured over 6 seeds: correlations general
    // 0.95–0.97, Ready 0.96–0.97, SENTRI 0.86–0.88, pedestrian 0.93–0.97; Ready/general 0.65–0.66,
    // SENTRI/general 0.26; the general wait 18–23 min at 02:00 and 17–21 min at 19:00 and 22:00.
    let report: CalibrationReport;
    beforeAll(() => {
      report = checkCalibration(load('san-ysidro-northbound.yaml'), observed, { replications: 5, days: 2 });
    });
    const lane = (type: string) => report.lanes.find((l) => l.type === type)!;

    it('each lane type with a published hourly series follows it (Pearson r over the 12 published hours)', () => {
      // 0.85 for general, Ready and pedestrians: the profile's shape (overnight build-up, midday
      // plateau, evening fall) must be there, not just its level. SENTRI 0.8: its lanes run with
      // 1–4 officers, so whole officers make its hourly means coarse, and its waits (5–12 min)
      // vary little over the day, so a 2-minute error moves r a lot.
      const thresholds: Record<string, number> = { general: 0.85, ready: 0.85, pedestrian: 0.85, sentri: 0.8 };
      for (const [type, min] of Object.entries(thresholds)) {
        const r = lane(type).correlation;
        expect(r, `${type}: r = ${r?.toFixed(2)}`).not.toBeNull();
        expect(r!, `${type}: r = ${r!.toFixed(2)}`).toBeGreaterThanOrEqual(min);
      }
    });

    it('Ready waits about three quarters of the general wait; SENTRI far less', () => {
      // CBP's hourly columns average 24.6 and 32.5 min: 0.76 (the source's summary: about 0.74).
      // Band ±0.12: the model sits at 0.65–0.66 over 6 seeds — program members choose among
      // their lanes by expected wait, which pulls Ready's wait below general's — plus the step
      // one officer makes.
      const ready = lane('ready').ratioToGeneral!;
      expect(ready.observed!).toBeCloseTo(0.76, 2);
      expect(Math.abs(ready.simulated! - ready.observed!), `Ready/general ${ready.simulated!.toFixed(2)}`).toBeLessThan(0.12);
      // SENTRI/general 0.27 from the hourly columns (summary: about 0.25); within 0.07 (the model:
      // 0.26 over 6 seeds; one SENTRI officer-hour moves it by about 0.02).
      const sentri = lane('sentri').ratioToGeneral!;
      expect(Math.abs(sentri.simulated! - sentri.observed!), `SENTRI/general ${sentri.simulated!.toFixed(2)}`).toBeLessThan(0.07);
    });

    it('a general line already at 02:00 (CBP 18 min) and the longest waits in the early afternoon (CBP 14:00)', () => {
      const general = lane('general');
      const at02 = general.simulated.byHour[2]!;
      expect(at02, `02:00 general ${at02.toFixed(1)} min`).toBeGreaterThan(18 * 0.5);
      expect(at02, `02:00 general ${at02.toFixed(1)} min`).toBeLessThan(18 * 1.5);
      expect(general.observedPeakHour).toBe(14);
      expect([12, 14]).toContain(general.simulatedPeakHour);
    });

    it('a general line stands through the evening (CBP 21 min at 19:00, 15 min at 22:00)', () => {
      // The flex pool holds the evening line between its thresholds (opens above 25 min, closes
      // below 12), so the level follows that assumption; within ±50 % of CBP, as at 02:00.
      // Measured: 17–21 min over 6 seeds (the former fixed staffing without a pool: empty lines).
      const general = lane('general');
      for (const [hour, cbp] of [[19, 21], [22, 15]] as const) {
        const w = general.simulated.byHour[hour]!;
        expect(w, `${hour}:00 general ${w.toFixed(1)} min vs CBP ${cbp}`).toBeGreaterThan(cbp * 0.5);
        expect(w, `${hour}:00 general ${w.toFixed(1)} min vs CBP ${cbp}`).toBeLessThan(cbp * 1.5);
      }
    });
  });

  it('San Ysidro: with 10 % more traffic the flex pool keeps every line bounded; without it, or with 30 % more, it cannot', () => {
    // 3 measured days after the warm-up. A line is bounded when neither its mean over the last
    // day nor its length in the day's last hour exceeds the day before's by more than 10 % plus
    // `slack` vehicles. The general line no longer empties at night (CBP: 15–18 min at
    // 22:00–02:00), so its end-of-day length (about 80–150 vehicles at ×1.1) moves by up to
    // about 60 vehicles from day to day with 3 replications (measured): slack 60. An unbounded
    // line grows by thousands a day (below), so this cannot hide growth.
    const s = load('san-ysidro-northbound.yaml');
    const up10 = checkBoundedness(s, { volume: 1.1, days: 3, replications: 3, slack: 60 });
    for (const l of up10.lanes) {
      expect(l.bounded, `${l.laneId}: daily mean line ${l.dayMeanQueue.map((x) => x.toFixed(0)).join(' → ')}, end of day ${l.endOfDayQueue.map((x) => x.toFixed(0)).join(' → ')}`).toBe(true);
      // Bounded by the extra booths, not by travelers leaving: under 5 % give up (measured
      // 2.2–3.0 % in the general and pedestrian lanes over 6 seeds, at most 0.2 % elsewhere).
      expect(l.gaveUpShare ?? 0, `${l.laneId}: gave up`).toBeLessThan(0.05);
    }
    expect(up10.lanes.find((l) => l.laneId === 'general')!.addedBoothHoursPerDay).toBeGreaterThan(0);
    // The same check fails without the flex pool (and without patience, which could otherwise
    // bound the line by reneging): the general line then grows by about 3,500 vehicles a day.
    const fixed: Scenario = { ...s, ports: s.ports.map((p) => ({ ...p, laneManagement: undefined, flows: p.flows.map((f) => ({ ...f, patience: undefined })) })) };
    const fixed10 = checkBoundedness(fixed, { volume: 1.1, days: 2, replications: 2, slack: 60 });
    expect(fixed10.lanes.find((l) => l.laneId === 'general')!.bounded).toBe(false);
    // At ×1.3 the pool is not enough: the general line grows, or many give up (measured: the
    // line is held by about 19 % of drivers giving up after hours in line).
    const up30 = checkBoundedness(s, { volume: 1.3, days: 2, replications: 2, slack: 60 });
    const g30 = up30.lanes.find((l) => l.laneId === 'general')!;
    expect(!g30.bounded || (g30.gaveUpShare ?? 0) > 0.1, `×1.3 general: bounded ${g30.bounded}, gave up ${g30.gaveUpShare}`).toBe(true);
  });

  it('Detroit commercial: mean truck wait near the FHWA 16-minute inbound average; FAST far shorter', () => {
    const doc = runScenario(load('detroit-commercial-week.yaml'), { replications: 4 });
    const lanes = Object.fromEntries(doc.ports[0].lanes.map((l) => [l.id, l.figures.wait.mean.mean!]));
    expect(lanes.general).toBeGreaterThan(8);
    expect(lanes.general).toBeLessThan(24);
    expect(lanes.fast).toBeLessThan(lanes.general / 5);
  });
});
