// Calibration against a known truth: a small port is simulated, its hourly waits become the observations,
// an input is perturbed, and the fit must find the truth again. Then the holdout, the written scenario,
// determinism and the command's errors.
//
// The observations come from the true scenario run on the seed and replications the calibration uses, so at
// the true inputs the simulated waits equal the observed ones exactly (common random numbers): the truth is
// the global minimum (error 0), and the tests check that the search reaches it, not the noise of the model.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  calibrate,
  calibratedScenarioYaml,
  compareWaits,
  formatProblem,
  hourBlocks,
  loadScenarioText,
  officerRange,
  parseFit,
  parseHoldout,
  parseOfficerBounds,
  runScenario,
  splitObservations,
  summarizeFit,
  type CalibrateResult,
  type Observation,
  type ObservedWaits,
  type Scenario,
} from '../../sim/index.ts';
import { loadScenarioFile } from '../../sim/node.ts';
import { cliInProcess, tempDir } from '../cli/helpers.ts';

const FIXTURE = 'tests/calibration/fixtures/small-port.yaml';
const SEED = 7;
const REPS = 2;

function load(file: string): Scenario {
  const r = loadScenarioFile(file);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.scenario;
}

/** The true scenario's hourly mean waits by lane class, one observation per lane class and clock hour. */
function observationsOf(scenario: Scenario): ObservedWaits {
  const doc = runScenario(scenario, { seed: SEED, replications: REPS });
  const observations: Observation[] = [];
  for (const [li, laneType] of [[0, 'general'], [1, 'sentri']] as const) {
    for (let hour = 0; hour < 24; hour++) {
      // The same figure compareWaits computes: each replication's lane-hour mean, then their mean.
      const perRun = doc.runs.map((run) => run.ports[0].lanes[li].byHour[hour]).filter((h) => h.arrived > 0 && h.wait.mean !== null).map((h) => h.wait.mean!);
      if (perRun.length === REPS) observations.push({ port: 'p', laneType, dayType: 'weekday', hour, waitMinutes: perRun.reduce((a, b) => a + b, 0) / REPS, lanesOpen: null });
    }
  }
  return { file: 'truth.csv', format: 'tidy-csv', observations };
}

function tidyCsv(o: ObservedWaits): string {
  return ['port,lane_type,day_type,hour,wait_minutes,lanes_open', ...o.observations.map((x) => `${x.port},${x.laneType},${x.dayType ?? ''},${x.hour},${x.waitMinutes},`)].join('\n') + '\n';
}

const TRUE_GENERAL = [1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 1, 1, 1];

let truth: Scenario;
let observed: ObservedWaits;
let dir: string;
let csv: string;
beforeAll(() => {
  truth = load(FIXTURE);
  observed = observationsOf(truth);
  dir = tempDir();
  csv = join(dir, 'truth.csv');
  writeFileSync(csv, tidyCsv(observed));
});

