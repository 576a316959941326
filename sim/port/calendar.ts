// Converts simulation time (seconds since the run started) to clock hour, day of week and day type.

import { DAY_TYPE, type DayType } from '../model/calendar.ts';

export const HOUR = 3600;
export const DAY = 24 * HOUR;

export class Calendar {
  /** Seconds from the midnight that starts the first simulated day to time 0. */
  readonly offset: number;
  readonly startDayIndex: number;
  private readonly holidays: ReadonlySet<number>;

  /**
   * @param holidays days of the run that are public holidays, counted from 0 = the day the run starts on.
   */
  constructor(startHour: number, startDayIndex: number, holidays: readonly number[] = []) {
    this.offset = startHour * HOUR;
    this.startDayIndex = startDayIndex;
    this.holidays = new Set(holidays);
  }

  /** Seconds since the first midnight (the clock the hourly profiles are written against). */
  clock(t: number): number {
    return t + this.offset;
  }

  /** Hour of day 0–23 at time t. */
  hourOfDay(t: number): number {
    return Math.floor(this.clock(t) / HOUR) % 24;
  }

  /** Day of week 0 (Monday)–6 at time t. */
  dayOfWeek(t: number): number {
    return (this.startDayIndex + Math.floor(this.clock(t) / DAY)) % 7;
  }

  /** Day type (weekday, Saturday, Sunday or holiday) of day `day` of the run (0 = the day the run starts on). */
  dayTypeOfDay(day: number): DayType {
    if (this.holidays.has(day)) return DAY_TYPE.holiday;
    const dow = (this.startDayIndex + day) % 7;
    return dow === 5 ? DAY_TYPE.saturday : dow === 6 ? DAY_TYPE.sunday : DAY_TYPE.weekday;
  }

  /** Day type at time t. */
  dayType(t: number): DayType {
    return this.dayTypeOfDay(Math.floor(this.clock(t) / DAY));
  }

  /** Simulation time of the first instant ≥ t whose clock hour (fractional, 0–24) is `hour`. */
  nextClockTime(t: number, hour: number): number {
    const c = this.clock(t);
    const dayStart = Math.floor(c / DAY) * DAY;
    let at = dayStart + hour * HOUR;
    if (at < c) at += DAY;
    return at - this.offset;
  }
}
