// Looks up glossary entries by term or alias, in the page's language or in English, and formats them as tooltips.

import { language } from '../i18n/index.ts';
import { englishNames, glossary, type GlossaryEntry } from './terms.ts';

const normal = (s: string): string => s.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

// One index per language, built the first time that language is asked for.
const indexes = new Map<string, Map<string, GlossaryEntry>>();

function index(): Map<string, GlossaryEntry> {
  const lang = language();
  let idx = indexes.get(lang);
  if (idx) return idx;
  idx = new Map<string, GlossaryEntry>();
  const add = (name: string, e: GlossaryEntry) => {
    if (!idx!.has(normal(name))) idx!.set(normal(name), e);
  };
  // The page's language first, so its names win; then English, which the lessons and CBP's feeds use.
  // A term shown with CBP's English word in parentheses ("Caseta (booth)") is found by its name alone too.
  for (const e of glossary) for (const n of [e.term, e.term.replace(/\s*\([^)]*\)$/, '')]) add(n, e);
  for (const e of glossary) for (const a of e.aliases ?? []) add(a, e);
  for (const e of glossary) for (const n of englishNames(e.id)) add(n, e);
  indexes.set(lang, idx);
  return idx;
}

export function findTerm(term: string): GlossaryEntry | undefined {
  return index().get(normal(term));
}

/** "Term (unit): definition", for a title attribute; empty when the term is unknown. */
export function termTooltip(term: string): string {
  const e = findTerm(term);
  if (!e) return '';
  return `${e.term}${e.unit ? ` (${e.unit})` : ''}: ${e.definition}`;
}

/** A stable id for an entry's place in the glossary page, the same in every language, e.g. "glossary-utilization". */
export function termId(term: string): string {
  const e = findTerm(term);
  const name = e ? englishNames(e.id)[0] : term;
  return `glossary-${normal(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
