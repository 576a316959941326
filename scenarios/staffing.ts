// Officers on duty by hour of day, from any of the three ways a scenario can state staffing.

import type { Staffing } from './schema.ts';

/** Officers on duty at clock time `hour` (0 ≤ hour < 24, fractions allowed). */
export function officersAt(staffing: Staffing, hour: number): number {
  if ('constant' in staffing) return staffing.constant;
  if ('byHour' in staffing) return staffing.byHour[Math.floor(hour) % 24];
  let n = 0;
  for (const s of staffing.shifts) {
    const inShift = s.start <= s.end ? hour >= s.start && hour < s.end : hour >= s.start || hour < s.end;
    if (inShift) n += s.officers;
  }
  return n;
}

/**
 * Clock hours (0 ≤ h < 24) at which the officer count may change, sorted. Staffing is
 * piecewise constant between them, so a model re-reads it only at these instants.
 */
export function changeHours(staffing: Staffing): number[] {
  if ('constant' in staffing) return [0];
  if ('byHour' in staffing) return Array.from({ length: 24 }, (_, h) => h);
  const hs = new Set<number>([0]);
  for (const s of staffing.shifts) {
    hs.add(s.start % 24);
    hs.add(s.end % 24);
  }
  return [...hs].sort((a, b) => a - b);
}

/** The most officers on duty at any time of day. */
export function peakOfficers(staffing: Staffing): number {
  return Math.max(...changeHours(staffing).map((h) => officersAt(staffing, h)));
}
