// Whether two documents can be compared replication by replication (common random numbers).
import type { ResultDocument } from '../../sim/index.ts';

export type Pairing = { ok: true; pairs: number } | { ok: false; reason: string };

/**
 * Replication r of each document draws from streams keyed by (seed, r), so runs with the same
 * seed pair up index by index; with different seeds the differences are not paired at all.
 */
export function pairable(a: ResultDocument, b: ResultDocument): Pairing {
  if (a.seed !== b.seed) return { ok: false, reason: `not paired: the scenarios ran with different seeds (${a.seed} and ${b.seed})` };
  const pairs = Math.min(a.runs.length, b.runs.length);
  if (pairs < 1) return { ok: false, reason: 'not paired: a document has no replications' };
  return { ok: true, pairs };
}
