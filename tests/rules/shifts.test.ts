// Staffing (README, "Staffing"): officers are { constant }, { byHour: [24] } or { shifts }; overlapping
// shifts add up and a shift may run past midnight; open booths = min(booths, officers). When a
// booth closes, the vehicle at it is finished (overtime) and nobody new starts there.
//
// The expected staffing is computed here from the scenario's own words, independently of the
// engine, and compared with the open booths the result reports for each clock hour
// (byHour[h].capacity.openBooths) and for each hour since the start (timeline.openBooths).

import { describe, expect, it } from 'vitest';
import { flow, lane, runPort, type LaneIn } from './helpers.ts';

type Staffing = Exclude<NonNullable<LaneIn['officers']>, { byDayType: unknown }>;

/** Officers on duty at clock time x (0 ≤ x < 24), as the README states the three forms. */
function officersAt(staffing: Staffing, x: number): number {
  if ('constant' in staffing) return staffing.constant;
  if ('byHour' in staffing) return staffing.byHour[Math.floor(x)];
  let n = 0;
  for (const s of staffing.shifts) {
    const inShift = s.start < s.end ? x >= s.start && x < s.end : x >= s.start || x < s.end;
    if (inShift) n += s.officers;
  }
  return n;
}

/**
 * Mean open booths between clock times `from` and `from + 1` (hours, may pass midnight),
 * by the midpoint rule on 1/240-hour steps: exact for shift times on a quarter hour.
 */
function meanOpenBooths(booths: number, staffing: Staffing, from: number): number {
  const steps = 240;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += Math.min(booths, officersAt(staffing, (from + (i + 0.5) / steps) % 24));
  return sum / steps;
}

/** A lane group with no traffic: its open booths are its staffing, nothing else. */
function staffedOnly(booths: number, officers: Staffing | undefined, over: Partial<LaneIn> = {}, startHour = 0, horizonHours = 48) {
  const doc = runPort(
    { flows: [flow('cars', 0)], laneGroups: [lane('g', 'general', booths, 30, { ...(officers ? { officers } : {}), ...over })] },
    { seed: 31, replications: 1, horizonHours, startHour },
  );
  return doc.ports[0].lanes[0];
}

const SHIFTS: Staffing = {
  shifts: [
    { start: 6, end: 14, officers: 4 },
    { start: 10, end: 18, officers: 3 }, // overlaps the first: 7 officers 10–14
    { start: 22, end: 6, officers: 2 }, // past midnight
    { start: 12, end: 13, officers: 8 }, // 15 officers at 12–13, more than the 10 booths
    { start: 6.5, end: 7.25, officers: 1 }, // fractions of an hour
  ],
};

describe('open booths by clock hour', () => {
  it('shifts: overlapping shifts add up, a night shift runs past midnight, open booths never exceed booths', () => {
    // Catches overlapping shifts not added, a shift past midnight dropped or cut at 24:00,
    // officers counted beyond the booths, and shift times rounded to whole hours.
    const lane = staffedOnly(10, SHIFTS);
    const expected = Array.from({ length: 24 }, (_, h) => meanOpenBooths(10, SHIFTS, h));
    expect(expected.slice(0, 8)).toEqual([2, 2, 2, 2, 2, 2, 4.5, 4.25]);
    expect(expected.slice(10, 14)).toEqual([7, 7, 10, 7]);
    lane.byHour.forEach((h, i) => expect(h.capacity.openBooths.mean, `open booths at ${i}:00`).toBeCloseTo(expected[i], 9));
  });

  it('byHour: the hour\'s officers, capped at the booths; per-booth lines follow the same staffing', () => {
    // Catches an off-by-one hour, and a per-booth lane group opening booths of its own accord.
    const byHour = [0, 0, 1, 1, 2, 3, 5, 8, 8, 8, 6, 6, 6, 6, 6, 6, 7, 9, 9, 4, 4, 2, 1, 0];
    for (const discipline of ['pooled', 'per-booth'] as const) {
      const lane = staffedOnly(7, { byHour }, { discipline });
      lane.byHour.forEach((h, i) => expect(h.capacity.openBooths.mean, `${discipline}, ${i}:00`).toBeCloseTo(Math.min(7, byHour[i]), 9));
    }
  });

  it('constant, and the default of one officer per booth', () => {
    // Catches the default staffing left at zero, or a constant not capped by the booths.
    for (const [booths, officers, open] of [[5, { constant: 3 }, 3], [5, { constant: 8 }, 5], [4, undefined, 4], [5, { constant: 0 }, 0]] as const) {
      const lane = staffedOnly(booths, officers);
      for (const h of lane.byHour) expect(h.capacity.openBooths.mean).toBeCloseTo(open, 9);
      expect(lane.capacity.openBooths.mean).toBeCloseTo(open, 9);
    }
  });

  it('a run that starts at 05:00 keeps the clock: byHour by clock hour, timeline by hour since the start', () => {
    // Catches staffing read against hours since the start instead of the clock.
    const lane = staffedOnly(10, SHIFTS, {}, 5, 30);
    lane.byHour.forEach((h, i) => expect(h.capacity.openBooths.mean, `${i}:00`).toBeCloseTo(meanOpenBooths(10, SHIFTS, i), 9));
    expect(lane.timeline.openBooths).toHaveLength(30);
    lane.timeline.openBooths.forEach((x, k) => expect(x, `hour ${k} since the start (${(5 + k) % 24}:00)`).toBeCloseTo(meanOpenBooths(10, SHIFTS, (5 + k) % 24), 9));
  });

  it('a run that starts at 16:30: each timeline entry is the hour since the start, from 16:30 + k', () => {
    // Catches a timeline binned by clock hours rather than by hours since the start: then the
    // first entry holds only the half hour 16:30–17:00 and the last one an hour and a half.
    const start = 16.5;
    const steady = staffedOnly(10, undefined, {}, start, 30);
    steady.timeline.openBooths.forEach((x, k) => expect(x, `10 booths always open; hour ${k} since the start`).toBeCloseTo(10, 9));
    const lane = staffedOnly(10, SHIFTS, {}, start, 30);
    lane.byHour.forEach((h, i) => expect(h.capacity.openBooths.mean, `${i}:00`).toBeCloseTo(meanOpenBooths(10, SHIFTS, i), 9));
    expect(lane.timeline.openBooths).toHaveLength(30);
    lane.timeline.openBooths.forEach((x, k) => {
      const from = (start + k) % 24;
      expect(x, `hour ${k} since the start (clock ${from}–${from + 1})`).toBeCloseTo(meanOpenBooths(10, SHIFTS, from), 9);
    });
  });
});

