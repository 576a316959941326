// The shareable part of the app's state, read from and written to the URL hash (#s=…&seed=…).
//
// Bundled scenarios travel by file stem; edited ones as "bundled file + patch + levers",
// so a link stays short. Scenarios dropped from disk cannot travel in a link.

import type { Levers } from './levers.ts';
import type { Patch } from './patch.ts';

export const TABS = ['compare', 'table', 'staffing', 'port', 'lessons', 'glossary'] as const;
export type Tab = (typeof TABS)[number];

export interface EditedSpec {
  /** Bundled file stem the edit starts from. */
  b: string;
  /** Name shown on the card. */
  n: string;
  p?: Patch;
  l?: Levers;
}

export interface UrlState {
  /** Chosen scenarios, in order: bundled stems, or "~k" for edited[k]. */
  scenarios: string[];
  edited: EditedSpec[];
  /** Index into scenarios. */
  baseline: number;
  seed: number | null;
  crn: boolean;
  replications: number | null;
  horizonHours: number | null;
  tab: Tab;
  /** Scenario (index into scenarios) the levers panel edits from. */
  leverSource: number | null;
}

function int(v: string | null, min: number, max: number): number | null {
  if (v === null || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

/** Reads a hash; anything malformed is ignored rather than breaking the page. */
export function parseHash(hash: string): Partial<UrlState> {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Partial<UrlState> = {};
  const s = q.get('s');
  if (s) out.scenarios = s.split(',').filter((x) => /^(~\d+|[A-Za-z0-9_.-]+)$/.test(x));
  const e = q.get('e');
  if (e) {
    try {
      const parsed: unknown = JSON.parse(e);
      if (Array.isArray(parsed)) out.edited = parsed.filter((x): x is EditedSpec => !!x && typeof x === 'object' && typeof x.b === 'string' && typeof x.n === 'string');
    } catch {
      // A hand-edited link with broken JSON: keep the rest of the state.
    }
  }
  const b = int(q.get('b'), 0, 1000);
  if (b !== null) out.baseline = b;
  const seed = int(q.get('seed'), 0, Number.MAX_SAFE_INTEGER);
  if (seed !== null) out.seed = seed;
  if (q.has('crn')) out.crn = q.get('crn') !== '0';
  const r = int(q.get('r'), 1, 1000);
  if (r !== null) out.replications = r;
  const hz = Number(q.get('h'));
  if (q.has('h') && Number.isFinite(hz) && hz > 0 && hz <= 24 * 366) out.horizonHours = hz;
  const tab = q.get('tab');
  if (tab && (TABS as readonly string[]).includes(tab)) out.tab = tab as Tab;
  const lv = int(q.get('lv'), 0, 1000);
  if (lv !== null) out.leverSource = lv;
  return out;
}

export function formatHash(st: UrlState): string {
  const q = new URLSearchParams();
  q.set('s', st.scenarios.join(','));
  if (st.edited.length > 0) q.set('e', JSON.stringify(st.edited));
  q.set('b', String(st.baseline));
  if (st.seed !== null) q.set('seed', String(st.seed));
  q.set('crn', st.crn ? '1' : '0');
  if (st.replications !== null) q.set('r', String(st.replications));
  if (st.horizonHours !== null) q.set('h', String(st.horizonHours));
  q.set('tab', st.tab);
  if (st.leverSource !== null) q.set('lv', String(st.leverSource));
  return `#${q.toString()}`;
}
