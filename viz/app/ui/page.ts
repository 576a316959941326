// Puts the panels on the page: sidebar (run, tray, levers), the results toolbar, the tabs and their lazily mounted views.

import type { Controller } from '../controller.ts';
import { glossaryModule, loadLessons, loadEditor, loadPortView, type MountEditor, type MountGlossary, type MountLessons, type MountPortView, type PortViewHandle } from '../contracts.ts';
import { h, setChildren } from '../dom.ts';
import { t } from '../../i18n/index.ts';
import { displayName } from '../entries.ts';
import { downloadText } from '../download.ts';
import { summaryOf } from '../result-cache.ts';
import { toCsv } from '../lane-figures.ts';
import { chosen, compared, fresh, type AppState } from '../state.ts';
import { watch } from '../store.ts';
import { TABS, type Tab } from '../url-state.ts';
import { mountCompare } from './compare.ts';
import { mountLaneTable } from './lane-table.ts';
import { mountLeversPanel } from './levers-panel.ts';
import { mountObservedPanel } from './observed-panel.ts';
import { mountRunControls } from './run-controls.ts';
import { mountStaffingGrid } from './staffing-grid.ts';
import { createTabs } from './tabs.ts';
import type { Scenario } from '../scenario-types.ts';
import { mountTray } from './tray.ts';


function labelByHeading(section: HTMLElement, id: string): void {
  const h2 = section.querySelector('h2');
  if (!h2) return;
  h2.id = id;
  section.setAttribute('aria-labelledby', id);
}

