// Whether two documents can be compared replication by replication (common random numbers).
import { t } from '../i18n/index.ts';
import type { ResultDocument } from '../../sim/index.ts';

export type Pairing = { ok: true; pairs: number } | { ok: false; reason: string };

/**
 * Replication r of each document draws from streams keyed by (seed, r), so runs with the same
 * seed pair up index by index; with different seeds the differences are not paired at all.
 */
export function pairable(a: ResultDocument, b: ResultDocument): Pairing {
  if (a.seed !== b.seed) return { ok: false, reason: t('charts:pairing.seeds', { a: a.seed, b: b.seed }) };
  const pairs = Math.min(a.runs.length, b.runs.length);
  if (pairs < 1) return { ok: false, reason: t('charts:pairing.noReplications') };
  return { ok: true, pairs };
}
