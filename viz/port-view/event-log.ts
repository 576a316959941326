// The most recent vehicle events of a live run (arrivals, primary, referrals, secondary, exits), rebuilt from vehicle records.
//
// Every event a vehicle has been through is stamped on its record, so the log is exact for
// the vehicles the run still shows (inside the port or among the recent exits); staffing
// changes are not vehicle events and are not listed.

import type { VehicleView } from '../../sim/index.ts';
import { MODE_NAME } from './glyphs.ts';

export interface LogEntry {
  time: number;
  vehicle: number;
  text: string;
}

/** Order of events that share one instant on one vehicle. */
const ORDER = ['arrived', 'primary-start', 'primary-end', 'secondary-start', 'secondary-end'];

export function recentEvents(vehicles: readonly VehicleView[], now: number, limit: number, laneLabel: (id: string) => string): LogEntry[] {
  const out: (LogEntry & { rank: number })[] = [];
  const seen = new Set<number>();
  for (const v of vehicles) {
    if (seen.has(v.id)) continue;
    seen.add(v.id);
    const name = `${MODE_NAME[v.mode] ?? v.mode} #${v.id}`;
    const add = (t: number | null, kind: string, text: string) => {
      if (t !== null && t <= now) out.push({ time: t, vehicle: v.id, text, rank: ORDER.indexOf(kind) });
    };
    add(v.arrivedAt, 'arrived', `${name} arrived and joined the ${laneLabel(v.lane ?? '')} line`);
    add(v.primaryStart, 'primary-start', `${name} reached a ${laneLabel(v.lane ?? '')} booth`);
    const after = v.referral ? `referred to secondary (${v.referral})` : 'released';
    add(v.primaryEnd, 'primary-end', `${name} finished primary: ${after}`);
    add(v.secondaryStart, 'secondary-start', `${name} started secondary inspection`);
    add(v.secondaryEnd, 'secondary-end', `${name} finished secondary: ${v.seized ? 'contraband seized' : 'released'}`);
  }
  out.sort((a, b) => b.time - a.time || b.rank - a.rank || b.vehicle - a.vehicle);
  return out.slice(0, limit).map(({ time, vehicle, text }) => ({ time, vehicle, text }));
}
