// A store of items (parts, documents, parked trucks): put blocks when full, get blocks when empty.

import type { Callback, Simulation } from '../kernel/simulation.ts';
import type { Process } from '../kernel/process.ts';
import { FifoQueue } from './wait-queue.ts';

/**
 * A store of items handed out oldest first: `put` waits while it holds `capacity` items (default:
 * no limit), `get` waits while it is empty. From a process, use `take` and `give`.
 */
export class Store<T> {
  private items: T[] = [];
  private head = 0;
  private readonly getters = new FifoQueue();
  private readonly putters = new FifoQueue();

  constructor(
    private readonly sim: Simulation,
    readonly capacity = Infinity,
  ) {
    if (!(capacity > 0)) throw new RangeError(`Store: capacity must be > 0, got ${capacity}`);
  }

  get size(): number {
    return this.items.length - this.head;
  }

  /** Items waiting to be put because the store is full. */
  get blockedPuts(): number {
    return this.putters.length;
  }

  /** Adds `item`; `done(arg)` runs (as a hand-off) once it is in. Returns a handle to cancel a blocked put. */
  put<A>(item: T, done: Callback<A> | null = null, arg?: A): number {
    const h = this.putters.push(this.admit, { item, done, arg }, 0);
    this.dispatch();
    return h;
  }

  /** Takes the oldest item; `fn(item, arg)` runs (as a hand-off) once one is available. Returns a handle for `cancelGet`. */
  get<A>(fn: (item: T, arg: A) => void, arg: A): number {
    const h = this.getters.push(this.deliver, { fn, arg, item: undefined as T | undefined }, 0);
    this.dispatch();
    return h;
  }

  cancelGet(handle: number): boolean {
    return this.getters.cancel(handle);
  }

  cancelPut(handle: number): boolean {
    return this.putters.cancel(handle);
  }

  private readonly admit = (req: unknown): void => {
    const r = req as { done: Callback | null; arg: unknown };
    if (r.done) r.done(r.arg);
  };

  private readonly deliver = (req: unknown): void => {
    const r = req as { fn: (item: T, arg: unknown) => void; arg: unknown; item: T };
    r.fn(r.item, r.arg);
  };

  private dispatch(): void {
    for (;;) {
      let progressed = false;
      if (this.size < this.capacity && this.putters.pop()) {
        const r = this.putters.frontArg as { item: T };
        this.items.push(r.item);
        this.sim.defer(this.admit, r);
        progressed = true;
      }
      if (this.size > 0 && this.getters.pop()) {
        const r = this.getters.frontArg as { item: T | undefined };
        r.item = this.items[this.head];
        this.items[this.head++] = undefined as T;
        if (this.head > 1024 && this.head * 2 > this.items.length) {
          this.items = this.items.slice(this.head);
          this.head = 0;
        }
        this.sim.defer(this.deliver, r);
        progressed = true;
      }
      if (!progressed) return;
    }
  }
}

/** Process helpers for stores, returning typed values through `yield*`. */
export function* take<T>(store: Store<T>): Generator<{ wait(p: Process<any>): void }, T, any> {
  const item: T = yield { wait: (p: Process<any>) => store.get((it: T) => p.resume(it), null) };
  return item;
}

/**
 * Process helper: `yield* give(store, item)` returns once the item is in the store (waiting while
 * the store is full).
 */
export function* give<T>(store: Store<T>, item: T): Generator<{ wait(p: Process<any>): void }, void, any> {
  yield { wait: (p: Process<any>) => store.put(item, () => p.resume(), null) };
}
