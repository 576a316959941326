// The glossary's entries: precise definitions with units, in the words the charts and the port view use.
//
// The texts live in the glossary namespace (viz/i18n/locales/*/glossary.ts); an entry reads its
// text when asked, so the language set at start-up (or switched later) is the one shown.

import { hasText, t } from '../i18n/index.ts';

export interface GlossaryEntry {
  /** Stable key of the entry, the same in every language. */
  id: string;
  /** The term as shown, in the page's language. */
  term: string;
  /** Other names that look the entry up (case-insensitive), e.g. "p95", in the page's language. */
  aliases?: string[];
  definition: string;
  unit?: string;
}

/** The entries in the order the glossary page lists them. */
export const GLOSSARY_IDS = [
  'wait',
  'timeInSystem',
  'lane',
  'booth',
  'boothsStaffed',
  'lanesOpen',
  'utilization',
  'rho',
  'erlangC',
  'referral',
  'randomReferral',
  'secondary',
  'seizure',
  'interdiction',
  'falsePositive',
  'replication',
  'ci',
  'crn',
  'warmup',
  'percentiles',
  'missing',
  'costOfDelay',
  'throughput',
  'queueLength',
  'littlesLaw',
  'trustedTraveler',
  'censored',
  'drainCutoff',
  'balking',
  'reneging',
  'waitOver',
  'laneManagement',
  'stackedBooths',
] as const;

const split = (s: string): string[] => s.split('|').map((a) => a.trim()).filter(Boolean);

function text(id: string, field: string, lng?: string): string {
  return t(`glossary:terms.${id}.${field}`, lng ? { lng } : undefined);
}

function definitionOf(id: string, lng?: string): string {
  const d = text(id, 'definition', lng);
  // The confidence interval's entry ends with the engine's note on how far to trust the intervals.
  return id === 'ci' ? `${d} ${t('glossary:confidenceNote', lng ? { lng } : undefined)}` : d;
}

/** One entry whose texts are read in the page's language each time they are asked for. */
function entry(id: string): GlossaryEntry {
  return {
    id,
    get term() {
      return text(id, 'term');
    },
    get aliases() {
      return split(text(id, 'aliases'));
    },
    get definition() {
      return definitionOf(id);
    },
    get unit() {
      return hasText(`glossary:terms.${id}.unit`) ? text(id, 'unit') : undefined;
    },
  };
}

/** Every entry; each reads its text in the language shown when it is read. */
export const glossary: readonly GlossaryEntry[] = GLOSSARY_IDS.map(entry);

/** The entries as plain data in the page's language now. */
export function glossaryEntries(): GlossaryEntry[] {
  return glossary.map((e) => ({ id: e.id, term: e.term, aliases: e.aliases, definition: e.definition, ...(e.unit ? { unit: e.unit } : {}) }));
}

/** The English term and aliases of an entry: CBP's feeds and the lessons name terms in English, so they always find it. */
export function englishNames(id: string): string[] {
  return [text(id, 'term', 'en'), ...split(text(id, 'aliases', 'en'))];
}
