// Officers on duty by hour of day, from any of the ways a scenario can state staffing.

import type { DailyStaffing, Staffing } from './schema.ts';

/** Day type names; a missing day type takes the staffing or profile of the next in its fallback list. */
export type DayTypeName = 'weekday' | 'saturday' | 'sunday' | 'holiday';

/** The day types to try, in order, for each day type: holiday → sunday → weekday, saturday → weekday. */
export const DAY_TYPE_FALLBACKS: Record<DayTypeName, DayTypeName[]> = {
  weekday: ['weekday'],
  saturday: ['saturday', 'weekday'],
  sunday: ['sunday', 'weekday'],
  holiday: ['holiday', 'sunday', 'weekday'],
};

/** The value given for a day type, or that of its fallback. */
export function forDayType<T>(byType: { weekday: T } & Partial<Record<DayTypeName, T>>, dayType: DayTypeName): T {
  for (const d of DAY_TYPE_FALLBACKS[dayType]) {
    const v = byType[d];
    if (v !== undefined) return v;
  }
  return byType.weekday;
}

/** The staffing of one day of type `dayType` (default: a weekday). */
export function dailyStaffing(staffing: Staffing, dayType: DayTypeName = 'weekday'): DailyStaffing {
  return 'byDayType' in staffing ? forDayType(staffing.byDayType, dayType) : staffing;
}

/** Officers on duty at clock time `hour` (0 ≤ hour < 24, fractions allowed) on a day of type `dayType` (default: a weekday). */
export function officersAt(staffing: Staffing, hour: number, dayType: DayTypeName = 'weekday'): number {
  const day = dailyStaffing(staffing, dayType);
  if ('constant' in day) return day.constant;
  if ('byHour' in day) return day.byHour[Math.floor(hour) % 24];
  let n = 0;
  for (const s of day.shifts) {
    const inShift = s.start <= s.end ? hour >= s.start && hour < s.end : hour >= s.start || hour < s.end;
    if (inShift) n += s.officers;
  }
  return n;
}

/**
 * Clock hours (0 ≤ h < 24) at which the officer count may change on a day of type `dayType`
 * (default: on any day type), sorted. Staffing is piecewise constant between them, so a model
 * re-reads it only at these instants (and at midnight, when the day type may change).
 */
export function changeHours(staffing: Staffing, dayType?: DayTypeName): number[] {
  const days: DailyStaffing[] =
    'byDayType' in staffing ? (dayType ? [dailyStaffing(staffing, dayType)] : (['weekday', 'saturday', 'sunday', 'holiday'] as const).map((d) => dailyStaffing(staffing, d))) : [staffing];
  const hs = new Set<number>([0]);
  for (const day of days) {
    if ('constant' in day) continue;
    if ('byHour' in day) for (let h = 0; h < 24; h++) hs.add(h);
    else {
      for (const s of day.shifts) {
        hs.add(s.start % 24);
        hs.add(s.end % 24);
      }
    }
  }
  return [...hs].sort((a, b) => a - b);
}

/** The most officers on duty at any time of any day. */
export function peakOfficers(staffing: Staffing): number {
  const types = ['weekday', 'saturday', 'sunday', 'holiday'] as const;
  return Math.max(...types.flatMap((d) => changeHours(staffing, d).map((h) => officersAt(staffing, h, d))));
}
