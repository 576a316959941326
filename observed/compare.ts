// Simulated hourly waits beside observed ones, by CBP lane class: the mapping from lane classes to a
// scenario's lane groups, and the `borderflow-wait-comparison` document.
//
// Reads a result document only through the small structural view below, so this folder stays
// beside the scenario schema and knows nothing of the engine (the t quantile comes from the generic
// statistics building blocks).

import { modesOf } from '../scenarios/lane-defaults.ts';
import { studentTQuantile } from '../sim/stats/student-t.ts';
import type { Scenario } from '../scenarios/scenario.ts';
import type { LaneKind } from '../scenarios/schema.ts';
import type { ObservedDayType, ObservedFormat, ObservedLaneType, ObservedWaits } from './observations.ts';

/**
 * Whether a lane group (its `kind` and the modes it serves) reports as a CBP lane class: each class
 * maps to the lane kind of the same name; `commercial-general` is a general lane serving trucks,
 * `general` one that does not; `fast` and `commercial-fast` are the fast lanes.
 */
export function laneMatches(laneType: ObservedLaneType, lane: { kind: LaneKind; modes: readonly string[] }): boolean {
  const trucks = lane.modes.includes('truck');
  switch (laneType) {
    case 'general':
      return lane.kind === 'general' && !trucks;
    case 'commercial-general':
      return lane.kind === 'general' && trucks;
    case 'fast':
    case 'commercial-fast':
      return lane.kind === 'fast';
    default:
      return lane.kind === laneType;
  }
}

/** The lane groups (`port/lane` ids) of a scenario that report as a CBP lane class. */
export function laneGroupsOfType(scenario: Scenario, laneType: ObservedLaneType): { port: number; lane: number; id: string }[] {
  const out: { port: number; lane: number; id: string }[] = [];
  scenario.ports.forEach((p, pi) =>
    p.laneGroups.forEach((l, li) => {
      if (laneMatches(laneType, { kind: l.kind, modes: modesOf(l) })) out.push({ port: pi, lane: li, id: `${p.id}/${l.id}` });
    }),
  );
  return out;
}

/** The part of a result document the comparison reads: each replication's lane-group hourly waits and arrivals. */
export interface HourlyWaitsView {
  scenario: { name: string; hash: string; horizonHours: number; warmupHours: number };
  seed: number;
  replications: number;
  runs: { ports: { lanes: { byHour: { arrived: number; wait: { mean: number | null } }[] }[] }[] }[];
}

