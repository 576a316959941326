// The observed waits the reader loaded, shared by the panels that show them: the "Observed &
// forecast" tab (which loads and chooses them) and the waits-by-hour chart in Compare (which
// draws them over the simulated lines).

import type { ObservedDayType, ObservedWaits } from '../../sim/index.ts';

export interface ObservedChoice {
  /** The file's name, for legends ("observed, san-ysidro-2025.csv"). */
  name: string;
  observed: ObservedWaits;
  /** The port and day type chosen in the observed tab (null: the default pick). */
  port: string | null;
  dayType: ObservedDayType | null;
}

let current: ObservedChoice | null = null;
const listeners = new Set<() => void>();

export function observedChoice(): ObservedChoice | null {
  return current;
}

/** Replaces the observed waits shown (null: none); listeners hear of it only when something changed. */
export function setObservedChoice(next: ObservedChoice | null): void {
  const same =
    next === current ||
    (next !== null && current !== null && next.observed === current.observed && next.name === current.name && next.port === current.port && next.dayType === current.dayType);
  if (same) return;
  current = next;
  for (const f of listeners) f();
}

export function onObservedChoice(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}
