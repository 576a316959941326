// Bad usage exits 2 with one line naming the option and what was expected; nothing on stdout.
import { describe, expect, it } from 'vitest';
import { cli, cliInProcess, stackLines, THEORY } from './helpers.ts';

describe('bad usage exits 2', () => {
  it.each([
    [['run', THEORY, '--seed', 'abc'], /^borderflow: error: option '-s, --seed <n>' argument 'abc' is invalid\. expected a whole number ≥ 0/],
    [['run', THEORY, '--seed', '1.5'], /--seed <n>' argument '1\.5' is invalid\. expected a whole number/],
    [['run', THEORY, '--replications', '0'], /--replications <n>' argument '0' is invalid\. expected a whole number from 1/],
    [['run', THEORY, '--hours', '0'], /--hours <h>' argument '0' is invalid\. expected a decimal number of hours > 0 and ≤ 43920 \(e\.g\. --hours 24/],
    [['run', THEORY, '--hours', '10'], /^borderflow: error: --hours 10: expected more hours than the scenario's warm-up \(warmupHours: 20\)$/],
    [['run', THEORY, '--format', 'xml'], /--format <format>' argument 'xml' is invalid\. Allowed choices are table, json, csv/],
    [['run', THEORY, '--records', 'travelers.txt'], /--records <path>' argument 'travelers\.txt' is invalid\. expected a file name ending in \.ndjson, \.jsonl .* or \.csv/],
    [['run', THEORY, '--out', THEORY], /^borderflow: error: --out .* is the scenario file itself; expected another file name$/],
    [['run', THEORY, '--out', 'x.csv', '--records', './x.csv'], /^borderflow: error: --records and --out name the same file/],
    [['run', THEORY, '--bogus'], /^borderflow: error: unknown option '--bogus'/],
    [['run'], /^borderflow: error: missing required argument 'file'/],
    [['run', THEORY, 'extra.yaml'], /too many arguments for 'run'/],
    [['validate'], /missing required argument 'files'/],
    [['frobnicate'], /^borderflow: error: unknown command 'frobnicate'/],
  ])('%j', async (args, message) => {
    const r = await cliInProcess(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('the process itself exits with status 2', () => {
    const r = cli(['run', THEORY, '--seed', 'abc']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('no command at all shows the help on stderr', async () => {
    const r = await cliInProcess([]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: borderflow');
  });
});
