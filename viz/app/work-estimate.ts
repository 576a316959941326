// How much work a run would be, estimated from the scenario before it starts, so a link or file
// that would run for hours or exhaust the tab's memory is refused with a message instead.
//
// Arrivals drive both: each traveler is simulated (about 10 µs each, measured on the bundled
// scenarios: 6–16 µs), and a line can hold all of a replication's arrivals at once (a traveler
// is ~200 bytes). The result document keeps figures for every lane and hour of every
// replication (about 2.5 kB per lane-hour).

import type { Scenario } from './scenario-types.ts';
import { language, t } from '../i18n/index.ts';
import { formatFixed } from '../i18n/number.ts';

export const LIMITS = {
  /** Arrivals in one replication: what one replication may hold in memory (≈ 1 GB at 200 bytes each). */
  arrivalsPerReplication: 5e6,
  /** Arrivals over all replications: about 10 minutes of simulation at 10 µs each. */
  arrivals: 6e7,
  /** Lane-hours kept in the result (lanes × hours × replications): ≈ 500 MB of figures. */
  laneHours: 2e5,
} as const;

/** Microseconds per simulated arrival, for the time shown in a message. */
export const MICROSECONDS_PER_ARRIVAL = 10;

export interface WorkEstimate {
  arrivalsPerReplication: number;
  arrivals: number;
  laneHours: number;
  seconds: number;
  /** Why the run is refused, or null when it may run. */
  refusal: string | null;
}

function maxProfileShare(profile: unknown): number {
  // The busiest hour's share of the day × 24: how much a surge in that hour can add.
  const days = Array.isArray(profile) ? [profile] : profile && typeof profile === 'object' ? Object.values(profile) : [];
  let best = 1;
  for (const d of days) {
    if (!Array.isArray(d)) continue;
    const sum = d.reduce((a: number, b: number) => a + b, 0);
    if (sum > 0) best = Math.max(best, (Math.max(...d) * 24) / sum);
  }
  return best;
}

/** An upper-end estimate of the arrivals in one replication (the busiest day factor every day, surges at the busiest hour). */
export function arrivalsPerReplication(s: Scenario, horizonHours: number | null = null): number {
  const hours = horizonHours ?? s.horizonHours;
  let total = 0;
  for (const port of s.ports) {
    for (const f of port.flows) {
      const dayFactor = Math.max(1, ...(f.dayOfWeek ?? []), f.holidayFactor ?? 0);
      const perHour = (f.perDay * dayFactor) / 24;
      let extra = 0;
      for (const g of f.surges) extra += Math.max(0, g.factor - 1) * Math.max(0, Math.min(g.endHour, hours) - g.startHour);
      total += perHour * (hours + extra * maxProfileShare(f.hourlyProfile));
    }
  }
  return total;
}

function big(n: number): string {
  // English keeps its comma-grouped figures; Spanish and French take the page's thin-space grouping and decimal comma.
  const en = language() === 'en';
  if (n < 1e6) return en ? Math.round(n).toLocaleString('en') : formatFixed(n, 0);
  if (n < 1e9) return t('app:work.million', { n: en ? (n / 1e6).toLocaleString('en', { maximumFractionDigits: 1 }) : formatFixed(n / 1e6, Number.isInteger(Math.round(n / 1e5) / 10) ? 0 : 1) });
  const e = Math.floor(Math.log10(n));
  return `${formatFixed(n / 10 ** e, 1)} × 10^${e}`;
}

function duration(seconds: number): string {
  if (seconds < 120) return t('app:work.seconds', { n: Math.round(seconds) });
  if (seconds < 7200) return t('app:work.minutes', { n: Math.round(seconds / 60) });
  if (seconds < 2 * 86400) return t('app:work.hours', { n: Math.round(seconds / 3600) });
  if (seconds < 2 * 365 * 86400) return t('app:work.days', { n: Math.round(seconds / 86400) });
  return t('app:work.years', { n: big(seconds / (365 * 86400)) });
}

/** The work a run of `s` would be, and the reason to refuse it when it passes a limit. */
export function estimateWork(s: Scenario, replications: number, horizonHours: number | null = null): WorkEstimate {
  const per = arrivalsPerReplication(s, horizonHours);
  const arrivals = per * replications;
  const lanes = s.ports.reduce((a, p) => a + p.laneGroups.length, 0);
  const laneHours = lanes * (horizonHours ?? s.horizonHours) * replications;
  const seconds = (arrivals * MICROSECONDS_PER_ARRIVAL) / 1e6;
  let refusal: string | null = null;
  if (!Number.isFinite(per) || per > LIMITS.arrivalsPerReplication) {
    refusal = t('app:work.perReplication', { n: big(per), max: big(LIMITS.arrivalsPerReplication) });
  } else if (arrivals > LIMITS.arrivals) {
    refusal = t('app:work.arrivals', { n: big(arrivals), replications, time: duration(seconds), max: big(LIMITS.arrivals), maxTime: duration((LIMITS.arrivals * MICROSECONDS_PER_ARRIVAL) / 1e6) });
  } else if (laneHours > LIMITS.laneHours) {
    refusal = t('app:work.laneHours', { n: big(laneHours), lanes, hours: horizonHours ?? s.horizonHours, replications, max: big(LIMITS.laneHours) });
  }
  return { arrivalsPerReplication: per, arrivals, laneHours, seconds, refusal };
}
