// The app's behaviour: carries out every action, runs scenarios in workers, and keeps the link current.

import { MAX_SCENARIO_BYTES, type ResultDocument } from '../../sim/index.ts';
import type { Actions } from './actions.ts';
import type { LessonPresetLike } from './contracts.ts';
import { bundledByStem } from './bundled.ts';
import { displayName, fromBundled, fromFile, keptCopy, refusedFile, withLevers, withText, type Entry, type RunState } from './entries.ts';
import { emptyHistory, push, redo, redoLabel, undo, undoLabel, type History } from './history.ts';
import { applyPresetTo } from './lesson-preset.ts';
import { initialState, urlStateOf } from './link-state.ts';
import { describeLevers, type Levers } from './levers.ts';
import { cacheKey, createResultCache, type ResultCache } from './result-cache.ts';
import { CancelledError, createRunner, type Job, type JobHandle } from './runner.ts';
import { chosen, entryById, replaceEntry, runKey, sameWorkspace, seedFor, withWorkspace, workspaceOf, type AppState, type Workspace } from './state.ts';
import { estimateWork } from './work-estimate.ts';
import { createStore, watch, type Store } from './store.ts';
import { formatHash } from './url-state.ts';
import { language, t } from '../i18n/index.ts';
import { fmtNumber } from './format.ts';

const RERUN_DELAY_MS = 350;
/** Results kept in memory for undo and redo (the browser cache keeps more, across visits). */
const MEMORY_RESULTS = 24;

export interface Controller {
  store: Store<AppState>;
  actions: Actions;
  /** Called when a chart mark reveals a card (the tray focuses it). */
  onReveal(fn: (id: string) => void): void;
}

export interface ControllerOptions {
  cache?: ResultCache;
}

