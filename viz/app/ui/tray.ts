// The scenario tray: one card per scenario (pin as baseline, include, edit in place, download, remove), plus adding bundled or dropped files.

import { MAX_SCENARIO_BYTES } from '../../../sim/index.ts';
import type { Actions } from '../actions.ts';
import { bundledFiles } from '../bundled.ts';
import { h, setChildren, uid } from '../dom.ts';
import { displayName, slug, toText, type Entry } from '../entries.ts';
import { downloadText } from '../download.ts';
import { fmtMinutes } from '../format.ts';
import { describeLevers } from '../levers.ts';
import type { AppState } from '../state.ts';
import type { Store } from '../store.ts';
import { t } from '../../i18n/index.ts';
import { fmtNumber } from '../format.ts';

const kindLabel = (kind: Entry['kind']): string => t(`tray:kind.${kind}`);

interface CardView {
  el: HTMLElement;
  update(e: Entry, s: AppState): void;
}

function statusText(e: Entry, isBase: boolean): string {
  if (!e.scenario) {
    if (isBase && e.chosen) return t('tray:status.invalidBaseline');
    return e.chosen ? t('tray:status.invalidChosen') : t('tray:status.invalid');
  }
  const r = e.run;
  if (r.status === 'refused') return t('tray:status.refused', { why: r.error ?? t('tray:status.tooLarge') });
  if (r.status === 'running') return t('tray:status.running', { done: fmtNumber(r.done, 0), total: fmtNumber(r.total, 0) });
  if (r.status === 'queued') return t('tray:status.queued');
  if (r.status === 'error') return t('tray:status.error', { error: r.error ?? t('tray:status.unknownError') });
  if (r.status === 'cancelled') return r.result ? t('tray:status.cancelledShowing') : t('tray:status.cancelled');
  if (!r.result) return t('tray:status.notRun');
  return t('tray:status.done', { wait: fmtMinutes(r.result.summary.wait.mean), seed: r.result.seed, replications: fmtNumber(r.result.replications, 0) });
}

function createCard(initial: Entry, actions: Actions): CardView {
  const titleId = uid('card-title');
  const editorId = uid('editor');
  const title = h('h3', { id: titleId, class: 'card-title', tabindex: -1 });
  const kind = h('span', { class: 'badge' });
  const baselineBadge = h('span', { class: 'badge baseline-badge' }, t('tray:baseline'));
  const fileLine = h('p', { class: 'card-file' });
  const status = h('p', { class: 'card-status' });
  const changes = h('ul', { class: 'card-changes' });
  const problems = h('ul', { class: 'problems', 'aria-label': t('tray:problemsLabel') });
  const include = h('input', { type: 'checkbox', id: uid('include') });
  const pin = h('button', { type: 'button', class: 'pin' });
  const edit = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': editorId }, t('tray:edit'));
  const yaml = h('button', { type: 'button' }, 'YAML');
  const json = h('button', { type: 'button' }, 'JSON');
  const remove = h('button', { type: 'button', class: 'remove' }, t('tray:remove'));
  // No wrapping: YAML's meaning is in its indentation.
  const textarea = h('textarea', { id: uid('text'), spellcheck: 'false', rows: 14, wrap: 'off', class: 'editor-text', autocomplete: 'off' });
  const editorStatus = h('p', { class: 'editor-status', 'aria-live': 'polite' });
  const editor = h(
    'div',
    { class: 'editor', id: editorId, hidden: true },
    h('label', { for: textarea.id }, t('tray:editorLabel')),
    textarea,
    editorStatus,
  );
  const el = h(
    'article',
    { class: 'card', 'aria-labelledby': titleId, 'data-id': initial.id },
    h('div', { class: 'card-head' }, title, kind, baselineBadge),
    fileLine,
    status,
    changes,
    problems,
    h(
      'div',
      { class: 'card-actions' },
      h('span', { class: 'include' }, include, h('label', { for: include.id }, t('tray:compare'))),
      pin,
      edit,
      h('span', { class: 'download-group', role: 'group', 'aria-label': t('tray:download') }, t('tray:save'), yaml, json),
      remove,
    ),
    editor,
  );

  let entry = initial;
  let typing: ReturnType<typeof setTimeout> | undefined;
  include.addEventListener('change', () => actions.setChosen(entry.id, include.checked));
  pin.addEventListener('click', () => actions.setBaseline(entry.id));
  remove.addEventListener('click', () => actions.remove(entry.id));
  edit.addEventListener('click', () => {
    const open = editor.hidden;
    editor.hidden = !open;
    edit.setAttribute('aria-expanded', String(open));
    if (open) {
      textarea.value = entry.text;
      textarea.focus();
    }
  });
  textarea.addEventListener('input', () => {
    clearTimeout(typing);
    editorStatus.textContent = t('tray:checking');
    typing = setTimeout(() => actions.editText(entry.id, textarea.value), 400);
  });
  const save = (format: 'yaml' | 'json') => {
    if (!entry.scenario) return;
    const name = `${slug(entry.scenario.name)}.${format}`;
    const text = format === 'yaml' && entry.kind === 'bundled' ? entry.text : toText(entry.scenario, name);
    downloadText(text, name, format === 'json' ? 'application/json' : 'application/yaml');
  };
  yaml.addEventListener('click', () => save('yaml'));
  json.addEventListener('click', () => save('json'));

  function update(e: Entry, s: AppState): void {
    entry = e;
    const name = displayName(e);
    const isBase = s.baselineId === e.id;
    title.textContent = name;
    kind.textContent = kindLabel(e.kind);
    baselineBadge.hidden = !isBase;
    el.classList.toggle('is-baseline', isBase);
    el.classList.toggle('is-invalid', e.problems.length > 0);
    el.classList.toggle('is-selected', s.selectedId === e.id);
    el.classList.toggle('is-excluded', !e.chosen);
    fileLine.textContent = e.fileName;
    fileLine.hidden = name === e.fileName;
    el.dataset.file = e.fileName;
    status.textContent = statusText(e, isBase);
    el.classList.toggle('is-refused', e.run.status === 'refused');
    setChildren(changes, e.levers && e.leverBase ? describeLevers(e.leverBase, e.levers).map((l) => h('li', {}, l)) : []);
    setChildren(
      problems,
      e.problems.map((p) => {
        const m = /^([^\s:]+(?:\[\d+\])*(?:\.[^\s:]+)*): (.*)$/s.exec(p);
        return h('li', {}, m ? [h('code', {}, m[1]), `: ${m[2]}`] : p);
      }),
    );
    problems.hidden = e.problems.length === 0;
    include.checked = e.chosen;
    include.disabled = !e.scenario;
    pin.textContent = isBase ? t('tray:baselineCheck') : t('tray:pin');
    pin.setAttribute('aria-pressed', String(isBase));
    pin.setAttribute('aria-label', isBase ? t('tray:isBaseline', { name }) : t('tray:pinName', { name }));
    pin.disabled = !e.scenario || !e.chosen;
    remove.setAttribute('aria-label', t('tray:removeName', { name }));
    yaml.disabled = json.disabled = !e.scenario;
    yaml.setAttribute('aria-label', t('tray:saveAs', { name, format: 'YAML' }));
    json.setAttribute('aria-label', t('tray:saveAs', { name, format: 'JSON' }));
    editorStatus.textContent = e.problems.length > 0 ? t('tray:problems', { count: e.problems.length }) : t('tray:valid');
    if (document.activeElement !== textarea && !editor.hidden && textarea.value !== e.text) textarea.value = e.text;
  }

  update(initial, { baselineId: null, selectedId: null } as AppState);
  return { el, update };
}

