// Exit codes and error messages: 1 for bad scenario files and unwritable outputs, 70 for a bug; never a stack trace (bad usage: usage.test.ts).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, cliInProcess, ROOT, stackLines } from './helpers.ts';

describe('bad scenario files exit 1 with FILE: path: message on stderr', () => {
  it.each([
    ['no/such/file.yaml', 'no/such/file.yaml: cannot read: no such file'],
    ['tests/fixtures/bad/wrong-type-booths.yaml', 'tests/fixtures/bad/wrong-type-booths.yaml: ports[0].laneGroups[0].booths: Invalid input: expected number, received string'],
    ['tests/fixtures/bad/not-json.json', 'tests/fixtures/bad/not-json.json: not valid JSON: '],
    ['tests/fixtures/bad/warmup-not-shorter.yaml', 'tests/fixtures/bad/warmup-not-shorter.yaml: warmupHours: warm-up (24 h) must be shorter than the horizon (24 h)'],
    ['tests/fixtures/bad/no-open-booth.yaml', 'tests/fixtures/bad/no-open-booth.yaml: ports[0].flows[0].mode: cars in no program arrive but no lane group that takes them ever has an open booth'],
  ])('run %s', async (file, message) => {
    const r = await cliInProcess(['run', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('a directory is not a scenario', async () => {
    const r = await cliInProcess(['run', 'scenarios']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('scenarios: is a directory; expected a scenario file (.json, .yaml or .yml)\n');
  });

  it('the process itself exits with status 1', () => {
    const r = cli(['run', 'no/such/file.yaml']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('no/such/file.yaml: cannot read: no such file\n');
  });
});

describe('an unexpected error exits 70 without a stack trace', () => {
  const crash = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tests/cli/fixtures/crash.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BORDERFLOW_DEBUG: '', ...env },
    });

  it('prints one "internal error" line and a hint', () => {
    const r = crash({});
    expect(r.status, r.stderr).toBe(70);
    expect(r.stderr.split('\n')[0]).toBe('borderflow: internal error: kaboom: something nobody expected');
    expect(stackLines(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('BORDERFLOW_DEBUG=1');
  });

  it('prints the stack with BORDERFLOW_DEBUG=1', () => {
    const r = crash({ BORDERFLOW_DEBUG: '1' });
    expect(r.status, r.stderr).toBe(70);
    expect(stackLines(r.stderr).length).toBeGreaterThan(0);
  });
});
