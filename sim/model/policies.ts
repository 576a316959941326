// Policy windows (alerts, no-primary, joint inspection …) of one lane group, and what they change at a given time.

import type { Sampler } from '../random/samplers.ts';
import type { Eligibility } from './vocabulary.ts';

export interface NoPrimaryRule {
  programs: readonly Eligibility[];
  pass: Sampler;
  judgment: number;
}

/** A policy window, times in seconds from the start of the run. */
export interface CompiledPolicy {
  start: number;
  end: number;
  randomReferral: number | null;
  primaryTimeFactor: number | null;
  extraOfficers: number;
  trustedSuspended: boolean;
  noPrimary: NoPrimaryRule | null;
}

const active = (w: CompiledPolicy, t: number) => t >= w.start && t < w.end;

/** The highest random referral rate any active window imposes, or −1. */
export function alertReferral(ws: readonly CompiledPolicy[], t: number): number {
  let r = -1;
  for (const w of ws) if (active(w, t) && w.randomReferral !== null && w.randomReferral > r) r = w.randomReferral;
  return r;
}

export function primaryTimeFactor(ws: readonly CompiledPolicy[], t: number): number {
  let f = 1;
  for (const w of ws) if (active(w, t) && w.primaryTimeFactor !== null) f *= w.primaryTimeFactor;
  return f;
}

export function extraOfficers(ws: readonly CompiledPolicy[], t: number): number {
  let n = 0;
  for (const w of ws) if (active(w, t)) n += w.extraOfficers;
  return n;
}

/** Trusted-program lanes are suspended: the lane group works as a general lane. */
export function trustedSuspended(ws: readonly CompiledPolicy[], t: number): boolean {
  for (const w of ws) if (active(w, t) && w.trustedSuspended) return true;
  return false;
}

/** The no-primary rule in force for a traveler in `program`, if any. */
export function noPrimaryRule(ws: readonly CompiledPolicy[], t: number, program: Eligibility): NoPrimaryRule | null {
  for (const w of ws) if (w.noPrimary && active(w, t) && w.noPrimary.programs.includes(program)) return w.noPrimary;
  return null;
}
