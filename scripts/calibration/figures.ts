// The figures of a calibration report, worked out from one run of a scenario: mean waits by CBP lane
// type (with 95 % intervals over replications), hourly profiles with their bands, volumes, the exact
// M/M/c wait where a scenario is one, and the comparison with observed hourly waits.
//
// Every figure is a pure function of the result document, so the drift test re-runs a scenario
// with the recorded seed and replications and recomputes the very same figures.

import {
  compareWaits,
  mmc,
  modesOf,
  summarize,
  type HourlyWaitsView,
  type ObservedLaneType,
  type ObservedWaits,
  type ResultDocument,
  type Scenario,
  type WaitComparisonDocument,
} from '../../sim/index.ts';
import { targetsFor, toleranceOf, type PortTargets, type PublishedFigure } from './targets.ts';

/** The lane type a lane group reports as (CBP's classes; `bus` and `custom` as themselves). */
export function laneTypeOf(lane: Scenario['ports'][number]['laneGroups'][number]): string {
  const trucks = modesOf(lane).includes('truck');
  if (lane.kind === 'general') return trucks ? 'commercial-general' : 'general';
  if (lane.kind === 'fast') return trucks ? 'commercial-fast' : 'fast';
  return lane.kind;
}

/** The northbound lane groups of a port, grouped by lane type in the order they first appear. */
export function laneTypesOfPort(scenario: Scenario, portIndex: number): { laneType: string; lanes: number[] }[] {
  const out: { laneType: string; lanes: number[] }[] = [];
  scenario.ports[portIndex].laneGroups.forEach((l, li) => {
    if (l.direction === 'southbound') return;
    const t = laneTypeOf(l);
    const entry = out.find((e) => e.laneType === t);
    if (entry) entry.lanes.push(li);
    else out.push({ laneType: t, lanes: [li] });
  });
  return out;
}

/** Measured days of a run (after the warm-up). */
export function measuredDays(doc: Pick<ResultDocument, 'scenario'>): number {
  return (doc.scenario.horizonHours - doc.scenario.warmupHours) / 24;
}

/** Per replication, the arrival-weighted mean wait of the lane groups in each clock hour (null when nobody arrived). */
export function hourlyWaitsByRun(doc: HourlyWaitsView, port: number, lanes: readonly number[]): (number | null)[][] {
  return doc.runs.map((run) => {
    const out: (number | null)[] = [];
    for (let h = 0; h < 24; h++) {
      let sum = 0;
      let n = 0;
      for (const li of lanes) {
        const x = run.ports[port].lanes[li].byHour[h];
        if (x && x.arrived > 0 && x.wait.mean !== null) {
          sum += x.wait.mean * x.arrived;
          n += x.arrived;
        }
      }
      out.push(n > 0 ? sum / n : null);
    }
    return out;
  });
}

/** A figure over replications: mean and 95 % Student-t interval (null bounds with one replication). */
export interface Estimate {
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  replications: number;
}

function estimate(values: readonly (number | null)[]): Estimate {
  const s = summarize(values);
  return { mean: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh, replications: s.n };
}

/** Mean wait of the lane groups over the day, each replication averaged as `averaging` says. */
export function meanWait(doc: HourlyWaitsView, port: number, lanes: readonly number[], averaging: 'hours' | 'arrivals'): Estimate {
  if (averaging === 'hours') {
    return estimate(
      hourlyWaitsByRun(doc, port, lanes).map((hours) => {
        const xs = hours.filter((x): x is number => x !== null);
        return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
      }),
    );
  }
  return estimate(
    doc.runs.map((run) => {
      let sum = 0;
      let n = 0;
      for (const li of lanes)
        for (const x of run.ports[port].lanes[li].byHour) {
          if (x.arrived > 0 && x.wait.mean !== null) {
            sum += x.wait.mean * x.arrived;
            n += x.arrived;
          }
        }
      return n > 0 ? sum / n : null;
    }),
  );
}

/** The hourly profile of a lane type: each clock hour's mean over replications and its 95 % interval. */
export interface HourlyBand {
  mean: (number | null)[];
  low: (number | null)[];
  high: (number | null)[];
}

export function hourlyBand(doc: HourlyWaitsView, port: number, lanes: readonly number[]): HourlyBand {
  const runs = hourlyWaitsByRun(doc, port, lanes);
  const band: HourlyBand = { mean: [], low: [], high: [] };
  for (let h = 0; h < 24; h++) {
    const s = summarize(runs.map((r) => r[h]));
    band.mean.push(s.mean);
    band.low.push(s.ciLow ?? s.mean);
    band.high.push(s.ciHigh ?? s.mean);
  }
  return band;
}

