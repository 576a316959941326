// Numeric options: one reader for every option of every command (decimal digits only, finite, in range), with an exit-2 message saying what was expected.
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../cli/options.ts';
import { cliInProcess, THEORY } from './helpers.ts';

const OBSERVED = 'observed/samples/san-ysidro-weekday-hist.csv';
const EXPERIMENT = 'examples/experiments/sentri-booths.yaml';

/** Every numeric option, with the command line it belongs to. */
const OPTIONS: { option: string; command: string[] }[] = [
  ...['--seed', '--replications', '--hours'].flatMap((option) => [
    { option, command: ['run', THEORY] },
    { option, command: ['compare', THEORY, THEORY] },
    { option, command: ['compare-waits', THEORY, OBSERVED] },
    { option, command: ['sensitivity', THEORY] },
    { option, command: ['staff', THEORY, '--target', 'p95 wait <= 5 min'] },
  ]),
  ...['--confidence', '--max-evaluations', '--budget', '--officer-cost'].map((option) => ({ option, command: ['staff', THEORY, '--target', 'p95 wait <= 5 min'] })),
  ...['--workers', '--shard'].map((option) => ({ option, command: ['sweep', EXPERIMENT] })),
];

const HOSTILE = ['0x10', '1e3', '12abc', 'Infinity', 'NaN', '', ' ', '1_000', '٣', '0b1', '1,5'];

describe('numeric options', () => {
  it.each(OPTIONS)('$command.0 $option refuses hexadecimal, exponents, Infinity and trailing text with exit 2', async ({ option, command }) => {
    for (const value of HOSTILE) {
      const r = await cliInProcess([...command, `${option}=${value}`]);
      expect(r.code, `${option} ${JSON.stringify(value)}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/^borderflow: error: option '.*' argument '.*' is invalid\. expected an? (whole|decimal) number|^borderflow: error: option '.*' argument '.*' is invalid\. expected i\/n/);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });

  it('one reader: digits with an optional sign and decimal point, spaces around ignored, -0 is 0', () => {
    expect(parseNumber('  12 ', { integer: true, min: 1, example: '' })).toBe(12);
    expect(Object.is(parseNumber('-0', { integer: true, min: 0, example: '' }), 0)).toBe(true);
    expect(Object.is(parseNumber('-0.0', { min: 0, example: '' }), 0)).toBe(true);
    expect(parseNumber('.5', { min: 0, example: '' })).toBe(0.5);
    expect(parseNumber('2.', { min: 0, example: '' })).toBe(2);
    expect(parseNumber('+3', { integer: true, example: '' })).toBe(3);
    for (const bad of ['0x10', '1e3', '12abc', 'Infinity', '-Infinity', 'NaN', '', '.', '-', '1.5.2', '9007199254740993']) {
      expect(() => parseNumber(bad, { integer: true, example: '' }), bad).toThrow(/expected a whole number/);
    }
    expect(() => parseNumber('1.5', { integer: true, example: '' })).toThrow(/whole number/);
    expect(() => parseNumber('0', { min: 0, minExclusive: true, max: 10, example: '--hours 1' })).toThrow('expected a decimal number > 0 and ≤ 10 (e.g. --hours 1).');
    expect(() => parseNumber('11', { integer: true, min: 1, max: 10, example: '-r 2' })).toThrow('expected a whole number from 1 to 10 (e.g. -r 2).');
  });

  it('accepts the same spellings in every option', async () => {
    const r = await cliInProcess(['run', THEORY, '--seed', ' 7 ', '--replications', '+1', '--hours', '20.5', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).seed).toBe(7);
  });
});
