// How numbers are shown on the page (and in the browser tests, which compare against the engine with the same rules).

import type { Across } from '../../sim/index.ts';
import { formatFixed } from '../i18n/number.ts';

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
