// Number formats for the text report: a precision that suits each kind of figure, and "n/a" where a figure is undefined.
//
// No locale-dependent formatting (toLocaleString): the same run prints the same text on
// every machine.

import type { Across } from '../../sim/index.ts';
import type { Cell } from './columns.ts';

export const NA = 'n/a';

/** Removes the minus sign of a value that rounds to zero ("-0.00" reads as a bug). */
function fixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/** Counts averaged over replications: whole numbers stay whole; large means need no decimals. */
export function count(x: number | null): string {
  if (x === null) return NA;
  if (Number.isInteger(x) || Math.abs(x) >= 1000) return fixed(x, 0);
  return fixed(x, 1);
}

/** Decimals for minutes: about three significant digits, never more than two decimals. */
function minuteDecimals(x: number): number {
  const a = Math.abs(x);
  return a < 10 ? 2 : a < 100 ? 1 : 0;
}

export function minutes(x: number | null): string {
  return x === null ? NA : fixed(x, minuteDecimals(x));
}

/** Seconds, to one decimal (inspection times of a few seconds to a few minutes). */
export function seconds(x: number | null): string {
  return x === null ? NA : fixed(x, 1);
}

export function ratio(x: number | null): string {
  return x === null ? NA : fixed(x, 3);
}

export function percent(x: number | null): string {
  return x === null ? NA : `${fixed(x * 100, 1)} %`;
}

/** US dollars with thousands separators; cents only where they matter (under $100) unless told. */
export function dollars(x: number | null, decimals = x !== null && Math.abs(x) < 100 ? 2 : 0): string {
  if (x === null) return NA;
  const text = fixed(x, decimals);
  const negative = text.startsWith('-');
  const [whole, cents] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}$${grouped}${cents ? `.${cents}` : ''}`;
}

/**
 * Mean and ± half-width in the same number of decimals, so they read together; where the
 * interval was clipped at a natural bound (it would pass below 0 or above 100 %), the interval
 * itself, as a range.
 */
export function withCi(a: Across, kind: 'minutes' | 'ratio' | 'percent' | 'count'): Cell {
  if (a.mean === null) return NA;
  const hw = a.halfWidth;
  const format = formatter(kind, a.mean);
  const cell: { value: string; pm: string | null; range?: string } = { value: format(a.mean), pm: hw === null ? null : format(hw) };
  if (hw !== null && a.ciLow !== null && a.ciHigh !== null && clipped(a.mean, hw, a.ciLow, a.ciHigh, kind === 'percent')) {
    cell.range = kind === 'percent' ? `${fixed(a.ciLow * 100, 1)}–${percent(a.ciHigh)}` : `${format(a.ciLow)}–${format(a.ciHigh)}`;
  }
  return cell;
}

/** Whether the interval was clipped at a natural bound: mean − half-width below 0, or, for a share, mean + half-width above 1. */
function clipped(mean: number, hw: number, low: number, high: number, share: boolean): boolean {
  const tolerance = 1e-12 * Math.max(1, Math.abs(mean) + hw);
  return (mean - hw < 0 && low > mean - hw + tolerance) || (share && mean + hw > 1 && high < mean + hw - tolerance);
}

function formatter(kind: 'minutes' | 'ratio' | 'percent' | 'count', mean: number): (x: number) => string {
  switch (kind) {
    case 'minutes': {
      const d = minuteDecimals(mean);
      return (x) => fixed(x, d);
    }
    case 'ratio':
      return ratio;
    case 'percent':
      return percent;
    case 'count':
      return count;
  }
}

/** A ± cell as one piece of prose, for lines outside tables. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (cell.range !== undefined) return `${cell.value} (95 % interval ${cell.range})`;
  return cell.pm === null ? cell.value : `${cell.value} ± ${cell.pm}`;
}

/** Clock time of a fractional hour of day: 6.5 → "06:30". */
export function clock(hour: number): string {
  const total = Math.round(hour * 60);
  const h = Math.floor(total / 60) % 24;
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
