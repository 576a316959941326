// Undo and redo for the workspace: a list of steps, each the workspace before and after one action, with a label saying what it did.
//
// Pure data: the controller takes a snapshot before and after an action and pushes a step;
// undo hands back the snapshot to restore. Quick repeats of the same action on the same
// thing (typing in one editor, dragging one slider) merge into one step, so one undo takes
// back the whole edit rather than one keystroke.

export interface Step<T> {
  label: string;
  before: T;
  after: T;
  /** Steps with the same key pushed within `mergeMs` of each other become one. */
  key: string | null;
  at: number;
}

export interface History<T> {
  past: Step<T>[];
  future: Step<T>[];
}

export const MAX_STEPS = 100;
export const MERGE_MS = 1500;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/** Records an action; a new action clears what could be redone. */
export function push<T>(h: History<T>, label: string, before: T, after: T, opts: { key?: string | null; at?: number; mergeMs?: number } = {}): History<T> {
  const at = opts.at ?? Date.now();
  const key = opts.key ?? null;
  const last = h.past[h.past.length - 1];
  if (last && key !== null && last.key === key && at - last.at <= (opts.mergeMs ?? MERGE_MS)) {
    return { past: [...h.past.slice(0, -1), { ...last, label, after, at }], future: [] };
  }
  const past = [...h.past, { label, before, after, key, at }];
  return { past: past.length > MAX_STEPS ? past.slice(past.length - MAX_STEPS) : past, future: [] };
}

/** The state to go back to and the history after it, or null when there is nothing to undo. */
export function undo<T>(h: History<T>): { history: History<T>; state: T; label: string } | null {
  const last = h.past[h.past.length - 1];
  if (!last) return null;
  return { history: { past: h.past.slice(0, -1), future: [...h.future, last] }, state: last.before, label: last.label };
}

/** The state to go forward to and the history after it, or null when there is nothing to redo. */
export function redo<T>(h: History<T>): { history: History<T>; state: T; label: string } | null {
  const next = h.future[h.future.length - 1];
  if (!next) return null;
  // A redone step is not merged with the next action.
  return { history: { past: [...h.past, { ...next, key: null }], future: h.future.slice(0, -1) }, state: next.after, label: next.label };
}

/** What Undo would take back, or null. */
export function undoLabel<T>(h: History<T>): string | null {
  return h.past[h.past.length - 1]?.label ?? null;
}

/** What Redo would do again, or null. */
export function redoLabel<T>(h: History<T>): string | null {
  return h.future[h.future.length - 1]?.label ?? null;
}
