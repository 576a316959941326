// A compiled lane group: booths, staffing, inspection times, referral and detection settings, policy windows.

import type { Sampler } from '../random/samplers.ts';
import type { CompiledPolicy } from './policies.ts';
import type { StaffingTable } from './staffing.ts';
import type { Direction, Eligibility, Mode } from './vocabulary.ts';

/**
 * A lane group of a `CompiledPort`: booths, officers by clock hour (`staffing`; null: one per booth
 * around the clock), primary inspection time samplers in seconds, referral (`threshold` null
 * without risk targeting), detection by contraband type, and the policy windows that apply.
 */
export interface CompiledLane {
  index: number;
  id: string;
  kind: string;
  label: string;
  direction: Direction;
  modes: Mode[];
  programs: Eligibility[];
  /** A trusted-program lane (it may be suspended by a policy window). */
  trusted: boolean;
  /** Fewer programs admitted = more exclusive; a loyal member takes the most exclusive lane. */
  exclusivity: number;
  booths: number;
  perBooth: boolean;
  /** A closing booth's officer finishes the vehicle on overtime (else hands it over). */
  finishOnOvertime: boolean;
  discipline: 'pooled' | 'per-booth';
  /** Officers on duty by clock hour (null: one per booth, around the clock). */
  staffing: StaffingTable | null;
  /**
   * Primary inspection time (seconds) by flow index of this port, then by program index
   * (ELIGIBILITIES order): a flow's own time if the scenario gives one, else its program's,
   * else the lane group's.
   */
  service: Sampler[][];
  /** … and for flows of other ports (travelers who switched here), by program index. */
  defaultService: Sampler[];
  /**
   * Stacked booths: each booth's time at the booth is multiplied by boothsPerLane ÷
   * throughputPerLane (1 when not stacked), so a lane clears throughputPerLane booths' worth.
   */
  stackFactor: number;
  /** Booths per lane (1 when not stacked); lanes open = open booths ÷ this. */
  boothsPerLane: number;
  /** Extra booths may be opened here from the port's flex pool (active lane management). */
  managed: boolean;
  /** Mean primary time weighted by the daily volume of the flows it may serve. */
  meanPrimarySeconds: number;
  /** The general lane group whose inspection times apply while this trusted lane is suspended, or −1. */
  generalTwin: number;
  referral: { random: number; threshold: number | null };
  detection: { byType: number[]; timeDependent: boolean };
  initialQueue: number;
  /** Warm start: officers on duty from the start of the run until `until` (seconds), in place of `staffing`; null: none. */
  initialStaffing: { officers: number; until: number } | null;
  policies: CompiledPolicy[];
}

