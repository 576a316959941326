// Staffing painted on an hour × lane-group grid: officers on duty per hour, an officer-hours counter, applied as officers.byHour.

import { interpolateCividis } from 'd3-scale-chromatic';
import type { Actions } from '../actions.ts';
import { h, setChildren, uid } from '../dom.ts';
import { displayName } from '../entries.ts';
import { fmtHour } from '../format.ts';
import { applyLevers } from '../levers.ts';
import { lanesOf, laneName, type Scenario } from '../scenario-types.ts';
import type { AppState } from '../state.ts';
import type { Store } from '../store.ts';
import { hourly, officerHoursPerDay, staffingOf } from '../staffing.ts';
import { fmtNumber } from '../format.ts';
import { leverTarget } from './levers-panel.ts';
import { t } from '../../i18n/index.ts';

interface Row {
  key: string;
  name: string;
  booths: number;
  hours: number[];
}

/**
 * US dollars per officer-hour when the planner gives none. A stated assumption, not a sourced figure:
 * the example the planner's guide uses for `borderflow staff --officer-cost`, of the order of a CBP
 * officer's pay with benefits and overtime. Change it to your own loaded rate.
 */
export const DEFAULT_OFFICER_HOUR_COST = 85;

/** Says where the default cost comes from (in the page's language). */
export const officerCostNote = (): string => t('staffing:grid.costNote', { cost: fmtNumber(DEFAULT_OFFICER_HOUR_COST, 0) });

/** "Within the budget of 1 200 officer-hours (40 to spare) · US $102 000 per day at $85 an hour (+$170 vs the scenario)". */
export function budgetText(now: number, was: number, budget: number, cost: number): string {
  const money = (x: number) => t('staffing:grid.money', { n: fmtNumber(Math.round(x), 0) });
  const b = Number.isFinite(budget) && budget >= 0 ? budget : was;
  const fit =
    now <= b
      ? t('staffing:grid.within', { budget: fmtNumber(b, 0), spare: fmtNumber(b - now, 0) })
      : t('staffing:grid.over', { budget: fmtNumber(b, 0), over: fmtNumber(now - b, 0) });
  if (!(Number.isFinite(cost) && cost >= 0)) return t('staffing:grid.fitOnly', { fit });
  const d = (now - was) * cost;
  return t('staffing:grid.cost', {
    fit,
    perDay: money(now * cost),
    rate: fmtNumber(cost, 0),
    diff: d !== 0 ? t('staffing:grid.costDiff', { sign: d > 0 ? '+' : '−', money: money(Math.abs(d)) }) : '',
    perYear: money(now * cost * 365),
  });
}

function rowsOf(s: Scenario): Row[] {
  return lanesOf(s).map(({ key, lane }) => ({ key, name: laneName(lane), booths: lane.booths, hours: hourly(staffingOf(lane)) }));
}

