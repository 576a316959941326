// Screening decisions at a port: radiation monitors, imaging, targeting, random selection, officer judgment, secondary inspection types.
//
// Pure functions of the traveler's pre-drawn uniforms and the port's configuration, so a
// decision can be read (and tested) without running a simulation.

import * as fm from '../math/index.ts';
import type { Port } from '../../scenarios/schema.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { compile } from '../random/distributions.ts';
import type { Sampler } from '../random/samplers.ts';
import type { ReferralReason, Traveler } from './traveler.ts';

/** A secondary inspection type, compiled. −1 in `Traveler.inspection` is the port's default inspection. */
export interface InspectionModel {
  id: string;
  kind: string;
  modes: string[] | null;
  weight: number;
  minutes: Sampler;
  /** Detection probability by contraband type index. */
  detection: number[];
}

export interface ScreeningModel {
  /** Radiation monitors: lanes with portals, and what they do. */
  rpm: { lanes: Set<string> | null; passSeconds: number; detection: number; nuisance: Record<string, number>; resolution: Sampler } | null;
  imaging: { share: Record<string, number>; detection: number[]; scan: Sampler } | null;
  /** The default secondary inspection (when no types are listed). */
  secondary: { minutes: Sampler; detection: number[] } | null;
  inspections: InspectionModel[];
  /** d′: how far carriers' risk scores sit above innocent travelers'. */
  signal: number;
  radiological: boolean[];
}

/** Detection probabilities by contraband type index from a default and per-type overrides. */
export function byType(types: Scenario['contrabandTypes'], probability: number, overrides: Record<string, number> = {}): number[] {
  return types.map((t) => overrides[t.id] ?? probability);
}

export function compileScreening(port: Port, scenario: Scenario): ScreeningModel {
  const types = scenario.contrabandTypes;
  const rpm = port.radiationMonitors;
  const img = port.imaging;
  const sec = port.secondary;
  return {
    rpm: rpm
      ? {
          lanes: rpm.lanes ? new Set(rpm.lanes) : null,
          passSeconds: rpm.passSeconds,
          detection: rpm.detection,
          nuisance: rpm.nuisanceRate as Record<string, number>,
          resolution: compile(rpm.resolutionMinutes),
        }
      : null,
    imaging: img
      ? { share: img.share as Record<string, number>, detection: byType(types, img.detection.probability, img.detection.byType), scan: compile(img.scanMinutes) }
      : null,
    secondary: sec ? { minutes: compile(sec.minutes), detection: byType(types, sec.detection) } : null,
    inspections: (sec?.inspections ?? []).map((ins) => ({
      id: ins.id,
      kind: ins.kind,
      modes: ins.modes ?? null,
      weight: ins.weight,
      minutes: compile(ins.minutes),
      detection: byType(types, ins.detection.probability, ins.detection.byType),
    })),
    signal: port.risk.signal,
    radiological: types.map((t) => t.radiological),
  };
}

/** Radiation portal: sets `rpmAlarm`/`rpmTrue` on a traveler passing a monitored lane. */
export function radiationCheck(s: ScreeningModel, t: Traveler, mode: string): void {
  const rpm = s.rpm!;
  if (t.contraband && s.radiological[t.type]) {
    t.rpmTrue = t.uAlarm < rpm.detection;
    t.rpmAlarm = t.rpmTrue;
  } else {
    t.rpmTrue = false;
    t.rpmAlarm = t.uAlarm < (rpm.nuisance[mode] ?? 0);
  }
}

export interface ReferralRule {
  /** The lane's own random referral rate. */
  random: number;
  /** A policy's random referral rate in force (−1 if none). */
  alert: number;
  /** Targeting threshold on the risk score, or null. */
  threshold: number | null;
  /** Probability the officer spots this traveler's contraband during this inspection. */
  judgment: number;
}

/**
 * The first reason that applies, in the order things happen to a vehicle: the radiation
 * portal, the imaging result, targeting (advance information), random selection, a raised
 * random rate under an alert, then the officer's judgment at the booth.
 */
export function referralReason(t: Traveler, rule: ReferralRule): ReferralReason | null {
  if (t.rpmAlarm) return 'rpm';
  if (t.imagingFlag) return 'imaging';
  if (rule.threshold !== null && t.risk >= rule.threshold) return 'targeting';
  if (t.uReferral < rule.random) return 'random';
  if (t.uReferral < rule.alert) return 'alert';
  if (t.contraband && t.uJudgment < rule.judgment) return 'judgment';
  return null;
}

/** Officer judgment for an inspection of `seconds` when the average is `mean`: p, or 1 − (1 − p)^(seconds/mean) if time-dependent. */
export function judgmentProbability(p: number, timeDependent: boolean, seconds: number, mean: number): number {
  if (!timeDependent || mean <= 0) return p;
  return 1 - fm.pow(1 - p, seconds / mean);
}

/** The secondary inspection type for a referred traveler (by weight among those for its mode), or −1 for the default. */
export function chooseInspection(s: ScreeningModel, t: Traveler, mode: string): number {
  if (s.inspections.length === 0) return -1;
  let total = 0;
  for (const ins of s.inspections) if (!ins.modes || ins.modes.includes(mode)) total += ins.weight;
  if (total <= 0) return -1;
  let target = t.uInspection * total;
  let last = -1;
  for (let i = 0; i < s.inspections.length; i++) {
    const ins = s.inspections[i];
    if (ins.modes && !ins.modes.includes(mode)) continue;
    last = i;
    target -= ins.weight;
    if (target < 0) return i;
  }
  return last;
}

/** Duration (minutes) and seizure of a secondary inspection. */
export function secondaryOutcome(s: ScreeningModel, t: Traveler, minutesRng: () => number): { minutes: number; seized: boolean } {
  if (t.referral === 'rpm' && s.rpm) {
    // Resolving an alarm identifies the radiation source; it is not a search for anything else.
    return { minutes: s.rpm.resolution.sample(minutesRng), seized: t.rpmTrue };
  }
  const ins = t.inspection >= 0 ? s.inspections[t.inspection] : null;
  const minutes = ins ? ins.minutes.sample(minutesRng) : s.secondary!.minutes.sample(minutesRng);
  const p = t.contraband ? (ins ? ins.detection[t.type] : s.secondary!.detection[t.type]) : 0;
  return { minutes, seized: t.contraband && t.uSeizure < p };
}
