// Names for the parts of a validated scenario the app works with (derived from the engine's Scenario type).

import type { Scenario } from '../../sim/index.ts';

export type { Scenario };
export type Port = Scenario['ports'][number];
export type LaneGroup = Port['laneGroups'][number];
export type Flow = Port['flows'][number];
export type Staffing = NonNullable<LaneGroup['officers']>;

/** A lane group's key across ports: "portId/laneId". */
export function laneKey(port: Pick<Port, 'id'>, lane: Pick<LaneGroup, 'id'>): string {
  return `${port.id}/${lane.id}`;
}

/** Every lane group with its key and port, in port order. */
export function lanesOf(s: Scenario): { key: string; port: Port; lane: LaneGroup; portIndex: number; laneIndex: number }[] {
  return s.ports.flatMap((port, portIndex) =>
    port.laneGroups.map((lane, laneIndex) => ({ key: laneKey(port, lane), port, lane, portIndex, laneIndex })),
  );
}

export function laneName(lane: Pick<LaneGroup, 'id' | 'label'>): string {
  return lane.label ?? lane.id;
}