describe('closing booths', () => {
  // Six booths 06:00–18:00, none 18:00–22:00, three 22:00–06:00; 6,000 cars a day at a
  // steady rate, inspections of 20–40 s: inspections are under way when the booths close at
  // 18:00, and a line builds up until 22:00.
  const MAX_SECONDS = 40;
  const staffing: Staffing = { shifts: [{ start: 6, end: 18, officers: 6 }, { start: 22, end: 6, officers: 3 }] };
  const doc = () =>
    runPort(
      { flows: [flow('cars', 6000)], laneGroups: [lane('g', 'general', 6, 30, { officers: staffing, primarySeconds: { kind: 'uniform', min: 20, max: MAX_SECONDS } })] },
      { seed: 32, replications: 2, horizonHours: 48 },
    );

  it('nobody starts an inspection at a closed booth; the vehicles at the booths are finished on overtime', () => {
    // Catches inspections started while no booth is staffed (busy booths in the closed
    // hours), a line that keeps being served after closing, and overtime that is not bounded
    // by one inspection per closing booth.
    const d = doc();
    // Six booths close at 18:00 each day, each finishing at most one inspection: at most
    // 6 × 40 s of overtime a day, so at most this many booths on average over the hour 18:00–19:00.
    const overtimeBound = (6 * MAX_SECONDS) / 3600;
    for (const run of d.runs) {
      const lane = run.ports[0].lanes[0];
      lane.byHour.forEach((h, i) => {
        const staff = Math.min(6, officersAt(staffing, i));
        const open = h.capacity.openBooths!;
        const busy = h.capacity.busyBooths!;
        expect(busy, `busy ≤ open at ${i}:00`).toBeLessThanOrEqual(open + 1e-9);
        // Open booths are the staffing, plus at most the closing booths' last inspections.
        const extra = i === 18 ? overtimeBound : 0;
        expect(open, `open booths at ${i}:00`).toBeGreaterThanOrEqual(staff - 1e-9);
        expect(open, `open booths at ${i}:00`).toBeLessThanOrEqual(staff + extra + 1e-9);
        if (i >= 19 && i < 22) expect(busy, `busy booths at ${i}:00 (closed since 18:00)`).toBe(0);
        if (i === 18) expect(busy, 'busy booths at 18:00 (only the inspections under way at closing)').toBeLessThanOrEqual(overtimeBound + 1e-9);
      });
      // Booths did close mid-inspection, at most one inspection each, on each of the two days.
      expect(lane.capacity.overtimeHours).toBeGreaterThan(0);
      expect(lane.capacity.overtimeHours).toBeLessThanOrEqual(2 * overtimeBound + 1e-9);
      // Whoever arrives while every booth is closed waits at least until 22:00 (the median
      // comes from a sketch with ≤ 0.5 % relative error).
      for (let h = 18; h < 22; h++) {
        const w = lane.byHour[h].wait;
        expect(lane.byHour[h].arrived).toBeGreaterThan(0);
        expect(w.mean!, `mean wait of arrivals at ${h}:00 (minutes)`).toBeGreaterThanOrEqual((22 - (h + 1)) * 60);
        expect(w.p50!, `median wait of arrivals at ${h}:00 (minutes)`).toBeGreaterThanOrEqual((22 - (h + 1)) * 60 * 0.995);
      }
    }
  });
});
