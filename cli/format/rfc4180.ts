// CSV fields and lines as RFC 4180 writes them, shared by the result CSV and the per-traveler records.

/** RFC 4180 ends every record with CRLF; spreadsheets, pandas and R all read it. */
export const CSV_EOL = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

/** A field is quoted only when it must be (comma, quote, CR or LF), with quotes doubled inside. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? numberText(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_EOL;
}

/** Shortest text that reads back as the same double; NaN or ±Infinity never belong in a result, so they are left empty. */
function numberText(x: number): string {
  return Number.isFinite(x) ? String(x) : '';
}