export function mountTray(root: HTMLElement, store: Store<AppState>, actions: Actions): { focusCard(id: string): void } {
  const list = h('div', { class: 'cards', id: 'scenario-cards' });
  const views = new Map<string, CardView>();

  const addSelect = h('select', { id: uid('add-bundled'), class: 'add-select' });
  const addButton = h('button', { type: 'button' }, t('tray:add'));
  addButton.addEventListener('click', () => {
    if (addSelect.value) actions.addBundled(addSelect.value);
  });

  const fileInput = h('input', { type: 'file', id: 'scenario-file', accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml', multiple: true, class: 'visually-hidden' });
  fileInput.addEventListener('change', () => {
    if (fileInput.files && fileInput.files.length > 0) actions.addFiles([...fileInput.files]);
    fileInput.value = '';
  });
  const drop = h(
    'div',
    { class: 'dropzone' },
    h('p', {}, t('tray:drop', { mb: fmtNumber(Math.round(MAX_SCENARIO_BYTES / 1e6), 0) })),
    h('label', { for: fileInput.id, class: 'button-like' }, t('tray:choose')),
    fileInput,
  );
  const zone = root;
  zone.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('is-over');
  });
  zone.addEventListener('dragleave', (ev) => {
    if (ev.target === zone || !zone.contains(ev.relatedTarget as Node)) drop.classList.remove('is-over');
  });
  zone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('is-over');
    const files = ev.dataTransfer?.files;
    if (files && files.length > 0) actions.addFiles([...files]);
  });

  root.append(
    h('h2', {}, t('tray:heading')),
    h('p', { class: 'hint' }, t('tray:hint')),
    list,
    h('div', { class: 'field-row add-row' }, h('label', { for: addSelect.id }, t('tray:addBundled')), addSelect, addButton),
    drop,
  );

  const render = (s: AppState) => {
    const seen = new Set<string>();
    let before: Element | null = list.firstElementChild;
    // Cards in the comparison first, in their order; the rest (kept for later) after them.
    for (const e of [...s.entries.filter((x) => x.chosen), ...s.entries.filter((x) => !x.chosen)]) {
      seen.add(e.id);
      let v = views.get(e.id);
      if (!v) {
        v = createCard(e, actions);
        views.set(e.id, v);
      }
      v.update(e, s);
      if (v.el !== before) list.insertBefore(v.el, before);
      else before = before.nextElementSibling;
    }
    for (const [id, v] of views) {
      if (!seen.has(id)) {
        v.el.remove();
        views.delete(id);
      }
    }
    const inTray = new Set(s.entries.filter((e) => e.kind === 'bundled').map((e) => e.bundled));
    const options = bundledFiles.filter((f) => !inTray.has(f.stem));
    const current = addSelect.value;
    setChildren(addSelect, options.map((f) => h('option', { value: f.stem }, f.scenario?.name ?? f.fileName)));
    if (options.some((f) => f.stem === current)) addSelect.value = current;
    addSelect.disabled = addButton.disabled = options.length === 0;
    if (options.length === 0) setChildren(addSelect, h('option', {}, t('tray:allInTray')));
  };
  store.subscribe(render);
  render(store.get());

  return {
    focusCard(id: string) {
      const v = views.get(id);
      if (!v) return;
      v.el.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      v.el.querySelector<HTMLElement>('.card-title')?.focus();
    },
  };
}
