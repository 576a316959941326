// Tabs as the WAI-ARIA pattern has them: arrow keys move between tabs, Tab moves into the panel.

import { h } from '../dom.ts';
import { t } from '../../i18n/index.ts';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  panel: HTMLElement;
}

export function createTabs<K extends string>(specs: TabSpec<K>[], onSelect: (key: K) => void) {
  const list = h('div', { role: 'tablist', 'aria-label': t('app:views'), class: 'tablist' });
  const buttons = specs.map((s) => {
    const b = h('button', { type: 'button', role: 'tab', id: `tab-${s.key}`, 'aria-controls': `panel-${s.key}`, class: 'tab' }, s.label);
    s.panel.id = `panel-${s.key}`;
    s.panel.setAttribute('role', 'tabpanel');
    s.panel.setAttribute('aria-labelledby', b.id);
    s.panel.tabIndex = 0;
    b.addEventListener('click', () => onSelect(s.key));
    list.appendChild(b);
    return b;
  });
  list.addEventListener('keydown', (ev) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    let j = -1;
    if (ev.key === 'ArrowRight') j = (i + 1) % buttons.length;
    else if (ev.key === 'ArrowLeft') j = (i - 1 + buttons.length) % buttons.length;
    else if (ev.key === 'Home') j = 0;
    else if (ev.key === 'End') j = buttons.length - 1;
    if (j < 0) return;
    ev.preventDefault();
    buttons[j].focus();
    onSelect(specs[j].key);
  });

  function show(key: K): void {
    specs.forEach((s, i) => {
      const on = s.key === key;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      s.panel.hidden = !on;
    });
  }

  return { list, show };
}