export function mountStaffingGrid(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const brushId = uid('brush');
  const brush = h('input', { id: brushId, type: 'number', min: 0, max: 999, step: 1, value: 10, class: 'brush-input' });
  const counter = h('p', { class: 'officer-hours', 'aria-live': 'polite' });
  // The budget and its price: the budget starts at the scenario's own officer-hours; the cost per
  // officer-hour is an input with a stated (not sourced) default.
  const budgetId = uid('budget');
  const costId = uid('officer-cost');
  const budgetInput = h('input', { id: budgetId, type: 'number', min: 0, max: 100000, step: 1, class: 'brush-input budget-input' });
  const costInput = h('input', { id: costId, type: 'number', min: 0, max: 10000, step: 1, value: DEFAULT_OFFICER_HOUR_COST, class: 'brush-input cost-input' });
  const budgetLine = h('p', { class: 'officer-budget', id: 'officer-budget', 'aria-live': 'polite' });
  let budgetTouched = false;
  budgetInput.addEventListener('input', () => {
    budgetTouched = true;
    renderCounter();
  });
  costInput.addEventListener('input', () => renderCounter());
  const apply = h('button', { type: 'button', class: 'primary' }, t('staffing:grid.apply'));
  const revert = h('button', { type: 'button', class: 'secondary' }, t('staffing:grid.revert'));
  const table = h('table', { class: 'staffing-grid', role: 'grid', 'aria-label': t('staffing:grid.gridLabel') });
  const title = h('p', { class: 'hint' });
  root.append(
    h('h2', {}, t('staffing:grid.heading')),
    h('p', { class: 'lede' }, t('staffing:grid.lede')),
    title,
    h(
      'div',
      { class: 'field-row' },
      h('label', { for: brushId }, t('staffing:grid.paintWith')),
      brush,
      h('span', { class: 'field-help' }, t('staffing:grid.paintHelp')),
    ),
    h('div', { class: 'grid-scroll' }, table),
    h(
      'p',
      { class: 'hint' },
      t('staffing:grid.colourBefore'),
      h('span', { class: 'grid-legend', style: `background: linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((x) => interpolateCividis(x)).join(', ')})`, 'aria-hidden': 'true' }),
      t('staffing:grid.colourAfter'),
    ),
    counter,
    h(
      'div',
      { class: 'field-row budget-row' },
      h('label', { for: budgetId }, t('staffing:grid.budget')),
      budgetInput,
      h('label', { for: costId }, t('staffing:grid.costPer')),
      costInput,
    ),
    budgetLine,
    h('p', { class: 'hint' }, officerCostNote()),
    h('div', { class: 'field-row buttons' }, apply, revert),
  );

  let source: Scenario | null = null;
  let original: Row[] = [];
  let draft: Row[] = [];
  let focus = { r: 0, c: 0 };
  let painting = false;

  const cellColor = (v: number, booths: number) => interpolateCividis(booths > 0 ? Math.min(1, v / booths) : 0);

  function renderCounter(): void {
    const total = (rows: Row[]) => rows.reduce((a, r) => a + officerHoursPerDay({ byHour: r.hours }), 0);
    const now = total(draft);
    const was = total(original);
    const diff = now - was;
    counter.textContent = t('staffing:grid.counter', { now: fmtNumber(now, 0), diff: diff !== 0 ? t('staffing:grid.counterDiff', { sign: diff > 0 ? '+' : '−', n: fmtNumber(Math.abs(diff), 0) }) : '' });
    if (!budgetTouched) budgetInput.value = String(was);
    budgetLine.textContent = budgetText(now, was, Number(budgetInput.value), Number(costInput.value));
    const changed = diff !== 0 || draft.some((r, i) => r.hours.some((v, hh) => v !== original[i].hours[hh]));
    apply.disabled = !changed;
    revert.disabled = !changed;
  }

  function cellLabel(r: Row, c: number): string {
    const v = r.hours[c];
    return t('staffing:grid.cell', { lane: r.name, hour: fmtHour(c), count: v, booths: r.booths });
  }

  function paintCell(td: HTMLTableCellElement, r: Row, c: number): void {
    const v = r.hours[c];
    const over = v > r.booths;
    td.textContent = `${v}${over ? '▲' : ''}`;
    td.style.background = cellColor(v, r.booths);
    td.style.color = (r.booths > 0 ? v / r.booths : 0) > 0.55 ? '#000' : '#fff';
    td.setAttribute('aria-label', cellLabel(r, c));
    td.classList.toggle('changed', original.length > 0 && v !== original[draft.indexOf(r)]?.hours[c]);
  }

  function cellAt(r: number, c: number): HTMLTableCellElement | null {
    return table.querySelector<HTMLTableCellElement>(`td[data-r="${r}"][data-c="${c}"]`);
  }

  function setValue(r: number, c: number, v: number): void {
    const row = draft[r];
    if (!row) return;
    row.hours[c] = Math.max(0, Math.min(999, Math.round(v)));
    const td = cellAt(r, c);
    if (td) paintCell(td, row, c);
    renderCounter();
  }

  function moveFocus(r: number, c: number): void {
    const old = cellAt(focus.r, focus.c);
    if (old) old.tabIndex = -1;
    focus = { r: Math.max(0, Math.min(draft.length - 1, r)), c: Math.max(0, Math.min(23, c)) };
    const td = cellAt(focus.r, focus.c);
    if (td) {
      td.tabIndex = 0;
      td.focus();
    }
  }

  function build(): void {
    const head = h('tr', {}, h('th', { scope: 'col' }, t('staffing:grid.laneGroup')), Array.from({ length: 24 }, (_, c) => h('th', { scope: 'col', class: 'hour' }, String(c).padStart(2, '0'))));
    const rows = draft.map((row, r) => {
      const tr = h('tr', {}, h('th', { scope: 'row' }, `${row.name} (${row.booths})`));
      for (let c = 0; c < 24; c++) {
        const td = h('td', { role: 'gridcell', tabindex: r === focus.r && c === focus.c ? 0 : -1, 'data-r': r, 'data-c': c }) as HTMLTableCellElement;
        paintCell(td, row, c);
        tr.appendChild(td);
      }
      return tr;
    });
    setChildren(table, h('caption', { class: 'visually-hidden' }, t('staffing:grid.caption')), h('thead', {}, head), h('tbody', {}, rows));
    renderCounter();
  }

  const target = (ev: Event) => {
    const td = (ev.target as HTMLElement).closest?.('td[data-r]') as HTMLTableCellElement | null;
    return td ? { r: Number(td.dataset.r), c: Number(td.dataset.c) } : null;
  };
  table.addEventListener('pointerdown', (ev) => {
    const t = target(ev);
    if (!t) return;
    ev.preventDefault();
    painting = true;
    moveFocus(t.r, t.c);
    setValue(t.r, t.c, Number(brush.value));
  });
  table.addEventListener('pointerover', (ev) => {
    if (!painting) return;
    const t = target(ev);
    if (t) setValue(t.r, t.c, Number(brush.value));
  });
  window.addEventListener('pointerup', () => {
    painting = false;
  });
  table.addEventListener('keydown', (ev) => {
    const t = target(ev);
    if (!t) return;
    const row = draft[t.r];
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveFocus(t.r, t.c + 1),
      ArrowLeft: () => moveFocus(t.r, t.c - 1),
      ArrowDown: () => moveFocus(t.r + 1, t.c),
      ArrowUp: () => moveFocus(t.r - 1, t.c),
      Home: () => moveFocus(t.r, 0),
      End: () => moveFocus(t.r, 23),
      '+': () => setValue(t.r, t.c, row.hours[t.c] + 1),
      '=': () => setValue(t.r, t.c, row.hours[t.c] + 1),
      '-': () => setValue(t.r, t.c, row.hours[t.c] - 1),
      '_': () => setValue(t.r, t.c, row.hours[t.c] - 1),
      Enter: () => setValue(t.r, t.c, Number(brush.value)),
      ' ': () => setValue(t.r, t.c, Number(brush.value)),
    };
    const fn = keys[ev.key];
    if (fn) {
      ev.preventDefault();
      fn();
    }
  });

  apply.addEventListener('click', () => {
    const lt = leverTarget(store.get());
    if (!lt) return;
    const levers = structuredClone(lt.levers);
    const byHour = { ...(levers.byHour ?? {}) };
    const peaks = { ...(levers.peakOfficers ?? {}) };
    draft.forEach((row, i) => {
      if (row.hours.some((v, c) => v !== original[i].hours[c])) {
        byHour[row.key] = row.hours.slice();
        // The painted hours are final: the peak slider now starts from them.
        delete peaks[row.key];
      }
    });
    levers.byHour = byHour;
    levers.peakOfficers = peaks;
    actions.setLevers(levers, t('app:history.paintStaffing'));
  });
  revert.addEventListener('click', () => {
    draft = original.map((r) => ({ ...r, hours: r.hours.slice() }));
    build();
  });

  const render = (s: AppState) => {
    const lt = leverTarget(s);
    const current = lt ? applyLevers(lt.base, lt.levers, lt.base.name) : null;
    const key = current ? JSON.stringify(rowsOf(current)) : '';
    if (current && key === JSON.stringify(original) && source) return;
    source = current;
    if (!current || !lt) {
      original = draft = [];
      setChildren(table);
      title.textContent = t('staffing:grid.chooseValid');
      renderCounter();
      return;
    }
    title.textContent = t('staffing:grid.staffingOf', { name: lt.source.levers ? displayName(lt.source) : lt.base.name, copy: lt.source.levers ? '' : t('staffing:grid.createsCopy') });
    const firstForSource = !original.length || original.map((r) => r.key).join() !== rowsOf(current).map((r) => r.key).join();
    original = rowsOf(current);
    draft = original.map((r) => ({ ...r, hours: r.hours.slice() }));
    // Start the brush at the busiest hour of the first lane group: a value that makes sense here.
    if (firstForSource && original[0]) brush.value = String(Math.max(...original[0].hours));
    build();
  };
  store.subscribe(render);
  render(store.get());
}
