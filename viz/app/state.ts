// The app's state: the scenario cards and the run settings, plus the helpers every panel uses to read it.

import { scenarioHash } from '../../sim/index.ts';
import { idleRun, type Entry } from './entries.ts';
import type { Tab } from './url-state.ts';

export interface AppState {
  entries: Entry[];
  baselineId: string | null;
  /** The seed shown in the seed field: every scenario's seed with common random numbers on. */
  seed: number;
  /** Common random numbers: the same seed (the same traffic) for every scenario. */
  crn: boolean;
  replications: number;
  /** Overrides every scenario's horizon (hours) when set. */
  horizonHours: number | null;
  tab: Tab;
  /** Card chosen from a chart mark: its inputs are highlighted. */
  selectedId: string | null;
  /** The card the levers edit from. */
  leverSource: string | null;
  /** Replications done and due in the runs under way; null when idle. */
  progress: { done: number; total: number } | null;
  /** Text for the aria-live region. */
  announcement: string;
  /** Counts announcements, so the same message said twice is announced twice. */
  announced: number;
  /** What in the link could not be used (shown on the page). */
  linkProblems: string[];
  /** What Undo and Redo would do, or null. */
  undoLabel: string | null;
  redoLabel: string | null;
  /** The user's own workspace, or a lesson's (the user's is kept aside until they return). */
  workspace: 'mine' | 'lesson';
}

/** The part of the state that undo, redo and lessons save and restore: the cards and the run settings. */
export interface Workspace {
  entries: Entry[];
  baselineId: string | null;
  seed: number;
  crn: boolean;
  replications: number;
  horizonHours: number | null;
  leverSource: string | null;
}

/** A snapshot of the workspace; without `keepRuns` the results are left out (they are found again by run key). */
export function workspaceOf(s: AppState, keepRuns = false): Workspace {
  return {
    entries: keepRuns ? s.entries : s.entries.map((e) => ({ ...e, run: idleRun() })),
    baselineId: s.baselineId,
    seed: s.seed,
    crn: s.crn,
    replications: s.replications,
    horizonHours: s.horizonHours,
    leverSource: s.leverSource,
  };
}

/** Whether two snapshots differ in anything the user changed (results and the lever panel's card aside). */
export function sameWorkspace(a: Workspace, b: Workspace): boolean {
  if (a.baselineId !== b.baselineId || a.seed !== b.seed || a.crn !== b.crn || a.replications !== b.replications || a.horizonHours !== b.horizonHours) return false;
  if (a.entries.length !== b.entries.length) return false;
  return a.entries.every((e, i) => {
    const f = b.entries[i];
    return e.id === f.id && e.chosen === f.chosen && e.text === f.text && e.scenario === f.scenario && e.levers === f.levers && e.patch === f.patch && e.fileName === f.fileName;
  });
}

/**
 * The state with a snapshot put back. A card that is still there keeps its current run state (its
 * result is replaced when it re-runs, from the cache when it ran before); the rest of the page
 * (tab, progress, messages) stays.
 */
export function withWorkspace(s: AppState, w: Workspace): AppState {
  const entries = w.entries.map((e) => {
    const cur = s.entries.find((x) => x.id === e.id);
    return cur && e.run.status === 'idle' && !e.run.result ? { ...e, run: cur.run } : e;
  });
  return {
    ...s,
    entries,
    baselineId: w.baselineId,
    seed: w.seed,
    crn: w.crn,
    replications: w.replications,
    horizonHours: w.horizonHours,
    leverSource: entries.some((e) => e.id === w.leverSource) ? w.leverSource : w.baselineId,
    selectedId: entries.some((e) => e.id === s.selectedId) ? s.selectedId : null,
  };
}

export const DEFAULT_REPLICATIONS = 10;

/** Cards in the comparison, in tray order. */
export function chosen(s: AppState): Entry[] {
  return s.entries.filter((e) => e.chosen);
}

/** A card that can be in the charts: valid, with a result. */
function chartable(e: Entry): boolean {
  return e.run.result !== null && e.scenario !== null;
}

/**
 * Cards in the comparison that have a result, baseline first. Empty while the baseline has
 * none (it has errors, was refused, or has not run yet): every comparison is "against the
 * baseline", and another card standing in for it would flip the differences' signs.
 */
export function compared(s: AppState): Entry[] {
  const base = entryById(s, s.baselineId);
  if (base && base.chosen && !chartable(base)) return [];
  // A card made invalid by an edit drops out rather than showing the numbers of what it was.
  const list = chosen(s).filter(chartable);
  const bi = list.findIndex((e) => e.id === s.baselineId);
  if (bi > 0) list.unshift(...list.splice(bi, 1));
  return list;
}

/** Cards in the comparison left out of the charts, and why (errors in the scenario, or a run that was refused or failed). */
export function leftOut(s: AppState): { entry: Entry; reason: 'errors' | 'refused' | 'failed' }[] {
  const out: { entry: Entry; reason: 'errors' | 'refused' | 'failed' }[] = [];
  for (const e of chosen(s)) {
    if (!e.scenario) out.push({ entry: e, reason: 'errors' });
    else if (e.run.status === 'refused') out.push({ entry: e, reason: 'refused' });
    else if (e.run.status === 'error' && !e.run.result) out.push({ entry: e, reason: 'failed' });
  }
  return out;
}

/** The seed a card runs with: the common seed, or seed + its position when every scenario should see different traffic. */
export function seedFor(s: AppState, e: Entry): number {
  if (s.crn) return s.seed;
  const i = chosen(s).findIndex((x) => x.id === e.id);
  return s.seed + Math.max(0, i);
}

export function entryById(s: AppState, id: string | null): Entry | undefined {
  return id === null ? undefined : s.entries.find((e) => e.id === id);
}

export function replaceEntry(s: AppState, e: Entry): AppState {
  return { ...s, entries: s.entries.map((x) => (x.id === e.id ? e : x)) };
}

/** What a card's result must have been computed from to be current: scenario, seed, replications, horizon. */
export function runKey(s: AppState, e: Entry): string | null {
  if (!e.scenario) return null;
  return `${scenarioHash(e.scenario)}|${seedFor(s, e)}|${s.replications}|${s.horizonHours ?? ''}`;
}

/** Cards whose result matches their current scenario and the current settings. */
export function fresh(s: AppState): Entry[] {
  return compared(s).filter((e) => e.run.status === 'done' && e.run.key === runKey(s, e));
}
