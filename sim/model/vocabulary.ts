// The words the engine shares with scenario files: modes, directions, programs (plain strings, no schema).

export const MODES = ['car', 'pedestrian', 'bus', 'truck'] as const;
export type Mode = (typeof MODES)[number];

export const DIRECTIONS = ['northbound', 'southbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Program a traveler belongs to; "none" for travelers in no program. */
export const ELIGIBILITIES = ['none', 'ready', 'sentri', 'nexus', 'fast'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

/** Index of (mode, direction, program) in eligibility tables. */
export function eligibilityKey(mode: Mode, direction: Direction, program: Eligibility): number {
  return (MODES.indexOf(mode) * DIRECTIONS.length + DIRECTIONS.indexOf(direction)) * ELIGIBILITIES.length + ELIGIBILITIES.indexOf(program);
}

export const ELIGIBILITY_KEYS = MODES.length * DIRECTIONS.length * ELIGIBILITIES.length;
