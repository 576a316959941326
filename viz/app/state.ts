// The app's state: the scenario cards and the run settings, plus the helpers every panel uses to read it.

import { scenarioHash } from '../../sim/index.ts';
import type { Entry } from './entries.ts';
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
}

export const DEFAULT_REPLICATIONS = 10;

/** Cards in the comparison, in tray order. */
export function chosen(s: AppState): Entry[] {
  return s.entries.filter((e) => e.chosen);
}

/** Cards in the comparison that have a result for the current settings, baseline first. */
export function compared(s: AppState): Entry[] {
  // A card made invalid by an edit drops out rather than showing the numbers of what it was.
  const list = chosen(s).filter((e) => e.run.result !== null && e.scenario !== null);
  const bi = list.findIndex((e) => e.id === s.baselineId);
  if (bi > 0) list.unshift(...list.splice(bi, 1));
  return list;
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
