// The shareable part of the app's state, read from and written to the URL hash (#s=…&seed=…).
//
// Bundled scenarios travel by file stem; edited ones as "bundled file + patch + levers",
// so a link stays short. Scenarios dropped from disk cannot travel in a link.

import { language } from '../i18n/index.ts';
import type { Levers } from './levers.ts';
import type { Patch } from './patch.ts';

export const TABS = ['compare', 'table', 'staffing', 'observed', 'port', 'lessons', 'glossary', 'editor'] as const;
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

/** A link's state and what in it could not be read (each a sentence for the page). */
export interface LinkRead {
  state: Partial<UrlState>;
  problems: string[];
}

/** Longest hash read; longer links are cut to this before parsing (a link is a few kilobytes). */
export const MAX_HASH_CHARS = 200_000;

/**
 * Reads a hash. Anything malformed is left out, and said: the page opens with the rest of the
 * link and names what it could not use, rather than breaking.
 */
export function readLink(hash: string): LinkRead {
  const problems: string[] = [];
  if (hash.length > MAX_HASH_CHARS) {
    problems.push(`The link is ${hash.length.toLocaleString('en')} characters long; only the first ${MAX_HASH_CHARS.toLocaleString('en')} were read.`);
    hash = hash.slice(0, MAX_HASH_CHARS);
  }
  let q: URLSearchParams;
  try {
    // A stray "%" (a link cut in the middle of an escape) must not stop the page.
    q = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state: {}, problems: [...problems, 'The link could not be read at all; the page opens on the default scenarios.'] };
  }
  const out: Partial<UrlState> = {};
  const s = q.get('s');
  if (s !== null) {
    const tokens = s.split(',').filter((x) => x !== '');
    out.scenarios = tokens.filter((x) => /^(~\d+|[A-Za-z0-9_.-]+)$/.test(x));
    const bad = tokens.filter((x) => !out.scenarios!.includes(x));
    if (bad.length > 0) problems.push(`The link names scenario${bad.length === 1 ? '' : 's'} that cannot be read: ${bad.map((b) => JSON.stringify(b.slice(0, 60))).join(', ')}.`);
  }
  const e = q.get('e');
  if (e !== null) {
    let parsed: unknown;
    let ok = true;
    try {
      parsed = JSON.parse(e);
    } catch {
      ok = false;
      problems.push('The edited scenarios in the link (e=) are not valid JSON — the link may have been cut off when it was copied. They were left out.');
    }
    if (ok) {
      if (!Array.isArray(parsed)) problems.push(`The edited scenarios in the link (e=) should be a list; got ${parsed === null ? 'null' : typeof parsed}. They were left out.`);
      else {
        const edited: EditedSpec[] = [];
        parsed.forEach((x: unknown, i) => {
          if (!!x && typeof x === 'object' && !Array.isArray(x) && typeof (x as EditedSpec).b === 'string' && typeof (x as EditedSpec).n === 'string') edited.push(x as EditedSpec);
          else {
            problems.push(`Edited scenario ${i + 1} in the link is not {b: bundled file, n: name, …}; it was left out.`);
            // Keep the indexes of the others: "~k" refers to a position.
            edited.push(null as unknown as EditedSpec);
          }
        });
        out.edited = edited;
      }
    }
  }
  const number = (key: string, label: string, min: number, max: number, set: (n: number) => void) => {
    const v = q.get(key);
    if (v === null) return;
    const n = int(v, min, max);
    if (n === null) problems.push(`${label} in the link (${key}=${v.slice(0, 20)}) should be a whole number from ${min} to ${max.toLocaleString('en')}; it was ignored.`);
    else set(n);
  };
  number('b', 'The baseline', 0, 1000, (n) => (out.baseline = n));
  number('seed', 'The seed', 0, Number.MAX_SAFE_INTEGER, (n) => (out.seed = n));
  if (q.has('crn')) out.crn = q.get('crn') !== '0';
  number('r', 'The number of replications', 1, 1000, (n) => (out.replications = n));
  if (q.has('h')) {
    const hz = Number(q.get('h'));
    if (Number.isFinite(hz) && hz > 0 && hz <= 24 * 366) out.horizonHours = hz;
    else problems.push(`The horizon in the link (h=${(q.get('h') ?? '').slice(0, 20)}) should be a number of hours from 0 to ${24 * 366}; it was ignored.`);
  }
  const tab = q.get('tab');
  if (tab && (TABS as readonly string[]).includes(tab)) out.tab = tab as Tab;
  number('lv', 'The lever source', 0, 1000, (n) => (out.leverSource = n));
  return { state: out, problems };
}

/** Reads a hash; anything malformed is ignored rather than breaking the page. */
export function parseHash(hash: string): Partial<UrlState> {
  const { state } = readLink(hash);
  if (state.edited) state.edited = state.edited.filter((x) => x !== null);
  return state;
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
  // The page's language travels with the link, outside the workspace (switching it is not an edit to undo).
  q.set('lang', language());
  return `#${q.toString()}`;
}

/** The link's `lang` value, or null (malformed links give null rather than throwing). */
export function linkLanguage(hash: string): string | null {
  try {
    return new URLSearchParams(hash.slice(0, MAX_HASH_CHARS).replace(/^#/, '')).get('lang');
  } catch {
    return null;
  }
}
