// Inputs × scenarios, with the inputs that differ from the baseline highlighted (and optionally the only ones shown).

import { h, setChildren, uid } from '../dom.ts';
import { displayName, type Entry } from '../entries.ts';
import { inputRows, type InputRow } from '../inputs.ts';
import { chosen, seedFor, type AppState } from '../state.ts';
import { watch, type Store } from '../store.ts';
import { t } from '../../i18n/index.ts';
import { fmtNumber } from '../format.ts';

/** Renders into `root` (a <details>): its summary counts the differences; it opens by itself when they are few. */
export function mountInputsTable(root: HTMLDetailsElement, store: Store<AppState>): void {
  const summary = h('summary', {}, t('compare:inputs.sideBySide'));
  root.appendChild(summary);
  let userToggled = false;
  summary.addEventListener('click', () => {
    userToggled = true;
  });
  const onlyId = uid('only-diff');
  const only = h('input', { type: 'checkbox', id: onlyId, checked: true });
  const wrap = h('div', { class: 'table-scroll' });
  const note = h('p', { class: 'hint' });
  root.append(
    h('div', { class: 'field-row' }, only, h('label', { for: onlyId }, t('compare:inputs.onlyDiffer'))),
    note,
    wrap,
  );
  only.addEventListener('change', () => render(store.get()));

  function render(s: AppState): void {
    const list = chosen(s).filter((e) => e.scenario);
    const bi = list.findIndex((e) => e.id === s.baselineId);
    if (bi > 0) list.unshift(...list.splice(bi, 1));
    if (list.length === 0) {
      setChildren(wrap, h('p', {}, t('compare:inputs.noValid')));
      return;
    }
    const perEntry = list.map((e: Entry) =>
      new Map(inputRows(e.scenario!, { seed: seedFor(s, e), replications: s.replications, horizonHours: s.horizonHours }).map((r) => [r.key, r])),
    );
    // Union of rows in first-seen order, so a lane group only one scenario has still shows.
    const order: InputRow[] = [];
    const seen = new Set<string>();
    for (const m of perEntry) for (const r of m.values()) if (!seen.has(r.key)) (seen.add(r.key), order.push(r));
    // Keep each group together even when a later scenario adds rows to it.
    const groupRank = new Map<string, number>();
    for (const r of order) if (!groupRank.has(r.group)) groupRank.set(r.group, groupRank.size);
    order.sort((a, b) => groupRank.get(a.group)! - groupRank.get(b.group)!);
    const differs = (key: string) => perEntry.some((m) => m.get(key)?.value !== perEntry[0].get(key)?.value);
    const shown = only.checked && list.length > 1 ? order.filter((r) => differs(r.key)) : order;
    const nDiff = order.filter((r) => differs(r.key)).length;
    const counts = { n: fmtNumber(nDiff, 0), total: fmtNumber(order.length, 0) };
    note.textContent = list.length < 2 ? t('compare:inputs.addSecond') : t('compare:inputs.differ', counts);
    summary.textContent = list.length < 2 ? t('compare:inputs.title') : t('compare:inputs.summary', counts);
    // Few differences are the story of the comparison: show them; a long list waits to be asked for.
    if (!userToggled) root.open = list.length > 1 && nDiff <= 6;
    if (s.selectedId && list.some((e) => e.id === s.selectedId)) root.open = true;

    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('compare:inputs.input')),
      list.map((e, i) =>
        h('th', { scope: 'col', class: e.id === s.selectedId ? 'is-selected' : null }, displayName(e), i === 0 ? h('span', { class: 'badge baseline-badge' }, t('compare:baseline')) : null),
      ),
    );
    const body: HTMLElement[] = [];
    let group = '';
    for (const r of shown) {
      if (r.group !== group) {
        group = r.group;
        body.push(h('tr', { class: 'group-row' }, h('th', { scope: 'colgroup', colspan: list.length + 1 }, group)));
      }
      const base = perEntry[0].get(r.key)?.value;
      body.push(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.label),
          perEntry.map((m, i) => {
            const v = m.get(r.key)?.value;
            const diff = i > 0 && v !== base;
            return h(
              'td',
              { class: [diff ? 'differs' : '', list[i].id === s.selectedId ? 'is-selected' : ''].join(' ').trim() || null },
              v ?? h('span', { class: 'missing' }, t('compare:inputs.notInScenario')),
              diff ? h('span', { class: 'visually-hidden' }, t('compare:inputs.differsHidden')) : null,
            );
          }),
        ),
      );
    }
    if (shown.length === 0) body.push(h('tr', {}, h('td', { colspan: list.length + 1 }, t('compare:inputs.identical'))));
    setChildren(wrap, h('table', { class: 'data inputs-table' }, h('caption', {}, t('compare:inputs.caption')), h('thead', {}, head), h('tbody', {}, body)));
  }

  watch(
    store,
    (s) => [...s.entries.flatMap((e) => [e.id, e.scenario, e.chosen]), s.baselineId, s.selectedId, s.seed, s.crn, s.replications, s.horizonHours],
    render,
  );
}
