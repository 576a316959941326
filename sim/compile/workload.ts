// Checks a scenario as a whole before it runs: every derived rate and mean finite, and the work it asks for within the limits.

import type { Scenario } from '../../scenarios/scenario.ts';
import type { Flow } from '../../scenarios/schema.ts';
import { formatPath } from '../../scenarios/load.ts';
import { DEFAULT_RUN_LIMITS, type LimitProblem, type RunLimits } from '../model/limits.ts';
import { compileDistribution } from './distribution.ts';

/** Estimated work of a run: travelers (arrivals and the lines at the start) and events, over every replication. */
export interface WorkEstimate {
  travelers: number;
  events: number;
  replications: number;
}

/** Events a traveler costs: arrival, start and end at primary, hand-offs, secondary for a few (measured: 3 to 4). */
const EVENTS_PER_TRAVELER = 5;
/** Clock events per lane group and hour (meters, staffing changes, lane management checks). */
const CLOCK_EVENTS_PER_LANE_HOUR = 16;

/**
 * The surge segments of a flow within [0, horizon): the product of the factors of the surges
 * that overlap in each (surges multiply), and the largest such product.
 */
function surgeProfile(f: Flow, horizon: number): { extra: number; peak: number } {
  const cuts = [...new Set(f.surges.flatMap((s) => [s.startHour, s.endHour]).filter((h) => h < horizon))].sort((a, b) => a - b);
  let extra = 0;
  let peak = 1;
  for (let i = 0; i < cuts.length; i++) {
    const a = cuts[i];
    const b = Math.min(i + 1 < cuts.length ? cuts[i + 1] : horizon, horizon);
    if (b <= a) continue;
    let product = 1;
    for (const s of f.surges) if (s.startHour <= a && s.endHour >= b) product *= s.factor;
    peak = Math.max(peak, product);
    extra += (product - 1) * (b - a);
  }
  return { extra, peak };
}

/** Largest factor on a flow's daily volume over the days of the week and holidays. */
function peakDayFactor(f: Flow): number {
  return Math.max(...(f.dayOfWeek ?? [1]), f.holidayFactor ?? 0);
}

/**
 * Estimated work of a scenario: each flow's perDay over the horizon at its busiest day factor
 * (an upper bound), with the extra traffic of its surges and the lines at the start, times the
 * replications; and the events that takes.
 */
export function estimateWork(s: Scenario): WorkEstimate {
  let travelers = 0;
  let laneHours = 0;
  const hours = s.horizonHours;
  for (const p of s.ports) {
    for (const f of p.flows) {
      const perHour = (f.perDay * peakDayFactor(f)) / 24;
      travelers += perHour * (hours + surgeProfile(f, hours).extra);
    }
    for (const l of p.laneGroups) travelers += l.initialQueue;
    laneHours += (p.laneGroups.length + 1) * (hours + (s.endOfRun === 'drain' ? s.drainCapHours : 0));
  }
  const replications = s.replications;
  return {
    travelers: travelers * replications,
    events: (travelers * EVENTS_PER_TRAVELER + laneHours * CLOCK_EVENTS_PER_LANE_HOUR) * replications,
    replications,
  };
}

const fmt = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : String(x));

/** Problems with the work a scenario asks for: an estimate over `limits` (each message gives the estimate, the limit and how to lower it). */
export function workProblems(s: Scenario, limits: Partial<RunLimits> = {}): LimitProblem[] {
  const lim = { ...DEFAULT_RUN_LIMITS, ...limits };
  const w = estimateWork(s);
  const path = s.replications > 1 ? 'replications' : 'horizonHours';
  const lower = `lower the replications (${s.replications}; --replications), the horizon (${s.horizonHours} h; --hours) or the flows' perDay`;
  const out: LimitProblem[] = [];
  if (!(w.travelers <= lim.maxTravelers)) {
    out.push({ path, message: `the run would simulate about ${fmt(w.travelers)} travelers (${fmt(w.travelers / w.replications)} per replication × ${w.replications}), more than the ${fmt(lim.maxTravelers)} a run may (about an hour of computing); ${lower}` });
  } else if (!(w.events <= lim.maxEvents)) {
    out.push({ path, message: `the run would process about ${fmt(w.events)} events, more than the ${fmt(lim.maxEvents)} a run may (about an hour of computing); ${lower}` });
  }
  // The lines at the start are all present at once, before any check during the run can stop it.
  const lines = s.ports.flatMap((p, pi) => p.laneGroups.map((l, li) => ({ n: l.initialQueue, path: ['ports', pi, 'laneGroups', li, 'initialQueue'] })));
  const queued = lines.reduce((a, x) => a + x.n, 0);
  if (queued > lim.maxPresent) {
    const biggest = lines.reduce((a, x) => (x.n > a.n ? x : a));
    out.push({ path: formatPath(biggest.path), message: `the lines at the start hold ${fmt(queued)} vehicles in all, more than the ${fmt(lim.maxPresent)} travelers a run may hold at once; expected shorter initial lines` });
  }
  return out;
}

const DISTRIBUTION_KINDS = new Set(['exponential', 'deterministic', 'uniform', 'triangular', 'normal', 'lognormal', 'lognormal-quantiles', 'gamma', 'erlang', 'empirical']);

/**
 * Problems with figures derived from a valid scenario that are not finite numbers: the mean
 * and variance of every distribution, and each flow's peak arrival rate (perDay × its busiest
 * day × the surges that overlap, which multiply).
 */
export function derivedProblems(s: Scenario): LimitProblem[] {
  const out: LimitProblem[] = [];
  // Every distribution, wherever it sits, found by its shape (iteratively: no recursion depth to exhaust).
  const stack: [unknown, (string | number)[]][] = [[s, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push([x, [...path, i]]));
      continue;
    }
    const kind = (v as { kind?: unknown }).kind;
    if (typeof kind === 'string' && DISTRIBUTION_KINDS.has(kind) && ('mean' in v || 'value' in v || 'min' in v || 'median' in v || 'values' in v)) {
      const d = compileDistribution(v as never);
      if (!Number.isFinite(d.mean) || !Number.isFinite(d.variance)) {
        out.push({ path: formatPath(path), message: `this ${kind} distribution has ${!Number.isFinite(d.mean) ? `mean ${d.mean}` : `variance ${d.variance}`}, not a finite number; expected parameters whose mean and variance are finite` });
      }
      continue;
    }
    for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  s.ports.forEach((p, pi) =>
    p.flows.forEach((f, fi) => {
      const { peak } = surgeProfile(f, Infinity);
      const rate = (f.perDay * peakDayFactor(f) * peak) / 24;
      if (!Number.isFinite(rate)) {
        out.push({ path: formatPath(['ports', pi, 'flows', fi, 'surges']), message: `overlapping surges multiply the arrival rate to ${rate} an hour, not a finite number (their factors multiply to ${peak}); expected fewer overlapping surges or smaller factors` });
      }
    }),
  );
  return out;
}
