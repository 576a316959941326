// The app's behaviour: carries out every action, runs scenarios in workers, and keeps the link current.

import { MAX_SCENARIO_BYTES } from '../../sim/index.ts';
import type { Actions } from './actions.ts';
import type { LessonPresetLike } from './contracts.ts';
import { bundledByStem } from './bundled.ts';
import { fromBundled, fromFile, keptCopy, refusedFile, withLevers, withText, type Entry, type RunState } from './entries.ts';
import { applyPresetTo } from './lesson-preset.ts';
import { initialState, urlStateOf } from './link-state.ts';
import { describeLevers, type Levers } from './levers.ts';
import { CancelledError, createRunner, type JobHandle } from './runner.ts';
import { chosen, entryById, replaceEntry, runKey, seedFor, type AppState } from './state.ts';
import { createStore, watch, type Store } from './store.ts';
import { formatHash } from './url-state.ts';

const RERUN_DELAY_MS = 350;

export interface Controller {
  store: Store<AppState>;
  actions: Actions;
  /** Called when a chart mark reveals a card (the tray focuses it). */
  onReveal(fn: (id: string) => void): void;
}

export function createController(hash: string): Controller {
  const store = createStore<AppState>(initialState(hash));
  const runner = createRunner();
  const handles = new Map<string, JobHandle>();
  const progress = new Map<string, { done: number; total: number }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let batch = { scenarios: 0, replications: 0, failed: 0, cancelled: 0 };
  let revealFn: (id: string) => void = () => {};

  const update = (fn: (s: AppState) => AppState) => store.update(fn);
  const setRun = (id: string, run: Partial<RunState>) =>
    update((s) => {
      const e = entryById(s, id);
      return e ? replaceEntry(s, { ...e, run: { ...e.run, ...run } }) : s;
    });
  const publishProgress = () => {
    let done = 0;
    let total = 0;
    for (const p of progress.values()) {
      done += p.done;
      total += p.total;
    }
    update((s) => ({ ...s, progress: progress.size > 0 ? { done, total } : null }));
  };

  function finishOne(): void {
    if (handles.size > 0) return;
    const b = batch;
    batch = { scenarios: 0, replications: 0, failed: 0, cancelled: 0 };
    progress.clear();
    const msg =
      b.cancelled > 0
        ? `Run cancelled${b.scenarios > 0 ? ` (${b.scenarios} scenario${b.scenarios === 1 ? '' : 's'} had finished)` : ''}`
        : b.scenarios > 0
        ? `Run finished: ${b.scenarios} scenario${b.scenarios === 1 ? '' : 's'} × ${b.replications} replications${b.failed ? ` (${b.failed} failed)` : ''}`
        : b.failed > 0
          ? `Run failed for ${b.failed} scenario${b.failed === 1 ? '' : 's'}`
          : 'Run cancelled';
    update((s) => ({ ...s, progress: null, announcement: msg, announced: s.announced + 1 }));
  }

  function start(id: string): void {
    const s = store.get();
    const e = entryById(s, id);
    handles.get(id)?.cancel();
    if (!e?.scenario) return;
    const key = runKey(s, e);
    const seed = seedFor(s, e);
    const scenario = e.scenario;
    progress.set(id, { done: 0, total: s.replications });
    setRun(id, { status: 'queued', done: 0, total: s.replications, error: null });
    publishProgress();
    const handle = runner.run({
      scenario,
      seed,
      replications: s.replications,
      horizonHours: s.horizonHours,
      onProgress: (done, total) => {
        progress.set(id, { done, total });
        setRun(id, { status: 'running', done, total });
        publishProgress();
      },
    });
    handles.set(id, handle);
    handle.promise.then(
      (doc) => {
        if (handles.get(id) !== handle) return;
        handles.delete(id);
        batch.scenarios += 1;
        batch.replications = doc.replications;
        setRun(id, { status: 'done', result: doc, ran: scenario, key, seed, done: doc.replications, total: doc.replications });
        finishOne();
      },
      (err: unknown) => {
        if (handles.get(id) !== handle) return;
        handles.delete(id);
        progress.delete(id);
        if (err instanceof CancelledError) {
          batch.cancelled += 1;
          setRun(id, { status: 'cancelled' });
        }
        else {
          batch.failed += 1;
          setRun(id, { status: 'error', error: err instanceof Error ? err.message : String(err) });
        }
        finishOne();
      },
    );
  }

  /** Runs every chosen card whose result is missing or out of date (or all, when forced). */
  function runStale(force = false): void {
    const s = store.get();
    const due = chosen(s).filter((e) => e.scenario && (force || e.run.key !== runKey(s, e) || !e.run.result));
    if (due.length === 0) {
      update((x) => ({ ...x, announcement: 'Results are up to date: the same seed and settings give the same numbers.', announced: x.announced + 1 }));
      return;
    }
    for (const e of due) start(e.id);
  }

  function later(id: string, fn: () => void, ms = RERUN_DELAY_MS): void {
    clearTimeout(timers.get(id));
    timers.set(id, setTimeout(() => {
      timers.delete(id);
      fn();
    }, ms));
  }

  function ensureBaseline(s: AppState): AppState {
    const list = chosen(s).filter((e) => e.scenario);
    const baselineId = list.some((e) => e.id === s.baselineId) ? s.baselineId : (list[0]?.id ?? null);
    const leverSource = s.entries.some((e) => e.id === s.leverSource) ? s.leverSource : baselineId;
    return { ...s, baselineId, leverSource };
  }

  async function readFile(file: File): Promise<Entry> {
    if (file.size > MAX_SCENARIO_BYTES) {
      return refusedFile(file.name, `file is ${file.size.toLocaleString('en')} bytes; expected at most ${MAX_SCENARIO_BYTES.toLocaleString('en')} (refused without reading it)`);
    }
    try {
      const text = await file.text();
      // Let the page paint "reading…" before a large parse.
      await new Promise((r) => setTimeout(r, 0));
      return fromFile(file.name, text);
    } catch (err) {
      return refusedFile(file.name, `could not read the file: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const actions: Actions = {
    runAll: (force) => runStale(force),
    cancel() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      for (const h of [...handles.values()]) h.cancel();
    },
    setSeed(seed) {
      update((s) => ({ ...s, seed }));
      later('*', () => runStale());
    },
    reroll() {
      update((s) => ({ ...s, seed: s.seed + 1 }));
      later('*', () => runStale());
    },
    setCrn(crn) {
      update((s) => ({ ...s, crn }));
      later('*', () => runStale());
    },
    setReplications(replications) {
      update((s) => ({ ...s, replications }));
      later('*', () => runStale());
    },
    setBaseline(id) {
      update((s) => ({ ...s, baselineId: id }));
    },
    setChosen(id, on) {
      update((s) => {
        const e = entryById(s, id);
        return e ? ensureBaseline(replaceEntry(s, { ...e, chosen: on })) : s;
      });
      if (on) later('*', () => runStale());
      else handles.get(id)?.cancel();
    },
    remove(id) {
      handles.get(id)?.cancel();
      update((s) => ensureBaseline({ ...s, entries: s.entries.filter((e) => e.id !== id), selectedId: s.selectedId === id ? null : s.selectedId }));
    },
    addBundled(stem) {
      const f = bundledByStem(stem);
      if (!f) return;
      update((s) => ensureBaseline({ ...s, entries: [...s.entries, fromBundled(f, true)] }));
      later('*', () => runStale());
    },
    addFiles(files) {
      void Promise.all(files.map(readFile)).then((entries) => {
        update((s) => ensureBaseline({ ...s, entries: [...s.entries, ...entries] }));
        if (entries.some((e) => e.scenario)) later('*', () => runStale());
      });
    },
    editText(id, text) {
      update((s) => {
        const e = entryById(s, id);
        if (!e) return s;
        const next = withText(e, text);
        // A dropped file that was never valid joins the comparison once it is fixed.
        if (e.kind === 'file' && !e.scenario && !e.run.result && next.scenario) next.chosen = true;
        return ensureBaseline(replaceEntry(s, next));
      });
      const e = entryById(store.get(), id);
      if (e?.scenario && e.chosen) later(id, () => start(id), 800);
    },
    setLeverSource(id) {
      update((s) => ({ ...s, leverSource: id }));
    },
    setLevers(levers: Levers) {
      const s = store.get();
      const source = entryById(s, s.leverSource);
      if (!source) return;
      let edited: Entry;
      if (source.levers !== null && source.leverBase) edited = withLevers(source, levers, source);
      else if (source.scenario) edited = withLevers(source, levers);
      else return;
      update((x) => {
        if (x.entries.some((e) => e.id === edited.id)) return replaceEntry(x, edited);
        const i = x.entries.findIndex((e) => e.id === source.id);
        const entries = [...x.entries];
        entries.splice(i + 1, 0, edited);
        return { ...x, entries, leverSource: edited.id };
      });
      if (edited.scenario) later(edited.id, () => start(edited.id));
      else handles.get(edited.id)?.cancel();
    },
    keepSetting() {
      const s = store.get();
      const e = entryById(s, s.leverSource);
      if (!e || e.kind !== 'edited' || !e.leverBase) return;
      const n = s.entries.filter((x) => x.from === e.id).length + 1;
      const kept = keptCopy(e, `${e.leverBase.name} (setting ${n}: ${describeLevers(e.leverBase, e.levers ?? {}).join('; ')})`);
      if (!kept) return;
      update((x) => {
        const i = x.entries.findIndex((y) => y.id === e.id);
        const entries = [...x.entries];
        entries.splice(i + 1, 0, kept);
        return { ...x, entries };
      });
      start(kept.id);
    },
    applyPreset(p: LessonPresetLike) {
      const next = applyPresetTo(store.get(), p);
      if (next === null) return;
      if (typeof next === 'string') {
        update((s) => ({ ...s, announcement: next, announced: s.announced + 1 }));
        return;
      }
      update(() => ensureBaseline(next));
      runStale();
    },
    setTab(tab) {
      update((s) => ({ ...s, tab }));
    },
    reveal(id) {
      const e = entryById(store.get(), id);
      if (!e) return;
      update((s) => ({ ...s, selectedId: id }));
      revealFn(id);
    },
  };

  // Keep the link current without adding history entries.
  watch(store, (s) => [...s.entries.flatMap((e) => [e.id, e.scenario, e.chosen, e.levers]), s.baselineId, s.seed, s.crn, s.replications, s.horizonHours, s.tab, s.leverSource], (s) => {
    const hash = formatHash(urlStateOf(s));
    if (hash !== location.hash) history.replaceState(null, '', hash);
  });

  return {
    store,
    actions,
    onReveal(fn) {
      revealFn = fn;
    },
  };
}
