// The glossary in every language: each term has its own Spanish and French name, definition and unit,
// the filter finds entries by their names in the page's language and in English, and the lessons'
// English term names still find their entries.
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIDENCE_NOTE } from '../../sim/index.ts';
import { findTerm, glossary, glossaryEntries, mountGlossary, termId, termTooltip } from '../../viz/glossary/index.ts';
import { setLanguage } from '../../viz/i18n/index.ts';
import { lessons } from '../../viz/lessons/catalog.ts';
import { newDocument } from './dom.ts';

function shownFor(query: string): string[] {
  const document = newDocument();
  const el = document.createElement('div');
  document.body.append(el);
  const g = mountGlossary(el);
  const input = el.querySelector('input[type=search]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new document.defaultView!.Event('input'));
  const shown = [...el.querySelectorAll('dt')].filter((d) => !d.hidden).map((d) => d.textContent!);
  g.destroy();
  return shown;
}

describe('glossary in Spanish and French', () => {
  afterEach(() => setLanguage('en'));
  setLanguage('en');
  const en = glossaryEntries();

  it.each(['es', 'fr'] as const)('%s: every term has its own name, definition and (where English has one) unit', (lang) => {
    setLanguage(lang);
    const other = glossaryEntries();
    expect(other.map((e) => e.id)).toEqual(en.map((e) => e.id));
    other.forEach((e, i) => {
      const base = en[i];
      // Symbols and formulas stay as they are (p50 / p90 / p95); every other term is named in the language.
      if (base.id !== 'percentiles') expect(e.term, `${lang} ${e.id}`).not.toBe(base.term);
      expect(e.definition, `${lang} ${e.id}`).not.toBe(base.definition);
      expect(e.definition.length, `${lang} ${e.id}`).toBeGreaterThan(40);
      expect(Boolean(e.unit), `${lang} ${e.id} unit`).toBe(Boolean(base.unit));
      expect(e.definition).not.toMatch(/glossary:|\{\{/);
    });
    // The engine's note on the intervals comes in the language too, not in English.
    const ci = other.find((e) => e.id === 'ci')!;
    expect(ci.definition).not.toContain(CONFIDENCE_NOTE);
    expect(ci.definition.length).toBeGreaterThan(en.find((e) => e.id === 'ci')!.definition.length * 0.8);
  });

  it('names the border agencies’ words: caseta / guérite, inspección secundaria / contrôle secondaire, decomiso / saisie', () => {
    const words: Record<'es' | 'fr', Record<string, RegExp>> = {
      es: { booth: /^Caseta/, secondary: /^Inspección secundaria/, seizure: /^Decomiso/, referral: /^Envío a secundaria/, utilization: /^Utilización/, lane: /^Carril/, replication: /^Réplica/, ci: /^Intervalo de confianza/ },
      fr: { booth: /^Guérite/, secondary: /^Contrôle secondaire/, seizure: /^Saisie/, referral: /^Renvoi au contrôle secondaire/, utilization: /^Taux d’occupation/, lane: /^Voie/, replication: /^Réplication/, ci: /^Intervalle de confiance/ },
    };
    for (const lang of ['es', 'fr'] as const) {
      setLanguage(lang);
      const byId = new Map(glossaryEntries().map((e) => [e.id, e]));
      for (const [id, re] of Object.entries(words[lang])) expect(byId.get(id)!.term, `${lang} ${id}`).toMatch(re);
      // SENTRI, NEXUS, FAST stay names; the English term is kept where a reader matches it to CBP's feeds.
      expect(byId.get('trustedTraveler')!.definition).toMatch(/SENTRI.*NEXUS.*FAST/);
      expect(byId.get('lanesOpen')!.term).toMatch(/lanes open/);
      expect(byId.get('rho')!.definition).toContain('λ ÷ (c·μ)');
    }
  });

  it('finds terms in Spanish by their Spanish and their English names ("caseta" and "booth")', () => {
    setLanguage('es');
    const caseta = shownFor('caseta');
    expect(caseta).toContain(findTerm('booth')!.term);
    const booth = shownFor('booth');
    expect(booth).toEqual(expect.arrayContaining([findTerm('caseta')!.term]));
    expect(booth.length).toBeLessThan(glossary.length);
    expect(shownFor('seizure')).toContain('Decomiso (seizure)');
    expect(shownFor('xyzzy')).toEqual([]);
    expect(findTerm('decomisos')!.id).toBe('seizure');
    expect(findTerm('Seizure')!.id).toBe('seizure');
    setLanguage('fr');
    expect(shownFor('guérite')).toContain(findTerm('booth')!.term);
    expect(shownFor('booth')).toContain('Guérite (booth)');
    expect(findTerm('saisie')!.id).toBe('seizure');
  });

  it('keeps the lessons’ English term names working in every language, with one anchor per entry', () => {
    const terms = lessons.flatMap((l) => l.terms);
    for (const lang of ['en', 'es', 'fr'] as const) {
      setLanguage(lang);
      for (const term of terms) expect(termTooltip(term), `${lang} ${term}`).not.toBe('');
      expect(termId(findTerm('Booth')!.term), lang).toBe('glossary-booth');
    }
    setLanguage('es');
    expect(termId('Caseta')).toBe(termId('Booth'));
    expect(termTooltip('Utilization')).toMatch(/^Utilización \(fracción 0–1/);
    expect(termId('Utilización')).toBe('glossary-utilization');
  });

  it('counts the terms in the language of the page', () => {
    setLanguage('fr');
    const document = newDocument();
    const el = document.createElement('div');
    mountGlossary(el);
    expect(el.querySelector('h2')!.textContent).toBe('Glossaire');
    expect(el.querySelector('[role=status]')!.textContent).toBe(`${glossary.length} termes`);
  });
});
