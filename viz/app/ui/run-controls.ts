// The run panel: seed, common random numbers, re-roll, replications, run/cancel and progress.

import { termTip } from '../contracts.ts';
import { h, uid } from '../dom.ts';
import type { Actions } from '../actions.ts';
import { chosen, type AppState } from '../state.ts';
import type { Store } from '../store.ts';
import { t } from '../../i18n/index.ts';
import { fmtNumber } from '../format.ts';

export function mountRunControls(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const seedId = uid('seed');
  const repsId = uid('reps');
  const crnId = uid('crn');
  const seed = h('input', { id: seedId, type: 'number', min: 0, step: 1, inputmode: 'numeric', class: 'seed-input', 'aria-describedby': `${seedId}-hint` });
  const reps = h('input', { id: repsId, type: 'number', min: 2, max: 1000, step: 1, inputmode: 'numeric', class: 'reps-input', 'aria-describedby': `${repsId}-hint` });
  const crn = h('input', { id: crnId, type: 'checkbox', 'aria-describedby': `${crnId}-hint` });
  const reroll = h('button', { type: 'button', class: 'secondary' }, t('app:run.reroll'));
  const run = h('button', { type: 'button', class: 'primary', id: 'run-all' }, t('app:run.runAll'));
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'cancel-run' }, t('app:run.cancel'));
  const progress = h('progress', { id: 'run-progress', max: 1, value: 0, 'aria-label': t('app:run.progress') });
  const status = h('p', { class: 'run-status', id: 'run-status' });
  const undo = h('button', { type: 'button', class: 'secondary small', id: 'undo', 'aria-keyshortcuts': 'Control+Z' }, t('app:run.undo'));
  const redo = h('button', { type: 'button', class: 'secondary small', id: 'redo', 'aria-keyshortcuts': 'Control+Shift+Z Control+Y' }, t('app:run.redo'));
  const undoWhat = h('span', { class: 'history-label', id: 'undo-label' });
  const redoWhat = h('span', { class: 'history-label', id: 'redo-label' });
  undo.addEventListener('click', () => actions.undo());
  redo.addEventListener('click', () => actions.redo());
  const lesson = h(
    'div',
    { class: 'banner lesson-workspace', id: 'lesson-workspace', hidden: true },
    h('p', {}, h('strong', {}, t('app:run.lessonWorkspace')), t('app:run.lessonWorkspaceText')),
    h('button', { type: 'button', class: 'primary small', onclick: () => actions.leaveLesson() }, t('app:run.backToMine')),
  );

  seed.addEventListener('change', () => {
    const v = Number(seed.value);
    if (Number.isInteger(v) && v >= 0) actions.setSeed(v);
    else seed.value = String(store.get().seed);
  });
  reps.addEventListener('change', () => {
    const v = Number(reps.value);
    if (Number.isInteger(v) && v >= 2 && v <= 1000) actions.setReplications(v);
    else reps.value = String(store.get().replications);
  });
  crn.addEventListener('change', () => actions.setCrn(crn.checked));
  reroll.addEventListener('click', () => actions.reroll());
  run.addEventListener('click', () => actions.runAll(true));
  cancel.addEventListener('click', () => actions.cancel());

  root.append(
    lesson,
    h('div', { class: 'history-row', role: 'group', 'aria-label': t('app:run.undoRedo') },
      h('div', { class: 'history-item' }, undo, undoWhat),
      h('div', { class: 'history-item' }, redo, redoWhat),
    ),
    h('h2', {}, t('app:run.heading')),
    h('div', { class: 'field-row' },
      h('label', { for: seedId }, t('app:run.seed')),
      seed,
      reroll,
    ),
    h('p', { class: 'hint', id: `${seedId}-hint` }, t('app:run.seedHint')),
    h('div', { class: 'field-row' }, crn, h('label', { for: crnId, title: termTip('Common random numbers') || null }, t('app:run.crn'))),
    h('p', { class: 'hint', id: `${crnId}-hint` }, t('app:run.crnHint')),
    h('div', { class: 'field-row' }, h('label', { for: repsId, title: termTip('Replication') || null }, t('app:run.replications')), reps),
    h('p', { class: 'hint', id: `${repsId}-hint` }, t('app:run.replicationsHint')),
    h('div', { class: 'field-row buttons' }, run, cancel),
    progress,
    status,
  );

  const render = (s: AppState) => {
    if (document.activeElement !== seed) seed.value = String(s.seed);
    if (document.activeElement !== reps) reps.value = String(s.replications);
    crn.checked = s.crn;
    const list = chosen(s).filter((e) => e.scenario);
    const busy = s.progress !== null;
    const done = s.progress?.done ?? 0;
    const total = s.progress?.total ?? 0;
    cancel.disabled = !busy;
    run.disabled = list.length === 0;
    progress.max = Math.max(1, total);
    progress.value = busy ? done : progress.max;
    progress.setAttribute('aria-valuetext', busy ? t('app:run.progressText', { done: fmtNumber(done, 0), total: fmtNumber(total, 0) }) : t('app:run.idle'));
    status.textContent = busy ? t('app:run.running', { done: fmtNumber(done, 0), total: fmtNumber(total, 0) }) : s.announcement;
    undo.disabled = s.undoLabel === null;
    redo.disabled = s.redoLabel === null;
    undoWhat.textContent = s.undoLabel ?? t('app:run.nothingToUndo');
    redoWhat.textContent = s.redoLabel ?? t('app:run.nothingToRedo');
    // The whole label on hover when the sidebar cuts it short.
    undoWhat.title = s.undoLabel ? t('app:run.undoWhat', { what: s.undoLabel }) : '';
    redoWhat.title = s.redoLabel ? t('app:run.redoWhat', { what: s.redoLabel }) : '';
    undo.setAttribute('aria-label', s.undoLabel ? t('app:run.undoWhat', { what: s.undoLabel }) : t('app:run.undoNothing'));
    redo.setAttribute('aria-label', s.redoLabel ? t('app:run.redoWhat', { what: s.redoLabel }) : t('app:run.redoNothing'));
    lesson.hidden = s.workspace !== 'lesson';
  };
  store.subscribe(render);
  render(store.get());
}