export function createController(hash: string, opts: ControllerOptions = {}): Controller {
  const store = createStore<AppState>(initialState(hash));
  const runner = createRunner();
  const cache = opts.cache ?? createResultCache();
  // Recent results by cache key, so undo and redo find them without a database round trip.
  const recent = new Map<string, ResultDocument>();
  const remember = (key: string, doc: ResultDocument) => {
    recent.delete(key);
    recent.set(key, doc);
    while (recent.size > MEMORY_RESULTS) recent.delete(recent.keys().next().value!);
  };
  let history: History<Workspace> = emptyHistory();
  // The user's workspace and its history while a lesson has the page.
  let saved: { workspace: Workspace; history: History<Workspace> } | null = null;
  const handles = new Map<string, JobHandle & { fromCache(): boolean }>();
  const progress = new Map<string, { done: number; total: number }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let batch = { scenarios: 0, replications: 0, failed: 0, cancelled: 0, cached: 0, refused: 0 };
  let revealFn: (id: string) => void = () => {};
  // The run key each refused card was refused for: it is not tried again until something changes.
  const refusedFor = new Map<string, string>();

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
    batch = { scenarios: 0, replications: 0, failed: 0, cancelled: 0, cached: 0, refused: 0 };
    progress.clear();
    const fromCache =
      b.cached > 0
        ? t('app:done.fromCache', { what: b.cached === b.scenarios ? (b.cached === 1 ? t('app:done.restored') : t('app:done.allRestored')) : t('app:done.someRestored', { count: b.cached }) })
        : '';
    const refused = b.refused > 0 ? t('app:done.refused', { count: b.refused }) : '';
    const msg =
      b.cancelled > 0
        ? b.scenarios > 0
          ? t('app:done.cancelledAfter', { count: b.scenarios })
          : t('app:done.cancelled')
        : b.scenarios > 0
        ? t('app:done.finished', {
            count: b.scenarios,
            replications: fmtNumber(b.replications, 0),
            failed: b.failed - b.refused > 0 ? t('app:done.failedPart', { count: b.failed - b.refused }) : '',
            refused,
            cached: fromCache,
          })
        : b.refused > 0 && b.refused === b.failed
          ? t('app:done.notRun', { count: b.refused })
          : b.failed > 0
            ? t('app:done.failed', { count: b.failed })
            : t('app:done.cancelled');
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
    // Refuse before any work a run the page could not finish (a link with perDay: 1e12, say).
    const estimate = estimateWork(scenario, s.replications, s.horizonHours);
    if (estimate.refusal) {
      handles.delete(id);
      refusedFor.set(id, key!);
      progress.delete(id);
      batch.failed += 1;
      batch.refused += 1;
      setRun(id, { status: 'refused', error: t('app:done.wouldNeed', { name: scenario.name, why: estimate.refusal }), result: null, ran: null, key: null, seed: null, done: 0, total: 0 });
      publishProgress();
      // After the other cards of this batch have started, so the batch is announced once, at its end.
      queueMicrotask(finishOne);
      return;
    }
    progress.set(id, { done: 0, total: s.replications });
    setRun(id, { status: 'queued', done: 0, total: s.replications, error: null });
    publishProgress();
    const handle = runCached(key!, {
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
        if (handle.fromCache()) batch.cached += 1;
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

  /** A run that first looks for the same run (by key, engine version included) in memory and in the browser's cache. */
  function runCached(key: string, job: Job): JobHandle & { fromCache(): boolean } {
    const ck = cacheKey(key);
    let inner: JobHandle | null = null;
    let cancelled = false;
    let hit = false;
    let rejectFn: (e: Error) => void = () => {};
    const promise = new Promise<ResultDocument>((resolve, reject) => {
      rejectFn = reject;
      void (async () => {
        const doc = recent.get(ck) ?? (await cache.get(ck));
        if (cancelled) return;
        if (doc) {
          hit = true;
          remember(ck, doc);
          resolve(doc);
          return;
        }
        inner = runner.run(job);
        inner.promise.then((d) => {
          remember(ck, d);
          void cache.put(ck, d);
          resolve(d);
        }, reject);
      })();
    });
    return {
      promise,
      fromCache: () => hit,
      cancel() {
        if (cancelled) return;
        cancelled = true;
        if (inner) inner.cancel();
        else rejectFn(new CancelledError());
      },
    };
  }

  const announce = (msg: string) => update((s) => ({ ...s, announcement: msg, announced: s.announced + 1 }));
  const publishHistory = () =>
    update((s) => (s.undoLabel === undoLabel(history) && s.redoLabel === redoLabel(history) ? s : { ...s, undoLabel: undoLabel(history), redoLabel: redoLabel(history) }));

  /** Carries out an action and records it for undo, when it changed the workspace. */
  function recorded(label: string, fn: () => void, key: string | null = null): void {
    const before = workspaceOf(store.get());
    fn();
    const after = workspaceOf(store.get());
    if (sameWorkspace(before, after)) return;
    history = push(history, label, before, after, { key });
    publishHistory();
  }

  /** Puts a snapshot back and re-runs what it needs (from the cache when it ran before). */
  function restore(w: Workspace): void {
    const keep = new Set(w.entries.map((e) => e.id));
    for (const [id, h] of [...handles]) if (!keep.has(id)) h.cancel();
    update((s) => ensureBaseline(withWorkspace(s, w)));
    runStale(false, true);
  }

  const nameOf = (id: string) => {
    const e = entryById(store.get(), id);
    return e ? t('app:history.quoted', { name: displayName(e) }) : t('app:history.aScenario');
  };

  /** Runs every chosen card whose result is missing or out of date (or all, when forced). */
  function runStale(force = false, quiet = false): void {
    const s = store.get();
    const due = chosen(s).filter((e) => e.scenario && (force || e.run.key !== runKey(s, e) || !e.run.result) && !(!force && e.run.status === 'refused' && e.run.error && e.run.key === null && refusedFor.get(e.id) === runKey(s, e)));
    if (due.length === 0) {
      if (quiet) return;
      update((x) => ({ ...x, announcement: t('app:done.upToDate'), announced: x.announced + 1 }));
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

  /**
   * Keeps the baseline where the user pinned it. A baseline with errors stays the baseline (the
   * charts wait for it); only a baseline that left the comparison (removed, or not compared) is
   * replaced, by the first valid card.
   */
  function ensureBaseline(s: AppState): AppState {
    const list = chosen(s).filter((e) => e.scenario);
    const stays = chosen(s).some((e) => e.id === s.baselineId);
    const baselineId = stays ? s.baselineId : (list[0]?.id ?? null);
    const leverSource = s.entries.some((e) => e.id === s.leverSource) ? s.leverSource : baselineId;
    return { ...s, baselineId, leverSource };
  }

  async function readFile(file: File): Promise<Entry> {
    if (file.size > MAX_SCENARIO_BYTES) {
      return refusedFile(file.name, t('app:file.tooLarge', { size: language() === 'en' ? file.size.toLocaleString('en') : fmtNumber(file.size, 0), max: language() === 'en' ? MAX_SCENARIO_BYTES.toLocaleString('en') : fmtNumber(MAX_SCENARIO_BYTES, 0) }));
    }
    try {
      const text = await file.text();
      // Let the page paint "reading…" before a large parse.
      await new Promise((r) => setTimeout(r, 0));
      return fromFile(file.name, text);
    } catch (err) {
      return refusedFile(file.name, t('app:file.unreadable', { error: err instanceof Error ? err.message : String(err) }));
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
      recorded(t('app:history.seed', { seed }), () => update((s) => ({ ...s, seed })));
      later('*', () => runStale());
    },
    reroll() {
      recorded(t('app:history.reroll', { seed: store.get().seed + 1 }), () => update((s) => ({ ...s, seed: s.seed + 1 })));
      later('*', () => runStale());
    },
    setCrn(crn) {
      recorded(crn ? t('app:history.crnOn') : t('app:history.crnOff'), () => update((s) => ({ ...s, crn })));
      later('*', () => runStale());
    },
    setReplications(replications) {
      recorded(t('app:history.replications', { count: replications }), () => update((s) => ({ ...s, replications })));
      later('*', () => runStale());
    },
    setBaseline(id) {
      recorded(t('app:history.pin', { name: nameOf(id) }), () => update((s) => ({ ...s, baselineId: id })));
    },
    setChosen(id, on) {
      recorded(on ? t('app:history.compare', { name: nameOf(id) }) : t('app:history.stopComparing', { name: nameOf(id) }), () =>
        update((s) => {
          const e = entryById(s, id);
          return e ? ensureBaseline(replaceEntry(s, { ...e, chosen: on })) : s;
        }),
      );
      if (on) later('*', () => runStale());
      else handles.get(id)?.cancel();
    },
    remove(id) {
      const label = t('app:history.remove', { name: nameOf(id) });
      handles.get(id)?.cancel();
      recorded(label, () => update((s) => ensureBaseline({ ...s, entries: s.entries.filter((e) => e.id !== id), selectedId: s.selectedId === id ? null : s.selectedId })));
    },
    addBundled(stem) {
      const f = bundledByStem(stem);
      if (!f) return;
      recorded(t('app:history.add', { name: t('app:history.quoted', { name: f.scenario?.name ?? f.fileName }) }), () => update((s) => ensureBaseline({ ...s, entries: [...s.entries, fromBundled(f, true)] })));
      later('*', () => runStale());
    },
    addFiles(files) {
      void Promise.all(files.map(readFile)).then((entries) => {
        recorded(entries.length === 1 ? t('app:history.add', { name: entries[0].fileName }) : t('app:history.addFiles', { count: entries.length }), () => update((s) => ensureBaseline({ ...s, entries: [...s.entries, ...entries] })));
        if (entries.some((e) => e.scenario)) later('*', () => runStale());
      });
    },
    editText(id, text) {
      recorded(
        t('app:history.edit', { name: nameOf(id) }),
        () =>
          update((s) => {
            const e = entryById(s, id);
            if (!e) return s;
            const next = withText(e, text);
            // A dropped file that was never valid joins the comparison once it is fixed.
            if (e.kind === 'file' && !e.scenario && !e.run.result && next.scenario) next.chosen = true;
            return ensureBaseline(replaceEntry(s, next));
          }),
        `edit:${id}`,
      );
      const e = entryById(store.get(), id);
      if (e?.scenario && e.chosen) later(id, () => start(id), 800);
      else handles.get(id)?.cancel();
    },
    setLeverSource(id) {
      update((s) => ({ ...s, leverSource: id }));
    },
    setLevers(levers: Levers, label?: string) {
      const s = store.get();
      const source = entryById(s, s.leverSource);
      if (!source) return;
      let edited: Entry;
      if (source.levers !== null && source.leverBase) edited = withLevers(source, levers, source);
      else if (source.scenario) edited = withLevers(source, levers);
      else return;
      recorded(
        label ?? t('app:history.levers', { name: displayName(edited) }),
        () =>
          update((x) => {
            if (x.entries.some((e) => e.id === edited.id)) return replaceEntry(x, edited);
            const i = x.entries.findIndex((e) => e.id === source.id);
            const entries = [...x.entries];
            entries.splice(i + 1, 0, edited);
            return { ...x, entries, leverSource: edited.id };
          }),
        `levers:${edited.id}:${label ?? ''}`,
      );
      if (edited.scenario) later(edited.id, () => start(edited.id));
      else handles.get(edited.id)?.cancel();
    },
    keepSetting() {
      const s = store.get();
      const e = entryById(s, s.leverSource);
      if (!e || e.kind !== 'edited' || !e.leverBase) return;
      const n = s.entries.filter((x) => x.from === e.id).length + 1;
      const kept = keptCopy(e, t('staffing:describe.kept', { name: e.leverBase.name, n, what: describeLevers(e.leverBase, e.levers ?? {}).join('; ') }));
      if (!kept) return;
      recorded(t('app:history.keep', { n }), () =>
        update((x) => {
          const i = x.entries.findIndex((y) => y.id === e.id);
          const entries = [...x.entries];
          entries.splice(i + 1, 0, kept);
          return { ...x, entries };
        }),
      );
      start(kept.id);
    },
    applyPreset(p: LessonPresetLike) {
      const current = store.get();
      const entering = current.workspace === 'mine';
      // A lesson starts from an empty workspace of its own; the user's is put aside whole.
      const next = applyPresetTo(entering ? { ...current, entries: [] } : current, p);
      if (next === null) return;
      if (typeof next === 'string') {
        announce(next);
        return;
      }
      if (entering) {
        saved = { workspace: workspaceOf(current, true), history };
        history = emptyHistory();
        for (const h of [...handles.values()]) h.cancel();
        for (const t of timers.values()) clearTimeout(t);
        timers.clear();
        update(() => ensureBaseline({ ...next, workspace: 'lesson', selectedId: null }));
        publishHistory();
      } else {
        recorded(t('app:history.lessonAgain'), () => update(() => ensureBaseline(next)));
      }
      runStale();
    },
    leaveLesson() {
      if (!saved) return;
      const { workspace, history: mine } = saved;
      saved = null;
      for (const h of [...handles.values()]) h.cancel();
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      history = mine;
      update((s) => ensureBaseline({ ...withWorkspace({ ...s, entries: [] }, workspace), workspace: 'mine', progress: null }));
      publishHistory();
      announce(t('app:done.backHome'));
      runStale(false, true);
    },
    undo() {
      const r = undo(history);
      if (!r) return;
      history = r.history;
      restore(r.state);
      publishHistory();
      announce(t('app:done.undone', { what: r.label }));
    },
    redo() {
      const r = redo(history);
      if (!r) return;
      history = r.history;
      restore(r.state);
      publishHistory();
      announce(t('app:done.redone', { what: r.label }));
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
  // A lesson's workspace does not touch the link: the link keeps describing the user's own.
  watch(store, (s) => [...s.entries.flatMap((e) => [e.id, e.scenario, e.chosen, e.levers]), s.baselineId, s.seed, s.crn, s.replications, s.horizonHours, s.tab, s.leverSource, s.workspace], (s) => {
    if (s.workspace === 'lesson') return;
    const hash = formatHash(urlStateOf(s));
    if (hash !== location.hash) window.history.replaceState(null, '', hash);
  });

  return {
    store,
    actions,
    onReveal(fn) {
      revealFn = fn;
    },
  };
}