/** The scenario and result restricted to one port's northbound lane groups, for `compareWaits`. */
export function portView(scenario: Scenario, doc: ResultDocument, port: number): { scenario: Scenario; doc: HourlyWaitsView } {
  const keep = scenario.ports[port].laneGroups.map((l, li) => (l.direction === 'southbound' ? -1 : li)).filter((li) => li >= 0);
  const p = scenario.ports[port];
  return {
    scenario: { ...scenario, ports: [{ ...p, laneGroups: keep.map((li) => p.laneGroups[li]) }] },
    doc: {
      scenario: doc.scenario,
      seed: doc.seed,
      replications: doc.replications,
      runs: doc.runs.map((run) => ({ ports: [{ lanes: keep.map((li) => run.ports[port].lanes[li]) }] })),
    },
  };
}

/** Simulated hourly waits of one port beside observed ones (the port's northbound lane groups only). */
export function comparePort(scenario: Scenario, doc: ResultDocument, port: number, observed: ObservedWaits, file: string): WaitComparisonDocument {
  const v = portView(scenario, doc, port);
  return compareWaits(v.scenario, v.doc, observed, { scenario: file });
}

/**
 * A key figure of a scenario, as recorded in the manifest: its simulated value with a 95 % interval,
 * the published figure it is held against (if any), and the tolerance: the published figure's where
 * there is one, else three times the interval's half-width (at least 5 % of the value), a change the
 * replications' noise does not explain.
 */
export interface KeyFigure {
  id: string;
  label: string;
  unit: string;
  simulated: Estimate;
  published: { value: number; source: string; confidence: string; why: string } | null;
  tolerance: number;
  /** |simulated − published| ≤ tolerance; null without a published figure or a simulated value. */
  within: boolean | null;
}

function keyFigure(id: string, label: string, unit: string, simulated: Estimate, published: PublishedFigure | { value: number; source: string; confidence: string; tolerance: { relative?: number; absolute?: number; why: string } } | null): KeyFigure {
  if (published) {
    const tolerance = toleranceOf(published.tolerance, published.value);
    return {
      id,
      label,
      unit,
      simulated,
      published: { value: published.value, source: published.source, confidence: published.confidence, why: published.tolerance.why },
      tolerance,
      within: simulated.mean === null ? null : Math.abs(simulated.mean - published.value) <= tolerance,
    };
  }
  const half = simulated.mean !== null && simulated.ciHigh !== null ? simulated.ciHigh - simulated.mean : 0;
  const tolerance = Math.max(3 * half, 0.05 * Math.abs(simulated.mean ?? 0), unit === 'min' ? 0.1 : 1);
  return { id, label, unit, simulated, published: null, tolerance, within: null };
}

const LANE_LABELS: Record<string, string> = {
  general: 'general car lanes',
  ready: 'Ready Lanes',
  sentri: 'SENTRI lanes',
  nexus: 'NEXUS lanes',
  fast: 'FAST lanes',
  pedestrian: 'pedestrian general line',
  'pedestrian-ready': 'pedestrian Ready line',
  'pedestrian-sentri': 'pedestrian SENTRI line',
  'commercial-general': 'general commercial lanes',
  'commercial-fast': 'FAST commercial lanes',
  bus: 'bus lanes',
  custom: 'custom lanes',
};

/** How a lane type reads in a sentence. */
export function laneLabel(laneType: string): string {
  return LANE_LABELS[laneType] ?? laneType;
}

/**
 * The exact M/M/c mean wait in line (Erlang C), minutes, when the scenario is a textbook M/M/c
 * queue: one port, one flow at a constant rate (no hourly or weekly profile, no programs, no
 * patience), one lane group with exponential inspection and a constant number of officers, nothing
 * sending travelers to secondary, no events. Null otherwise.
 */
export function mmcWaitMinutes(s: Scenario): { wq: number; rho: number; c: number } | null {
  const top = s as unknown as Record<string, unknown>;
  if (s.ports.length !== 1 || ((top.policies as unknown[] | undefined) ?? []).length > 0 || top.smugglers !== undefined || top.region !== undefined) return null;
  const p = s.ports[0];
  const portRaw = p as unknown as Record<string, unknown>;
  if (['radiationMonitors', 'imaging', 'laneManagement'].some((k) => portRaw[k] !== undefined)) return null;
  if (p.flows.length !== 1 || p.laneGroups.length !== 1) return null;
  const f = p.flows[0];
  const l = p.laneGroups[0];
  const raw = f as unknown as Record<string, unknown>;
  if (raw.hourlyProfile !== undefined || raw.dayOfWeek !== undefined || f.patience !== undefined || ((raw.surges as unknown[] | undefined) ?? []).length > 0) return null;
  if (Object.values(f.programs ?? {}).some((x) => (x ?? 0) > 0)) return null;
  if (l.primarySeconds.kind !== 'exponential' || Object.keys(l.primaryByFlow ?? {}).length > 0 || Object.keys(l.primaryByProgram ?? {}).length > 0) return null;
  const lane = l as unknown as Record<string, unknown>;
  // Pooled booths, nothing stacked, no line at the start, and no referral of any kind.
  if (lane.stacking !== undefined || (lane.discipline ?? 'pooled') !== 'pooled' || ((lane.initialQueue as number | undefined) ?? 0) !== 0) return null;
  if (Object.values((lane.referral as Record<string, unknown> | undefined) ?? {}).some((v) => v !== 0)) return null;
  const officers = l.officers;
  const c = officers === undefined ? l.booths : 'constant' in officers ? Math.min(l.booths, officers.constant) : null;
  if (c === null) return null;
  const m = mmc({ lambda: f.perDay / 86400, mu: 1 / l.primarySeconds.mean, c });
  if (!(m.rho < 1)) return null;
  return { wq: m.wq / 60, rho: m.rho, c };
}

