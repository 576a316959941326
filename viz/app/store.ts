// A minimal observable store: one state object, replaced on every change, listeners called synchronously.

export interface Store<T> {
  get(): T;
  set(next: T): void;
  update(fn: (s: T) => T): void;
  subscribe(fn: (s: T, prev: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(s: T, prev: T) => void>();
  const set = (next: T) => {
    if (next === state) return;
    const prev = state;
    state = next;
    for (const fn of [...listeners]) fn(state, prev);
  };
  return {
    get: () => state,
    set,
    update: (fn) => set(fn(state)),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/** Calls `fn` when any item of `select(state)` changes (compared with ===), and once now. */
export function watch<T>(store: Store<T>, select: (s: T) => readonly unknown[], fn: (s: T) => void): void {
  let last = select(store.get());
  store.subscribe((s) => {
    const next = select(s);
    if (next.length === last.length && next.every((x, i) => x === last[i])) return;
    last = next;
    fn(s);
  });
  fn(store.get());
}
