// The "levers": changes a student or planner makes without editing a file, applied to a validated scenario.

import { officersAt } from '../../sim/index.ts';
import type { Flow, LaneGroup, Scenario } from './scenario-types.ts';
import { lanesOf } from './scenario-types.ts';
import { peakOf, scaleStaffing, staffingOf } from './staffing.ts';
import { t } from '../i18n/index.ts';
import { fmtAuto } from './format.ts';

export interface Levers {
  /** Booths by lane key. */
  booths?: Record<string, number>;
  /** Officers on duty at the busiest hour, by lane key; every hour scales by the same factor. */
  peakOfficers?: Record<string, number>;
  /** Staffing painted on the grid, by lane key (24 numbers). Applied before peakOfficers. */
  byHour?: Record<string, number[]>;
  /** Share of the reference flow enrolled in SENTRI, NEXUS or Ready (0–1); other flows scale alike. */
  enrolled?: number;
  /** Random referral rate on every lane group (0–1). */
  referral?: number;
  /** "Heightened alert" for the whole run: the engine's heightened-alert policy window (see ALERT). */
  alert?: boolean;
}

/**
 * What the alert toggle means: every primary inspection takes 2.06 times as long (70 s
 * instead of 34 s, every trunk opened — Villegas et al. 2006) and 10 % of travelers are
 * referred at random, trusted lanes kept open.
 */
export const ALERT = { primaryTimeFactor: 2.06, randomReferral: 0.1 } as const;
const TRUSTED = ['sentri', 'nexus', 'ready'] as const;

export function isEmpty(l: Levers): boolean {
  return (
    !l.alert &&
    l.referral === undefined &&
    l.enrolled === undefined &&
    Object.keys(l.booths ?? {}).length === 0 &&
    Object.keys(l.peakOfficers ?? {}).length === 0 &&
    Object.keys(l.byHour ?? {}).length === 0
  );
}

/** Trusted-program share (SENTRI + NEXUS + Ready) of a flow. */
export function trustedShare(flow: Flow): number {
  return TRUSTED.reduce((sum, p) => sum + (flow.programs[p] ?? 0), 0);
}

/** The busiest flow that has trusted-program members: the one the enrollment slider speaks about. */
export function referenceFlow(s: Scenario): Flow | null {
  let best: Flow | null = null;
  for (const port of s.ports) for (const f of port.flows) if (trustedShare(f) > 0 && (!best || f.perDay > best.perDay)) best = f;
  return best;
}

/** Mean random-referral rate over lane groups (what the referral slider starts from). */
export function meanReferral(s: Scenario): number {
  const lanes = lanesOf(s);
  return lanes.reduce((sum, l) => sum + l.lane.referral.random, 0) / Math.max(1, lanes.length);
}

/** The lane group's staffing after the booth and grid levers (what the officer slider scales). */
export function staffingBeforeScale(lane: LaneGroup, key: string, l: Levers): LaneGroup['officers'] {
  const painted = l.byHour?.[key];
  if (painted) return { byHour: painted.slice() };
  return lane.officers;
}

/** Applies the levers; returns a plain object to validate again (a change can make a scenario invalid, e.g. referrals with no secondary). */
export function applyLevers(base: Scenario, l: Levers, name: string): Scenario {
  const s = structuredClone(base);
  s.name = name;
  for (const { key, lane } of lanesOf(s)) {
    const booths = l.booths?.[key];
    if (booths !== undefined) lane.booths = booths;
    const officers = staffingBeforeScale(lane, key, l);
    if (officers !== lane.officers) lane.officers = officers;
    const peak = l.peakOfficers?.[key];
    if (peak !== undefined) {
      const current = staffingOf(lane);
      const currentPeak = peakOf(current);
      lane.officers = currentPeak > 0 ? scaleStaffing(current, peak / currentPeak) : { constant: peak };
    }
    if (l.referral !== undefined) lane.referral = { ...lane.referral, random: l.referral };
  }
  if (l.alert) {
    s.policies = [
      ...s.policies,
      { id: 'alert-toggle', kind: 'heightened-alert', startHour: 0, endHour: s.horizonHours, primaryTimeFactor: ALERT.primaryTimeFactor, randomReferral: ALERT.randomReferral, trustedLanes: 'kept' },
    ];
  }
  if (l.enrolled !== undefined) scaleEnrollment(s, l.enrolled);
  return s;
}

