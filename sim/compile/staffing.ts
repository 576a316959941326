// Compiles a scenario's staffing ({constant}, {byHour} or {shifts}) into a table of change points.

import type { Staffing } from '../../scenarios/schema.ts';
import { changeHours, officersAt } from '../../scenarios/staffing.ts';
import type { StaffingTable } from '../model/staffing.ts';

type AnyStaffing = Staffing | { constant: number } | { byHour: number[] };

export function compileStaffing(staffing: AnyStaffing | undefined): StaffingTable | null {
  if (!staffing) return null;
  const s = staffing as Staffing;
  const hours = changeHours(s);
  return { hours, officers: hours.map((h) => officersAt(s, h)) };
}
