// The CLI's formatting pieces in-process: RFC 4180 quoting and ±-aligned text tables.
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../cli/format/columns.ts';
import { dollars, withCi } from '../../cli/format/numbers.ts';
import { csvField, csvLine } from '../../cli/format/rfc4180.ts';
import { parseCsv } from './helpers.ts';

describe('RFC 4180 fields', () => {
  it('quotes only when needed and doubles quotes inside', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['id', 'label', 'value'],
      ['x', 'a "quoted", comma\r\nand line', '1.5'],
      ['', '', ''],
    ];
    expect(parseCsv(rows.map((r) => csvLine(r)).join(''))).toEqual(rows);
  });
});

describe('text tables', () => {
  it('aligns headings and the ± of interval cells', () => {
    const lines = renderTable(
      [
        { heading: ['lane'], align: 'left' },
        { heading: ['mean wait', '(min)'], align: 'right' },
      ],
      [
        ['general', { value: '33.5', pm: '1.7' }],
        ['sentri', { value: '8.51', pm: '12.03' }],
        ['ped', { value: '0.05', pm: null }],
      ],
    );
    expect(lines).toEqual([
      '            mean wait',
      'lane            (min)',
      '-------  ------------',
      'general  33.5 ± 1.7',
      'sentri   8.51 ± 12.03',
      'ped      0.05',
    ]);
  });

  it('formats means with their half-width in the same precision', () => {
    expect(withCi({ n: 3, mean: 1.2345, sd: 0.1, ciLow: 1, ciHigh: 1.4, halfWidth: 0.2468 }, 'minutes')).toEqual({ value: '1.23', pm: '0.25' });
    expect(withCi({ n: 1, mean: 0.5, sd: null, ciLow: null, ciHigh: null, halfWidth: null }, 'percent')).toEqual({ value: '50.0 %', pm: null });
    expect(withCi({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null, halfWidth: null }, 'ratio')).toBe('n/a');
    expect(dollars(1234567.8)).toBe('$1,234,568');
    expect(dollars(-0.001)).toBe('$0.00');
    expect(dollars(-1500)).toBe('-$1,500');
    expect(dollars(12.5)).toBe('$12.50');
  });
});
