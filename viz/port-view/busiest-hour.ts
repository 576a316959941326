// The clock hour with the most expected arrivals, where the animation opens: at midnight nothing moves.
//
// Computed from the scenarios' arrival profiles as the engine reads them (the compiled flows:
// daily volume × day-of-week or holiday factor × the day type's hourly share × surges), not
// from a run, so it costs nothing and every replication agrees on it.

import { compileScenario, type CompiledFlow, type CompiledModel, type Scenario } from '../../sim/index.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;

export interface BusiestHour {
  /** Seconds since the start of the run at which that clock hour begins (0 if the run starts inside it). */
  time: number;
  /** Hours since the first simulated midnight at `time`. */
  clockHours: number;
  /** Expected arrivals in that hour, all scenarios and ports together. */
  arrivals: number;
}

/** Expected arrivals of every flow of `model` in each clock hour of the run (index 0 = the hour the run starts in). */
export function expectedArrivalsByHour(model: CompiledModel): number[] {
  const offset = model.startHour * HOUR;
  const end = offset + model.horizonHours * HOUR;
  const firstHour = Math.floor(offset / HOUR);
  const hours = Math.max(0, Math.ceil(end / HOUR) - firstHour);
  const out = new Array<number>(hours).fill(0);
  const holidays = new Set(model.holidays);
  for (const port of model.ports) {
    for (const f of port.flows) {
      if (f.perDay <= 0) continue;
      const surges = f.surges.map((s) => ({ start: s.startHour * HOUR + offset, end: s.endHour * HOUR + offset, factor: s.factor }));
      for (let h = 0; h < hours; h++) {
        const from = Math.max(offset, (firstHour + h) * HOUR);
        const to = Math.min(end, (firstHour + h + 1) * HOUR);
        if (to <= from) continue;
        // Within a clock hour the rate changes only at surge boundaries.
        const cuts = [from, to, ...surges.flatMap((s) => [s.start, s.end]).filter((c) => c > from && c < to)].sort((a, b) => a - b);
        for (let i = 0; i + 1 < cuts.length; i++) out[h] += rateAt(f, model, holidays, surges, (cuts[i] + cuts[i + 1]) / 2) * (cuts[i + 1] - cuts[i]);
      }
    }
  }
  return out;
}

/** Arrivals per second of flow `f` at clock time `c` (seconds since the first midnight), as the engine's flow rate. */
function rateAt(f: CompiledFlow, model: CompiledModel, holidays: ReadonlySet<number>, surges: { start: number; end: number; factor: number }[], c: number): number {
  const day = Math.floor(c / DAY);
  const dow = (model.startDayIndex + day) % 7;
  // Day types in the compiled order: weekday, Saturday, Sunday, holiday.
  const type = holidays.has(day) ? 3 : dow === 5 ? 1 : dow === 6 ? 2 : 0;
  const factor = type === 3 ? f.holidayFactor : f.dayOfWeek[dow];
  const hour = Math.min(23, Math.max(0, Math.floor((c - day * DAY) / HOUR)));
  let rate = (f.perDay * factor * (f.hourSharesByDayType[type]?.[hour] ?? 0)) / HOUR;
  for (const s of surges) if (c >= s.start && c < s.end) rate *= s.factor;
  return rate;
}

/**
 * The clock hour with the most expected arrivals over the scenarios shown together (they share
 * one clock, so their arrivals add up hour by hour); the earliest such hour on a tie (the same
 * profile every day), so the animation gets there soonest. Scenarios whose runs start at
 * different clock hours are lined up on time since the start, as the shared clock is.
 */
export function busiestHour(scenarios: readonly Scenario[]): BusiestHour {
  if (scenarios.length === 0) return { time: 0, clockHours: 0, arrivals: 0 };
  const models = scenarios.map((s) => compileScenario(s));
  const base = models[0];
  const offset = base.startHour * HOUR;
  const firstHour = Math.floor(offset / HOUR);
  // Hour bins on the first scenario's clock; the others are added at the same times since the start.
  const totals: number[] = [];
  for (const m of models) {
    const byHour = expectedArrivalsByHour(m);
    const shift = Math.floor(m.startHour) - firstHour;
    byHour.forEach((n, h) => {
      const k = h + shift;
      if (k >= 0) totals[k] = (totals[k] ?? 0) + n;
    });
  }
  let best = 0;
  for (let h = 1; h < totals.length; h++) if ((totals[h] ?? 0) > (totals[best] ?? 0) * (1 + 1e-9)) best = h;
  const clockStart = (firstHour + best) * HOUR;
  const time = Math.max(0, Math.min(base.horizonHours * HOUR, clockStart - offset));
  return { time, clockHours: (time + offset) / HOUR, arrivals: totals[best] ?? 0 };
}