/** localStorage, or null where the browser blocks it (reading the property itself can throw). */
function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function mountPage(doc: Document, controller: Controller): void {
  const { store, actions } = controller;
  const byId = (id: string) => doc.getElementById(id) as HTMLElement;
  const main = byId('main');

  mountRunControls(byId('run-panel'), store, actions);
  const tray = mountTray(byId('tray-panel'), store, actions);
  mountLeversPanel(byId('levers-panel'), store, actions);
  labelByHeading(byId('run-panel'), 'run-heading');
  labelByHeading(byId('tray-panel'), 'tray-heading');
  labelByHeading(byId('levers-panel'), 'levers-heading');
  controller.onReveal((id) => tray.focusCard(id));

  const panels = Object.fromEntries(TABS.map((t) => [t, h('section', { class: `tab-panel tab-${t}` })])) as Record<Tab, HTMLElement>;
  const tabs = createTabs(
    TABS.map((key) => ({ key, label: t(`common:tabs.${key}`), panel: panels[key] })),
    (key) => actions.setTab(key),
  );

  const csv = h('button', { type: 'button', class: 'secondary small' }, t('app:toolbar.csv'));
  const json = h('button', { type: 'button', class: 'secondary small', title: t('app:toolbar.jsonTitle') }, t('app:toolbar.json'));
  const summary = h('button', { type: 'button', class: 'secondary small', title: t('app:toolbar.summaryTitle') }, t('app:toolbar.summary'));
  const link = h('button', { type: 'button', class: 'secondary small' }, t('app:toolbar.copyLink'));
  const linkNote = h('span', { class: 'hint', 'aria-live': 'polite' });
  const docsNow = () => compared(store.get()).map((e) => e.run.result!);
  csv.addEventListener('click', () => downloadText(toCsv(docsNow()), 'borderflow-results.csv', 'text/csv'));
  json.addEventListener('click', () => downloadText(`${JSON.stringify(docsNow(), null, 2)}\n`, 'borderflow-results.json', 'application/json'));
  summary.addEventListener('click', () => downloadText(`${JSON.stringify(docsNow().map(summaryOf), null, 2)}\n`, 'borderflow-summary.json', 'application/json'));
  link.addEventListener('click', () => {
    const files = chosen(store.get()).filter((e) => e.kind === 'file').length;
    const note = files > 0 ? t('app:toolbar.filesNotInLink') : '';
    navigator.clipboard?.writeText(location.href).then(
      () => (linkNote.textContent = t('app:toolbar.linkCopied', { note })),
      () => (linkNote.textContent = t('app:toolbar.copyAddressBar', { note })),
    );
  });
  watch(store, (s) => [compared(s).length], (s) => {
    csv.disabled = json.disabled = summary.disabled = compared(s).length === 0;
  });

  const toolbar = h('div', { class: 'results-toolbar' }, h('span', { class: 'toolbar-label' }, t('app:toolbar.save')), csv, summary, json, link, linkNote);
  // What a link held that could not be used, named once at the top of the page.
  const linkProblems = h('section', { class: 'banner link-problems', id: 'link-problems', 'aria-label': t('app:linkProblems.label'), hidden: true });
  const dismiss = h('button', { type: 'button', class: 'secondary small' }, t('app:linkProblems.dismiss'));
  dismiss.addEventListener('click', () => (linkProblems.hidden = true));
  const problems = store.get().linkProblems;
  if (problems.length > 0) {
    linkProblems.hidden = false;
    setChildren(linkProblems, h('p', {}, h('strong', {}, t('app:linkProblems.lead')), t('app:linkProblems.rest')), h('ul', {}, problems.map((p) => h('li', {}, p))), dismiss);
  }
  setChildren(main, linkProblems, h('div', { class: 'main-head' }, tabs.list, toolbar), Object.values(panels));

  const widthOf = () => Math.min(1500, Math.max(300, main.clientWidth - 48));
  const compare = mountCompare(panels.compare, store, actions, widthOf);
  mountLaneTable(panels.table, store);
  mountStaffingGrid(panels.staffing, store, actions);
  mountObservedPanel(panels.observed, store, actions, widthOf);

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastWidth = widthOf();
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const w = widthOf();
      if (Math.abs(w - lastWidth) > 40) {
        lastWidth = w;
        compare.redraw();
      }
    }, 200);
  });

  // The Port, Lessons and Glossary views mount the first time they are shown.
  let port: PortViewHandle | null = null;
  let portKey = '';
  type WithOverrides = (s: Scenario, o: { horizonHours: number }) => Scenario;
  const portScenarios = (s: AppState, withOverrides: WithOverrides) =>
    compared(s)
      .slice(0, 2)
      .map((e) => ({ name: displayName(e), scenario: s.horizonHours !== null ? withOverrides(e.run.ran!, { horizonHours: s.horizonHours }) : e.run.ran! }));
  const portSeed = (s: AppState) => compared(s)[0]?.run.seed ?? s.seed;
  let portModule: Record<string, unknown> | null = null;
  async function showPort(s: AppState): Promise<void> {
    portModule ??= await loadPortView();
    s = store.get();
    if (s.tab !== 'port') return;
    const scenarios = portScenarios(s, portModule.withOverrides as WithOverrides);
    const key = JSON.stringify([scenarios.map((x) => x.scenario.name), compared(s).slice(0, 2).map((e) => e.run.key)]);
    const mount = portModule.mountPortView as MountPortView;
    if (scenarios.length === 0) {
      if (!port) setChildren(panels.port, h('h2', {}, t('app:port.heading')), h('p', { class: 'empty-state' }, t('app:port.empty')));
      return;
    }
    if (!port) {
      const box = h('div', { class: 'port-view' });
      setChildren(
        panels.port,
        h('h2', {}, t('app:port.animated')),
        h('p', { class: 'lede' }, t('app:port.lede')),
        box,
      );
      port = mount(box, { scenarios, seed: portSeed(s) });
      portKey = key;
    } else if (key !== portKey) {
      portKey = key;
      port.setScenarios(scenarios, portSeed(s));
    }
  }
  function pausePort(): void {
    const p = port as (PortViewHandle & { playback?: { pause?(): void } }) | null;
    p?.playback?.pause?.();
  }

  let lessonsHandle: { refresh?(): void } | null = null;
  let lessonsMounted = false;
  function showLessons(): void {
    if (lessonsMounted) return;
    lessonsMounted = true;
    void loadLessons().then((mod) => {
      const mount = mod.mountLessons as MountLessons;
      lessonsHandle =
        mount(panels.lessons, {
          onApply: (preset) => actions.applyPreset(preset),
          storage: storageOrNull(),
          // Only results of the current settings: a lesson must not tick a task on the previous run.
          getResults: () => {
            const docs = fresh(store.get()).map((e) => e.run.result!);
            return docs.length > 0 ? docs : null;
          },
        }) ?? null;
    });
  }
  let editorMounted: Promise<unknown> | null = null;
  let glossaryMounted = false;
  function showGlossary(): void {
    if (glossaryMounted) return;
    glossaryMounted = true;
    (glossaryModule.mountGlossary as MountGlossary)(panels.glossary);
  }

  watch(store, (s) => [s.tab], (s) => {
    tabs.show(s.tab);
    if (s.tab !== 'port') pausePort();
    if (s.tab === 'lessons') showLessons();
    if (s.tab === 'glossary') showGlossary();
    if (s.tab === 'editor') void (editorMounted ||= loadEditor().then((m) => (m.mountEditor as MountEditor)(panels.editor, { store, actions })));
  });
  watch(store, (s) => [s.tab, ...compared(s).slice(0, 2).map((e) => e.run.result)], (s) => {
    if (s.tab === 'port') void showPort(s);
  });

  // The hash holds the shareable state: the skip link moves focus without touching it, and a
  // hash typed or pasted by hand (the app itself only uses replaceState) reloads that state.
  doc.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (ev) => {
    ev.preventDefault();
    main.focus();
  });
  window.addEventListener('hashchange', () => location.reload());

  // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac). In a text field the field's own
  // undo works on the text instead.
  doc.addEventListener('keydown', (ev) => {
    if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return;
    const k = ev.key.toLowerCase();
    if (k !== 'z' && k !== 'y') return;
    const t = ev.target as HTMLElement | null;
    const typing = t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button'].includes(t.type)) || !!t?.isContentEditable;
    if (typing) return;
    ev.preventDefault();
    if (k === 'y' || ev.shiftKey) actions.redo();
    else actions.undo();
  });

  const announcer = byId('announcer');
  watch(store, (s) => [s.announcement, s.announced], (s) => {
    announcer.textContent = s.announcement;
    lessonsHandle?.refresh?.();
  });
}
