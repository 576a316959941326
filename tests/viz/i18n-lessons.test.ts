// The lessons in Spanish and French: every lesson's text, question, choices, controls, tasks and
// explanation come in the language, numbers with its decimal mark, and no key name reaches the reader.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../viz/i18n/index.ts';
import { lessons } from '../../viz/lessons/catalog.ts';
import { mountLessons } from '../../viz/lessons/mount.ts';
import { presetOf } from '../../viz/lessons/preset.ts';
import { newDocument } from './dom.ts';

function texts() {
  return lessons.map((l) => ({
    id: l.id,
    title: l.title,
    intro: l.intro,
    question: l.prediction.question,
    choices: l.prediction.choices,
    controls: l.controls.map((c) => [c.label, c.valueText(c.value)]).flat(),
    tasks: l.tasks.map((t) => t.text),
    explanation: l.explanation,
    names: presetOf(l).names,
  }));
}

function panel(id: string): string {
  const document = newDocument();
  const el = document.createElement('div');
  document.body.append(el);
  const h = mountLessons(el, { onApply() {}, getResults: () => null, poll: false, initial: id });
  const text = el.textContent!;
  h.destroy();
  return text;
}

describe('lessons in Spanish and French', () => {
  afterEach(() => setLanguage('en'));
  setLanguage('en');
  const en = texts();

  it.each(['es', 'fr'] as const)('%s: every text of every lesson is in the language', (lang) => {
    setLanguage(lang);
    const other = texts();
    other.forEach((l, i) => {
      const e = en[i];
      expect(l.title, `${lang} ${l.id}`).not.toBe(e.title);
      expect(l.question).not.toBe(e.question);
      for (const key of ['intro', 'choices', 'controls', 'tasks', 'explanation'] as const) {
        expect(l[key].length, `${lang} ${l.id} ${key}`).toBe(e[key].length);
        l[key].forEach((s, k) => expect(s, `${lang} ${l.id} ${key} ${k}`).not.toBe(e[key][k]));
      }
      expect(l.names.length).toBe(e.names.length);
      const all = [l.title, l.question, ...l.intro, ...l.choices, ...l.controls, ...l.tasks, ...l.explanation, ...l.names].join(' ');
      expect(all).not.toMatch(/lessons:|\{\{|\}\}/);
      // Decimals take the language's comma: ρ = 0,80, 1,08 minutes.
      expect(all).not.toMatch(/\d\.\d/);
    });
    expect(other.find((l) => l.id === 'utilization')!.controls[1]).toMatch(/^ρ = 0,95 \(4\s?104 /);
    expect(other.find((l) => l.id === 'replications')!.tasks[2]).toMatch(/1,08/);
  });

  it.each([
    ['es', 'Términos usados', 'Caseta', 'Correr el experimento'],
    ['fr', 'Termes employés', 'Taux d’occupation', 'Lancer l’expérience'],
  ] as const)('%s: the panel speaks the language and names the glossary terms in it', (lang, terms, term, run) => {
    setLanguage(lang);
    for (const l of lessons) {
      const text = panel(l.id);
      expect(text).toContain(terms);
      expect(text).toContain(run);
      expect(text).not.toMatch(/lessons:|glossary:|\{\{/);
      expect(text).not.toContain('Predict first');
    }
    expect(panel(lang === 'es' ? 'trusted-lanes' : 'utilization')).toContain(lang === 'es' ? 'Casetas con personal' : term);
  });
});

describe('plurals', () => {
  afterEach(() => setLanguage('en'));

  it('every plural has the form Spanish and French use for a million ("many"), so no count falls back to English', async () => {
    const fr = { ...(await import('../../viz/i18n/locales/fr/index.ts')).default, lessons: (await import('../../viz/i18n/locales/fr/lessons.ts')).default };
    const { t } = await import('../../viz/i18n/index.ts');
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
    for (const ns of ['charts', 'glossary', 'lessons'] as const) {
      const all = keys(fr[ns]);
      const others = all.filter((k) => k.endsWith('_other'));
      expect(others.length, ns).toBeGreaterThan(0);
      for (const k of others) expect(all, `${ns}:${k}`).toContain(k.replace(/_other$/, '_many'));
    }
    setLanguage('fr');
    expect(t('glossary:count', { count: 1_000_000 })).toBe('1000000 termes');
    expect(t('glossary:count', { count: 0 })).toBe('0 terme');
    setLanguage('es');
    expect(t('glossary:count', { count: 1_000_000 })).toBe('1000000 términos');
  });
});
