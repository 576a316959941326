// A flow's arrival rate over time: daily volume × day-of-week factor × hourly profile × surges.

import type { Flow } from '../../scenarios/schema.ts';
import { PiecewiseRateArrivals } from '../random/nhpp.ts';
import { HOUR, type Calendar } from './calendar.ts';

/**
 * Arrivals per second during clock hour `segment` (hours since the first simulated
 * midnight). Surges apply to whole clock hours whose middle falls inside the surge window,
 * so the rate stays piecewise constant by hour and the arrival process exact.
 */
export function flowRate(flow: Flow, calendar: Calendar): (segment: number) => number {
  const profile = flow.hourlyProfile ?? new Array<number>(24).fill(1);
  const total = profile.reduce((a, b) => a + b, 0);
  const shares = profile.map((w) => (total > 0 ? w / total : 0));
  const dow = flow.dayOfWeek ?? new Array<number>(7).fill(1);
  return (segment: number) => {
    const hourOfDay = segment % 24;
    const weekday = (calendar.startDayIndex + Math.floor(segment / 24)) % 7;
    let rate = (flow.perDay * dow[weekday] * shares[hourOfDay]) / HOUR;
    if (flow.surges.length > 0) {
      const midRunHour = (segment + 0.5) * HOUR - calendar.offset;
      for (const s of flow.surges) {
        if (midRunHour >= s.startHour * HOUR && midRunHour < s.endHour * HOUR) rate *= s.factor;
      }
    }
    return rate;
  };
}

/** The arrival process of a flow in simulation time (seconds from the start of the run). */
export class FlowArrivals {
  private readonly process: PiecewiseRateArrivals;

  constructor(
    flow: Flow,
    private readonly calendar: Calendar,
    horizonSeconds: number,
  ) {
    this.process = new PiecewiseRateArrivals(flowRate(flow, calendar), HOUR, { end: calendar.clock(horizonSeconds) });
  }

  /** Next arrival time after t, or Infinity. */
  next(t: number, u: () => number): number {
    const c = this.process.next(this.calendar.clock(t), u);
    return c === Infinity ? Infinity : c - this.calendar.offset;
  }
}