describe('parsing what to fit, the holdout and the officer bounds', () => {
  it('fit lists, holdouts and bounds, with errors naming what was expected', () => {
    expect(parseFit('shares, officers')).toEqual(['officers', 'shares']);
    expect(() => parseFit('officers,staff')).toThrow('"staff" cannot be fitted; expected officers, service, shares');
    expect(() => parseFit('officers,officers')).toThrow('given twice');
    expect(parseHoldout('hours:0-5')).toMatchObject({ kind: 'hours', from: 0, to: 5 });
    expect(parseHoldout('lane:sentri')).toMatchObject({ kind: 'lane', laneType: 'sentri' });
    expect(parseHoldout('day:saturday')).toMatchObject({ kind: 'day', dayType: 'saturday' });
    expect(parseHoldout('every:3')).toMatchObject({ kind: 'every', n: 3 });
    expect(() => parseHoldout('hours:0-24')).toThrow('expected clock hours 0–23');
    expect(() => parseHoldout('lane:bike')).toThrow('"bike" is not a lane class');
    expect(() => parseHoldout('every:1')).toThrow('from 2 to 24');
    expect(() => parseHoldout('some')).toThrow('expected hours:A-B');
    expect(parseOfficerBounds('0..2x')).toMatchObject({ min: { officers: 0 }, max: { times: 2 } });
    expect(() => parseOfficerBounds('5..2')).toThrow('the least (5) is more than the most (2)');
    expect(() => parseOfficerBounds('2x')).toThrow('expected MIN..MAX');
  });
  it('officer ranges: multiples of the hour’s officers, at least one officer allowed, within the booths', () => {
    const b = parseOfficerBounds('0..2x');
    expect(officerRange(b, 3, 8)).toEqual([0, 6]);
    expect(officerRange(b, 5, 8)).toEqual([0, 8]);
    expect(officerRange(b, 0, 8)).toEqual([0, 1]);
    expect(officerRange(parseOfficerBounds('2..4'), 3, 3)).toEqual([2, 3]);
  });
  it('splits: hours (wrapping past midnight), lane, day, every Nth observed hour', () => {
    const o = (laneType: 'general' | 'sentri', hour: number, dayType = 'weekday'): Observation => ({ port: 'p', laneType, dayType, hour, waitMinutes: 1, lanesOpen: null });
    const obs = [o('general', 2), o('general', 4), o('general', 5), o('sentri', 6), o('general', 7), o('general', 9, 'saturday'), o('general', 23)];
    const hours = (xs: Observation[]) => xs.map((x) => x.hour);
    expect(hours(splitObservations(obs, parseHoldout('hours:4-6')).heldOut)).toEqual([4, 5, 6]);
    expect(hours(splitObservations(obs, parseHoldout('hours:22-2')).heldOut)).toEqual([2, 23]);
    expect(hours(splitObservations(obs, parseHoldout('lane:sentri')).heldOut)).toEqual([6]);
    expect(hours(splitObservations(obs, parseHoldout('day:saturday')).heldOut)).toEqual([9]);
    // Observed hours 2, 4, 5, 6, 7, 9, 23: every 3rd is 5 and 9.
    const every = splitObservations(obs, parseHoldout('every:3'));
    expect(hours(every.heldOut)).toEqual([5, 9]);
    expect(every.inSample.length + every.heldOut.length).toBe(obs.length);
  });
  it('stops with the signal’s reason, before any run when already aborted', () => {
    const reason = new Error('stopped by the planner');
    expect(() => calibrate(truth, observed, { fit: 'officers', signal: AbortSignal.abort(reason) })).toThrow('stopped by the planner');
    let runs = 0;
    const c = new AbortController();
    expect(() =>
      calibrate(truth, observed, {
        fit: 'service',
        replications: 1,
        signal: c.signal,
        onProgress: () => {
          if (++runs === 2) c.abort(reason);
        },
      }),
    ).toThrow('stopped by the planner');
    expect(runs).toBe(2);
  });
  it('hour blocks: each observed hour with the unobserved hours before it, wrapping past midnight', () => {
    expect(hourBlocks([9, 2, 5])).toEqual([[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]);
    expect(hourBlocks([4])).toEqual([[5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4]]);
    expect(hourBlocks([])).toEqual([]);
  });
});

describe('known truth: officers', () => {
  let result: CalibrateResult;
  beforeAll(() => {
    const perturbed = structuredClone(truth);
    perturbed.ports[0].laneGroups[0].officers = { constant: 2 };
    result = calibrate(perturbed, observed, { fit: 'officers', seed: SEED, replications: REPS, maxEvaluations: 90 });
  }, 120_000);

  it('lowers the error from a line that never clears to well under a minute', () => {
    expect(result.start.inSample.rmseMinutes!).toBeGreaterThan(30);
    // The truth has error 0; the search must get within a small fraction of the start.
    expect(result.inSample.rmseMinutes!, `RMSE ${result.inSample.rmseMinutes}`).toBeLessThan(1);
    expect(result.objective.fitted).toBeLessThan(result.objective.start / 1000);
    expect(result.heldOut).toBeNull();
  });

  it('finds the true officers in every hour with a line (05:00–20:00), and within one officer overnight', () => {
    const fitted = result.lanes.find((l) => l.lane === 'general')!.officers!.fitted;
    // Overnight (21:00–04:59) one or two officers leave waits under a minute either way, so the
    // observations cannot tell them apart: within one officer there, exact where a line forms.
    for (let h = 0; h < 24; h++) {
      if (h >= 5 && h <= 20) expect(fitted[h], `${h}:00`).toBe(TRUE_GENERAL[h]);
      else expect(Math.abs(fitted[h] - TRUE_GENERAL[h]), `${h}:00`).toBeLessThanOrEqual(1);
    }
    expect(result.lanes.find((l) => l.lane === 'general')!.officers!.start).toEqual(new Array(24).fill(2));
    expect(result.notes.some((n) => n.includes('p/general had a constant 2'))).toBe(true);
  });
});

describe('known truth: a service-time scale, with hours held out', () => {
  let result: CalibrateResult;
  let perturbedText: string;
  beforeAll(() => {
    // The general lane's primary times 25 % longer than the truth: the fit should scale them by 1/1.25 = 0.8.
    perturbedText = readFileSync(FIXTURE, 'utf8').replace('{ kind: lognormal, mean: 60, cv: 0.6 }', '{ kind: lognormal, mean: 75, cv: 0.6 }').replace('sentri: { kind: lognormal, mean: 20, cv: 0.6 }', 'sentri: { kind: lognormal, mean: 25, cv: 0.6 }');
    const r = loadScenarioText(perturbedText, 'perturbed.yaml');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    result = calibrate(r.scenario, observed, { fit: ['service'], holdout: 'hours:0-5', seed: SEED, replications: REPS, maxEvaluations: 40 });
  }, 120_000);

  it('recovers the scale within 0.01 (the search brackets it to 0.01) and lowers the error', () => {
    const general = result.lanes.find((l) => l.lane === 'general')!;
    expect(Math.abs(general.serviceScale! - 0.8), `scale ${general.serviceScale}`).toBeLessThanOrEqual(0.01);
    expect(result.inSample.rmseMinutes!).toBeLessThan(result.start.inSample.rmseMinutes! / 5);
    expect(result.heldOut!.rmseMinutes!).toBeLessThan(result.start.heldOut!.rmseMinutes!);
  });

  it('held-out figures are computed on exactly the held-out rows, in-sample on the rest', () => {
    const held = result.heldOut!;
    for (const t of held.byLaneType) expect(t.rows.map((r) => r.hour).every((h) => h <= 5)).toBe(true);
    for (const t of result.inSample.byLaneType) expect(t.rows.map((r) => r.hour).every((h) => h > 5)).toBe(true);
    expect(held.observations).toBe(observed.observations.filter((o) => o.hour <= 5).length);
    expect(result.inSample.observations + held.observations).toBe(observed.observations.length);
    // Recomputed from a run of the fitted scenario on the recorded seed and replications.
    const doc = runScenario(result.fittedScenario, { seed: result.seed, replications: result.replications });
    const split = splitObservations(observed.observations, parseHoldout('hours:0-5'));
    expect(summarizeFit(compareWaits(result.fittedScenario, doc, { ...observed, observations: split.heldOut }, { scenario: 'x' }))).toEqual(held);
    expect(summarizeFit(compareWaits(result.fittedScenario, doc, { ...observed, observations: split.inSample }, { scenario: 'x' }))).toEqual(result.inSample);
  });

  it('the written YAML keeps the comments, validates, and re-runs to the recorded in-sample figures', () => {
    const text = calibratedScenarioYaml(perturbedText, result);
    expect(text).toContain('# A small passenger port for calibration tests');
    const loaded = loadScenarioText(text, 'fitted.yaml');
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const s = loaded.scenario;
    const c = s.calibration!;
    expect(c).toMatchObject({ observed: 'truth.csv', fitted: ['service'], holdout: 'hours:0-5', seed: SEED, replications: REPS, evaluations: result.evaluations });
    expect(c.toleranceMinutes).toBe(Math.round(Math.max(1, 0.15 * result.inSample.rmseMinutes!) * 1000) / 1000);
    expect(s.ports[0].laneGroups[0].primarySeconds).toEqual({ kind: 'lognormal', mean: Number((75 * result.lanes[0].serviceScale!).toPrecision(12)), cv: 0.6 });
    const doc = runScenario(s, { seed: c.seed, replications: c.replications });
    const split = splitObservations(observed.observations, parseHoldout(c.holdout!));
    expect(summarizeFit(compareWaits(s, doc, { ...observed, observations: split.inSample }, { scenario: 'x' }))).toEqual(c.inSample);
    // The record changes nothing the engine does: the same run without it.
    const { calibration: _c, ...bare } = s;
    expect(runScenario(bare as Scenario, { seed: c.seed, replications: c.replications }).runs).toEqual(doc.runs);
  });
});

describe('known truth: a program share', () => {
  it('recovers the SENTRI share within 0.01 from 7 points off', () => {
    const perturbed = structuredClone(truth);
    perturbed.ports[0].flows[0].programs = { sentri: 0.18 };
    const r = calibrate(perturbed, observed, { fit: 'shares', seed: SEED, replications: REPS, maxEvaluations: 30 });
    expect(r.shares).toHaveLength(1);
    expect(r.shares[0]).toMatchObject({ port: 'p', flow: 'cars', program: 'sentri', start: 0.18 });
    // Bounds ±10 points around the start: [0.08, 0.28], the truth inside.
    expect(Math.abs(r.shares[0].fitted - 0.25), `share ${r.shares[0].fitted}`).toBeLessThanOrEqual(0.01);
    expect(r.inSample.rmseMinutes!).toBeLessThan(r.start.inSample.rmseMinutes! / 3);
    expect(r.fittedScenario.ports[0].flows[0].programs.sentri).toBe(r.shares[0].fitted);
  }, 120_000);
});

describe('borderflow calibrate', () => {
  it('writes the same fitted file for the same seed, and prints a table and JSON', async () => {
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    const args = [FIXTURE, '--observed', csv, '--fit', 'officers,service', '--holdout', 'every:3', '--replications', '1', '--max-evaluations', '8', '--seed', '3'];
    const first = await cliInProcess(['calibrate', ...args, '--out', a]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Calibration: Small port \(calibration test\) to .*truth\.csv \(48 observations: 32 fitted, 16 held out by every:3\)$/m);
    expect(first.stdout).toContain('Method: Weighted least squares');
    expect(first.stdout).toMatch(/^in-sample\s+general/m);
    expect(first.stdout).toMatch(/^held out\s+sentri/m);
    const second = await cliInProcess(['calibrate', ...args, '--out', b, '--format', 'json']);
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    const report = JSON.parse(second.stdout) as Omit<CalibrateResult, 'fittedScenario' | 'calibration'>;
    expect(report).toMatchObject({ format: 'borderflow-calibration', fitted: ['officers', 'service'], holdout: 'every:3', seed: 3, replications: 1, maxEvaluations: 8, capHit: true });
    expect(report.evaluations).toBe(8);
    const v = await cliInProcess(['validate', a]);
    expect(v.code, v.stderr + v.stdout).toBe(0);
  }, 120_000);

  it('bad --fit, bad --holdout, a holdout that selects nothing, observations of no lane class of the scenario', async () => {
    const base = ['calibrate', FIXTURE, '--observed', csv];
    const badFit = await cliInProcess([...base, '--fit', 'officers,volume']);
    expect(badFit.code).toBe(2);
    expect(badFit.stderr).toContain('"volume" cannot be fitted; expected officers, service, shares');
    const badHoldout = await cliInProcess([...base, '--fit', 'officers', '--holdout', 'lanes:sentri']);
    expect(badHoldout.code).toBe(2);
    expect(badHoldout.stderr).toContain('unknown holdout "lanes"');
    const none = await cliInProcess([...base, '--fit', 'officers', '--holdout', 'lane:ready']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('holdout lane:ready: holds out no observation');
    expect((await cliInProcess(['calibrate', FIXTURE, '--fit', 'officers'])).code).toBe(2); // --observed missing
    const peds = join(dir, 'peds.csv');
    writeFileSync(peds, 'port,lane_type,day_type,hour,wait_minutes,lanes_open\np,pedestrian,weekday,8,12,\np,pedestrian-ready,weekday,8,4,\n');
    const noLane = await cliInProcess([...base.slice(0, 3), peds, '--fit', 'officers']);
    expect(noLane.code).toBe(1);
    expect(noLane.stderr).toContain(`${peds}: observations of pedestrian, pedestrian-ready, and ${FIXTURE} has no lane group of those classes; expected observations of its lane kinds (general, sentri)`);
    const missing = await cliInProcess([...base.slice(0, 3), join(dir, 'nope.csv'), '--fit', 'officers']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.csv: cannot read');
    const same = await cliInProcess([...base, '--fit', 'officers', '--out', csv]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('is the input file');
  });
});
