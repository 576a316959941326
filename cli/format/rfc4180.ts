// CSV lines as RFC 4180 writes them, shared by the result CSV, the comparison and the per-traveler records; the fields come from the API's one writer (csvField).

import { csvField, csvFields, type CsvValue } from '../../sim/index.ts';

/** RFC 4180 ends every record with CRLF; spreadsheets, pandas and R all read it. */
export const CSV_EOL = '\r\n';

export type { CsvValue };
export { csvField };

/** One record: the API's field writer (quoting, formulas made inert), then CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return csvFields(values) + CSV_EOL;
}
