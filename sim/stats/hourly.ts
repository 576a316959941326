// Buckets statistics by hour so daily profiles (rush hours, shift changes) stay visible.

/** Hours in a day: the number of bins of an `HourOfDay`. */
export const HOURS_PER_DAY = 24;
/**
 * Seconds in an hour: the default time scale of `hourOfDay`, `absoluteHour` and `HourOfDay`,
 * for models whose time is in seconds.
 */
export const SECONDS_PER_HOUR = 3600;

/** Hour since t = 0 (t = 0 is midnight starting day 1), counting across days: 0, 1, …, 25, … */
export function absoluteHour(t: number, secondsPerHour = SECONDS_PER_HOUR): number {
  return Math.floor(t / secondsPerHour);
}

/** Hour of the day in 0…23 for model time t (t = 0 is midnight starting day 1). */
export function hourOfDay(t: number, secondsPerHour = SECONDS_PER_HOUR): number {
  const h = absoluteHour(t, secondsPerHour) % HOURS_PER_DAY;
  // % keeps the dividend's sign; negative times would otherwise give negative hours.
  return h < 0 ? h + HOURS_PER_DAY : h;
}

/** One container per hour of the day, all days pooled; memory independent of the horizon. */
export class HourOfDay<T> {
  readonly bins: readonly T[];
  readonly secondsPerHour: number;

  constructor(make: (hourOfDay: number) => T, secondsPerHour = SECONDS_PER_HOUR) {
    const bins: T[] = [];
    for (let h = 0; h < HOURS_PER_DAY; h++) bins.push(make(h));
    this.bins = bins;
    this.secondsPerHour = secondsPerHour;
  }

  at(hour: number): T {
    if (!(hour >= 0 && hour < HOURS_PER_DAY) || !Number.isInteger(hour)) {
      throw new RangeError(`HourOfDay.at: hour must be an integer in 0..23, got ${hour}`);
    }
    return this.bins[hour];
  }

  /** Container for the hour of day that model time t falls in. */
  atTime(t: number): T {
    return this.bins[hourOfDay(t, this.secondsPerHour)];
  }
}

/**
 * One container per absolute hour of the run. Grows by one bin per simulated hour, so use it
 * for light containers (e.g. Tally), not sketches, on long horizons.
 */
export class AbsoluteHours<T> {
  private readonly store: T[] = [];
  private readonly make: (absoluteHour: number) => T;
  readonly secondsPerHour: number;

  constructor(make: (absoluteHour: number) => T, secondsPerHour = SECONDS_PER_HOUR) {
    this.make = make;
    this.secondsPerHour = secondsPerHour;
  }

  /** Creates any missing bins up to `hour`, so the series has no holes. */
  at(hour: number): T {
    if (!(hour >= 0) || !Number.isInteger(hour)) {
      throw new RangeError(`AbsoluteHours.at: hour must be a non-negative integer, got ${hour}`);
    }
    while (this.store.length <= hour) this.store.push(this.make(this.store.length));
    return this.store[hour];
  }

  atTime(t: number): T {
    return this.at(absoluteHour(t, this.secondsPerHour));
  }

  get bins(): readonly T[] {
    return this.store;
  }

  get length(): number {
    return this.store.length;
  }
}
