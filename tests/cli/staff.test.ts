// `borderflow staff`: the table, JSON, the fitted scenario written with --out, and the usage errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node.ts';
import { cliInProcess, tempDir } from './helpers.ts';

// A small station staffed by shifts: 60 cars an hour, 30-s inspections, four booths.
const SCENARIO = `# A small station for the staffing search.
name: staffing search CLI check
seed: 5
replications: 2
horizonHours: 25
warmupHours: 1
ports:
  - id: station
    name: Station
    flows:
      - { id: cars, mode: car, perDay: 1440 }
    laneGroups:
      - id: general
        kind: general
        booths: 4
        primarySeconds: { kind: exponential, mean: 30 } # half a minute
        officers:
          shifts:
            - { start: 0, end: 12, officers: 4 }
            - { start: 12, end: 24, officers: 4 }
`;

function scenarioFile(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, 'station.yaml');
  writeFileSync(file, SCENARIO);
  return { dir, file };
}

describe('borderflow staff', () => {
  it('writes a fitted scenario that keeps the shifts, loads and validates, and the JSON report of the same search', async () => {
    const { dir, file } = scenarioFile();
    const out = join(dir, 'fitted.yaml');
    const json = await cliInProcess(['staff', file, '--target', 'P(wait > 2 min) <= 0.1', '--officer-cost', '80', '--format', 'json', '--out', out]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.scenario).toBeUndefined();
    expect(report.lanes[0].staffedBy).toBe('shifts');
    expect(report.lanes[0].writtenAs).toBe('shifts');
    // The shift pattern is kept; only the officers per shift are searched.
    expect(report.lanes[0].shifts.map((x: { start: number; end: number }) => [x.start, x.end])).toEqual([
      [0, 12],
      [12, 24],
    ]);
    const [morning, afternoon] = report.lanes[0].shifts.map((x: { officers: number }) => x.officers);
    expect(report.lanes[0].officersByHour).toEqual([...new Array(12).fill(morning), ...new Array(12).fill(afternoon)]);
    expect(report.officerHoursPerDay).toBe(12 * morning + 12 * afternoon);
    expect(report.costPerDay).toBe(report.officerHoursPerDay * 80);
    expect(report.met).toBe(true);
    expect(report.capHit).toBe(false);
    // Busy enough that one officer cannot keep P(wait > 2 min) under 10 % in every hour, and four are more than needed.
    expect(report.officerHoursPerDay).toBeGreaterThan(24);
    expect(report.officerHoursPerDay).toBeLessThan(96);
    expect(report.notes.join('\n')).toMatch(/added 2 min to report.waitThresholdsMinutes/);

    const loaded = loadScenarioFile(out);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.scenario.ports[0].laneGroups[0].officers).toEqual({ shifts: report.lanes[0].shifts });
    expect(loaded.scenario.report.waitThresholdsMinutes).toEqual([2, 15, 30, 60]);
    // The file as written is kept: comments and the rest of the scenario.
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('# A small station for the staffing search.');
    expect(text).toContain('# half a minute');
    expect(text).not.toContain('byHour');
    expect(text).toContain(`- { start: 0, end: 12, officers: ${morning} }`);
    expect(text.replace(/^\s*(officers:|byHour:|shifts:|- \{ start|report:|waitThresholdsMinutes:).*\n/gm, '')).toBe(
      SCENARIO.replace(/^\s*(officers:|byHour:|shifts:|- \{ start|report:|waitThresholdsMinutes:).*\n/gm, ''),
    );
  });

  it('searches hour by hour with --by-hour and writes officers by hour', async () => {
    const { dir, file } = scenarioFile();
    const out = join(dir, 'fitted.yaml');
    const r = await cliInProcess(['staff', file, '--target', 'P(wait > 2 min) <= 0.1', '--by-hour', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/was shifts: written as byHour/);
    expect(r.stdout).toMatch(/Note: station\/general was staffed by shifts; searched hour by hour as asked/);
    const loaded = loadScenarioFile(out);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const officers = loaded.scenario.ports[0].laneGroups[0].officers;
    expect(officers).toHaveProperty('byHour');
    expect(readFileSync(out, 'utf8')).not.toContain('shifts');
  });

  it('prints the staffing by hour as a table, and says when the cap on evaluations stopped the search (exit status 1)', async () => {
    const { file } = scenarioFile();
    const table = await cliInProcess(['staff', file, '--target', 'P(wait > 2 min) <= 0.1', '--officer-cost', '80', '--max-evaluations', '2']);
    expect(table.code).toBe(1);
    expect(table.stderr).toMatch(/the target is not met in every hour/);
    expect(table.stdout).toMatch(/^Staffing search: P\(wait > 2 min\) <= 0\.1 in every hour \(upper one-sided 95 % bound over 2 replications, seed 5\)/);
    expect(table.stdout).toMatch(/Evaluations: 2 of at most 2 — cap hit, the staffing is not the fewest/);
    expect(table.stdout).toMatch(/station\/general\), 4 booths, shifts kept: officers per shift searched/);
    expect(table.stdout).toMatch(/Shifts: 00:00–12:00 \d+ officers?, 12:00–00:00 \d+ officers?/);
    expect(table.stdout).toMatch(/hour\s+officers\s+start\s+P\(wait > 2 min\)\s+95 % bound\s+target\n00:00\s+\d+\s+\d+\s+[\d.]+ %\s+[\d.]+ %\s+(met|fails by)/);
    expect(table.stdout).toMatch(/Total officer-hours per day: \d+, \$[\d,]+ per day at \$80\.00 per officer-hour/);
    expect(table.stdout).toMatch(/\(evaluations ran out\)/);
  });

  it('reports the hours a budget leaves failing, with exit status 1', async () => {
    const { file } = scenarioFile();
    const r = await cliInProcess(['staff', file, '--target', 'mean wait <= 0.05 min', '--budget', '26', '--format', 'table']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Target NOT met in \d+ lane-hours?/);
    expect(r.stdout).toMatch(/The budget of 26 officer-hours per day cannot meet the target\./);
    expect(r.stdout).toMatch(/station\/general \d\d:00: bound [\d.]+ > 0\.05 min by [\d.]+ \(budget spent\)/);
  });

  it.each([
    [['--target', 'p95 wait < 30 min'], /option '-t, --target <target>' argument 'p95 wait < 30 min' is invalid.*expected one of/],
    [[], /required option '-t, --target <target>' not specified/],
    [['--target', 'p95 wait <= 5 min', '--lanes', 'ready'], /--lanes: no lane group "ready".*expected one of general, station\/general/],
    [['--target', 'p95 wait <= 5 min', '--confidence', '1'], /expected a decimal number > 0.5 and < 1 \(e\.g\. --confidence 0\.95\)/],
    [['--target', 'p95 wait <= 5 min', '--budget', '-3'], /expected a decimal number of officer-hours per day from 0 to/],
  ])('refuses %j with exit status 2', async (args, message) => {
    const { file } = scenarioFile();
    const r = await cliInProcess(['staff', file, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('refuses to write the fitted scenario over the scenario file', async () => {
    const { file } = scenarioFile();
    const r = await cliInProcess(['staff', file, '--target', 'p95 wait <= 5 min', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the scenario file itself/);
    expect(readFileSync(file, 'utf8')).toBe(SCENARIO);
  });
});
