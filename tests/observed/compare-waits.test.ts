// Lane classes to lane groups, the wait comparison against the published San Ysidro hourly means, and the command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareWaits,
  formatProblem,
  laneGroupsOfType,
  laneMatches,
  runScenario,
  studentTQuantile,
  WAIT_COMPARISON_FORMAT,
  type ObservedWaits,
  type ResultDocument,
  type Scenario,
  type WaitComparisonDocument,
} from '../../sim/index.ts';
import { loadObservedFile, loadScenarioFile } from '../../sim/node.ts';
import { cliInProcess, parseCsv, tempDir } from '../cli/helpers.ts';

const SY = 'scenarios/bundled/san-ysidro-northbound.yaml';
const HIST = 'observed/samples/san-ysidro-weekday-hist.csv';

function load(): { scenario: Scenario; observed: ObservedWaits } {
  const s = loadScenarioFile(SY);
  const o = loadObservedFile(HIST);
  if (!s.ok) throw new Error(s.problems.map(formatProblem).join('\n'));
  if (!o.ok) throw new Error(o.problems.map(formatProblem).join('\n'));
  return { scenario: s.scenario, observed: o.observed };
}

describe('lane classes to lane groups', () => {
  it('matches by kind; general lanes serving trucks are commercial general; fast lanes are FAST', () => {
    expect(laneMatches('general', { kind: 'general', modes: ['car'] })).toBe(true);
    expect(laneMatches('general', { kind: 'general', modes: ['truck'] })).toBe(false);
    expect(laneMatches('commercial-general', { kind: 'general', modes: ['truck'] })).toBe(true);
    expect(laneMatches('commercial-general', { kind: 'general', modes: ['car'] })).toBe(false);
    expect(laneMatches('commercial-fast', { kind: 'fast', modes: ['truck'] })).toBe(true);
    expect(laneMatches('fast', { kind: 'fast', modes: ['truck'] })).toBe(true);
    expect(laneMatches('sentri', { kind: 'nexus', modes: ['car'] })).toBe(false);
    expect(laneMatches('pedestrian-ready', { kind: 'pedestrian-ready', modes: ['pedestrian'] })).toBe(true);
    expect(laneMatches('pedestrian', { kind: 'pedestrian-ready', modes: ['pedestrian'] })).toBe(false);
  });
  it('finds the San Ysidro lane groups, and none for a class the port lacks', () => {
    const { scenario } = load();
    expect(laneGroupsOfType(scenario, 'general').map((g) => g.id)).toEqual(['san-ysidro/general']);
    expect(laneGroupsOfType(scenario, 'sentri').map((g) => g.id)).toEqual(['san-ysidro/sentri']);
    expect(laneGroupsOfType(scenario, 'commercial-fast')).toEqual([]);
  });
});