/** Simulated mean wait at one hour: mean over replications, with its 95 % interval (null with one replication). */
export interface SimulatedWait {
  mean: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/** One lane class at one clock hour: observed (mean of its observations), simulated, and simulated − observed. */
export interface WaitComparisonRow {
  hour: number;
  observed: number;
  /** Observations averaged into `observed`. */
  observations: number;
  simulated: SimulatedWait | null;
  difference: number | null;
}

/** One lane class: its lane groups, hourly rows, and agreement over the hours with both figures. */
export interface LaneTypeComparison {
  laneType: ObservedLaneType;
  /** Lane groups of the scenario of this class, `port/lane`; empty when the scenario has none. */
  laneGroups: string[];
  rows: WaitComparisonRow[];
  /** Hours with both an observed and a simulated figure. */
  hoursCompared: number;
  /** Pearson correlation of the hourly profiles; null under 3 hours or a flat profile. */
  correlation: number | null;
  /** Mean of |simulated − observed|, minutes. */
  meanAbsoluteError: number | null;
  /** Observed mean ÷ simulated mean over the compared hours. */
  ratio: number | null;
}

/** The `format` of a wait comparison document. */
export const WAIT_COMPARISON_FORMAT = 'borderflow-wait-comparison';

/**
 * Simulated waits beside observed ones: the scenario run (name, hash, seed, replications, hours),
 * the observed file and its format, and one entry per lane class present in the observations.
 * Waits in minutes; `difference` is simulated − observed; the simulated figure pools the lane
 * groups of the class weighted by arrivals, replication by replication, over all simulated days.
 */
export interface WaitComparisonDocument {
  format: typeof WAIT_COMPARISON_FORMAT;
  version: 1;
  scenario: { file: string; name: string; hash: string; horizonHours: number; warmupHours: number; seed: number; replications: number };
  /** The observed file, its format, the observations read and, when they were selected by day type, that day type. */
  observed: { file: string; format: ObservedFormat; observations: number; dayType?: ObservedDayType };
  laneTypes: LaneTypeComparison[];
}

/**
 * Builds the wait comparison of a run of `scenario` (its result document `doc`) against observed
 * waits. `files.dayType` records that the observations were selected by day type (the simulated
 * figure still pools every measured day: simulate days of that type).
 */
export function compareWaits(
  scenario: Scenario,
  doc: HourlyWaitsView,
  observed: ObservedWaits,
  files: { scenario: string; dayType?: ObservedDayType },
): WaitComparisonDocument {
  const byType = new Map<ObservedLaneType, Map<number, number[]>>();
  for (const o of observed.observations) {
    if (o.waitMinutes === null) continue;
    let hours = byType.get(o.laneType);
    if (!hours) byType.set(o.laneType, (hours = new Map()));
    const list = hours.get(o.hour) ?? [];
    list.push(o.waitMinutes);
    hours.set(o.hour, list);
  }
  const laneTypes: LaneTypeComparison[] = [];
  for (const [laneType, hours] of byType) {
    const groups = laneGroupsOfType(scenario, laneType);
    const rows = [...hours.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([hour, values]): WaitComparisonRow => {
        const observedMean = values.reduce((a, b) => a + b, 0) / values.length;
        const simulated = groups.length > 0 ? simulatedAt(doc, groups, hour) : null;
        return { hour, observed: observedMean, observations: values.length, simulated, difference: simulated ? simulated.mean - observedMean : null };
      });
    const both = rows.filter((r) => r.simulated !== null);
    const obs = both.map((r) => r.observed);
    const sim = both.map((r) => r.simulated!.mean);
    const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
    laneTypes.push({
      laneType,
      laneGroups: groups.map((g) => g.id),
      rows,
      hoursCompared: both.length,
      correlation: pearson(obs, sim),
      meanAbsoluteError: both.length > 0 ? mean(both.map((r) => Math.abs(r.difference!))) : null,
      ratio: both.length > 0 && mean(sim) > 0 ? mean(obs) / mean(sim) : null,
    });
  }
  return {
    format: WAIT_COMPARISON_FORMAT,
    version: 1,
    scenario: { file: files.scenario, name: doc.scenario.name, hash: doc.scenario.hash, horizonHours: doc.scenario.horizonHours, warmupHours: doc.scenario.warmupHours, seed: doc.seed, replications: doc.replications },
    observed: { file: observed.file, format: observed.format, observations: observed.observations.length, ...(files.dayType ? { dayType: files.dayType } : {}) },
    laneTypes,
  };
}

/** Each replication's arrival-weighted mean wait over the lane groups at `hour`, then their mean and t interval. */
function simulatedAt(doc: HourlyWaitsView, groups: { port: number; lane: number }[], hour: number): SimulatedWait | null {
  const perRun: number[] = [];
  for (const run of doc.runs) {
    let sum = 0;
    let n = 0;
    for (const g of groups) {
      const h = run.ports[g.port].lanes[g.lane].byHour[hour];
      if (h && h.arrived > 0 && h.wait.mean !== null) {
        sum += h.wait.mean * h.arrived;
        n += h.arrived;
      }
    }
    if (n > 0) perRun.push(sum / n);
  }
  const k = perRun.length;
  if (k === 0) return null;
  const mean = perRun.reduce((a, b) => a + b, 0) / k;
  if (k < 2) return { mean, ciLow: null, ciHigh: null };
  const sd = Math.sqrt(perRun.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1));
  const half = studentTQuantile(0.975, k - 1) * (sd / Math.sqrt(k));
  return { mean, ciLow: mean - half, ciHigh: mean + half };
}

/** Pearson correlation of two equally long series; null under 3 points or when either is flat. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3 || y.length !== n) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
