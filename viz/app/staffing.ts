// Officers on duty by hour for the grid and the levers: reading any staffing form as 24 numbers, and scaling it.

import { officersAt } from '../../sim/index.ts';
import type { LaneGroup, Staffing } from './scenario-types.ts';

/** A lane group's staffing as written, or the engine's default: one officer per booth around the clock. */
export function staffingOf(lane: Pick<LaneGroup, 'booths' | 'officers'>): Staffing {
  return lane.officers ?? { constant: lane.booths };
}

/** Officers on duty at the start of each clock hour, 00:00 first. */
export function hourly(staffing: Staffing): number[] {
  return Array.from({ length: 24 }, (_, h) => officersAt(staffing, h));
}

/** The staffing of a weekday: staffing by day type is shown and summed by its weekday. */
function weekday(staffing: Staffing): Exclude<Staffing, { byDayType: unknown }> {
  return 'byDayType' in staffing ? staffing.byDayType.weekday : staffing;
}

/** Officer-hours in a (week)day (integrates shifts exactly, fractions of hours included). */
export function officerHoursPerDay(all: Staffing): number {
  const staffing = weekday(all);
  if ('constant' in staffing) return staffing.constant * 24;
  if ('byHour' in staffing) return staffing.byHour.reduce((a, b) => a + b, 0);
  return staffing.shifts.reduce((sum, s) => sum + s.officers * (s.start <= s.end ? s.end - s.start : 24 - s.start + s.end), 0);
}

export function peakOf(all: Staffing): number {
  const staffing = weekday(all);
  if ('constant' in staffing) return staffing.constant;
  if ('byHour' in staffing) return Math.max(...staffing.byHour);
  // Shifts can overlap at fractional hours, so look at every half hour.
  return Math.max(...Array.from({ length: 48 }, (_, i) => officersAt(staffing, i / 2)));
}

/** Multiplies every officer count by `m`, rounding to whole officers and keeping the form (constant, byHour or shifts). */
export function scaleStaffing(staffing: Staffing, m: number): Staffing {
  const r = (n: number) => Math.max(0, Math.round(n * m));
  if ('byDayType' in staffing) {
    const days = Object.entries(staffing.byDayType).map(([day, st]) => [day, st && scaleStaffing(st, m)]);
    return { byDayType: Object.fromEntries(days) } as Staffing;
  }
  if ('constant' in staffing) return { constant: r(staffing.constant) };
  if ('byHour' in staffing) return { byHour: staffing.byHour.map(r) };
  return { shifts: staffing.shifts.map((s) => ({ ...s, officers: r(s.officers) })) };
}
