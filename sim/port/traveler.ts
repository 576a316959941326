// One traveler (a vehicle with its occupants, or a person on foot, or a truck and its shipment) crossing a port.
//
// Random outcomes are drawn as uniforms when the traveler arrives, from its flow's
// attribute stream, always the same number of them. Lanes, officers and policies turn a
// uniform into a service time or a decision, so the same traveler gets the same luck in
// two scenarios compared side by side (common random numbers per traveler).

import type { Eligibility } from '../../scenarios/schema.ts';
import type { GroupStats } from './group-stats.ts';

/** Why a traveler was sent to secondary, in the order reasons are checked (the first that applies is recorded). */
export const REFERRAL_REASONS = ['rpm', 'imaging', 'targeting', 'alert', 'random', 'judgment'] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

export interface Traveler {
  id: number;
  /** Port whose demand it is (its flow belongs there). */
  originPort: number;
  /** Port where it crosses (differs after switching or displacement). */
  port: number;
  flow: number;
  flowId: string;
  program: Eligibility;
  /** Program used for lane eligibility (regulated goods lose FAST). */
  laneProgram: Eligibility;
  /** Contraband type index, or −1 for none. */
  type: number;
  contraband: boolean;
  occupants: number;
  /** Risk score: standard normal, shifted by the port's signal for carriers (NaN until targeting reads it). */
  risk: number;
  uRisk: number;
  precleared: boolean;
  adaptive: boolean;
  switched: boolean;
  displaced: boolean;
  deterred: boolean;
  /** A smuggler who put the crossing off to a clock hour where detection looks lower. */
  retimed: boolean;
  arrivedAt: number;
  /** Counted in the statistics (arrived after the warm-up). */
  measured: boolean;
  lane: number;
  /** Booth whose line it joined (per-booth lanes) or −1. */
  booth: number;
  request: number;
  /** Its booth closed during its inspection and the officer stayed on overtime to finish. */
  overtime: boolean;
  /** Lane a smuggler picked, or −1. */
  preferredLane: number;
  scanned: boolean;
  imagingFlag: boolean;
  rpmAlarm: boolean;
  /** The alarm was set off by radiological contraband (not a nuisance alarm). */
  rpmTrue: boolean;
  /** Passed the booth without an inspection (no-primary policy or pre-cleared cargo). */
  passed: boolean;
  /** Chance an officer still spots contraband on a traveler who passed without a stop. */
  passJudgment: number;
  primaryStart: number;
  primaryEnd: number;
  referral: ReferralReason | null;
  /** Secondary inspection type index (−1: the default inspection or alarm resolution). */
  inspection: number;
  secondaryStart: number;
  secondaryEnd: number;
  seized: boolean;
  /** Every statistics group it counts in (port, lane, flow, hour …), set when it enters a port. */
  groups: GroupStats[];
  // Pre-drawn uniforms (see above).
  uPrimary: number;
  uReferral: number;
  uJudgment: number;
  uSecondary: number;
  uSeizure: number;
  uInspection: number;
  uScan: number;
  uImage: number;
  uAlarm: number;
  uChoice: number;
  uChoice2: number;
  uDeter: number;
}
