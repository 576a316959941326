// The scenario editor: a form generated from the scenario's JSON Schema, checked live by the same
// validator as a file, that adds the scenario to the workspace or saves it as YAML. Loaded on
// demand (its own chunk) the first time its tab is shown.

import { parseText, scenarioJsonSchema, validateScenario, type ScenarioProblem } from '../../sim/index.ts';
import { bundledFiles } from '../app/bundled.ts';
import { h, setChildren } from '../app/dom.ts';
import { downloadText } from '../app/download.ts';
import { slug, toText } from '../app/entries.ts';
import type { Scenario } from '../app/scenario-types.ts';
import { watch, type Store } from '../app/store.ts';
import { t } from './texts.ts';
import { renderForm, type FormHost } from './form.ts';
import { placeProblems, reveal } from './problems.ts';
import { blankValue, type JsonSchema, type Path, setAt } from './schema-walk.ts';
import { ensureStyles } from './styles.ts';

export { renderForm, type FormHost } from './form.ts';
export { placeProblems, elementsByPath, targetOf, parentPath } from './problems.ts';
export * from './schema-walk.ts';

/** The scenario schema the form is generated from (the input side: fields with defaults are optional). */
export function editorSchema(): JsonSchema {
  return scenarioJsonSchema() as JsonSchema;
}

/** A new scenario: the schema's required fields at their blank values (one port, one flow, one lane group). */
export function blankScenario(schema: JsonSchema = editorSchema()): unknown {
  return blankValue(schema, schema);
}

/** The scenario as a YAML file, as the editor saves and adds it. */
export function scenarioYaml(value: unknown): string {
  // The same YAML writer as a card's text.
  return toText(value as Scenario, 'scenario.yaml');
}

/** File name for the scenario: its name as a slug. */
export function fileNameOf(value: unknown): string {
  const name = value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : '';
  return `${slug(name)}.yaml`;
}

const FILE = 'editor';

/** What the editor reads of the app's state: the cards, to start from one. */
interface AppLike {
  entries: { id: string; fileName: string; text: string; scenario: { name: string } | null }[];
}

/** What the editor asks of the app: add a file to the workspace, as a dropped one; show a tab. */
export interface EditorActions {
  addFiles(files: File[]): void;
  setTab(tab: 'compare'): void;
}

export interface EditorHandle {
  /** Replaces what the form edits (a parsed scenario, valid or not). */
  load(value: unknown): void;
  value(): unknown;
  problems(): ScenarioProblem[];
}

