// The page's language: English, Spanish or French, chosen from the link, else the browser, else English.
//
// One i18next instance with every language bundled (the texts are small next to the charts), set
// up synchronously before anything is drawn, so the first paint is already in the reader's
// language. Keys are "namespace:key"; each part of the page owns a namespace file per language
// under locales/, and a test holds the three languages to the same keys and placeholders.

import i18next, { type TOptions } from 'i18next';
import { RESOURCES } from './resources.ts';

export const LANGUAGES = ['en', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switcher (a reader who cannot read the current language still finds theirs). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', fr: 'Français' };

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/**
 * The language to show: the link's `lang` when it names one we have, else the first of the
 * browser's preferred languages we have ("es-MX" → es, "fr-CA" → fr), else English.
 */
export function pickLanguage(linkLang: string | null | undefined, preferred: readonly string[] = []): Language {
  if (isLanguage(linkLang)) return linkLang;
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

const i18n = i18next.createInstance();
let current: Language = 'en';

/** Sets the language (synchronously: the resources are bundled). Safe to call again. */
export function setLanguage(lang: Language): void {
  current = lang;
  if (!i18n.isInitialized) {
    void i18n.init({
      lng: lang,
      fallbackLng: 'en',
      // A copy: i18next adds later namespaces and languages into the store it is given.
      resources: { en: { ...RESOURCES.en } },
      ns: Object.keys(RESOURCES.en),
      defaultNS: 'common',
      nsSeparator: ':',
      keySeparator: '.',
      initAsync: false,
      returnNull: false,
      // Text goes into the page with textContent, never innerHTML, so i18next need not escape it;
      // escaping here would show "&amp;" to the reader.
      interpolation: { escapeValue: false },
    });
  } else void i18n.changeLanguage(lang);
}

/**
 * Adds a namespace's texts in every language. Parts of the page loaded on demand (the port view,
 * the editor, the lessons) bring their texts with them, so the first load carries only the texts
 * it shows.
 */
export function addTexts(ns: string, byLanguage: Record<Language, object>): void {
  if (!i18n.isInitialized) setLanguage(current);
  for (const lang of LANGUAGES) if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, byLanguage[lang]);
}

const loaded = new Set<Language>(['en']);

/**
 * Brings a language's texts (a chunk of their own for Spanish and French). Call before
 * `setLanguage` with that language; English is always there.
 */
export async function loadLanguage(lang: Language): Promise<void> {
  if (loaded.has(lang)) return;
  const mod = lang === 'es' ? await import('./locales/es/index.ts') : await import('./locales/fr/index.ts');
  if (!i18n.isInitialized) setLanguage(current);
  for (const [ns, texts] of Object.entries(mod.default)) if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, texts);
  loaded.add(lang);
}

/** The language now shown. */
export function language(): Language {
  return current;
}

/** The text for a key in the current language ("compare:headline"), with {{placeholders}} filled. */
export function t(key: string, vars?: TOptions): string {
  if (!i18n.isInitialized) setLanguage(current);
  return i18n.t(key, vars) as string;
}

/** Whether the key exists (in the current language or English). */
export function hasText(key: string): boolean {
  if (!i18n.isInitialized) setLanguage(current);
  return i18n.exists(key);
}
