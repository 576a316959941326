// Erlang A (M/M/c+M): Poisson arrivals, c exponential servers, and exponential patience, so some callers abandon.

/**
 * Steady-state figures of the M/M/c+M queue (Palm's Erlang A), from its birth–death chain:
 * arrival rate `lambda`, service rate `mu` per server, `servers`, and abandonment rate
 * `theta` (1 ÷ mean patience). Every customer joins (no balking); a waiting customer leaves
 * when its exponential patience runs out. The chain is truncated where its tail mass is
 * below 1e-15, so the figures are exact to rounding.
 */
export interface ErlangA {
  /** Probability that an arriving customer abandons (= θ·Lq ÷ λ). */
  abandonment: number;
  /** Probability that an arriving customer waits at all (PASTA: all servers busy). */
  delayProbability: number;
  /** Mean number waiting. */
  lq: number;
  /** Mean time in line of all arrivals, served or not (Little: Lq ÷ λ). */
  wq: number;
  /** Mean busy servers (= λ(1 − abandonment) ÷ μ). */
  busy: number;
}

/** Erlang A figures (see `ErlangA`); `theta` > 0. */
export function erlangA(lambda: number, mu: number, servers: number, theta: number): ErlangA {
  if (!(lambda > 0 && mu > 0 && theta > 0 && Number.isInteger(servers) && servers >= 1)) {
    throw new RangeError('erlangA: expected lambda, mu, theta > 0 and a whole number of servers ≥ 1');
  }
  // Unnormalised probabilities, rescaled as they go so that nothing overflows.
  const p: number[] = [1];
  let total = 1;
  for (let n = 1; ; n++) {
    const death = Math.min(n, servers) * mu + Math.max(n - servers, 0) * theta;
    const next = (p[n - 1] * lambda) / death;
    p.push(next);
    total += next;
    if (n > servers && next / total < 1e-15 && death > lambda) break;
    if (total > 1e250) {
      for (let k = 0; k < p.length; k++) p[k] /= total;
      total = 1;
    }
  }
  let lq = 0;
  let waiting = 0;
  let busy = 0;
  for (let n = 0; n < p.length; n++) {
    const pn = p[n] / total;
    if (n >= servers) waiting += pn;
    lq += Math.max(n - servers, 0) * pn;
    busy += Math.min(n, servers) * pn;
  }
  return { abandonment: (theta * lq) / lambda, delayProbability: waiting, lq, wq: lq / lambda, busy };
}
