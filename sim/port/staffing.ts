// Officers on duty at a port over the day: booths, secondary bays and scanners open and close at the hours staffing changes, and at midnight when the day type changes.

import type { Simulation } from '../kernel/simulation.ts';
import type { CompiledPort } from '../model/compiled.ts';
import { officersAt, staffingClock, type StaffingTable } from '../model/staffing.ts';
import type { ServerPool } from '../resources/server-pool.ts';
import { DAY, HOUR, type Calendar } from './calendar.ts';
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

  /**
   * Staffs everything for now and schedules every later change: daily at the hours staffing
   * changes (midnight always among them, where a Saturday, Sunday or holiday may begin), and at
   * policy boundaries.
   */
  start(): void {
    this.restaff();
    for (const h of this.spec.staffingHours) this.sim.scheduleAt(this.calendar.nextClockTime(0, h), this.daily, this);
    for (const b of this.spec.policyBoundaries) this.sim.scheduleAt(b, this.once, this);
    // A warm start's officers hand over to the lane's own staffing when their time is up.
    const handovers = new Set<number>();
    for (const l of this.lanes) if (l.spec.initialStaffing) handovers.add(l.spec.initialStaffing.until);
    for (const u of [...handovers].sort((a, b) => a - b)) this.sim.scheduleAt(u, this.once, this);
  }

  private restaff(): void {
    const now = this.sim.now;
    const clock = this.calendar.clock(now);
    const day = Math.floor(clock / DAY);
    // The hour within the day, so that a rounding of clock / DAY cannot pair an hour with the wrong day type.
    const clockHour = Math.min(24 - 1e-9, Math.max(0, (clock - day * DAY) / HOUR));
    const hour = staffingClock(this.calendar.dayTypeOfDay(day), clockHour);
    for (const l of this.lanes) l.staff(hour, now);
    const sec = this.spec.secondary;
    if (sec && this.secondary) setOpen(this.secondary, sec.bays, sec.staffing, hour);
    const img = this.spec.imaging;
    if (img && this.imaging) setOpen(this.imaging, img.scanners, img.staffing, hour);
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
function setOpen(pool: ServerPool, places: number, staffing: StaffingTable | null, hour: number): void {
  const n = Math.min(places, staffing ? officersAt(staffing, hour) : places);
  if (n !== pool.capacity) pool.setCapacity(n);
}