export function mountEditor(container: HTMLElement, opts: { store: Store<AppLike>; actions: EditorActions }): EditorHandle {
  ensureStyles(container.ownerDocument);
  const schema = editorSchema();
  let value: unknown = blankScenario(schema);
  let problems: ScenarioProblem[] = [];
  const open = new Map<string, boolean>();

  const start = h('select', { id: 'ed-start' });
  const openButton = h('button', { type: 'button', class: 'secondary' }, t('editor:open'));
  const addButton = h('button', { type: 'button', class: 'primary', id: 'ed-add' }, t('editor:add'));
  const downloadButton = h('button', { type: 'button', class: 'secondary', id: 'ed-download' }, t('editor:download'));
  const status = h('p', { class: 'ed-status', 'aria-live': 'polite' });
  const summaryHeading = h('h3', { id: 'ed-summary-heading' }, t('editor:problemsHeading'));
  const summaryText = h('p', { class: 'ed-summary-text' });
  const summaryList = h('ul', { class: 'ed-summary-list' });
  const summary = h('section', { class: 'ed-summary', 'aria-labelledby': 'ed-summary-heading' }, summaryHeading, summaryText, summaryList);
  const form = h('form', { class: 'ed-form', novalidate: true, 'aria-label': t('editor:formLabel') });
  form.addEventListener('submit', (ev) => ev.preventDefault());

  function fillStart(s: AppLike): void {
    const keep = start.value;
    const mine = s.entries.filter((e) => e.text && parseText(e.text, e.fileName).ok);
    setChildren(
      start,
      h('option', { value: 'blank' }, t('editor:blank')),
      h('optgroup', { label: t('editor:bundledGroup') }, bundledFiles.map((f) => h('option', { value: `b:${f.stem}` }, f.scenario?.name ?? f.fileName))),
      mine.length > 0 ? h('optgroup', { label: t('editor:trayGroup') }, mine.map((e) => h('option', { value: `e:${e.id}` }, e.scenario?.name ?? e.fileName))) : null,
    );
    if ([...start.options].some((o) => o.value === keep)) start.value = keep;
  }
  watch(opts.store, (s) => s.entries.map((e) => e.text), fillStart);

  const host: FormHost = {
    root: schema,
    value: () => value,
    write(path: Path, next: unknown, rebuild: boolean, focus?: string) {
      value = setAt(value, path, next);
      if (rebuild) draw(focus);
      check();
    },
    open,
  };

  function draw(focus?: string): void {
    const y = window.scrollY;
    form.replaceChildren(renderForm(host));
    if (focus) {
      const el = form.querySelector<HTMLElement>(`[data-focus="${focus.replace(/["\\]/g, '\\$&')}"]`);
      if (el && !(el as HTMLButtonElement).disabled) el.focus({ preventScroll: true });
      else form.querySelector<HTMLElement>(`[data-focus^="field:${focus.replace(/^[a-z]+:/, '').replace(/["\\]/g, '\\$&')}"]`)?.focus({ preventScroll: true });
    }
    window.scrollTo({ top: y });
  }

  function check(): void {
    const r = validateScenario(value, FILE);
    problems = r.ok ? [] : r.problems;
    const placed = placeProblems(form, problems);
    addButton.disabled = problems.length > 0;
    summaryList.replaceChildren();
    if (problems.length === 0) {
      summary.classList.remove('has-problems');
      summaryText.textContent = t('editor:valid');
      return;
    }
    summary.classList.add('has-problems');
    summaryText.textContent = problems.length === 1 ? t('editor:problemsOne') : t('editor:problemsMany', { count: problems.length });
    for (const { problem, target } of placed) {
      const label = target?.querySelector(':scope > .ed-head .ed-label, :scope > legend .ed-label')?.textContent ?? '';
      const where = problem.path || t('editor:wholeScenario');
      const item = h('li', {});
      if (target) {
        const link = h('button', { type: 'button', class: 'ed-link' }, label ? `${label} ` : '', h('code', {}, where));
        link.addEventListener('click', () => reveal(target));
        item.append(link, `: ${problem.message}`);
      } else item.append(h('code', {}, where), `: ${problem.message}`);
      summaryList.appendChild(item);
    }
  }

  /** What the form held when last opened: opening another scenario over changes asks first. */
  let opened = JSON.stringify(value);
  function load(next: unknown): void {
    value = next;
    opened = JSON.stringify(value);
    open.clear();
    draw();
    check();
  }

  openButton.addEventListener('click', () => {
    if (JSON.stringify(value) !== opened && !window.confirm(t('editor:replaceConfirm'))) return;
    const choice = start.value;
    if (choice === 'blank') {
      load(blankScenario(schema));
      status.textContent = t('editor:openedBlank');
      return;
    }
    const source = choice.startsWith('b:')
      ? bundledFiles.find((f) => `b:${f.stem}` === choice)
      : opts.store.get().entries.find((e) => `e:${e.id}` === choice);
    if (!source) return;
    const parsed = parseText(source.text, source.fileName);
    if (!parsed.ok) return;
    load(parsed.value);
    status.textContent = t('editor:opened', { name: source.fileName });
  });

  addButton.addEventListener('click', () => {
    if (problems.length > 0) return;
    const fileName = fileNameOf(value);
    opts.actions.addFiles([new File([scenarioYaml(value)], fileName, { type: 'application/yaml' })]);
    const go = h('button', { type: 'button', class: 'secondary small' }, t('editor:showCompare'));
    go.addEventListener('click', () => opts.actions.setTab('compare'));
    setChildren(status, t('editor:added', { name: fileName }), ' ', go);
  });
  downloadButton.addEventListener('click', () => downloadText(scenarioYaml(value), fileNameOf(value), 'application/yaml'));

  setChildren(
    container,
    h('h2', {}, t('editor:heading')),
    h('p', { class: 'lede' }, t('editor:lede')),
    h(
      'div',
      { class: 'ed-toolbar' },
      h('div', { class: 'ed-start' }, h('label', { for: 'ed-start' }, t('editor:startFrom')), start, openButton),
      h('div', { class: 'ed-actions' }, addButton, downloadButton),
    ),
    status,
    summary,
    form,
  );
  draw();
  check();

  return { load, value: () => value, problems: () => problems };
}
