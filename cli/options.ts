// Parsers for option values: each rejects a bad value with a message saying what was expected (commander adds the option's name).

import { InvalidArgumentError } from 'commander';

/** The schema's own limits (scenarios/schema.ts), so an override cannot ask for what a file may not. */
export const MAX_REPLICATIONS = 100_000;
export const MAX_HOURS = 24 * 366 * 5;

/**
 * What a numeric option accepts. Every numeric option of every command is read by `numberOption`,
 * so `--hours`, `--seed` and `--workers` agree on what a number is: plain decimal digits, an
 * optional sign and (where fractions make sense) a decimal point; spaces around it are ignored
 * and -0 is 0. Refused everywhere: hexadecimal (0x10), exponents (1e3), Infinity, NaN, a blank,
 * trailing text (12abc), and anything out of range.
 */
export interface NumberRule {
  /** Whole numbers only. */
  integer?: boolean;
  min?: number;
  /** `min` itself is refused (hours must be > 0). */
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  /** An example value, shown in the message: `--hours 24`. */
  example: string;
  /** What the number counts, for the message ("officer-hours per day"). */
  unit?: string;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;

/** The one reader of numbers in options (see `NumberRule`); commander adds the option's name and value to the message. */
export function parseNumber(value: string, rule: NumberRule): number {
  const text = value.trim();
  // + 0 turns -0 into 0, so "-0" and "0" mean the same everywhere.
  const n = (rule.integer ? INTEGER : DECIMAL).test(text) ? Number(text) + 0 : NaN;
  const inRange =
    Number.isFinite(n) &&
    (!rule.integer || Number.isSafeInteger(n)) &&
    (rule.min === undefined || (rule.minExclusive ? n > rule.min : n >= rule.min)) &&
    (rule.max === undefined || (rule.maxExclusive ? n < rule.max : n <= rule.max));
  if (!inRange) throw new InvalidArgumentError(`expected ${describeRule(rule)} (e.g. ${rule.example}).`);
  return n;
}

export function numberOption(rule: NumberRule): (value: string) => number {
  return (value) => parseNumber(value, rule);
}

function describeRule(r: NumberRule): string {
  const kind = r.integer ? 'a whole number' : 'a decimal number';
  const unit = r.unit ? ` of ${r.unit}` : '';
  const parts: string[] = [];
  // The largest exact whole number is no limit a user needs to read.
  if (r.max === Number.MAX_SAFE_INTEGER) r = { ...r, max: undefined };
  if (r.min !== undefined && r.max !== undefined && !r.minExclusive && !r.maxExclusive) parts.push(`from ${r.min} to ${r.max}`);
  else {
    if (r.min !== undefined) parts.push(`${r.minExclusive ? '>' : '≥'} ${r.min}`);
    if (r.max !== undefined) parts.push(`${r.maxExclusive ? '<' : '≤'} ${r.max}`);
  }
  return `${kind}${unit}${parts.length ? ' ' + parts.join(' and ') : ''}`;
}

export const parseSeed = numberOption({ integer: true, min: 0, max: Number.MAX_SAFE_INTEGER, example: '--seed 42' });
export const parseReplications = numberOption({ integer: true, min: 1, max: MAX_REPLICATIONS, example: '--replications 10' });
export const parseHours = numberOption({ min: 0, minExclusive: true, max: MAX_HOURS, example: '--hours 24 or --hours 0.5', unit: 'hours' });

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
