// Small scenarios for checking the model's rules through its public API, and the binomial arithmetic the checks use.

import { expect } from 'vitest';
import { runScenario, Scenario, type Figures, type LaneRun, type ResultDocument, type ScenarioInput } from '../../sim/index.ts';

export type PortIn = ScenarioInput['ports'][number];
export type LaneIn = PortIn['laneGroups'][number];
export type FlowIn = PortIn['flows'][number];
export type Dist = LaneIn['primarySeconds'];

export const exp = (mean: number): Dist => ({ kind: 'exponential', mean });
export const det = (value: number): Dist => ({ kind: 'deterministic', value });

/** A car lane group with `booths` booths and exponential inspections (override anything). */
export function lane(id: string, kind: LaneIn['kind'], booths: number, meanSeconds: number, over: Partial<LaneIn> = {}): LaneIn {
  return { id, kind, booths, primarySeconds: exp(meanSeconds), ...over };
}

/** A flow of cars at a constant rate (override anything). */
export function flow(id: string, perDay: number, over: Partial<FlowIn> = {}): FlowIn {
  return { id, mode: 'car', perDay, ...over };
}

/** Parses and runs a one-port scenario. */
export function runPort(
  port: Omit<PortIn, 'id' | 'name'>,
  opts: { seed: number; replications: number; horizonHours: number } & Partial<Omit<ScenarioInput, 'ports'>>,
): ResultDocument {
  const { seed, replications, horizonHours, ...rest } = opts;
  const scenario = Scenario.parse({ name: 'rule check', ...rest, horizonHours, ports: [{ id: 'p', name: 'P', ...port }] });
  return runScenario(scenario, { seed, replications, horizonHours });
}

/** A lane group's plain figures (with its booths and timeline) in each replication. */
export function laneRuns(doc: ResultDocument, laneId: string): LaneRun[] {
  return doc.runs.map((r) => find(r.ports[0].lanes, laneId, 'lane group'));
}

/** A flow's plain figures in each replication. */
export function flowRuns(doc: ResultDocument, flowId: string): Figures[] {
  return doc.runs.map((r) => find(r.ports[0].flows, flowId, 'flow'));
}

/** The port's plain figures in each replication. */
export function portRuns(doc: ResultDocument): Figures[] {
  return doc.runs.map((r) => r.ports[0].summary);
}

function find<T extends { id: string }>(items: T[], id: string, what: string): T {
  const x = items.find((i) => i.id === id);
  if (!x) throw new Error(`no ${what} "${id}" in the result (have ${items.map((i) => i.id).join(', ')})`);
  return x;
}

/** Σ over replications of a count. */
export function sum(runs: Figures[], count: (f: Figures) => number): number {
  return runs.reduce((a, f) => a + count(f), 0);
}

/** Standard error of a share estimated from n independent trials with probability p. */
export function binomialSe(p: number, n: number): number {
  return Math.sqrt((p * (1 - p)) / n);
}

/**
 * k successes in n trials agree with probability p within 4 standard errors. Also checks
 * that the sample is big enough for the check to mean something: `minN` trials at least.
 */
export function expectShare(k: number, n: number, p: number, what: string, minN = 1000): void {
  expect(n, `${what}: too few trials (${n}) for a meaningful check`).toBeGreaterThanOrEqual(minN);
  const se = binomialSe(p, n);
  const observed = k / n;
  expect(Math.abs(observed - p), `${what}: ${k}/${n} = ${observed.toFixed(5)}, expected ${p.toFixed(5)} ± 4 × ${se.toFixed(5)}`).toBeLessThanOrEqual(4 * se);
}

/**
 * The same, for a configured rate, with a sample big enough that a rate 10 % off would be
 * more than 7 standard errors away: the check then fails it with probability above 99.8 %.
 */
export function expectRate(k: number, n: number, p: number, what: string): void {
  const se = binomialSe(p, n);
  expect(7 * se, `${what}: ${n} trials cannot tell a rate of ${p} from one 10 % off`).toBeLessThan(0.1 * p);
  expectShare(k, n, p, what, 0);
}

/** Nobody is left in line, at a booth or in secondary at the end of any replication, so every arrival's outcome was counted. */
export function expectDrained(runs: Figures[]): void {
  for (const f of runs) {
    expect(f.inQueueAtEnd, 'left in line at the end').toBe(0);
    expect(f.inServiceAtEnd, 'left at a booth at the end').toBe(0);
    expect(f.inSecondaryAtEnd, 'left in secondary at the end').toBe(0);
    expect(f.served, 'served = arrived').toBe(f.arrived);
  }
}

/**
 * Complementary error function, Numerical Recipes' Chebyshev fit (fractional error below
 * 1.2e-7 everywhere): independent of the engine's own normal functions.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal distribution function Φ. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}
