// The glossary: public surface.
export { glossary, glossaryEntries, type GlossaryEntry } from './terms.ts';
export { termTooltip, findTerm, termId } from './lookup.ts';
export { mountGlossary } from './mount.ts';
