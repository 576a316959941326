// SIGINT, SIGTERM and SIGKILL: a parallel sweep stops with one line saying what runs.ndjson keeps (exit 130/143) and resumes to the bytes of an uninterrupted sweep; every long command stopped mid-simulation exits 130/143 naming what it completed and replaces nothing; a temporary file left by a killed run is removed by the next run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BIN, cli, ROOT, tempDir, THEORY } from './helpers.ts';

const STATION = join(ROOT, 'tests/experiments/fixtures/station.yaml');
const OUTPUTS = ['manifest.json', 'runs.csv', 'runs.ndjson', 'summary.csv', 'summary.json'];

let experiment: string;
let reference: Record<string, string>;

const contents = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const rowsIn = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0);

/** Starts borderflow, sends `signal` once `ready()` holds, and resolves with how it ended. */
function interrupt(args: string[], ready: () => boolean, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; after: number }>((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let sentAt = 0;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const poll = setInterval(() => {
      if (sentAt === 0 && ready()) {
        sentAt = Date.now();
        child.kill(signal);
      }
    }, 20);
    child.on('error', fail);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      done({ code, signal: sig, stderr, after: sentAt === 0 ? -1 : Date.now() - sentAt });
    });
  });
}

beforeAll(() => {
  const dir = tempDir();
  experiment = join(dir, 'exp.yaml');
  writeFileSync(experiment, stringify({ base: STATION, factors: [{ name: 'general', path: 'ports[station].laneGroups[general].booths', values: [2, 3] }], replications: 60, seed: 3 }));
  const r = cli(['sweep', experiment, '--workers', '2', '--out', join(dir, 'whole'), '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  reference = contents(join(dir, 'whole'));
}, 120_000);

describe('an interrupted parallel sweep', () => {
  it.each([
    ['SIGINT', 130, '2'],
    ['SIGTERM', 143, '2'],
    // One worker too: the simulation runs off the main thread, so the signal is heard mid-sweep.
    ['SIGINT', 130, '1'],
  ] as const)('%s: exit %i (%s workers), one line naming what runs.ndjson keeps, no temporary file; --resume ends with the bytes of an uninterrupted sweep', async (signal, status, workers) => {
    const out = join(tempDir(), 'out');
    const runs = join(out, 'runs.ndjson');
    const r = await interrupt(['sweep', experiment, '--workers', workers, '--out', out, '--quiet'], () => rowsIn(runs) >= 3, signal);
    expect(r.code, r.stderr).toBe(status);
    const kept = rowsIn(runs);
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(120);
    expect(r.stderr).toBe(`borderflow: interrupted (${signal}): ${runs} keeps ${kept} of 120 tasks (each row whole); continue with: borderflow sweep ${experiment} --out ${out} --resume\n`);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const resumed = cli(['sweep', experiment, '--workers', '2', '--out', out, '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(contents(out)).toEqual(reference);
  }, 120_000);

  it('SIGKILL (no chance to clean up): --resume still ends with the bytes of an uninterrupted sweep', async () => {
    const out = join(tempDir(), 'out');
    const runs = join(out, 'runs.ndjson');
    const r = await interrupt(['sweep', experiment, '--workers', '2', '--out', out, '--quiet'], () => rowsIn(runs) >= 5, 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(rowsIn(runs)).toBeLessThan(120);
    const resumed = cli(['sweep', experiment, '--workers', '2', '--out', out, '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(contents(out)).toEqual(reference);
  }, 120_000);
});

const SAN_YSIDRO = 'scenarios/bundled/san-ysidro-northbound.yaml';

/** Starts borderflow, sends `signal` once its standard error holds `progress`, and resolves with how it ended. */
function interruptAfter(args: string[], progress: RegExp, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; sent: boolean }>((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (!sent && progress.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stdout.resume();
    child.on('error', fail);
    child.on('close', (code, sig) => done({ code, signal: sig, stderr, sent }));
  });
}

// Each long command, stopped once it has reported progress (so mid-simulation): a clean stop
// with the signal's exit code, one line saying what was completed, every output as it was and
// no temporary file left behind (not even for the next run to remove).
const LONG: [string, (out: string) => string[], RegExp, NodeJS.Signals][] = [
  ['run', (out) => ['run', THEORY, '-r', '500', '--progress', '--format', 'json', '--out', out, '--records', out.replace(/\.out$/, '.csv')], /replication 1\/500 done/, 'SIGINT'],
  ['compare', (out) => ['compare', THEORY, THEORY, '-r', '500', '--progress', '--out', out], /replication 1\/500 done/, 'SIGTERM'],
  ['staff', (out) => ['staff', THEORY, '--target', 'p95 wait <= 1 min', '-r', '100', '--progress', '--out', out], /evaluation 1\//, 'SIGINT'],
  ['sensitivity', (out) => ['sensitivity', THEORY, '-r', '200', '--progress', '--out', out], /replication 1\//, 'SIGTERM'],
  ['calibrate', (out) => ['calibrate', SAN_YSIDRO, '--observed', 'observed/samples/san-ysidro-weekday-tidy.csv', '--fit', 'officers', '-r', '4', '--progress', '--out', out], /evaluation 1\//, 'SIGINT'],
  ['forecast', (out) => ['forecast', SAN_YSIDRO, '--from', 'observed/samples/bwt-format-sample.xml', '--hours', '4', '-r', '2000', '--progress', '--out', out], /replication 1\/2000 done/, 'SIGTERM'],
];

describe('a long command stopped by a signal mid-simulation', () => {
  it.each(LONG)('%s: exit 130/143 with one line naming what was completed; outputs as they were, no temporary file', async (_name, args, progress, signal) => {
    const dir = tempDir();
    const out = join(dir, 'result.out');
    const records = join(dir, 'result.csv');
    writeFileSync(out, 'previous result\n');
    writeFileSync(records, 'previous records\n');
    const r = await interruptAfter(args(out), progress, signal);
    expect(r.sent, r.stderr).toBe(true);
    expect(r.signal, r.stderr).toBeNull();
    expect(r.code, r.stderr).toBe(signal === 'SIGINT' ? 130 : 143);
    const last = r.stderr.trimEnd().split('\n').at(-1);
    expect(last).toMatch(new RegExp(`^borderflow: interrupted \\(${signal}\\): stopped after \\d+ (of \\d+ replications|evaluations? of the)[^\\n]*; no output written$`));
    expect(readFileSync(out, 'utf8')).toBe('previous result\n');
    expect(readFileSync(records, 'utf8')).toBe('previous records\n');
    expect(readdirSync(dir).sort()).toEqual(['result.csv', 'result.out']);
  }, 120_000);
});

describe('a run killed mid-simulation', () => {
  it('SIGKILL ends it at once and replaces nothing; the next run in that folder removes its temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    writeFileSync(out, 'previous result\n');
    const temps = () => readdirSync(dir).filter((n) => /^\.result\.json\.borderflow-\d+-[0-9a-f]{12}\.tmp$/.test(n));
    // The temporary file is opened before the simulation starts; a long run gives time to stop it.
    const r = await interrupt(['run', THEORY, '-r', '200', '--format', 'json', '--out', out], () => temps().length === 1, 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(temps()).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toBe('previous result\n');
    const next = cli(['run', THEORY, '-r', '1', '--hours', '22', '--format', 'json', '--out', out]);
    expect(next.code, next.stderr).toBe(0);
    expect(temps()).toEqual([]);
    expect(JSON.parse(readFileSync(out, 'utf8')).replications).toBe(1);
  }, 60_000);
});
