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

/** Mean and ± half-width in the same number of decimals, so they read together. */
export function withCi(a: Across, kind: 'minutes' | 'ratio' | 'percent' | 'count'): Cell {
  if (a.mean === null) return NA;
  const hw = a.halfWidth;
  switch (kind) {
    case 'minutes': {
      const d = minuteDecimals(a.mean);
      return { value: fixed(a.mean, d), pm: hw === null ? null : fixed(hw, d) };
    }
    case 'ratio':
      return { value: ratio(a.mean), pm: hw === null ? null : ratio(hw) };
    case 'percent':
      return { value: percent(a.mean), pm: hw === null ? null : percent(hw) };
    case 'count':
      return { value: count(a.mean), pm: hw === null ? null : count(hw) };
  }
}

/** A ± cell as one piece of prose, for lines outside tables. */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.pm === null ? cell.value : `${cell.value} ± ${cell.pm}`;
}

/** Clock time of a fractional hour of day: 6.5 → "06:30". */
export function clock(hour: number): string {
  const total = Math.round(hour * 60);
  const h = Math.floor(total / 60) % 24;
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
