// One traveler (a vehicle with its occupants, or a person on foot) crossing a port.
//
// Random outcomes are drawn as uniforms when the traveler arrives, from its flow's
// attribute stream, always the same number of them. The lane and the officer turn a
// uniform into a service time or a decision, so the same traveler gets the same luck in
// two scenarios compared side by side (common random numbers per traveler).

import type { Eligibility } from '../../scenarios/schema.ts';

export type ReferralReason = 'random' | 'judgment';
export const REFERRAL_REASONS: readonly ReferralReason[] = ['random', 'judgment'];

export interface Traveler {
  id: number;
  flow: number;
  program: Eligibility;
  contraband: boolean;
  occupants: number;
  arrivedAt: number;
  /** Counted in the statistics (arrived after the warm-up). */
  measured: boolean;
  lane: number;
  /** Booth whose line it joined (per-booth lanes) or -1. */
  booth: number;
  /** Handle of its request in line, to move it if the line closes. */
  request: number;
  primaryStart: number;
  primaryEnd: number;
  referral: ReferralReason | null;
  secondaryStart: number;
  secondaryEnd: number;
  seized: boolean;
  // Pre-drawn uniforms (see above).
  uPrimary: number;
  uReferral: number;
  uJudgment: number;
  uSecondary: number;
  uSeizure: number;
}
