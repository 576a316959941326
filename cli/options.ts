// Parsers for option values: each rejects a bad value with a message saying what was expected (commander adds the option's name).

import { InvalidArgumentError } from 'commander';

/** The schema's own limits (scenarios/schema.ts), so an override cannot ask for what a file may not. */
export const MAX_REPLICATIONS = 100_000;
export const MAX_HOURS = 24 * 366 * 5;

const WHOLE = /^\d+$/;

export function parseSeed(value: string): number {
  const n = Number(value);
  if (!WHOLE.test(value.trim()) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError(`expected a whole number ≥ 0 (e.g. --seed 42).`);
  }
  return n;
}

export function parseReplications(value: string): number {
  const n = Number(value);
  if (!WHOLE.test(value.trim()) || n < 1 || n > MAX_REPLICATIONS) {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_REPLICATIONS}.`);
  }
  return n;
}

export function parseHours(value: string): number {
  // Number('') is 0 and Number(' ') too: refuse blanks explicitly rather than report "0 h".
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_HOURS) {
    throw new InvalidArgumentError(`expected a number of hours > 0 and at most ${MAX_HOURS} (e.g. --hours 24 or --hours 0.5).`);
  }
  return n;
}

export type RecordsFormat = 'ndjson' | 'csv';

export interface RecordsTarget {
  path: string;
  format: RecordsFormat;
}

/** The file's extension picks the format, so a script's file name cannot disagree with its content. */
export function parseRecordsPath(value: string): RecordsTarget {
  if (/\.(ndjson|jsonl)$/i.test(value)) return { path: value, format: 'ndjson' };
  if (/\.csv$/i.test(value)) return { path: value, format: 'csv' };
  throw new InvalidArgumentError('expected a file name ending in .ndjson, .jsonl (one JSON object per line) or .csv.');
}