describe('compareWaits on the bundled San Ysidro scenario against the §4.3 hourly means', () => {
  let doc: ResultDocument;
  let cmp: WaitComparisonDocument;
  let scenario: Scenario;
  beforeAll(() => {
    const l = load();
    scenario = l.scenario;
    doc = runScenario(scenario, { replications: 3, horizonHours: 48 });
    cmp = compareWaits(scenario, doc, l.observed, { scenario: SY });
  });
  it('is a documented document with one entry per observed lane class', () => {
    expect(cmp.format).toBe(WAIT_COMPARISON_FORMAT);
    expect(cmp.scenario).toMatchObject({ file: SY, replications: 3, horizonHours: 48, hash: doc.scenario.hash });
    expect(cmp.laneTypes.map((t) => t.laneType)).toEqual(['general', 'ready', 'sentri', 'pedestrian']);
    expect(cmp.laneTypes[0].rows.map((r) => r.hour)).toEqual([2, 4, 5, 6, 7, 9, 12, 14, 16, 17, 19, 22]);
  });
  it('the general lanes follow the published hourly profile (correlation > 0.8)', () => {
    const g = cmp.laneTypes[0];
    expect(g.hoursCompared).toBe(12);
    expect(g.correlation!).toBeGreaterThan(0.8);
  });
  it('simulated figures are the replications’ arrival-weighted lane-hour means with a t interval; summaries follow from the rows', () => {
    const g = cmp.laneTypes[0];
    const pi = 0;
    const li = scenario.ports[0].laneGroups.findIndex((l) => l.id === 'general');
    for (const r of g.rows) {
      // One general lane group: the per-replication figure is that group's hourly mean.
      const perRun = doc.runs.map((run) => run.ports[pi].lanes[li].byHour[r.hour].wait.mean!);
      const m = perRun.reduce((a, b) => a + b, 0) / perRun.length;
      const sd = Math.sqrt(perRun.reduce((a, b) => a + (b - m) ** 2, 0) / (perRun.length - 1));
      const half = (studentTQuantile(0.975, perRun.length - 1) * sd) / Math.sqrt(perRun.length);
      expect(r.simulated!.mean).toBeCloseTo(m, 9);
      expect(r.simulated!.ciHigh! - r.simulated!.mean).toBeCloseTo(half, 2); // table quantile to 3 decimals
      expect(r.difference).toBeCloseTo(r.simulated!.mean - r.observed, 9);
    }
    const mae = g.rows.reduce((a, r) => a + Math.abs(r.difference!), 0) / g.rows.length;
    expect(g.meanAbsoluteError).toBeCloseTo(mae, 9);
    const obs = g.rows.reduce((a, r) => a + r.observed, 0);
    const sim = g.rows.reduce((a, r) => a + r.simulated!.mean, 0);
    expect(g.ratio).toBeCloseTo(obs / sim, 9);
  });
  it('pools several lane groups of one class by arrivals, and averages several observations of one hour', () => {
    const view = {
      scenario: doc.scenario,
      seed: 1,
      replications: 1,
      runs: [{ ports: [{ lanes: scenario.ports[0].laneGroups.map((l) => ({ byHour: Array.from({ length: 24 }, () => (l.id === 'general' ? { arrived: 30, wait: { mean: 10 } } : l.id === 'ready' ? { arrived: 10, wait: { mean: 50 } } : { arrived: 0, wait: { mean: null } })) })) }] }],
    };
    const twoGeneral: Scenario = { ...scenario, ports: [{ ...scenario.ports[0], laneGroups: scenario.ports[0].laneGroups.map((l) => (l.id === 'ready' ? { ...l, kind: 'general' as const } : l)) }] };
    const obs: ObservedWaits = { file: 'x', format: 'tidy-csv', observations: [
      { port: 'p', laneType: 'general', hour: 3, waitMinutes: 10, lanesOpen: null },
      { port: 'p', laneType: 'general', hour: 3, waitMinutes: 30, lanesOpen: null },
      { port: 'p', laneType: 'general', hour: 4, waitMinutes: null, lanesOpen: 3 },
    ] };
    const c = compareWaits(twoGeneral, view, obs, { scenario: 's' });
    expect(c.laneTypes[0].rows).toEqual([{ hour: 3, observed: 20, observations: 2, simulated: { mean: 20, ciLow: null, ciHigh: null }, difference: 0 }]);
  });
});

describe('borderflow compare-waits', () => {
  const args = [SY, HIST, '--replications', '2', '--hours', '48'];
  it('table, json and csv agree', async () => {
    const table = await cliInProcess(['compare-waits', ...args]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^general: lane groups san-ysidro\/general$/m);
    expect(table.stdout).toMatch(/correlation \d\.\d\d, mean absolute error [\d.]+ min, observed ÷ simulated [\d.]+ \(12 hours\)/);
    const json = await cliInProcess(['compare-waits', ...args, '--format', 'json']);
    const doc = JSON.parse(json.stdout) as WaitComparisonDocument;
    expect(doc.format).toBe('borderflow-wait-comparison');
    const dir = tempDir();
    const out = join(dir, 'w.csv');
    const csv = await cliInProcess(['compare-waits', ...args, '--format', 'csv', '--out', out]);
    expect(csv.code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual(['laneType', 'hour', 'observed', 'observations', 'simulated', 'ciLow', 'ciHigh', 'difference']);
    expect(rows).toHaveLength(1 + 48);
    expect(Number(rows[1][4])).toBeCloseTo(doc.laneTypes[0].rows[0].simulated!.mean, 3);
  });
  it('bad observed files and usage: every problem named, exit 1 or 2', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, 'port,lane_type,day_type,hour,wait_minutes,lanes_open\nSY,general,,24,5,\n');
    const r = await cliInProcess(['compare-waits', 'nope.yaml', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.yaml: cannot read: no such file');
    expect(r.stderr).toContain(`${bad}: line 2, hour: "24" is not a clock hour; expected a whole hour 0–23`);
    const onlyLanes = join(dir, 'lanes.csv');
    writeFileSync(onlyLanes, 'port,lane_type,day_type,hour,wait_minutes,lanes_open\nSY,general,,3,,4\n');
    expect((await cliInProcess(['compare-waits', SY, onlyLanes])).stderr).toContain('no observation has a wait');
    expect((await cliInProcess(['compare-waits', SY])).code).toBe(2);
    expect((await cliInProcess(['compare-waits', SY, HIST, '--format', 'xml'])).code).toBe(2);
    const same = await cliInProcess(['compare-waits', SY, HIST, '--out', HIST]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain(`is the input file ${HIST}`);
  });
});
