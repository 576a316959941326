// The three languages hold the same keys with the same placeholders; every key the page asks for exists;
// the language comes from the link, then the browser; numbers use the language's decimal mark.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../viz/i18n/resources.ts';
import { LANGUAGES, addTexts, hasText, pickLanguage, setLanguage, t } from '../../viz/i18n/index.ts';
import { formatFixed } from '../../viz/i18n/number.ts';
import { hashWithLanguage } from '../../viz/i18n/page-frame.ts';
import { formatHash, linkLanguage, parseHash } from '../../viz/app/url-state.ts';

// A lesson's paragraphs are arrays: trees keyed by index, held to the same length in every language.
type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

/** Every namespace file under locales/<lang>/, whether bundled in resources.ts or brought by a part loaded on demand. */
const NAMESPACES: Record<string, Record<string, Tree>> = {};
for (const lang of LANGUAGES) {
  NAMESPACES[lang] = {};
  for (const f of readdirSync(join('viz/i18n/locales', lang)).filter((x) => x.endsWith('.ts') && x !== 'index.ts'))
    NAMESPACES[lang][f.replace(/\.ts$/, '')] = ((await import(`../../viz/i18n/locales/${lang}/${f}`)) as { default: Tree }).default;
}

function allKeys(lang: (typeof LANGUAGES)[number]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(NAMESPACES[lang])) for (const [k, v] of leaves(tree)) out.set(`${ns}:${k}`, v);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return p.includes('locales') ? [] : sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

describe('translations', () => {
  const en = allKeys('en');

  it.each(['es', 'fr'] as const)('%s has exactly the English keys, each with the same placeholders and no empty text', (lang) => {
    const other = allKeys(lang);
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of en) {
      expect(placeholders(other.get(k)!), `${lang} ${k}`).toEqual(placeholders(v));
      expect(other.get(k)!.trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  it('every key the page asks for by name exists in English', () => {
    const missing: string[] = [];
    for (const f of [...sourceFiles('viz'), 'viz/index.html']) {
      const src = readFileSync(f, 'utf8');
      // A plural is asked for by its base name and stored as name_one / name_other.
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z]+:[\w.]+)'/g)) if (!en.has(m[1]) && !en.has(`${m[1]}_other`)) missing.push(`${f}: ${m[1]}`);
      for (const m of src.matchAll(/data-i18n(?:-aria-label)?="([^"]+)"/g)) if (!en.has(m[1])) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('each language chunk holds the same namespaces as the English first load, and only parts loaded on demand keep theirs apart', async () => {
    const onDemand = ['editor', 'lessons', 'plaza'];
    const eager = Object.keys(RESOURCES.en).sort();
    expect(eager).toEqual(Object.keys(NAMESPACES.en).filter((ns) => !onDemand.includes(ns)).sort());
    for (const lang of ['es', 'fr'] as const) expect(Object.keys((await import(`../../viz/i18n/locales/${lang}/index.ts`)).default).sort()).toEqual(eager);
    const dirs: Record<string, [string, string]> = { editor: ['editor', 'texts.ts'], lessons: ['lessons', 'text.ts'], plaza: ['port-view', 'texts.ts'] };
    for (const ns of onDemand) {
      const [dir, entry] = dirs[ns];
      for (const f of readdirSync(`viz/${dir}`)) if (f.endsWith('.ts') && f !== entry) expect(readFileSync(`viz/${dir}/${f}`, 'utf8'), f).not.toMatch(/from '\.\.\/i18n\/index\.ts'/);
    }
  });

  it('adds a namespace brought by a part loaded on demand, in every language', () => {
    addTexts('probe', { en: { hello: 'Hello {{name}}' }, es: { hello: 'Hola {{name}}' }, fr: { hello: 'Bonjour {{name}}' } });
    setLanguage('es');
    expect(t('probe:hello', { name: 'Ana' })).toBe('Hola Ana');
    setLanguage('en');
    expect(t('probe:hello', { name: 'Ann' })).toBe('Hello Ann');
  });

  it('looks texts up in the language set, falling back to no key at all for unknown names', () => {
    setLanguage('fr');
    expect(t('common:tabs.compare')).toBe('Comparer');
    setLanguage('es');
    expect(t('common:tabs.staffing')).toBe('Personal');
    setLanguage('en');
    expect(t('common:tabs.staffing')).toBe('Staffing');
    expect(hasText('common:no.such.key')).toBe(false);
  });
});

describe('choosing the language', () => {
  it('takes the link first, then the first preferred language we have, else English', () => {
    expect(pickLanguage('fr', ['es-MX'])).toBe('fr');
    expect(pickLanguage('de', ['de-DE', 'es-MX', 'fr'])).toBe('es');
    expect(pickLanguage(null, ['fr-CA'])).toBe('fr');
    expect(pickLanguage(null, ['de', 'pt-BR'])).toBe('en');
    expect(pickLanguage('__proto__', [])).toBe('en');
  });

  it('keeps the language in the link without making it part of the workspace', () => {
    setLanguage('es');
    const st = parseHash('#s=a,b&b=0&tab=compare');
    const hash = formatHash({ scenarios: ['a', 'b'], edited: [], baseline: 0, seed: null, crn: true, replications: null, horizonHours: null, tab: 'compare', leverSource: null, ...st });
    expect(linkLanguage(hash)).toBe('es');
    expect(linkLanguage(hashWithLanguage(hash, 'fr'))).toBe('fr');
    expect(parseHash(hash)).not.toHaveProperty('lang');
    expect(linkLanguage('#s=%E0%A4%A')).toBeNull();
    setLanguage('en');
  });
});

describe('numbers', () => {
  it('use the decimal mark of the language, thin-space thousands and a true minus', () => {
    expect(formatFixed(41039.25, 1, 'en')).toBe('41\u202f039.3');
    expect(formatFixed(41039.25, 1, 'fr')).toBe('41\u202f039,3');
    expect(formatFixed(-2.5, 2, 'es')).toBe('−2,50');
    expect(formatFixed(-0.001, 1, 'en')).toBe('0.0');
    expect(formatFixed(1234567, 0, 'es')).toBe('1\u202f234\u202f567');
  });
});

describe('exported charts', () => {
  it('carry their provenance line in the page language, the English unchanged', async () => {
    const { provenanceText } = await import('../../viz/app/ui/chart-figure.ts');
    const p = { scenarios: ['A', 'B'], seed: 7, replications: 3, engine: '0.3.0' };
    expect(provenanceText(p)).toBe('Scenarios: A (baseline); B · seed 7 · 3 replications · borderflow engine 0.3.0');
    expect(provenanceText({ ...p, replications: 1 })).toBe('Scenarios: A (baseline); B · seed 7 · 1 replication · borderflow engine 0.3.0');
    setLanguage('fr');
    expect(provenanceText(p)).toBe('Scénarios\u00a0: A (référence); B · graine 7 · 3 réplications · moteur borderflow 0.3.0');
    setLanguage('es');
    expect(provenanceText(p)).toBe('Escenarios: A (base); B · semilla 7 · 3 réplicas · motor borderflow 0.3.0');
    setLanguage('en');
  });
});
