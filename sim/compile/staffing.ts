// Compiles a scenario's staffing ({constant}, {byHour}, {shifts} or {byDayType}) into tables of change points.

import type { Staffing } from '../../scenarios/schema.ts';
import { changeHours, officersAt, type DayTypeName } from '../../scenarios/staffing.ts';
import type { DailyStaffingTable, StaffingTable } from '../model/staffing.ts';
import { DAY_TYPES } from '../model/calendar.ts';

type AnyStaffing = Staffing | { constant: number } | { byHour: number[] };

export function compileStaffing(staffing: AnyStaffing | undefined): StaffingTable | null {
  if (!staffing) return null;
  const s = staffing as Staffing;
  const day = (d: DayTypeName): DailyStaffingTable => {
    const hours = changeHours(s, d);
    return { hours, officers: hours.map((h) => officersAt(s, h, d)) };
  };
  const weekday = day('weekday');
  return 'byDayType' in s ? { ...weekday, byDayType: DAY_TYPES.map(day) } : weekday;
}
