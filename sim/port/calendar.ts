// Converts simulation time (seconds since the run started) to clock hour and day of week.

export const HOUR = 3600;
export const DAY = 24 * HOUR;

export class Calendar {
  /** Seconds from the midnight that starts the first simulated day to time 0. */
  readonly offset: number;
  readonly startDayIndex: number;

  constructor(startHour: number, startDayIndex: number) {
    this.offset = startHour * HOUR;
    this.startDayIndex = startDayIndex;
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

  /** Simulation time of the first instant ≥ t whose clock hour (fractional, 0–24) is `hour`. */
  nextClockTime(t: number, hour: number): number {
    const c = this.clock(t);
    const dayStart = Math.floor(c / DAY) * DAY;
    let at = dayStart + hour * HOUR;
    if (at < c) at += DAY;
    return at - this.offset;
  }
}
