// The browser app's entry: picks the language, lays out the page, mounts every panel on the shared state, and starts the first comparison.

import './app/no-eval.ts';
import { createController } from './app/controller.ts';
import { mountPage } from './app/ui/page.ts';
import { linkLanguage } from './app/url-state.ts';
import { loadLanguage, pickLanguage, setLanguage, t } from './i18n/index.ts';
import { mountLanguageSwitch, translateFrame } from './i18n/page-frame.ts';

const lang = pickLanguage(linkLanguage(location.hash), navigator.languages ?? [navigator.language]);
// Spanish and French texts are a chunk of their own: wait for them so the first paint is in the reader's language.
await loadLanguage(lang).catch(() => undefined);
setLanguage(lang);
translateFrame(document);

/**
 * Inside another site's frame the page does not start (a frame could overlay the controls to
 * trick clicks): it offers a link that opens it on its own instead.
 */
function framed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

if (framed()) {
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.href = location.href;
  a.target = '_top';
  a.rel = 'noopener';
  a.textContent = t('common:openOwnWindow');
  p.append(`${t('common:framed')} `, a, '.');
  document.body.replaceChildren(p);
} else {
  mountLanguageSwitch(document.getElementById('language') as HTMLSelectElement, window);
  const controller = createController(location.hash);
  mountPage(document, controller);
  controller.actions.runAll();
}