/** All key figures of a run: every port's mean wait by lane type and volumes, held against published figures where a port has them. */
export function keyFigures(scenario: Scenario, doc: ResultDocument): KeyFigure[] {
  const out: KeyFigure[] = [];
  const days = measuredDays(doc);
  const many = scenario.ports.length > 1;
  scenario.ports.forEach((port, pi) => {
    const targets = targetsFor(port);
    const prefix = many ? `${port.name ?? port.id}: ` : '';
    for (const { laneType, lanes } of laneTypesOfPort(scenario, pi)) {
      const t = targets?.figures.find((f) => f.kind === 'wait' && f.laneType === laneType) as Extract<PublishedFigure, { kind: 'wait' }> | undefined;
      const averaging = t?.averaging ?? 'arrivals';
      const sim = meanWait(doc, pi, lanes, averaging);
      const how = averaging === 'hours' ? 'mean of the 24 hourly means' : 'mean per arrival';
      out.push(keyFigure(`wait:${port.id}/${laneType}`, `${prefix}mean wait, ${laneLabel(laneType)} (${how})`, 'min', sim, t ?? null));
    }
    const modes = [...new Set(port.flows.filter((f) => f.direction !== 'southbound').map((f) => f.mode))];
    for (const mode of modes) {
      const flows = port.flows.map((f, fi) => ({ f, fi })).filter(({ f }) => f.direction !== 'southbound' && f.mode === mode);
      const perRun = doc.runs.map((run) => flows.reduce((a, { fi }) => a + run.ports[pi].flows[fi].arrived, 0) / days);
      const t = targets?.figures.find((f) => f.kind === 'volume' && f.mode === mode) ?? null;
      out.push(keyFigure(`volume:${port.id}/${mode}`, `${prefix}northbound ${mode === 'pedestrian' ? 'pedestrians' : `${mode}s`} per day`, 'per day', estimate(perRun), t));
    }
    for (const t of targets?.figures ?? []) {
      if (t.kind !== 'laneVolume') continue;
      const lanes = laneTypesOfPort(scenario, pi).find((e) => e.laneType === t.laneType)?.lanes ?? [];
      if (lanes.length === 0) continue;
      const perRun = doc.runs.map((run) => lanes.reduce((a, li) => a + run.ports[pi].lanes[li].arrived, 0) / days);
      out.push(keyFigure(`laneVolume:${port.id}/${t.laneType}`, `${prefix}arrivals per day, ${laneLabel(t.laneType)}`, 'per day', estimate(perRun), t));
    }
  });
  const theory = mmcWaitMinutes(scenario);
  if (theory) {
    const id = `wait:${scenario.ports[0].id}/${laneTypeOf(scenario.ports[0].laneGroups[0])}`;
    const i = out.findIndex((k) => k.id === id);
    const sim = meanWait(doc, 0, [0], 'arrivals');
    const exact = { value: theory.wq, source: `Erlang C for M/M/${theory.c} at ρ = ${theory.rho.toFixed(3)} (Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed., §2.3), computed from the scenario's own rates`, confidence: 'exact', tolerance: { relative: 0.05, why: 'steady-state theory against a finite run after a warm-up' } };
    const k = keyFigure(id, 'mean wait in line (mean per arrival) against the exact M/M/c value', 'min', sim, exact);
    if (i >= 0) out[i] = k;
    else out.push(k);
  }
  return out;
}

/** The ports of a scenario with published figures, with their index. */
export function portsWithTargets(scenario: Scenario): { port: number; targets: PortTargets }[] {
  return scenario.ports.flatMap((p, port) => {
    const targets = targetsFor(p);
    return targets ? [{ port, targets }] : [];
  });
}

export type { ObservedLaneType };
