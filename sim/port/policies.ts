// Which policy windows (alerts, no-primary, joint inspection …) apply to a lane group, and what they change at a given time.

import type { PolicyWindow } from '../../scenarios/screening-schema.ts';
import type { Eligibility, LaneGroup } from '../../scenarios/schema.ts';
import { HOUR } from './calendar.ts';
import { compile } from '../random/distributions.ts';
import type { Sampler } from '../random/samplers.ts';

/** A no-primary rule with its pass time compiled. */
export interface NoPrimaryRule {
  programs: readonly Eligibility[];
  pass: Sampler;
  judgment: number;
}

const TRUSTED_KINDS = new Set(['ready', 'nexus', 'sentri', 'fast', 'pedestrian-ready', 'pedestrian-sentri']);

export function isTrustedKind(kind: string): boolean {
  return TRUSTED_KINDS.has(kind);
}

/** The policy windows of one lane group, with time in seconds from the start of the run. */
export class LanePolicies {
  private readonly windows: { start: number; end: number; p: PolicyWindow; noPrimary: NoPrimaryRule | null }[];

  constructor(all: PolicyWindow[], portId: string, lane: LaneGroup) {
    this.windows = all
      .filter((p) => (!p.ports || p.ports.includes(portId)) && (!p.lanes || p.lanes.includes(lane.id)) && (!p.direction || p.direction === lane.direction))
      .map((p) => ({
        start: p.startHour * HOUR,
        end: p.endHour * HOUR,
        p,
        noPrimary: p.noPrimary ? { programs: p.noPrimary.programs, pass: compile(p.noPrimary.passSeconds), judgment: p.noPrimary.judgment } : null,
      }));
  }

  get any(): boolean {
    return this.windows.length > 0;
  }

  /** Instants (seconds) when something about staffing or lane use changes. */
  boundaries(): number[] {
    return this.windows.filter((w) => w.p.extraOfficers || w.p.trustedLanes === 'suspended').flatMap((w) => [w.start, w.end]);
  }

  /** The highest random referral rate any active window imposes, or −1. */
  randomReferral(t: number): number {
    let r = -1;
    for (const w of this.windows) if (t >= w.start && t < w.end && w.p.randomReferral !== undefined && w.p.randomReferral > r) r = w.p.randomReferral;
    return r;
  }

  primaryTimeFactor(t: number): number {
    let f = 1;
    for (const w of this.windows) if (t >= w.start && t < w.end && w.p.primaryTimeFactor !== undefined) f *= w.p.primaryTimeFactor;
    return f;
  }

  extraOfficers(t: number): number {
    let n = 0;
    for (const w of this.windows) if (t >= w.start && t < w.end && w.p.extraOfficers) n += w.p.extraOfficers;
    return n;
  }

  /** Trusted-program lanes are suspended: the lane group works as a general lane. */
  suspended(t: number): boolean {
    for (const w of this.windows) if (t >= w.start && t < w.end && w.p.trustedLanes === 'suspended') return true;
    return false;
  }

  /** The no-primary rule in force for a traveler in `program`, if any. */
  noPrimary(t: number, program: Eligibility): NoPrimaryRule | null {
    for (const w of this.windows) {
      const np = w.noPrimary;
      if (np && t >= w.start && t < w.end && np.programs.includes(program)) return np;
    }
    return null;
  }
}
