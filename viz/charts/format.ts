// How charts print numbers: true minus signs, thin-space thousands, "—" for no data, CI phrases.
import type { Across } from '../../sim/index.ts';
import { t } from '../i18n/index.ts';
import { formatFixed } from '../i18n/number.ts';

export const NO_DATA = '—';

export function fmtNumber(x: number | null, digits = 1): string {
  if (x === null || !Number.isFinite(x)) return x === Infinity ? '∞' : NO_DATA;
  return formatFixed(x, digits);
}

/** Rounded to a tenth, printed without a trailing ".0" ("12", "12.3"), in the page's decimal mark. */
export function fmtTenth(x: number): string {
  const r = Math.round(x * 10) / 10;
  return formatFixed(r, Number.isInteger(r) ? 0 : 1).replace(/\u202f/g, '');
}

/** Signed, for differences: "+2.1", "−12.3". */
export function fmtSigned(x: number | null, digits = 1): string {
  const s = fmtNumber(x, digits);
  return x !== null && x > 0 && Number(Math.abs(x).toFixed(digits)) !== 0 ? `+${s}` : s;
}

export function fmtPercent(share: number | null, digits = 0): string {
  return share === null ? NO_DATA : `${fmtNumber(share * 100, digits)} %`;
}

/** "(95 % CI 1.2 to 3.4)"; "(one replication: no CI)" when n = 1; "" when there is no mean. */
export function ciPhrase(a: Pick<Across, 'n' | 'mean' | 'ciLow' | 'ciHigh'>, digits = 1, scale = 1, unit = ''): string {
  if (a.mean === null) return '';
  if (a.ciLow === null || a.ciHigh === null) return t('charts:format.oneReplicationNoCi');
  const u = unit ? ` ${unit}` : '';
  return t('charts:format.ci', { low: fmtNumber(a.ciLow * scale, digits), high: fmtNumber(a.ciHigh * scale, digits), unit: u });
}

/** "12.3 min (95 % CI 10.1 to 14.5)" or "no data". */
export function valueWithCi(a: Pick<Across, 'n' | 'mean' | 'ciLow' | 'ciHigh'>, digits = 1, unit = 'min', scale = 1): string {
  if (a.mean === null) return t('charts:format.noData');
  const u = unit === '%' ? ' %' : unit ? ` ${unit}` : '';
  const ci = ciPhrase(a, digits, scale);
  return `${fmtNumber(a.mean * scale, digits)}${u}${ci ? ` ${ci}` : ''}`;
}

/** Numbers for the data table: rounded, null stays null. */
export function cell(x: number | null | undefined, digits = 1): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Attribute values for SVG geometry: 2 decimals keep snapshots short and stable. */
export function px(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Rough text width for layout without a rendering engine (jsdom has none): 12 px sans-serif. */
export function textWidth(s: string, fontSize = 12): number {
  return s.length * fontSize * 0.56;
}

/** ": ", or " : " in French (a space before a colon). */
export function colon(): string {
  return t('charts:format.colon');
}

/** "; ", or " ; " in French. */
export function semi(): string {
  return t('charts:format.semicolon');
}

/** Joins sentences, dropping empty ones. */
export function sentences(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
}

/** "A (baseline)", unless the label already says so. */
export function baselineLabel(label: string): string {
  const word = t('charts:format.baselineWord');
  return /baseline/i.test(label) || label.toLowerCase().includes(word.toLowerCase()) ? label : t('charts:format.baseline', { label });
}

/** A series name as sentences print it. */
export function seriesName(s: { label: string; isBaseline: boolean }): string {
  return s.isBaseline ? baselineLabel(s.label) : s.label;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Shortens a label with an ellipsis until it fits `maxPx` (the full text stays in titles and tables). */
export function fitText(s: string, maxPx: number, fontSize = 12): string {
  if (textWidth(s, fontSize) <= maxPx) return s;
  let n = s.length;
  while (n > 1 && textWidth(`${s.slice(0, n).trimEnd()}…`, fontSize) > maxPx) n--;
  return `${s.slice(0, n).trimEnd()}…`;
}
