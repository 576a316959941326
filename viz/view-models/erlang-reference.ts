// The M/M/c (Erlang C) steady-state wait a lane would have at one clock hour if that hour lasted for ever.
import { meanOf, mmc, mmcWaitQuantile, modesOf, type Scenario } from '../../sim/index.ts';

export type WaitMeasure = 'mean' | 'p50' | 'p90' | 'p95';

export type ErlangStatus = 'stable' | 'unstable' | 'no-data' | 'no-booths';

export interface ErlangHour {
  hour: number;
  /** Arrivals per hour (measured arrivals ÷ measured hours of this clock hour). */
  lambdaPerHour: number | null;
  /** Whole staffed booths: the hour's mean open booths rounded down (fractions mean a booth opened or closed within the hour). */
  booths: number | null;
  meanServiceSeconds: number;
  /** λ ÷ (c μ); ≥ 1 means the line has no steady state. */
  rho: number | null;
  /** Steady-state wait in minutes for the measure (mean, or a quantile); null unless stable. */
  minutes: number | null;
  status: ErlangStatus;
}

export interface ErlangInput {
  hour: number;
  /** Mean arrivals in this clock hour per replication (after the warm-up). */
  arrived: number | null;
  /** Hours of this clock hour inside the measured window. */
  measuredHours: number;
  /** Mean staffed booths during the hour. */
  openBooths: number | null;
  meanServiceSeconds: number;
  measure: WaitMeasure;
}

const QUANTILE: Record<Exclude<WaitMeasure, 'mean'>, number> = { p50: 0.5, p90: 0.9, p95: 0.95 };

export function erlangHour(x: ErlangInput): ErlangHour {
  const base = { hour: x.hour, meanServiceSeconds: x.meanServiceSeconds };
  if (x.arrived === null || !(x.measuredHours > 0) || x.openBooths === null) {
    return { ...base, lambdaPerHour: null, booths: null, rho: null, minutes: null, status: 'no-data' };
  }
  const lambdaPerHour = x.arrived / x.measuredHours;
  // A booth staffed for part of the hour does not serve a steady stream; rounding down keeps the reference honest.
  const booths = Math.floor(x.openBooths + 1e-6);
  if (booths < 1) return { ...base, lambdaPerHour, booths, rho: null, minutes: null, status: 'no-booths' };
  const params = { lambda: lambdaPerHour / 60, mu: 60 / x.meanServiceSeconds, c: booths };
  const m = mmc(params);
  if (!m.stable) return { ...base, lambdaPerHour, booths, rho: m.rho, minutes: null, status: 'unstable' };
  const minutes = x.measure === 'mean' ? m.wq : mmcWaitQuantile(params, QUANTILE[x.measure]);
  return { ...base, lambdaPerHour, booths, rho: m.rho, minutes, status: 'stable' };
}

/**
 * Mean primary inspection time of a lane group in seconds. Flows with their own time
 * (primaryByFlow) are weighted by daily volume among the flows whose mode the lane takes:
 * an approximation, since lane choice is not known in advance.
 */
export function meanServiceSeconds(scenario: Scenario, portId: string, laneId: string): number | null {
  const port = scenario.ports.find((p) => p.id === portId);
  const lane = port?.laneGroups.find((l) => l.id === laneId);
  if (!port || !lane) return null;
  const overrides = Object.keys(lane.primaryByFlow);
  if (overrides.length === 0) return meanOf(lane.primarySeconds);
  const modes = modesOf(lane);
  let total = 0;
  let weighted = 0;
  for (const f of port.flows) {
    if (!modes.includes(f.mode) || f.perDay <= 0) continue;
    const spec = lane.primaryByFlow[f.id] ?? lane.primarySeconds;
    total += f.perDay;
    weighted += f.perDay * meanOf(spec);
  }
  return total > 0 ? weighted / total : meanOf(lane.primarySeconds);
}
