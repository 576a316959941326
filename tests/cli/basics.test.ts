// --version, --help and `schema`: what a user sees before running anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../sim/index.ts';
import { cli, cliInProcess, ROOT } from './helpers.ts';

describe('borderflow --version and --help', () => {
  it('prints the engine version (as a separate process, through bin/borderflow.js)', () => {
    const r = cli(['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(ENGINE_VERSION);
    expect(r.stderr).toBe('');
  });

  it('prints the engine version', async () => {
    const r = await cliInProcess(['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(ENGINE_VERSION);
    expect(r.stderr).toBe('');
  });

  it('lists the commands, exit codes and an example', async () => {
    const r = await cliInProcess(['--help']);
    expect(r.code, r.stderr).toBe(0);
    for (const command of ['run', 'validate', 'schema']) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(r.stdout).toContain('Exit status');
    expect(r.stdout).toContain('Examples:');
  });

  it.each([
    ['run', ['--seed', '--replications', '--hours', '--format', '--out', '--records', '--progress']],
    ['validate', ['<files...>']],
    ['schema', []],
  ])('%s --help describes the command and shows an example', async (command, mentions) => {
    const r = await cliInProcess([command, '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Usage: borderflow ${command}`);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(`$ borderflow ${command}`);
    for (const m of mentions) expect(r.stdout).toContain(m);
  });

  it('`help run` is the same as `run --help`', async () => {
    expect((await cliInProcess(['help', 'run'])).stdout).toBe((await cliInProcess(['run', '--help'])).stdout);
  });
});

describe('borderflow schema', () => {
  it('prints the checked-in JSON Schema', async () => {
    const r = await cliInProcess(['schema']);
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout);
    const checkedIn = JSON.parse(readFileSync(join(ROOT, 'scenarios/scenario.schema.json'), 'utf8'));
    expect(printed).toEqual(checkedIn);
    expect(printed.title).toBe('borderflow scenario');
  });
});
