// M/M/c closed forms (Erlang B/C): reference values for validating the simulator's stations.
import * as fm from '../math/index.ts';
import { checkRate, checkServers, metricsFromWq, unstableMetrics, type QueueMetrics } from './queue-metrics.ts';

/**
 * Inputs of `mmc`, `mmcWaitTail` and `mmcWaitQuantile`: arrival rate λ, service rate μ per server
 * and c servers, both rates per the same time unit (e.g. per second); results are in that unit.
 */
export interface MmcParams {
  /** Arrival rate λ. */
  lambda: number;
  /** Service rate μ per server. */
  mu: number;
  /** Number of servers. */
  c: number;
}

/**
 * What `mmc` returns: the steady-state means of `QueueMetrics` plus `pWait`, the Erlang C
 * probability that an arrival waits.
 */
export interface MmcMetrics extends QueueMetrics {
  /** Erlang C: probability an arrival has to wait (1 when unstable). */
  pWait: number;
}

/**
 * Erlang B blocking probability for c servers and offered load a = λ/μ, by the recursion
 * B(0) = 1, B(k) = a·B(k−1)/(k + a·B(k−1)), which never forms a^c or c! and so cannot overflow.
 */
export function erlangB(c: number, a: number): number {
  checkServers(c);
  checkRate('offered load a', a, true);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/**
 * Erlang C: probability of waiting in M/M/c with offered load a = λ/μ, from Erlang B as
 * C = c·B/(c − a(1 − B)). Every arrival waits (C = 1) when a ≥ c.
 */
export function erlangC(c: number, a: number): number {
  const b = erlangB(c, a);
  if (a >= c) return 1;
  return (c * b) / (c - a * (1 - b));
}

function mmcPieces({ lambda, mu, c }: MmcParams): { rho: number; pWait: number; drain: number } {
  checkRate('lambda', lambda, true);
  checkRate('mu', mu, false);
  checkServers(c);
  const a = lambda / mu;
  // cμ − λ: rate at which the waiting-time tail decays.
  return { rho: a / c, pWait: erlangC(c, a), drain: c * mu - lambda };
}

/** Steady-state M/M/c means; `stable: false` with infinite means when ρ = λ/(cμ) ≥ 1. */
export function mmc(params: MmcParams): MmcMetrics {
  const { rho, pWait, drain } = mmcPieces(params);
  if (rho >= 1) return { ...unstableMetrics(rho), pWait: 1 };
  const wq = pWait / drain;
  return { ...metricsFromWq(params.lambda, 1 / params.mu, rho, wq), pWait };
}

/** P(Wq > t) = C·exp(−(cμ − λ)t) for t ≥ 0 (FCFS); 1 for t < 0 or when unstable. */
export function mmcWaitTail(params: MmcParams, t: number): number {
  const { rho, pWait, drain } = mmcPieces(params);
  if (rho >= 1 || t < 0) return 1;
  return pWait * fm.exp(-drain * t);
}

/** p-quantile of the FCFS wait in queue: 0 while p ≤ 1 − C, else ln(C/(1−p))/(cμ − λ). */
export function mmcWaitQuantile(params: MmcParams, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0,1], got ${p}`);
  const { rho, pWait, drain } = mmcPieces(params);
  if (rho >= 1) return Infinity;
  if (p <= 1 - pWait) return 0;
  return fm.log(pWait / (1 - p)) / drain;
}
