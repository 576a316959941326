// Every CSV borderflow writes quotes commas, quotes and line breaks, and makes a cell a spreadsheet would run as a formula inert (a leading apostrophe), while numbers, negative ones too, stay numbers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { csvField, csvFields } from '../../sim/index.ts';
import { BIN, cliInProcess, parseCsv, ROOT, tempDir, THEORY } from '../cli/helpers.ts';

/** What a cell of text must read back as: the text, with an apostrophe before a formula start that is no plain number. */
function inert(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(s) ? `'${s}` : s;
}

/** A cell that would start a formula in Excel, LibreOffice or Google Sheets. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell);

const HOSTILE = ['=HYPERLINK("http://example.com","x")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', 'a,b', 'say "hi"', 'two\nlines', 'cr\ronly', "=cmd|' /C calc'!A0"];

describe('csvField', () => {
  it.each(HOSTILE)('text %j reads back as inert text', (s) => {
    const cell = parseCsv(csvField(s) + '\r\n')[0];
    expect(cell).toEqual([inert(s)]);
    expect(cell[0].startsWith("'")).toBe(isFormula(s));
  });

  it.each([
    [-1.5, '-1.5'],
    ['-1.5', '-1.5'],
    ['+3', '+3'],
    ['-.5e3', '-.5e3'],
    [0, '0'],
    [Number.NaN, ''],
    [Number.NEGATIVE_INFINITY, ''],
    [null, ''],
    [true, 'true'],
    [{ kind: 'exponential', mean: 60 }, '"{""kind"":""exponential"",""mean"":60}"'],
  ] as const)('%j is written as %j', (value, text) => {
    expect(csvField(value)).toBe(text);
  });

  it('any row of text and numbers reads back cell for cell, and no cell of text starts a formula', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", 'a', '1', '.', ' ', 'e') }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (values) => {
        const [row] = parseCsv(csvFields(values) + '\r\n');
        expect(row).toEqual(values.map((v) => (typeof v === 'number' ? String(v) : inert(v))));
        for (const [i, v] of values.entries()) if (typeof v === 'string') expect(isFormula(row[i])).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

/** Every row of a CSV as cells, checking the quoting (parseCsv throws on a stray quote) and the width of every row. */
function table(text: string): string[][] {
  const rows = parseCsv(text);
  for (const r of rows) expect(r).toHaveLength(rows[0].length);
  return rows;
}

describe('CSV outputs of the commands, from inputs named to break them', () => {
  it('compare: scenario files whose names hold formulas, commas, quotes and a line break', async () => {
    const dir = tempDir();
    const names = ['=HYPERLINK("x"),base.yaml', '@SUM(1)\n"other".yaml'];
    for (const n of names) copyFileSync(join(ROOT, THEORY), join(dir, n));
    // Run from their folder, so the labels (the file names as given) start with the formula.
    const r = spawnSync(process.execPath, [join(ROOT, BIN), 'compare', ...names, '-r', '2', '--hours', '22', '--format', 'csv', '--no-progress'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const rows = table(r.stdout);
    const files = names;
    expect(rows[0].slice(0, 2)).toEqual(['base', 'other']);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows.slice(1)) expect(row.slice(0, 2)).toEqual(files.map(inert));
    for (const row of rows.slice(1)) for (const c of row) expect(isFormula(c), c).toBe(false);
  });

  it('sweep: factor names and text values that hold formulas, commas, quotes and line breaks (runs.csv, summary.csv)', async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'tests/experiments/fixtures/station.yaml'), join(dir, 'station.yaml'));
    const values = ['=HYPERLINK("http://example.com"),x', '+cmd', '-x\r\ny', '@a "b"', '-1.5'];
    writeFileSync(
      join(dir, 'exp.yaml'),
      stringify({ base: 'station.yaml', factors: [{ name: "=cmd|' /C calc'!A0", path: 'name', values }], replications: 1, seed: 3 }),
    );
    const out = join(dir, 'out');
    const r = await cliInProcess(['sweep', join(dir, 'exp.yaml'), '--workers', '1', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    for (const file of ['runs.csv', 'summary.csv']) {
      const rows = table(readFileSync(join(out, file), 'utf8'));
      const col = rows[0].indexOf(inert("=cmd|' /C calc'!A0"));
      expect(col, `${file}: ${rows[0].join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(rows.slice(1).map((row) => row[col])).toEqual(values.map(inert));
      for (const row of rows) for (const c of row) expect(isFormula(c), `${file}: ${JSON.stringify(c)}`).toBe(false);
    }
  });
});
