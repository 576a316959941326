// Renders the glossary as a definition list with a filter box; each entry can be linked to by its id.

import { t } from '../i18n/index.ts';
import { englishNames, glossaryEntries } from './terms.ts';
import { termId } from './lookup.ts';

export function mountGlossary(container: HTMLElement): { destroy(): void } {
  const doc = container.ownerDocument;
  const root = doc.createElement('section');
  root.className = 'bf-glossary';
  root.setAttribute('aria-label', t('glossary:title'));
  const h = doc.createElement('h2');
  h.textContent = t('glossary:title');
  const label = doc.createElement('label');
  label.textContent = t('glossary:filter');
  const input = doc.createElement('input');
  input.type = 'search';
  input.className = 'bf-glossary-filter';
  label.append(input);
  const count = doc.createElement('p');
  count.setAttribute('role', 'status');
  count.setAttribute('aria-live', 'polite');
  const dl = doc.createElement('dl');
  const items = glossaryEntries().map((e) => {
    const dt = doc.createElement('dt');
    dt.id = termId(e.term);
    dt.textContent = e.term;
    const dd = doc.createElement('dd');
    const p = doc.createElement('p');
    p.textContent = e.definition;
    dd.append(p);
    if (e.unit) {
      const u = doc.createElement('p');
      u.className = 'bf-glossary-unit';
      u.textContent = t('glossary:unit', { unit: e.unit });
      dd.append(u);
    }
    dl.append(dt, dd);
    // The page's language and English both find an entry (a reader may know CBP's English word).
    const haystack = [e.term, ...(e.aliases ?? []), e.definition, ...englishNames(e.id)].join(' ').toLowerCase();
    return { dt, dd, haystack };
  });
  const filter = () => {
    const q = input.value.trim().toLowerCase();
    let shown = 0;
    for (const it of items) {
      const show = q === '' || it.haystack.includes(q);
      it.dt.hidden = !show;
      it.dd.hidden = !show;
      if (show) shown++;
    }
    count.textContent = q === '' ? t('glossary:count', { count: items.length }) : t('glossary:matches', { shown, count: items.length, query: input.value.trim() });
  };
  input.addEventListener('input', filter);
  filter();
  root.append(h, label, count, dl);
  container.append(root);
  return {
    destroy() {
      root.remove();
    },
  };
}
