// Common result shape for closed-form queue formulas, so reference lines can treat all models alike.

/**
 * Steady-state means, all in the caller's time unit (rates and means must share one unit).
 * When `stable` is false (ρ ≥ 1) no steady state exists: wq, w, lq and l are Infinity.
 */
export interface QueueMetrics {
  stable: boolean;
  /** Server utilization λ/(cμ). */
  rho: number;
  /** Mean wait in queue. */
  wq: number;
  /** Mean time in system (wait + service). */
  w: number;
  /** Mean number waiting. */
  lq: number;
  /** Mean number in system. */
  l: number;
}

export function unstableMetrics(rho: number): QueueMetrics {
  return { stable: false, rho, wq: Infinity, w: Infinity, lq: Infinity, l: Infinity };
}

/** Little's law fills in the rest from Wq: W = Wq + E[S], Lq = λWq, L = λW. */
export function metricsFromWq(lambda: number, meanService: number, rho: number, wq: number): QueueMetrics {
  const w = wq + meanService;
  return { stable: true, rho, wq, w, lq: lambda * wq, l: lambda * w };
}

export function checkRate(name: string, value: number, allowZero: boolean): void {
  const ok = Number.isFinite(value) && (allowZero ? value >= 0 : value > 0);
  if (!ok) throw new RangeError(`${name} must be finite and ${allowZero ? '≥' : '>'} 0, got ${value}`);
}

export function checkServers(c: number): void {
  if (!(Number.isInteger(c) && c >= 1)) throw new RangeError(`c must be a positive integer, got ${c}`);
}
