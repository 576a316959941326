// Puts the static frame of the page (index.html's header, skip link, sidebar label) into the page's
// language, and wires the language switcher.
//
// Switching reloads the page on the same link with the new `lang`: every panel is drawn once in
// one language, and the results come back from the result cache rather than being recomputed.

import { LANGUAGES, LANGUAGE_NAMES, language, t } from './index.ts';

export function translateFrame(doc: Document): void {
  doc.documentElement.lang = language();
  doc.title = t('common:title');
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel!));
}

/** The link with its `lang` set to `lang`. */
export function hashWithLanguage(hash: string, lang: string): string {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    q = new URLSearchParams();
  }
  q.set('lang', lang);
  return `#${q.toString()}`;
}

export function mountLanguageSwitch(select: HTMLSelectElement, win: Window): void {
  select.replaceChildren(
    ...LANGUAGES.map((lang) => {
      const o = select.ownerDocument.createElement('option');
      o.value = lang;
      o.lang = lang;
      o.textContent = LANGUAGE_NAMES[lang];
      o.selected = lang === language();
      return o;
    }),
  );
  select.addEventListener('change', () => {
    win.location.hash = hashWithLanguage(win.location.hash, select.value);
    win.location.reload();
  });
}
