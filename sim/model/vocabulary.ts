// The words the engine shares with scenario files: modes, directions, programs (plain strings, no schema).

export const MODES = ['car', 'pedestrian', 'bus', 'truck'] as const;
export type Mode = (typeof MODES)[number];

export const DIRECTIONS = ['northbound', 'southbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Program a traveler belongs to; "none" for travelers in no program. */
export const ELIGIBILITIES = ['none', 'ready', 'sentri', 'nexus', 'fast'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

// Lookups by name without a search (this runs for every arrival).
const MODE_INDEX: Readonly<Record<Mode, number>> = { car: 0, pedestrian: 1, bus: 2, truck: 3 };
const DIRECTION_INDEX: Readonly<Record<Direction, number>> = { northbound: 0, southbound: 1 };
const PROGRAM_INDEX: Readonly<Record<Eligibility, number>> = { none: 0, ready: 1, sentri: 2, nexus: 3, fast: 4 };

/** Index of (mode, direction, program) in eligibility tables. */
export function eligibilityKey(mode: Mode, direction: Direction, program: Eligibility): number {
  return eligibilityBase(mode, direction) + PROGRAM_INDEX[program];
}

/** Index of (mode, direction, none): add a program's index in ELIGIBILITIES for the others. */
export function eligibilityBase(mode: Mode, direction: Direction): number {
  return (MODE_INDEX[mode] * DIRECTIONS.length + DIRECTION_INDEX[direction]) * ELIGIBILITIES.length;
}

export const ELIGIBILITY_KEYS = MODES.length * DIRECTIONS.length * ELIGIBILITIES.length;
