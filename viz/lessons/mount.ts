// mountLessons: the guided lessons panel — pick a lesson, predict, set its few controls, run, and watch tasks tick and the explanation appear.
//
// The app owns running: `onApply(preset)` asks it to set up and run the preset's scenarios,
// and `getResults()` hands back the documents. The panel checks for new results when
// `refresh()` is called and (by default) once a second.

import type { ResultDocument } from '../../sim/index.ts';
import { findTerm, termTooltip, termId } from '../glossary/index.ts';
import { text } from './text.ts';
import { lessons as allLessons } from './catalog.ts';
import { defaultValues, presetOf } from './preset.ts';
import { parseProgress, PROGRESS_KEY, record, resultsFor, serializeProgress } from './progress.ts';
import type { Lesson, LessonPreset } from './types.ts';

export interface LessonsOptions {
  /** Set up and run the preset's scenarios. */
  onApply(preset: LessonPreset): void;
  /** The latest result documents, or null while nothing has run. */
  getResults(): ResultDocument[] | null;
  /** Leave the lessons for the free sandbox (the button is shown only if given). */
  onSandbox?(): void;
  /** Milliseconds between checks for new results; false: only on `refresh()`. Default 1000. */
  poll?: number | false;
  /** Lesson to open first (id). */
  initial?: string;
  lessons?: Lesson[];
  /** Where progress is kept across visits (the page passes localStorage); none: progress lasts as long as the page. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

export interface LessonsHandle {
  destroy(): void;
  /** Looks for new results now (call when a run finishes). */
  refresh(): void;
  select(id: string): void;
  readonly lesson: Lesson;
  /** The preset for the current lesson and control values. */
  preset(): LessonPreset;
}

