// Active lane management: supervisors watch the lines and open extra booths from a flex pool of officers on duty, as CBP does at busy ports.
//
// Every few minutes each managed lane group's line is read as an expected wait (line ÷ open
// booths × mean time at the booth). Above the opening threshold a closed booth opens with a
// flex officer, the longest line first, while the pool has officers and the hour's openings
// last; below the closing threshold a flex booth closes and its officer returns to the pool.
// The gap between the two thresholds keeps booths from opening and closing at every look.

import type { Simulation } from '../kernel/simulation.ts';
import type { CompiledLaneManagement } from '../model/compiled.ts';
import { officersAt } from '../model/staffing.ts';
import { HOUR, type Calendar } from './calendar.ts';
import type { LaneGroupModel } from './lane-group.ts';

export class LaneManager {
  private openedThisHour = 0;
  private hourIndex = -1;

  constructor(
    private readonly sim: Simulation,
    private readonly spec: CompiledLaneManagement,
    private readonly calendar: Calendar,
    private readonly lanes: readonly LaneGroupModel[],
  ) {}

  start(): void {
    if (this.lanes.length > 0) this.sim.schedule(this.spec.checkEverySeconds, this.check, this);
  }

  /** Flex officers at work now. */
  private inUse(): number {
    let n = 0;
    for (const l of this.lanes) n += l.flex;
    return n;
  }

  private readonly check = (): void => {
    const now = this.sim.now;
    const clock = this.calendar.clock(now);
    const hourIndex = Math.floor(clock / HOUR);
    if (hourIndex !== this.hourIndex) {
      this.hourIndex = hourIndex;
      this.openedThisHour = 0;
    }
    const pool = officersAt(this.spec.flexOfficers, (clock / HOUR) % 24);
    // Officers whose booth is not needed (the lane's own staffing caught up) go back first,
    // then the pool shrinks at a shift change: the shortest lines give theirs up.
    for (const l of this.lanes) {
      while (l.idleFlex > 0) l.flexBy(-1);
    }
    let used = this.inUse();
    while (used > pool) {
      let shortest: LaneGroupModel | null = null;
      for (const l of this.lanes) if (l.flex > 0 && (!shortest || l.lineWait() < shortest.lineWait())) shortest = l;
      shortest!.flexBy(-1);
      used--;
    }
    for (const l of this.lanes) {
      if (l.flex > 0 && l.lineWait() < this.spec.closeBelowSeconds) {
        l.flexBy(-1);
        used--;
      }
    }
    // Open one booth per lane per look, the longest expected wait first.
    const waiting = this.lanes.filter((l) => l.closedBooths > 0 && l.lineWait() > this.spec.openAboveSeconds).sort(longestFirst);
    for (const l of waiting) {
      if (used >= pool || this.openedThisHour >= this.spec.maxOpeningsPerHour) break;
      l.flexBy(1);
      used++;
      this.openedThisHour++;
    }
    this.sim.schedule(this.spec.checkEverySeconds, this.check, this);
  };
}

/** Longest expected wait first; ties (and lines at closed lanes, Infinity) in scenario order. */
function longestFirst(a: LaneGroupModel, b: LaneGroupModel): number {
  const wa = a.lineWait();
  const wb = b.lineWait();
  return wa > wb ? -1 : wa < wb ? 1 : a.index - b.index;
}