function scaleEnrollment(s: Scenario, target: number): void {
  const ref = referenceFlow(s);
  if (!ref) return;
  const factor = target / trustedShare(ref);
  for (const port of s.ports) {
    for (const f of port.flows) {
      const trusted = trustedShare(f);
      if (trusted === 0) continue;
      const other = (f.programs.fast ?? 0);
      // Never enroll more than everyone: scale down if the new shares would pass 1.
      const room = Math.max(0, 1 - other);
      const k = Math.min(factor, room / trusted);
      const programs = { ...f.programs };
      for (const p of TRUSTED) if (programs[p] !== undefined) programs[p] = round6((programs[p] ?? 0) * k);
      f.programs = programs;
    }
  }
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Officers on duty each clock hour after the levers, for the grid. */
export function hourlyAfter(lane: LaneGroup): number[] {
  const st = staffingOf(lane);
  return Array.from({ length: 24 }, (_, h) => officersAt(st, h));
}

/** One line per lever that changes something, for the card and the download's description. */
export function describeLevers(base: Scenario, l: Levers): string[] {
  const out: string[] = [];
  for (const { key, lane } of lanesOf(base)) {
    const name = lane.label ?? lane.id;
    const b = l.booths?.[key];
    if (b !== undefined && b !== lane.booths) out.push(t('staffing:describe.booths', { lane: name, n: b, was: lane.booths }));
    if (l.byHour?.[key]) out.push(t('staffing:describe.painted', { lane: name }));
    const p = l.peakOfficers?.[key];
    if (p !== undefined) out.push(t('staffing:describe.officers', { lane: name, n: p, was: peakOf(staffingOf(lane)) }));
  }
  if (l.enrolled !== undefined) {
    const ref = referenceFlow(base);
    if (ref) out.push(t('staffing:describe.enrolled', { pct: Math.round(l.enrolled * 100), flow: ref.label ?? ref.id, was: Math.round(trustedShare(ref) * 100) }));
  }
  if (l.referral !== undefined) out.push(t('staffing:describe.referral', { pct: Math.round(l.referral * 100) }));
  if (l.alert) out.push(alertText());
  return out;
}

/** What the heightened-alert lever does, without its name ("primary inspections 1.5× longer and …"). */
export function alertWhat(): string {
  return t('staffing:levers.alertWhat', { factor: fmtAuto(ALERT.primaryTimeFactor), pct: fmtAuto(ALERT.randomReferral * 100) });
}

export function alertText(): string {
  return t('staffing:describe.alert', { what: alertWhat() });
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/**
 * Why a value read from a link is not a set of levers (wrong shape, a number out of range, a
 * key that would reach a prototype), or null when it is one. The scenario the levers make is
 * validated again by the schema; this keeps a malformed link from reaching that far.
 */
export function checkLevers(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `levers: expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`;
  const l = value as Record<string, unknown>;
  const known = ['booths', 'peakOfficers', 'byHour', 'enrolled', 'referral', 'alert'];
  for (const k of Object.keys(l)) if (!known.includes(k)) return `levers.${k}: unknown lever (expected one of ${known.join(', ')})`;
  const count = (x: unknown, max: number) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
  const byLane = (name: string, ok: (x: unknown) => boolean, expected: string): string | null => {
    const r = l[name];
    if (r === undefined) return null;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return `levers.${name}: expected an object keyed by lane ("port/lane")`;
    for (const [key, x] of Object.entries(r)) {
      if (FORBIDDEN.includes(key)) return `levers.${name}: key "${key}" is not allowed`;
      if (!ok(x)) return `levers.${name}["${key}"]: expected ${expected}`;
    }
    return null;
  };
  const share = (name: string): string | null => {
    const x = l[name];
    return x === undefined || (typeof x === 'number' && x >= 0 && x <= 1) ? null : `levers.${name}: expected a share from 0 to 1`;
  };
  return (
    byLane('booths', (x) => count(x, 1000), 'a whole number of booths from 0 to 1000') ??
    byLane('peakOfficers', (x) => count(x, 1000), 'a whole number of officers from 0 to 1000') ??
    byLane('byHour', (x) => Array.isArray(x) && x.length === 24 && x.every((n) => count(n, 1000)), '24 whole numbers of officers from 0 to 1000') ??
    share('enrolled') ??
    share('referral') ??
    (l.alert === undefined || typeof l.alert === 'boolean' ? null : 'levers.alert: expected true or false')
  );
}
