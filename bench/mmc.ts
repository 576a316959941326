// The benchmark's M/M/10 queue (λ = 9/min, mean service 60 s, ρ = 0.9) as a borderflow scenario, and its Erlang-C mean wait.

import { Scenario } from '../sim/index.ts';

export const SERVERS = 10;
export const ARRIVALS_PER_MINUTE = 9;
export const MEAN_SERVICE_SECONDS = 60;

/** Erlang C: the chance that an arrival waits in an M/M/c queue with offered load a = λ/μ (a < c). */
export function erlangC(c: number, a: number): number {
  let term = 1; // a^k / k!
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = ((term * a) / c) * (c / (c - a)); // a^c / c! · c / (c − a)
  return last / (sum + last);
}

/** Steady-state mean wait in line of the M/M/10 queue, minutes: C(c, a) / (cμ − λ). */
export function theoryWaitMinutes(): number {
  const mu = 60 / MEAN_SERVICE_SECONDS;
  return erlangC(SERVERS, ARRIVALS_PER_MINUTE / mu) / (SERVERS * mu - ARRIVALS_PER_MINUTE);
}

/** One port, one flow at a constant rate, ten booths with exponential primary: about `customers` arrivals. */
export function mmcScenario(customers: number): Scenario {
  return Scenario.parse({
    name: 'M/M/10 at ρ = 0.9',
    seed: 1,
    replications: 1,
    horizonHours: customers / ARRIVALS_PER_MINUTE / 60,
    warmupHours: 0,
    ports: [
      {
        id: 'station',
        name: 'M/M/10 station',
        flows: [{ id: 'customers', mode: 'car', perDay: ARRIVALS_PER_MINUTE * 60 * 24 }],
        laneGroups: [{ id: 'booths', kind: 'general', booths: SERVERS, primarySeconds: { kind: 'exponential', mean: MEAN_SERVICE_SECONDS } }],
      },
    ],
  });
}
