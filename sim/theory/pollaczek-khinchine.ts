// M/G/1 exact means (Pollaczek–Khinchine) and the Allen–Cunneen M/G/c approximation.
import { mmc } from './erlang.ts';
import { checkRate, checkServers, metricsFromWq, unstableMetrics, type QueueMetrics } from './queue-metrics.ts';

/**
 * Inputs of `mg1`: Poisson arrival rate λ, mean service time and its squared coefficient of
 * variation; λ and the mean in one time unit, which the results are in.
 */
export interface Mg1Params {
  /** Arrival rate λ (Poisson arrivals). */
  lambda: number;
  /** Mean service time E[S]. */
  meanService: number;
  /** Squared coefficient of variation of service, Var[S]/E[S]²: 0 deterministic, 1 exponential. */
  scv: number;
}

/**
 * Inputs of `mgcApprox` (Allen–Cunneen): those of `Mg1Params` plus c servers and, for arrivals
 * that are not Poisson, `arrivalScv` (default 1).
 */
export interface MgcParams extends Mg1Params {
  /** Number of servers. */
  c: number;
  /** Squared coefficient of variation of interarrival times; 1 (Poisson) by default. */
  arrivalScv?: number;
}

/**
 * Exact M/G/1 FCFS means: Wq = λE[S²]/(2(1−ρ)) with E[S²] = E[S]²(1 + scv) and ρ = λE[S].
 * M/D/1 is scv = 0, M/M/1 is scv = 1.
 */
export function mg1({ lambda, meanService, scv }: Mg1Params): QueueMetrics {
  checkRate('lambda', lambda, true);
  checkRate('meanService', meanService, false);
  checkRate('scv', scv, true);
  const rho = lambda * meanService;
  if (rho >= 1) return unstableMetrics(rho);
  const secondMoment = meanService * meanService * (1 + scv);
  return metricsFromWq(lambda, meanService, rho, (lambda * secondMoment) / (2 * (1 - rho)));
}

/**
 * Allen–Cunneen APPROXIMATION for M/G/c (or G/G/c with arrivalScv):
 * Wq ≈ Wq(M/M/c) · (arrivalScv + scv)/2. Exact for M/M/c and for M/G/1 (arrivalScv = 1); elsewhere typically
 * within ~10% at moderate-to-high load, worse at light load or with very irregular service.
 * Use it for reference lines, not as ground truth.
 */
export function mgcApprox({ lambda, meanService, scv, c, arrivalScv = 1 }: MgcParams): QueueMetrics {
  checkRate('meanService', meanService, false);
  checkRate('scv', scv, true);
  checkRate('arrivalScv', arrivalScv, true);
  checkServers(c);
  const base = mmc({ lambda, mu: 1 / meanService, c });
  if (!base.stable) return unstableMetrics(base.rho);
  return metricsFromWq(lambda, meanService, base.rho, (base.wq * (arrivalScv + scv)) / 2);
}
