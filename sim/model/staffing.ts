// Officers on duty over the day as a table of change points: plain data, read with one lookup.

/** Officers on duty over one day, as change points. */
export interface DailyStaffingTable {
  /** Clock hours (0 ≤ h < 24, sorted, the first is 0) at which the number of officers may change. */
  hours: number[];
  /** Officers on duty from hours[i] until the next change. */
  officers: number[];
}

/**
 * Officers on duty over the day (`hours`, `officers`: on weekdays, and on every day when
 * `byDayType` is absent), and when staffing differs by day type, one table per day type in the
 * order of `DAY_TYPE` (weekday, Saturday, Sunday, holiday; fallbacks already resolved).
 */
export interface StaffingTable extends DailyStaffingTable {
  byDayType?: DailyStaffingTable[];
}

/**
 * The staffing clock: the clock hour of the day (0 ≤ h < 24, fractions allowed) plus 24 × the
 * day type, so that one number tells a staffing table both the time of day and the kind of day.
 */
export function staffingClock(dayType: number, clockHour: number): number {
  return dayType * 24 + clockHour;
}

/**
 * Officers on duty at staffing clock `hour` (see `staffingClock`; a plain clock hour
 * 0 ≤ hour < 24 reads a weekday).
 */
export function officersAt(table: StaffingTable, hour: number): number {
  const dayType = Math.min(3, Math.max(0, Math.floor(hour / 24)));
  const t = table.byDayType?.[dayType] ?? table;
  const h = hour - dayType * 24;
  const hs = t.hours;
  let i = hs.length - 1;
  while (i > 0 && hs[i] > h) i--;
  return t.officers[i];
}
