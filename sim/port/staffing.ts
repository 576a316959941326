// Officers on duty at a port over the day: booths, secondary bays and scanners open and close at the hours staffing changes.

import type { Simulation } from '../kernel/simulation.ts';
import type { CompiledPort } from '../model/compiled.ts';
import { officersAt, type StaffingTable } from '../model/staffing.ts';
import type { ServerPool } from '../resources/server-pool.ts';
import { HOUR, type Calendar } from './calendar.ts';
import type { LaneGroupModel } from './lane-group.ts';

export class PortStaffing {
  constructor(
    private readonly sim: Simulation,
    private readonly spec: CompiledPort,
    private readonly calendar: Calendar,
    private readonly lanes: readonly LaneGroupModel[],
    private readonly secondary: ServerPool | null,
    private readonly imaging: ServerPool | null,
  ) {}

  /** Staffs everything for now and schedules every later change: daily at the hours staffing changes, and at policy boundaries. */
  start(): void {
    this.restaff();
    for (const h of this.spec.staffingHours) this.sim.scheduleAt(this.calendar.nextClockTime(0, h), this.daily, this);
    for (const b of this.spec.policyBoundaries) this.sim.scheduleAt(b, this.once, this);
  }

  private restaff(): void {
    const now = this.sim.now;
    const clockHour = (this.calendar.clock(now) / HOUR) % 24;
    for (const l of this.lanes) l.staff(clockHour, now);
    const sec = this.spec.secondary;
    if (sec && this.secondary) setOpen(this.secondary, sec.bays, sec.staffing, clockHour);
    const img = this.spec.imaging;
    if (img && this.imaging) setOpen(this.imaging, img.scanners, img.staffing, clockHour);
  }

  private readonly daily = (): void => {
    this.restaff();
    this.sim.schedule(24 * HOUR, this.daily, this);
  };

  private readonly once = (): void => {
    this.restaff();
  };
}

/** Open places = min(places, officers on duty); one officer per place when staffing is not stated. */
function setOpen(pool: ServerPool, places: number, staffing: StaffingTable | null, clockHour: number): void {
  const n = Math.min(places, staffing ? officersAt(staffing, clockHour) : places);
  if (n !== pool.capacity) pool.setCapacity(n);
}
