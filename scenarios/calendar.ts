// Holidays as day numbers from the start of the run, from day numbers or ISO dates.

import type { Calendar } from './schema.ts';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or NaN if there is no such date. */
export function epochDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return Number.NaN;
  return ms / DAY_MS;
}

/** Day of the week of a `YYYY-MM-DD` date, as scenarios spell it ('monday' …). */
export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(epochDay(date) * DAY_MS).getUTCDay()];
}

/**
 * The holidays of a calendar as day numbers from the start of the run (0 = the day the run
 * starts on), sorted and without repeats. Dates need `startDate`; a date that cannot be placed
 * is left out (the scenario check reports it).
 */
export function holidayDays(calendar: Calendar): number[] {
  const start = calendar.startDate === undefined ? Number.NaN : epochDay(calendar.startDate);
  const days = calendar.holidays.map((h) => (typeof h === 'number' ? h : epochDay(h) - start)).filter((d) => Number.isInteger(d) && d >= 0);
  return [...new Set(days)].sort((a, b) => a - b);
}
