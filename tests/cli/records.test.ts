// `borderflow run --records`: one row per traveler, in NDJSON or CSV, matching the result's conservation counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../sim/index.ts';
import { cliInProcess, parseCsv, tempDir } from './helpers.ts';

const SCENARIO = 'scenarios/bundled/detroit-commercial-week.yaml';
const COLUMNS = [
  'replication', 'id', 'port', 'flow', 'mode', 'program', 'lane', 'booth', 'arrivedAt', 'primaryStart', 'primaryEnd',
  'referral', 'secondaryStart', 'secondaryEnd', 'contraband', 'seized', 'status',
];

type Row = Record<string, unknown>;

async function run(recordsFile: string): Promise<{ doc: ResultDocument; path: string }> {
  const path = join(tempDir(), recordsFile);
  const r = await cliInProcess(['run', SCENARIO, '--replications', '2', '--hours', '25', '--format', 'json', '--end-of-run', 'cutoff', '--records', path]);
  expect(r.stderr).toBe('');
  expect(r.code, r.stderr).toBe(0);
  return { doc: JSON.parse(r.stdout) as ResultDocument, path };
}

/** Conservation count of each status the engine reports (older engines have no driving or imaging). */
const COUNT_OF: Record<string, string> = {
  exited: 'exited',
  driving: 'driving',
  imaging: 'imaging',
  'in-line': 'inQueue',
  'at-primary': 'inService',
  'in-secondary': 'inSecondary',
};

/** Rows by replication and status must add up to each replication's conservation counts. */
function checkCounts(doc: ResultDocument, rows: Row[]): void {
  expect(rows.length).toBe(doc.runs.reduce((n, run) => n + run.conservation.arrived, 0));
  for (const row of rows) expect(Object.keys(COUNT_OF)).toContain(row.status);
  for (const run of doc.runs) {
    const mine = rows.filter((row) => Number(row.replication) === run.replication);
    const c = run.conservation as unknown as Record<string, number>;
    expect(mine.length).toBe(c.arrived);
    for (const [status, key] of Object.entries(COUNT_OF)) {
      const n = mine.filter((row) => row.status === status).length;
      expect(n, `${status} in replication ${run.replication}`).toBe(c[key] ?? 0);
    }
  }
  expect(rows.some((row) => row.status !== 'exited')).toBe(true);
}

describe('borderflow run --records', () => {
  it('writes one NDJSON object per traveler', async () => {
    const { doc, path } = await run('travelers.ndjson');
    const rows = readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Row);
    checkCounts(doc, rows);
    expect(Object.keys(rows[0])).toEqual(COLUMNS);
    const lanes = new Set(doc.ports[0].lanes.map((l) => l.id));
    for (const row of rows.slice(0, 1000)) {
      expect(row.port).toBe('ambassador');
      expect(lanes.has(row.lane as string)).toBe(true);
      expect(typeof row.arrivedAt).toBe('number');
    }
    const referred = rows.find((row) => row.referral !== null && row.status === 'exited');
    expect(referred?.secondaryEnd).toBeGreaterThanOrEqual(referred?.secondaryStart as number);
  });

  it('writes one CSV row per traveler, with the same columns', async () => {
    const { doc, path } = await run('travelers.csv');
    const [header, ...cells] = parseCsv(readFileSync(path, 'utf8'));
    expect(header).toEqual(COLUMNS);
    for (const row of cells) expect(row).toHaveLength(COLUMNS.length);
    const rows = cells.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    checkCounts(doc, rows);
  });

  it('names the port of each traveler when the scenario has several', async () => {
    const dir = tempDir();
    const scenario = join(dir, 'two-ports.yaml');
    const port = (p: string, perDay: number) => `
  - id: ${p}
    name: Port ${p}
    flows:
      - { id: ${p}-cars, mode: car, perDay: ${perDay} }
    laneGroups:
      - { id: ${p}-general, kind: general, booths: 2, primarySeconds: { kind: exponential, mean: 60 } }
      - { id: ${p}-ready, kind: ready, booths: 1, primarySeconds: { kind: exponential, mean: 40 } }`;
    writeFileSync(scenario, `name: two ports\nhorizonHours: 6\nreplications: 2\nports:${port('east', 2000)}${port('west', 1000)}\n`);
    const path = join(dir, 'travelers.ndjson');
    const r = await cliInProcess(['run', scenario, '--format', 'json', '--end-of-run', 'cutoff', '--records', path]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as ResultDocument;
    const rows = readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Row);
    checkCounts(doc, rows);
    for (const row of rows) {
      expect(row.flow).toBe(`${row.port}-cars`);
      if (row.lane !== null) expect(String(row.lane).startsWith(`${row.port}-`)).toBe(true);
    }
    expect(new Set(rows.map((row) => row.port))).toEqual(new Set(['east', 'west']));
  });
});
