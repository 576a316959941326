// How the page prints numbers in every language: the language's decimal mark (2.5 / 2,5), thousands
// set off by a thin space (41 039, read at a glance in all three languages and never mistaken for a
// decimal mark), and a true minus sign.

import { language } from './index.ts';

const NARROW_NBSP = '\u202f';
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, digits: number): Intl.NumberFormat {
  const key = `${lang}/${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** A finite number with a fixed count of decimals in the page's language. */
export function formatFixed(x: number, digits: number, lang: string = language()): string {
  const abs = formatter(lang, digits).format(Math.abs(x));
  const m = /^(\d+)(.*)$/.exec(abs);
  const grouped = m ? m[1].replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP) + m[2] : abs;
  const sign = x < 0 && Number(Math.abs(x).toFixed(digits)) !== 0 ? '−' : '';
  return sign + grouped;
}
