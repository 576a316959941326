// borderflow sweep and merge: workers, resume after a crash, shards and merge give the same bytes as one serial run; failures are reported without stopping the rest.

import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../cli/helpers.ts';
import { tempDir, writeExperiment } from './helpers.ts';

const FILES = ['manifest.json', 'runs.csv', 'runs.ndjson', 'summary.csv', 'summary.json'];

function files(dir: string): Record<string, string> {
  expect(readdirSync(dir).sort()).toEqual(FILES);
  return Object.fromEntries(FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const factors = [
  { name: 'general', path: 'ports[station].laneGroups[general].booths', values: [2, 3] },
  { name: 'sentri', path: 'ports[0].laneGroups[sentri].booths', values: [1, 2] },
];

let root: string;
let experiment: string;
let serial: string;
let reference: Record<string, string>;

beforeAll(async () => {
  root = tempDir();
  experiment = writeExperiment(root, { factors, replications: 3, seed: 5 });
  serial = join(root, 'serial');
  const r = await cliInProcess(['sweep', experiment, '--workers', '1', '--out', serial, '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  reference = files(serial);
}, 60_000);

describe('borderflow sweep', () => {
  it('writes one row per point × replication, in order, and a summary per point with paired differences', () => {
    const rows = reference['runs.ndjson'].trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.point, r.replication])).toEqual([0, 1, 2, 3].flatMap((p) => [0, 1, 2].map((r) => [p, r])));
    expect(rows[3].factors).toEqual({ general: 2, sentri: 2 });
    const summary = JSON.parse(reference['summary.json']);
    expect(summary.points).toHaveLength(4);
    expect(summary.points[0].outputs['summary.wait.mean'].difference).toBeNull();
    // The mean of a point is the mean of its rows, and the paired difference is the mean of the row differences.
    const wait = (p: number) => rows.filter((r) => r.point === p).map((r) => r.outputs['summary.wait.mean'] as number);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(summary.points[2].outputs['summary.wait.mean'].mean).toBeCloseTo(mean(wait(2)), 12);
    expect(summary.points[2].outputs['summary.wait.mean'].difference.mean).toBeCloseTo(mean(wait(2)) - mean(wait(0)), 12);
    // More general booths: shorter general waits, replication by replication on common random numbers.
    const g = (p: number) => rows.filter((r) => r.point === p).map((r) => r.outputs['ports[station].lanes[general].wait.mean'] as number);
    g(2).forEach((w, i) => expect(w).toBeLessThan(g(0)[i]));
    const manifest = JSON.parse(reference['manifest.json']);
    expect(manifest).toMatchObject({ designPoints: 4, tasks: 12, shard: null, replications: 3, seed: 5 });
    expect(reference['runs.csv'].split('\n')[0]).toMatch(/^experiment,point,replication,general,sentri,summary\.wait\.mean,/);
  });

  it('two worker threads write the same bytes as one', async () => {
    const out = join(root, 'parallel');
    const r = await cliInProcess(['sweep', experiment, '--workers', '2', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/12 of 12 tasks to run on 2 workers/);
    expect(r.stderr).toMatch(/tasks 12\/12 done/); // plain progress lines when not on a terminal
    expect(files(out)).toEqual(reference);
  }, 60_000);

  it('--resume after a crash (a torn last line, lost rows) ends with the rows of an uninterrupted run', async () => {
    const out = join(root, 'crashed');
    cpSync(serial, out, { recursive: true });
    const lines = reference['runs.ndjson'].split('\n');
    // Rows finished out of order before the crash, two never written, the last cut mid-line.
    const kept = [lines[5], lines[0], lines[1], lines[7], lines[2]].join('\n') + '\n' + lines[8].slice(0, 40);
    writeFileSync(join(out, 'runs.ndjson'), kept);
    for (const f of ['runs.csv', 'summary.json', 'summary.csv']) writeFileSync(join(out, f), 'stale');
    const refused = await cliInProcess(['sweep', experiment, '--workers', '1', '--out', out, '--quiet']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds results; pass --resume/);
    const r = await cliInProcess(['sweep', experiment, '--workers', '2', '--out', out, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/7 of 12 tasks to run/);
    expect(files(out)).toEqual(reference);
  }, 60_000);

  it('--resume refuses a folder of another experiment', async () => {
    const other = writeExperiment(root, { factors, replications: 3, seed: 6 }, 'other.yaml');
    const out = join(root, 'mixed');
    cpSync(serial, out, { recursive: true });
    const r = await cliInProcess(['sweep', other, '--out', out, '--resume', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/holds experiment [0-9a-f]{16}, not [0-9a-f]{16}/);
  });

  it('a point whose scenario is invalid fails with its values; the other points still run; exit 1', async () => {
    const bad = writeExperiment(root, { factors: [{ name: 'general', path: 'ports[0].laneGroups[general].booths', values: [2, 0, 3] }], replications: 2 }, 'bad.yaml');
    const out = join(root, 'bad');
    const r = await cliInProcess(['sweep', bad, '--workers', '1', '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/task failed: point 1 \(general=0\): ports\[0\]\.flows\[0\]\.mode: .*no lane group that takes them/);
    expect(r.stderr.match(/task failed/g)).toHaveLength(1); // said once for the point, not per replication
    expect(r.stderr).toMatch(/2 of 6 tasks failed/);
    const rows = readFileSync(join(out, 'runs.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.point)).toEqual([0, 0, 2, 2]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.points.map((p: { replications: number }) => p.replications)).toEqual([2, 0, 2]);
  });
});

describe('shards and borderflow merge', () => {
  let shards: string[];
  beforeAll(async () => {
    shards = [join(root, 'shard0'), join(root, 'shard1')];
    for (const [i, out] of shards.entries()) {
      const r = await cliInProcess(['sweep', experiment, '--shard', `${i}/2`, '--workers', '1', '--out', out, '--quiet']);
      expect(r.code).toBe(0);
    }
  }, 60_000);

  it('each shard holds the tasks k with k mod n = i', () => {
    const tasks = (d: string) => readFileSync(join(d, 'runs.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l)).map((r) => r.point * 3 + r.replication);
    expect(tasks(shards[0])).toEqual([0, 2, 4, 6, 8, 10]);
    expect(tasks(shards[1])).toEqual([1, 3, 5, 7, 9, 11]);
    expect(JSON.parse(readFileSync(join(shards[1], 'manifest.json'), 'utf8')).shard).toBe('1/2');
  });

  it('merged shards are byte for byte the unsharded run', async () => {
    const out = join(root, 'merged');
    const r = await cliInProcess(['merge', shards[1], shards[0], '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(files(out)).toEqual(reference);
  });

  it('refuses a missing task, a duplicate, and folders of different experiments', async () => {
    const missing = await cliInProcess(['merge', shards[0], '--out', join(root, 'm1')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/6 of 12 tasks are in none of the folders \(point 0 replication 1,/);
    const twice = await cliInProcess(['merge', shards[0], shards[1], shards[0], '--out', join(root, 'm2')]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/point 0, replication 0 is in .*shard0 and in .*shard0; each task must be in exactly one folder/);
    const other = writeExperiment(root, { factors, replications: 3, seed: 6 }, 'other2.yaml');
    const otherShard = join(root, 'other-shard1');
    expect((await cliInProcess(['sweep', other, '--shard', '1/2', '--workers', '1', '--out', otherShard, '--quiet'])).code).toBe(0);
    const mixed = await cliInProcess(['merge', shards[0], otherShard, '--out', join(root, 'm3')]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/holds experiment [0-9a-f]{16}, .* holds [0-9a-f]{16}; only shards of one experiment/);
    const torn = join(root, 'torn');
    cpSync(shards[1], torn, { recursive: true });
    writeFileSync(join(torn, 'runs.ndjson'), readFileSync(join(torn, 'runs.ndjson'), 'utf8').slice(0, -10));
    const t = await cliInProcess(['merge', shards[0], torn, '--out', join(root, 'm4')]);
    expect(t.stderr).toMatch(/ends in a torn line/);
    for (const m of ['m1', 'm2', 'm3', 'm4']) expect(existsSync(join(root, m, 'summary.json'))).toBe(false);
  }, 60_000);
});

describe('bad input to sweep', () => {
  it('an output path that names no figure fails every task, naming the output', async () => {
    const bad = writeExperiment(root, { factors: [factors[0]], replications: 1, outputs: ['summary.wait.mean', 'summary.wait.p97'] }, 'bad-output.yaml');
    const r = await cliInProcess(['sweep', bad, '--workers', '1', '--out', join(root, 'bad-output'), '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/output summary\.wait\.p97: no such figure in the result/);
    expect(r.stderr).toMatch(/2 of 2 tasks failed/);
  });

  it('a shard outside 0 ≤ i < n, or no workers, is bad usage', async () => {
    for (const args of [['--shard', '2/2'], ['--shard', '1'], ['--workers', '0']]) {
      const r = await cliInProcess(['sweep', experiment, ...args, '--out', join(root, 'never')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/expected/);
    }
    expect(existsSync(join(root, 'never'))).toBe(false);
  });

  it('an invalid experiment file is refused before anything runs, naming the file and the field', async () => {
    const bad = writeExperiment(root, { factors: [{ path: 'ports[0].laneGroups[vip].booths', values: [1] }] }, 'bad-path.yaml');
    const r = await cliInProcess(['sweep', bad, '--out', join(root, 'never2')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-path\.yaml: factors\[0\]\.path: factor "ports\[0\]\.laneGroups\[vip\]\.booths": .*no item with id "vip"/);
    expect(existsSync(join(root, 'never2'))).toBe(false);
  });
});
