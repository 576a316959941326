// A flow's arrival rate over time: daily volume × day-of-week factor × hourly profile × surges.

import type { CompiledFlow } from '../model/compiled.ts';
import { PiecewiseRateArrivals } from '../random/nhpp.ts';
import { HOUR, type Calendar } from './calendar.ts';

/**
 * Arrivals per second during clock hour `segment` (hours since the first simulated
 * midnight). Surges apply to whole clock hours whose middle falls inside the surge window,
 * so the rate stays piecewise constant by hour and the arrival process exact.
 */
export function flowRate(flow: CompiledFlow, calendar: Calendar): (segment: number) => number {
  return (segment: number) => {
    const hourOfDay = segment % 24;
    const weekday = (calendar.startDayIndex + Math.floor(segment / 24)) % 7;
    let rate = (flow.perDay * flow.dayOfWeek[weekday] * flow.hourShares[hourOfDay]) / HOUR;
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
    flow: CompiledFlow,
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
