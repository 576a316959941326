// Renders the glossary as a definition list with a filter box; each entry can be linked to by its id.

import { glossary } from './terms.ts';
import { termId } from './lookup.ts';

export function mountGlossary(container: HTMLElement): { destroy(): void } {
  const doc = container.ownerDocument;
  const root = doc.createElement('section');
  root.className = 'bf-glossary';
  root.setAttribute('aria-label', 'Glossary');
  const h = doc.createElement('h2');
  h.textContent = 'Glossary';
  const label = doc.createElement('label');
  label.textContent = 'Filter terms ';
  const input = doc.createElement('input');
  input.type = 'search';
  input.className = 'bf-glossary-filter';
  label.append(input);
  const count = doc.createElement('p');
  count.setAttribute('role', 'status');
  count.setAttribute('aria-live', 'polite');
  const dl = doc.createElement('dl');
  const items = glossary.map((e) => {
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
      u.textContent = `Unit: ${e.unit}`;
      dd.append(u);
    }
    dl.append(dt, dd);
    const haystack = [e.term, ...(e.aliases ?? []), e.definition].join(' ').toLowerCase();
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
    count.textContent = q === '' ? `${items.length} terms` : `${shown} of ${items.length} terms match “${input.value.trim()}”`;
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
