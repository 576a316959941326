// How numbers are shown on the page (and in the browser tests, which compare against the engine with the same rules).

import type { Across } from '../../sim/index.ts';
import { formatFixed } from '../i18n/number.ts';
import { language, t } from '../i18n/index.ts';

/** Thousands separated by a thin space, so 41 039 reads at a glance in every language; the language's decimal mark. */
export function fmtNumber(x: number, digits: number): string {
  return formatFixed(x, digits);
}

/** "12.3 ± 1.4"; "—" for a figure undefined in every replication (never shown as zero). */
export function fmtAcross(a: Across, digits: number, scale = 1): string {
  if (a.mean === null) return '—';
  const mean = fmtNumber(a.mean * scale, digits);
  if (a.halfWidth === null) return mean;
  return `${mean} ± ${fmtNumber(a.halfWidth * scale, digits)}`;
}

/** Minutes with one decimal. */
export const fmtMinutes = (a: Across): string => fmtAcross(a, 1);
/** Counts (vehicles, referrals) as whole numbers. */
export const fmtCount = (a: Across): string => fmtAcross(a, 0);
/** A 0–1 share in percent, no decimals (the column heading carries the "%"). */
export const fmtPercent = (a: Across): string => fmtAcross(a, 0, 100);

export function fmtHour(h: number): string {
  return `${String(Math.floor(h) % 24).padStart(2, '0')}:00`;
}

/**
 * A text the engine states in English (the confidence note, the forecast method): as the engine
 * words it in English, else its translation under `key`, so the English page never drifts from the engine.
 */
export function engineText(english: string, key: string): string {
  return language() === 'en' ? english : t(key);
}

/** A number as short as it is exact to two decimals ("24", "0.5", "1.25"), in the page's language. */
export function fmtAuto(x: number): string {
  const digits = Number.isInteger(x) ? 0 : Number.isInteger(Math.round(x * 1e6) / 1e5) ? 1 : 2;
  return formatFixed(x, digits);
}
