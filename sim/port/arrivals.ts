// A flow's arrival rate over time: daily volume × day factor × hourly profile of the day type × surges.

import type { CompiledFlow } from '../model/compiled.ts';
import { DAY_TYPE } from '../model/calendar.ts';
import { ScheduledRateArrivals, type RateSchedule } from '../random/nhpp.ts';
import { DAY, HOUR, type Calendar } from './calendar.ts';

/**
 * A flow's rate in arrivals per second on the clock (seconds since the first simulated
 * midnight). It changes at clock hours (the hourly profile; midnight also changes the day
 * type) and at the exact start and end of each surge, wherever they fall, so a surge of
 * a quarter of an hour brings exactly its share of traffic and no more.
 */
export class FlowRate implements RateSchedule {
  /** Surge starts and ends on the clock, sorted and without repeats. */
  private readonly changes: number[];
  private readonly surges: { start: number; end: number; factor: number }[];

  constructor(
    private readonly flow: CompiledFlow,
    private readonly calendar: Calendar,
  ) {
    // Surges are given in hours from the start of the run; the clock starts at the first midnight.
    this.surges = flow.surges.map((s) => ({ start: s.startHour * HOUR + calendar.offset, end: s.endHour * HOUR + calendar.offset, factor: s.factor }));
    this.changes = [...new Set(this.surges.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  }

  rateAt(c: number): number {
    const f = this.flow;
    const day = Math.floor(c / DAY);
    const type = this.calendar.dayTypeOfDay(day);
    const factor = type === DAY_TYPE.holiday ? f.holidayFactor : f.dayOfWeek[(this.calendar.startDayIndex + day) % 7];
    // The hour within the day, so that a rounding of c / DAY cannot pick an hour of the wrong day.
    const hour = Math.min(23, Math.max(0, Math.floor((c - day * DAY) / HOUR)));
    let rate = (f.perDay * factor * f.hourSharesByDayType[type][hour]) / HOUR;
    for (const s of this.surges) if (c >= s.start && c < s.end) rate *= s.factor;
    return rate;
  }

  nextChange(c: number): number {
    let hour = Math.floor(c / HOUR);
    // c / HOUR can round across a boundary; re-anchor so that c lies inside the hour.
    if ((hour + 1) * HOUR <= c) hour++;
    else if (hour * HOUR > c) hour--;
    const nextHour = (hour + 1) * HOUR;
    const ch = this.changes;
    // First surge boundary strictly after c (binary search).
    let lo = 0;
    let hi = ch.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ch[mid] > c) hi = mid;
      else lo = mid + 1;
    }
    return lo < ch.length && ch[lo] < nextHour ? ch[lo] : nextHour;
  }
}

/** The arrival process of a flow in simulation time (seconds from the start of the run). */
export class FlowArrivals {
  private readonly process: ScheduledRateArrivals;

  constructor(
    flow: CompiledFlow,
    private readonly calendar: Calendar,
    horizonSeconds: number,
  ) {
    this.process = new ScheduledRateArrivals(new FlowRate(flow, calendar), { end: calendar.clock(horizonSeconds) });
  }

  /** Next arrival time after t, or Infinity. */
  next(t: number, u: () => number): number {
    const c = this.process.next(this.calendar.clock(t), u);
    return c === Infinity ? Infinity : c - this.calendar.offset;
  }
}
