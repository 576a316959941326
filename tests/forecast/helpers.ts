// Small scenarios and feed snapshots for the forecast tests.

import { Scenario } from '../../sim/index.ts';

/** One port, "Test Crossing" (CBP 999901), one pooled general car lane group; `perDay` cars on a flat profile. */
export function oneLane(o: { perDay: number; booths?: number; officers?: number | number[]; meanSeconds?: number; horizonHours?: number }): Scenario {
  return Scenario.parse({
    name: 'one lane',
    seed: 7,
    horizonHours: o.horizonHours ?? 24,
    ports: [
      {
        id: 'test',
        name: 'Test Crossing',
        flows: [{ id: 'cars', mode: 'car', perDay: o.perDay }],
        laneGroups: [
          {
            id: 'general',
            kind: 'general',
            booths: o.booths ?? 20,
            officers: Array.isArray(o.officers) ? { byHour: o.officers } : { constant: o.officers ?? 10 },
            primarySeconds: { kind: 'lognormal', mean: o.meanSeconds ?? 60, cv: 0.5 },
          },
        ],
      },
    ],
  });
}

/** A BWT JSON snapshot (api/bwtnew layout) of one port, general car lanes only. */
export function snapshotJson(o: { portNumber?: string; portName?: string; date?: string; time: string; delay: string; lanesOpen: string; status?: string }): string {
  return JSON.stringify([
    {
      port_number: o.portNumber ?? '999901',
      border: 'Mexican Border',
      port_name: o.portName ?? 'Test Crossing',
      crossing_name: '',
      date: o.date ?? '12/2/2026',
      time: o.time,
      port_status: 'Open',
      passenger_vehicle_lanes: {
        maximum_lanes: '20',
        standard_lanes: { update_time: `At ${o.time}`, operational_status: o.status ?? 'delay', delay_minutes: o.delay, lanes_open: o.lanesOpen },
      },
    },
  ]);
}
