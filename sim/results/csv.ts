// One CSV field writer for every table borderflow writes (result and records CSV, comparisons, sensitivity, a sweep's runs.csv and summary.csv): RFC 4180 quoting, and cells a spreadsheet would run as a formula made inert.

/** A value of a CSV cell; an object (a factor value such as a distribution) is written as its JSON. */
export type CsvValue = string | number | boolean | null | undefined | object;

/** Text a spreadsheet reads as a number (a negative number starts with "-" but is no formula). */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Leading characters that make Excel, LibreOffice or Google Sheets evaluate a cell (or, for TAB and CR, hide such a start). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: empty for null, undefined and non-finite numbers (never a result figure);
 * numbers as the shortest text that reads back as the same double; text that would start a
 * formula (= + - @, or TAB or CR) prefixed with an apostrophe, so a scenario name or id such
 * as `=HYPERLINK(…)` opens as text, while a number written as text (-1.5) stays a number; then
 * quoted, quotes doubled, when it holds a comma, a quote, CR or LF.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') return String(value);
  else if (typeof value === 'string') s = value;
  else s = JSON.stringify(value);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The fields of one CSV record joined with commas (the caller adds the line end its file uses). */
export function csvFields(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}
