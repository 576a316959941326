// `borderflow run`: the table, JSON and CSV outputs, --out and --progress, on the bundled scenarios.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, type ResultDocument } from '../../sim/index.ts';
import { loadScenarioFile } from '../../scenarios/load-file.ts';
import { bundledScenarios, cliInProcess, parseCsv, tempDir, THEORY } from './helpers.ts';

/** A short run of a scenario: two replications, two measured hours after its warm-up. */
function quick(file: string): { args: string[]; laneIds: string[]; name: string } {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const s = loaded.scenario;
  return {
    args: ['run', file, '--replications', '2', '--hours', String(s.warmupHours + 2)],
    laneIds: s.ports.flatMap((p) => p.laneGroups.map((l) => l.id)),
    name: s.name,
  };
}

// Every bundled scenario runs in tests/scenarios/bundled.test.ts; the table is drawn by one
// function whatever the scenario, so three shapes suffice here: one lane group, screening
// with several inspection types, and several ports.
const TABLE_CASES = ['mmc-theory-check', 'laredo-commercial-screening', 'san-diego-region'].map((n) => `scenarios/bundled/${n}.yaml`);

describe('borderflow run (table)', () => {
  it('the table cases are bundled scenarios', () => {
    expect(bundledScenarios()).toEqual(expect.arrayContaining(TABLE_CASES));
  });

  it.each(TABLE_CASES)('%s: a table with every lane', async (file) => {
    const { args, laneIds, name } = quick(file);
    const r = await cliInProcess(args);
    expect(r.stderr).toBe('');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(name);
    expect(r.stdout).toMatch(/scenario hash\s+[0-9a-f]{16}/);
    expect(r.stdout).toMatch(/replications\s+2\n/);
    expect(r.stdout).toContain(`borderflow ${ENGINE_VERSION}`);
    expect(r.stdout).toContain('mean wait');
    expect(r.stdout).toContain('(min)');
    for (const id of laneIds) expect(lines.some((l) => l.startsWith(`${id} `))).toBe(true);
    expect(r.stdout).toMatch(/^Interdiction rate: /m);
    // Two replications give intervals on the headline figures; no colour codes into a pipe.
    expect(r.stdout).toContain(' ± ');
    expect(r.stdout).not.toContain('\x1b[');
  });
});

describe('borderflow run --format json', () => {
  const args = ['run', THEORY, '--replications', '2', '--hours', '24', '--format', 'json'];

  it('is byte-identical for the same seed and differs for another seed', async () => {
    const [a, b, c] = [await cliInProcess([...args, '--seed', '7']), await cliInProcess([...args, '--seed', '7']), await cliInProcess([...args, '--seed', '8'])];
    for (const r of [a, b, c]) expect(r.code, r.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const doc = JSON.parse(a.stdout) as ResultDocument;
    expect(doc.format).toBe('borderflow-result');
    expect(doc.seed).toBe(7);
    expect(doc.replications).toBe(2);
    expect(doc.scenario.horizonHours).toBe(24);
  });

  it('--out writes the file, prints nothing and leaves no temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    const r = await cliInProcess([...args, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await cliInProcess(args)).stdout);
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('--progress reports on stderr only', async () => {
    const r = await cliInProcess([...args, '--progress']);
    expect(r.code, r.stderr).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/replication 1\/2 .*elapsed/);
    expect(r.stderr).toMatch(/replication 2\/2 .*elapsed/);
  });
});

describe('borderflow run --format csv', () => {
  it('is tidy CSV: a header, then rows of equal length for every replication, level and summary', async () => {
    const r = await cliInProcess(['run', 'scenarios/bundled/san-ysidro-northbound.yaml', '--replications', '2', '--hours', '26', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header.slice(0, 5)).toEqual(['replication', 'port', 'level', 'id', 'hour']);
    for (const column of ['arrived', 'wait.mean', 'wait.p95', 'interdictionRate', 'capacity.utilization', 'secondary.utilization']) {
      expect(header).toContain(column);
    }
    expect(new Set(header).size).toBe(header.length);
    for (const row of rows) expect(row).toHaveLength(header.length);

    const col = (name: string) => header.indexOf(name);
    const levels = new Set(rows.map((row) => row[col('level')]));
    expect([...levels].sort()).toEqual(['flow', 'hour', 'lane', 'lane-hour', 'summary']);
    const replications = new Set(rows.map((row) => row[col('replication')]));
    expect([...replications]).toEqual(['0', '1', 'mean', 'ciLow', 'ciHigh']);

    // Each lane has one row per replication and per across-replication statistic.
    const laneRows = rows.filter((row) => row[col('level')] === 'lane' && row[col('id')] === 'general');
    expect(laneRows.map((row) => row[col('replication')])).toEqual(['0', '1', 'mean', 'ciLow', 'ciHigh']);
    const [w0, w1, mean, lo, hi] = laneRows.map((row) => Number(row[col('wait.mean')]));
    expect(mean).toBeCloseTo((w0 + w1) / 2, 9);
    expect(lo).toBeLessThanOrEqual(mean);
    expect(hi).toBeGreaterThanOrEqual(mean);
    // 24 clock hours per lane and replication.
    expect(rows.filter((row) => row[col('level')] === 'lane-hour' && row[col('id')] === 'general' && row[col('replication')] === '0')).toHaveLength(24);
  });
});

describe('borderflow run --out safety', () => {
  it('leaves no file behind when the output cannot be written', async () => {
    const dir = tempDir();
    const r = await cliInProcess(['run', THEORY, '--replications', '1', '--hours', '21', '--out', join(dir, 'missing-folder', 'r.json')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^borderflow: cannot write .*missing-folder.*: no such file or directory/);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });
});
