// Looks up glossary entries by term or alias, and formats them as tooltips.

import { glossary, type GlossaryEntry } from './terms.ts';

const normal = (s: string): string => s.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

const index = new Map<string, GlossaryEntry>();
for (const e of glossary) {
  index.set(normal(e.term), e);
  for (const a of e.aliases ?? []) if (!index.has(normal(a))) index.set(normal(a), e);
}

export function findTerm(term: string): GlossaryEntry | undefined {
  return index.get(normal(term));
}

/** "Term (unit): definition", for a title attribute; empty when the term is unknown. */
export function termTooltip(term: string): string {
  const e = findTerm(term);
  if (!e) return '';
  return `${e.term}${e.unit ? ` (${e.unit})` : ''}: ${e.definition}`;
}

/** A stable id for an entry's place in the glossary page, e.g. "glossary-utilization". */
export function termId(term: string): string {
  const e = findTerm(term);
  const name = e ? e.term : term;
  return `glossary-${normal(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
