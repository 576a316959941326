// The most recent vehicle events of a live run (arrivals, primary, referrals, secondary, exits), rebuilt from vehicle records.
//
// Every event a vehicle has been through is stamped on its record, so the log is exact for
// the vehicles the run still shows (inside the port or among the recent exits); staffing
// changes are not vehicle events and are not listed.

import type { VehicleView } from '../../sim/index.ts';
import { t } from './texts.ts';
import { vehicleName } from './plaza-text.ts';

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
    const name = vehicleName(v);
    const add = (t: number | null, kind: string, text: string) => {
      if (t !== null && t <= now) out.push({ time: t, vehicle: v.id, text, rank: ORDER.indexOf(kind) });
    };
    const lane = laneLabel(v.lane ?? '');
    // A vehicle still driving or at imaging has not joined a line yet; its arrival is logged when it does.
    if (v.lane !== null) add(v.arrivedAt, 'arrived', t('plaza:log.arrived', { name, lane }));
    add(v.primaryStart, 'primary-start', t('plaza:log.primaryStart', { name, lane }));
    const after = v.referral ? t('plaza:log.referred', { reason: v.referral }) : t('plaza:log.released');
    add(v.primaryEnd, 'primary-end', t('plaza:log.primaryEnd', { name, after }));
    add(v.secondaryStart, 'secondary-start', t('plaza:log.secondaryStart', { name }));
    add(v.secondaryEnd, 'secondary-end', t('plaza:log.secondaryEnd', { name, outcome: v.seized ? t('plaza:log.seized') : t('plaza:log.released') }));
  }
  out.sort((a, b) => b.time - a.time || b.rank - a.rank || b.vehicle - a.vehicle);
  return out.slice(0, limit).map(({ time, vehicle, text }) => ({ time, vehicle, text }));
}
