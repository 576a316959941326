// How long each clock hour was observed after the warm-up: turns hourly counts into rates.
import type { ResultDocument } from '../../sim/index.ts';

type Window = Pick<ResultDocument['scenario'], 'horizonHours' | 'warmupHours' | 'startHour'>;

/**
 * Measured hours falling in each clock hour 0–23. A whole number of measured days gives
 * (horizon − warm-up) ÷ 24 everywhere; shorter runs leave some clock hours unobserved (0),
 * which must read as "no data", never as "no traffic".
 */
export function measuredHoursByClockHour(w: Window): number[] {
  const out = new Array<number>(24).fill(0);
  let t = w.startHour + w.warmupHours;
  const end = w.startHour + w.horizonHours;
  while (t < end - 1e-9) {
    const next = Math.min(end, Math.floor(t + 1e-9) + 1);
    const h = ((Math.floor(t + 1e-9) % 24) + 24) % 24;
    out[h] += next - t;
    t = next;
  }
  return out;
}

export function measuredHours(w: Window): number {
  return w.horizonHours - w.warmupHours;
}

/** "17:00". */
export function hourLabel(h: number): string {
  return `${String(((Math.floor(h) % 24) + 24) % 24).padStart(2, '0')}:00`;
}

/** Consecutive runs of clock hours as time spans, e.g. [6,7,8,20] → "06:00–09:00, 20:00–21:00". */
export function hourRanges(hours: readonly number[]): string {
  const sorted = [...hours].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const end = sorted[j] + 1;
    parts.push(`${hourLabel(sorted[i])}–${end === 24 ? '24:00' : hourLabel(end)}`);
    i = j + 1;
  }
  return parts.join(', ');
}
