// What each lane kind accepts when a lane group does not say: modes and programs, as CBP lane types work.

import type { Eligibility, LaneGroup, LaneKind, Mode } from './schema.ts';

const MODES: Record<LaneKind, Mode[]> = {
  general: ['car'],
  ready: ['car'],
  nexus: ['car'],
  sentri: ['car'],
  fast: ['truck'],
  pedestrian: ['pedestrian'],
  'pedestrian-ready': ['pedestrian'],
  'pedestrian-sentri': ['pedestrian'],
  bus: ['bus'],
  custom: [],
};

const EVERYONE: Eligibility[] = ['none', 'ready', 'sentri', 'nexus', 'fast'];

// Members of a stricter program hold documents good enough for the laxer lanes: a SENTRI
// or NEXUS card is RFID-enabled, so those members may use Ready lanes too.
const PROGRAMS: Record<LaneKind, Eligibility[]> = {
  general: EVERYONE,
  ready: ['ready', 'sentri', 'nexus'],
  nexus: ['nexus'],
  sentri: ['sentri'],
  fast: ['fast'],
  pedestrian: EVERYONE,
  'pedestrian-ready': ['ready', 'sentri', 'nexus'],
  'pedestrian-sentri': ['sentri'],
  bus: EVERYONE,
  custom: EVERYONE,
};

/**
 * Modes a lane group serves: its `modes`, or the default for its kind (car kinds take cars, `fast`
 * trucks, pedestrian kinds pedestrians, `bus` buses; `custom` none).
 */
export function modesOf(lane: Pick<LaneGroup, 'kind' | 'modes'>): Mode[] {
  return lane.modes ?? MODES[lane.kind];
}

/**
 * Who may use a lane group (`'none'` = travelers in no program): its `programs`, or the default for
 * its kind; sentri and nexus members may also use ready lanes.
 */
export function programsOf(lane: Pick<LaneGroup, 'kind' | 'programs'>): Eligibility[] {
  return lane.programs ?? PROGRAMS[lane.kind];
}

/** How exclusive a lane group is: the fewer programs it admits, the more a member counts it as "their" lane. */
export function exclusivity(lane: Pick<LaneGroup, 'kind' | 'programs'>): number {
  return -programsOf(lane).length;
}
