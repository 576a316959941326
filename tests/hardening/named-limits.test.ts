// Limits that name their file: a run over the work limits among several scenario files, a stopped (partial) run in a comparison, a sweep's failed point; and the byte limits of the files merge and sweep --resume read back.
import { copyFileSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cliInProcess, ROOT, tempDir, THEORY } from '../cli/helpers.ts';

/** Valid, but 18 billion travelers over its ten replications: refused before any run. */
function hugeScenario(dir: string): string {
  const file = join(dir, 'huge.json');
  writeFileSync(file, JSON.stringify({ name: 'huge', replications: 10, horizonHours: 43920, ports: [{ id: 'p', name: 'P', flows: [{ id: 'c', mode: 'car', perDay: 1e6 }], laneGroups: [{ id: 'g', kind: 'general', booths: 500, primarySeconds: { kind: 'exponential', mean: 10 } }] }] }));
  return file;
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/ {4}at |internal error/);

describe('a run over the limits names its file and field', () => {
  it('compare: the second of three files, before any run (not after BASE has run)', async () => {
    const dir = tempDir();
    const huge = hugeScenario(dir);
    const r = await cliInProcess(['compare', THEORY, huge, THEORY, '--progress']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${huge}: replications: the run would simulate about`);
    expect(r.stderr).not.toContain(THEORY);
    noStack(r.stderr);
    // No replication of BASE was run first.
    expect(r.stderr).not.toMatch(/replication \d+\/|scenario 1 of 3/);
  });

  it.each([
    ['staff', ['--target', 'p95 wait <= 5 min']],
    ['sensitivity', []],
  ])('%s: refused before the first evaluation, naming the file', async (command, extra) => {
    const dir = tempDir();
    const huge = hugeScenario(dir);
    const r = await cliInProcess([command, huge, ...extra, '--no-progress']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${huge}: replications: the run would simulate about`);
    noStack(r.stderr);
  }, 30_000);

  it('compare: a run stopped by a cap is named and nothing is compared (exit 1, no table)', async () => {
    const file = 'tests/hostile/model/run-rho3-five-years.yaml';
    const r = await cliInProcess(['compare', THEORY, file, '-r', '1', '--hours', '2000']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}: run stopped at hour \\d+\\.\\d of replication 1: more than 500,000 travelers`));
    expect(r.stdout).toBe('');
  }, 60_000);

  it('sweep: a point the schema refuses is reported with the experiment file and the field path', async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'tests/experiments/fixtures/station.yaml'), join(dir, 'station.yaml'));
    const exp = join(dir, 'exp.yaml');
    writeFileSync(exp, stringify({ base: 'station.yaml', factors: [{ name: 'perDay', path: 'ports[station].flows[cars].perDay', values: [2400, 1e9] }], replications: 1 }));
    const r = await cliInProcess(['sweep', exp, '--workers', '1', '--out', join(dir, 'out'), '--quiet']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`borderflow: ${exp}: task failed: point 1 (perDay=1000000000): ports[0].flows[0].perDay: expected a number ≤ 1000000`);
  });
});

describe('files read back by merge and sweep --resume are read within a byte limit', () => {
  /** A finished shard folder of a tiny sweep. */
  async function shard(): Promise<{ dir: string; exp: string; out: string }> {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'tests/experiments/fixtures/station.yaml'), join(dir, 'station.yaml'));
    const exp = join(dir, 'exp.yaml');
    writeFileSync(exp, stringify({ base: 'station.yaml', factors: [{ name: 'general', path: 'ports[station].laneGroups[general].booths', values: [3] }], replications: 1 }));
    const out = join(dir, 'part');
    const r = await cliInProcess(['sweep', exp, '--workers', '1', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    return { dir, exp, out };
  }

  it('merge: a runs.ndjson of 600 MB (sparse) is refused by its size, not read', async () => {
    const { dir, out } = await shard();
    truncateSync(join(out, 'runs.ndjson'), 600_000_000);
    const r = await cliInProcess(['merge', out, '--out', join(dir, 'all')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe(`borderflow: merge: ${join(out, 'runs.ndjson')}: file is 600000000 bytes; expected at most 500000000\n`);
  });

  it('merge: a manifest.json that is /dev/zero stops one byte past the limit', async () => {
    const { dir, out } = await shard();
    const m = join(out, 'manifest.json');
    truncateSync(m, 0);
    const { rmSync } = await import('node:fs');
    rmSync(m);
    symlinkSync('/dev/zero', m);
    const r = await cliInProcess(['merge', out, '--out', join(dir, 'all')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^borderflow: merge: .*manifest\.json: more than 1000000 bytes \(reading stopped there; a device or an endless pipe\?\)/);
  });

  it.each(['null', '[]', '7'])('merge and sweep --resume: a manifest.json holding %s is refused in one line', async (text) => {
    const { dir, exp, out } = await shard();
    writeFileSync(join(out, 'manifest.json'), text);
    const merged = await cliInProcess(['merge', out, '--out', join(dir, 'all')]);
    expect(merged.code, merged.stderr).toBe(1);
    expect(merged.stderr).toMatch(/manifest\.json is not a manifest of borderflow sweep/);
    noStack(merged.stderr);
    const resumed = await cliInProcess(['sweep', exp, '--workers', '1', '--out', out, '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(1);
    expect(resumed.stderr).toMatch(/manifest\.json is not a manifest of borderflow sweep/);
    noStack(resumed.stderr);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(text);
  });

  it('sweep --resume: a runs.ndjson of 600 MB (sparse) is refused by its size', async () => {
    const { exp, out } = await shard();
    truncateSync(join(out, 'runs.ndjson'), 600_000_000);
    const r = await cliInProcess(['sweep', exp, '--workers', '1', '--out', out, '--resume', '--quiet']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe(`borderflow: ${join(out, 'runs.ndjson')}: file is 600000000 bytes; expected at most 500000000\n`);
  });
});