const CSS = `
.bf-lessons { font: 14px/1.5 system-ui, sans-serif; color: #000; display: flex; flex-wrap: wrap; gap: 16px; }
.bf-lessons :focus-visible { outline: 2px solid #0072B2; outline-offset: 2px; }
.bf-lessons nav { flex: 0 1 240px; }
.bf-lessons nav ol { padding-left: 20px; margin: 0; }
.bf-lessons nav button { font: inherit; text-align: left; background: none; border: 1px solid transparent; padding: 4px; cursor: pointer; }
.bf-lessons nav button[aria-current=step] { border-color: #0072B2; font-weight: 600; }
.bf-lesson { flex: 1 1 480px; max-width: 72ch; }
.bf-lesson fieldset { border: 1px solid #767676; border-radius: 4px; }
.bf-lesson .bf-lesson-control { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; margin: 8px 0; }
.bf-lesson .bf-lesson-control input { grid-column: 1 / 3; }
.bf-lesson ul.bf-lesson-tasks { list-style: none; padding-left: 0; }
.bf-lesson ul.bf-lesson-tasks li::before { content: "○ "; font-weight: 700; }
.bf-lesson ul.bf-lesson-tasks li[data-done=true]::before { content: "✓ "; color: #009E73; }
.bf-lesson abbr[title] { text-decoration: underline dotted; cursor: help; }
.bf-lesson button { font: inherit; }
.bf-lesson .bf-lesson-status { min-height: 1.5em; }
.bf-lessons .bf-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export function mountLessons(container: HTMLElement, opts: LessonsOptions): LessonsHandle {
  const doc = container.ownerDocument;
  if (!doc.getElementById('bf-lessons-style')) {
    const style = doc.createElement('style');
    style.id = 'bf-lessons-style';
    style.textContent = CSS;
    doc.head.append(style);
  }
  const list = opts.lessons ?? allLessons;
  const storage = opts.storage ?? null;
  const read = (): string | null => {
    try {
      return storage?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      return null;
    }
  };
  const restored = parseProgress(read(), list);
  const progress = restored.progress;
  const save = () => {
    try {
      storage?.setItem(PROGRESS_KEY, serializeProgress(current.id, progress));
    } catch {
      // Storage full or blocked: progress lasts as long as the page.
    }
  };
  const values = new Map<string, Record<string, number>>(list.map((l) => [l.id, defaultValues(l)]));
  const applied = new Map<string, LessonPreset>();
  let current = list.find((l) => l.id === opts.initial) ?? list.find((l) => l.id === restored.current) ?? list[0];

  const root = doc.createElement('section');
  root.className = 'bf-lessons';
  root.setAttribute('aria-label', text('ui', 'region'));
  const nav = doc.createElement('nav');
  nav.setAttribute('aria-label', text('ui', 'nav'));
  const navList = doc.createElement('ol');
  nav.append(navList);
  const article = doc.createElement('article');
  article.className = 'bf-lesson';
  root.append(nav, article);
  container.append(root);

  const status = doc.createElement('p');
  status.className = 'bf-lesson-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  function drawNav(): void {
    navList.replaceChildren(
      ...list.map((l) => {
        const li = doc.createElement('li');
        const b = doc.createElement('button');
        b.type = 'button';
        const done = progress.get(l.id)!.done.size;
        b.textContent = text('ui', 'navItem', { title: l.title, done, total: l.tasks.length });
        b.dataset.lesson = l.id;
        if (l === current) b.setAttribute('aria-current', 'step');
        b.addEventListener('click', () => select(l.id));
        li.append(b);
        return li;
      }),
    );
  }

  function drawLesson(): void {
    const lesson = current;
    const p = progress.get(lesson.id)!;
    const v = values.get(lesson.id)!;
    const h = doc.createElement('h2');
    h.id = `bf-lesson-${lesson.id}`;
    h.textContent = lesson.title;
    article.setAttribute('aria-labelledby', h.id);
    const intro = lesson.intro.map((t) => para(doc, t));
    const terms = doc.createElement('p');
    terms.append(doc.createTextNode(text('ui', 'termsUsed')));
    lesson.terms.forEach((t, i) => {
      if (i > 0) terms.append(doc.createTextNode(', '));
      const a = doc.createElement('abbr');
      a.title = termTooltip(t);
      a.dataset.glossary = termId(t);
      // The lesson names its terms in English; the reader sees each in the page's language.
      a.textContent = findTerm(t)?.term ?? t;
      terms.append(a);
    });

    // Predict first: the run button waits for a prediction.
    const fs = doc.createElement('fieldset');
    fs.className = 'bf-lesson-predict';
    const legend = doc.createElement('legend');
    legend.textContent = text('ui', 'predictFirst', { question: lesson.prediction.question });
    fs.append(legend);
    lesson.prediction.choices.forEach((c, i) => {
      const label = doc.createElement('label');
      label.style.display = 'block';
      const r = doc.createElement('input');
      r.type = 'radio';
      r.name = `bf-predict-${lesson.id}`;
      r.value = String(i);
      r.checked = p.prediction === i;
      r.addEventListener('change', () => {
        p.prediction = i;
        save();
        runButton.disabled = false;
        controls.hidden = false;
        status.textContent = text('ui', 'predictionNoted');
      });
      label.append(r, doc.createTextNode(` ${c}`));
      fs.append(label);
    });

    const controls = doc.createElement('div');
    controls.className = 'bf-lesson-controls';
    controls.hidden = p.prediction === null;
    for (const c of lesson.controls) {
      const wrap = doc.createElement('div');
      wrap.className = 'bf-lesson-control';
      const id = `bf-lesson-${lesson.id}-${c.id}`;
      const label = doc.createElement('label');
      label.htmlFor = id;
      label.textContent = c.label;
      const out = doc.createElement('output');
      const input = doc.createElement('input');
      input.type = 'range';
      input.id = id;
      input.dataset.control = c.id;
      input.min = String(c.min);
      input.max = String(c.max);
      input.step = String(c.step);
      input.value = String(v[c.id]);
      out.htmlFor.add(id);
      const show = () => {
        const text = c.valueText(Number(input.value));
        input.setAttribute('aria-valuetext', text);
        out.textContent = text;
      };
      input.addEventListener('input', () => {
        v[c.id] = Number(input.value);
        show();
      });
      show();
      wrap.append(label, out, input);
      controls.append(wrap);
    }

    const runButton = doc.createElement('button');
    runButton.type = 'button';
    runButton.className = 'bf-lesson-run';
    runButton.textContent = text('ui', 'run');
    runButton.disabled = p.prediction === null;
    runButton.addEventListener('click', () => {
      const preset = presetOf(lesson, v);
      applied.set(lesson.id, preset);
      status.textContent = text('ui', 'running', { names: preset.names.join(text('ui', 'and')), count: preset.replications, seed: preset.seed });
      opts.onApply(preset);
    });

    const tasksH = doc.createElement('h3');
    tasksH.textContent = text('ui', 'tasks');
    const tasks = doc.createElement('ul');
    tasks.className = 'bf-lesson-tasks';
    for (const t of lesson.tasks) {
      const li = doc.createElement('li');
      li.dataset.task = t.id;
      li.dataset.done = String(p.done.has(t.id));
      li.append(doc.createTextNode(t.text));
      const state = doc.createElement('span');
      state.className = 'bf-visually-hidden';
      state.textContent = p.done.has(t.id) ? text('ui', 'done') : text('ui', 'notYet');
      li.append(state);
      tasks.append(li);
    }

    const results = doc.createElement('section');
    results.className = 'bf-lesson-results';
    results.hidden = p.history.length === 0;
    const resH = doc.createElement('h3');
    resH.textContent = text('ui', 'shows');
    const resList = doc.createElement('ul');
    const latest = p.history[p.history.length - 1];
    if (latest) for (const line of lesson.observe(latest)) resList.append(item(doc, line));
    const verdict = para(doc, p.prediction === null ? '' : text('ui', 'verdict', { mine: lesson.prediction.choices[p.prediction], answer: lesson.prediction.choices[lesson.prediction.answer] }));
    results.append(resH, resList, verdict);

    const explain = doc.createElement('section');
    explain.className = 'bf-lesson-explain';
    explain.hidden = p.history.length === 0;
    const exH = doc.createElement('h3');
    exH.textContent = text('ui', 'why');
    explain.append(exH, ...lesson.explanation.map((t) => para(doc, t)));

    const next = doc.createElement('p');
    const i = list.indexOf(lesson);
    if (i + 1 < list.length) {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = text('ui', 'next', { title: list[i + 1].title });
      b.addEventListener('click', () => select(list[i + 1].id));
      next.append(b);
    }
    if (opts.onSandbox) {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = text('ui', 'sandbox');
      b.addEventListener('click', () => opts.onSandbox!());
      next.append(doc.createTextNode(' '), b);
    }

    article.replaceChildren(h, ...intro, terms, fs, controls, runButton, status, tasksH, tasks, results, explain, next);
  }

  function select(id: string): void {
    const l = list.find((x) => x.id === id);
    if (!l) return;
    current = l;
    save();
    status.textContent = '';
    drawNav();
    drawLesson();
  }

  function refresh(): void {
    const preset = applied.get(current.id);
    if (!preset) return;
    const latest = resultsFor(preset, opts.getResults());
    if (!latest) return;
    const p = progress.get(current.id)!;
    const known = p.history.some((r) => r.length === latest.length && r.every((d, i) => d === latest[i]));
    if (known) return;
    const newly = record(current, p, latest);
    save();
    drawNav();
    drawLesson();
    const names = newly.map((id) => current.tasks.find((t) => t.id === id)?.text ?? id);
    status.textContent = names.length ? text('ui', 'resultsDone', { names: names.join(' ') }) : text('ui', 'resultsIn');
  }

  drawNav();
  drawLesson();
  const win = doc.defaultView;
  const timer = opts.poll === false || !win ? null : win.setInterval(refresh, opts.poll ?? 1000);

  return {
    destroy() {
      if (timer !== null) win!.clearInterval(timer);
      root.remove();
    },
    refresh,
    select,
    get lesson() {
      return current;
    },
    preset: () => presetOf(current, values.get(current.id)!),
  };
}

function para(doc: Document, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

function item(doc: Document, text: string): HTMLLIElement {
  const li = doc.createElement('li');
  li.textContent = text;
  return li;
}
