// Works out what each booth (or secondary bay) is doing from a live snapshot: closed, open and idle, busy, or closing.
//
// The model knows how many booths are staffed and busy; in a pooled lane group it does not
// say which booth a vehicle stands at. We seat vehicles at booths so the counts always
// match the model (busy ≤ staffed fill staffed booths; any excess are officers finishing a
// vehicle after their shift ended, "closing"), keeping each vehicle at the booth it had in
// the previous frame when that is still consistent, so marks do not jump about.

import type { VehicleView } from '../../sim/index.ts';

export type BoothState = 'closed' | 'idle' | 'busy' | 'closing';

export const BOOTH_STATE_TEXT: Record<BoothState, string> = {
  closed: 'closed',
  idle: 'open, idle',
  busy: 'busy',
  closing: 'closing',
};

export interface BoothMark {
  index: number;
  state: BoothState;
  vehicle: VehicleView | null;
}

/** Remembers which booth each vehicle was drawn at (pooled lane groups). */
export type Seating = Map<number, number>;

/**
 * Booth states for a group of `booths` booths of which `open` are staffed, given the vehicles
 * being inspected now. `perBooth`: the vehicles' `booth` field is authoritative.
 */
export function boothStates(
  booths: number,
  open: number,
  atBooth: readonly VehicleView[],
  perBooth: boolean,
  seating: Seating = new Map(),
): BoothMark[] {
  const seat = perBooth ? seatPerBooth(booths, atBooth) : seatPooled(booths, open, atBooth, seating);
  const marks: BoothMark[] = [];
  for (let b = 0; b < booths; b++) {
    const v = seat[b] ?? null;
    const staffed = b < open;
    marks.push({ index: b, vehicle: v, state: v ? (staffed ? 'busy' : 'closing') : staffed ? 'idle' : 'closed' });
  }
  return marks;
}

function seatPerBooth(booths: number, atBooth: readonly VehicleView[]): (VehicleView | undefined)[] {
  const seat: (VehicleView | undefined)[] = new Array(booths);
  for (const v of atBooth) if (v.booth !== null && v.booth < booths) seat[v.booth] = v;
  return seat;
}

function seatPooled(booths: number, open: number, atBooth: readonly VehicleView[], seating: Seating): (VehicleView | undefined)[] {
  const seat: (VehicleView | undefined)[] = new Array(booths);
  const staffed = Math.min(open, booths);
  // The model lets busy exceed staffed only by officers finishing after closing time.
  const closingAllowed = Math.max(0, Math.min(atBooth.length - staffed, booths - staffed));
  const byStart = [...atBooth].sort((a, b) => (a.primaryStart ?? 0) - (b.primaryStart ?? 0) || a.id - b.id);
  const placed = new Set<number>();
  let closingUsed = 0;
  // Keep previous seats that are still consistent (earliest starters first keep closing seats).
  for (const v of byStart) {
    const b = seating.get(v.id);
    if (b === undefined || b >= booths || seat[b]) continue;
    if (b >= staffed) {
      if (closingUsed >= closingAllowed) continue;
      closingUsed++;
    }
    seat[b] = v;
    placed.add(v.id);
  }
  // Closing seats left to fill go to the vehicles that started earliest (they began before the shift ended).
  for (const v of byStart) {
    if (closingUsed >= closingAllowed) break;
    if (placed.has(v.id)) continue;
    const b = firstFree(seat, staffed, booths);
    if (b < 0) break;
    seat[b] = v;
    placed.add(v.id);
    closingUsed++;
  }
  for (const v of byStart) {
    if (placed.has(v.id)) continue;
    let b = firstFree(seat, 0, staffed);
    if (b < 0) b = firstFree(seat, staffed, booths);
    if (b < 0) continue;
    seat[b] = v;
    placed.add(v.id);
  }
  seating.clear();
  for (let b = 0; b < booths; b++) if (seat[b]) seating.set(seat[b]!.id, b);
  return seat;
}

function firstFree(seat: (VehicleView | undefined)[], from: number, to: number): number {
  for (let b = from; b < to; b++) if (!seat[b]) return b;
  return -1;
}

/** Counts of each state, for text summaries and checks. */
export function countStates(marks: readonly BoothMark[]): Record<BoothState, number> {
  const c: Record<BoothState, number> = { closed: 0, idle: 0, busy: 0, closing: 0 };
  for (const m of marks) c[m.state]++;
  return c;
}
