// A lesson's texts in the page's language, read when shown (the language is set after the lessons load).

import { addTexts, language, t } from '../i18n/index.ts';
import { formatFixed } from '../i18n/number.ts';
import en from '../i18n/locales/en/lessons.ts';
import es from '../i18n/locales/es/lessons.ts';
import fr from '../i18n/locales/fr/lessons.ts';

// The lessons are a chunk of their own: their texts come with them, in every language.
addTexts('lessons', { en, es, fr });

/** One text of a lesson, e.g. text('utilization', 'title'). */
export function text(lesson: string, key: string, vars?: Record<string, unknown>): string {
  return t(`lessons:${lesson}.${key}`, vars);
}

/** A list of paragraphs or choices of a lesson. */
export function list(lesson: string, key: string): string[] {
  const v = t(`lessons:${lesson}.${key}`, { returnObjects: true }) as unknown;
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

/** A number with a fixed count of decimals, in the page's decimal mark. */
export function fixed(x: number, digits: number): string {
  return formatFixed(x, digits);
}

/** A whole count with the page language's own grouping ("3,420", "3420", "3 420"). */
export function count(x: number): string {
  return new Intl.NumberFormat(language(), { maximumFractionDigits: 0 }).format(x);
}
