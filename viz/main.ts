// The browser app's entry: lays out the page, mounts every panel on the shared state, and starts the first comparison.

import './app/no-eval.ts';
import { createController } from './app/controller.ts';
import { mountPage } from './app/ui/page.ts';

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
  a.textContent = 'Open borderflow in its own window';
  p.append('borderflow does not run inside a frame. ', a, '.');
  document.body.replaceChildren(p);
} else {
  const controller = createController(location.hash);
  mountPage(document, controller);
  controller.actions.runAll();
}
