// Lines of waiting requests: first-come-first-served or by priority, both cancellable.
//
// A waiter is a (callback, argument) pair, the same shape as a kernel event, so callback
// code and processes wait in the same line. Cancellation (reneging, balking after joining)
// is lazy: the entry is marked and skipped when it reaches the front, which keeps
// `cancel` O(1) and `pop` allocation-free.

import type { Callback } from '../kernel/simulation.ts';

/**
 * A line of waiting (callback, argument) pairs with O(1) cancellation, as `ServerPool` and `Store`
 * keep; `FifoQueue` and `PriorityQueue` implement it.
 */
export interface WaitQueue {
  /** Live (not cancelled) waiters. */
  readonly length: number;
  /** Adds a waiter; returns a handle for `cancel`. Lower priority values are served first. */
  push(fn: Callback, arg: unknown, priority: number): number;
  /** Removes the front waiter into `frontFn`/`frontArg`; returns false when empty. */
  pop(): boolean;
  frontFn: Callback | null;
  frontArg: unknown;
  /** Removes a waiter that has not been served yet; false if it was served or cancelled. */
  cancel(handle: number): boolean;
  /** Calls `fn` with the argument of every live waiter (line order for FIFO; heap order otherwise). */
  forEach(fn: (arg: unknown) => void): void;
}

const CANCELLED: Callback = () => {};

/** First come, first served. Handles are absolute positions in an ever-growing sequence. */
export class FifoQueue implements WaitQueue {
  length = 0;
  frontFn: Callback | null = null;
  frontArg: unknown = undefined;
  private fns: Callback[] = new Array(64);
  private args: unknown[] = new Array(64);
  private mask = 63;
  private head = 0; // absolute position of the front
  private tail = 0; // absolute position after the back

  push(fn: Callback, arg: unknown, _priority = 0): number {
    if (this.tail - this.head > this.mask) this.grow();
    const i = this.tail & this.mask;
    this.fns[i] = fn;
    this.args[i] = arg;
    this.length++;
    return this.tail++;
  }

  pop(): boolean {
    while (this.head < this.tail) {
      const i = this.head & this.mask;
      const fn = this.fns[i];
      const arg = this.args[i];
      this.args[i] = undefined;
      this.head++;
      if (fn !== CANCELLED) {
        this.length--;
        this.frontFn = fn;
        this.frontArg = arg;
        return true;
      }
    }
    this.frontFn = null;
    this.frontArg = undefined;
    return false;
  }

  cancel(handle: number): boolean {
    if (handle < this.head || handle >= this.tail) return false;
    const i = handle & this.mask;
    if (this.fns[i] === CANCELLED) return false;
    this.fns[i] = CANCELLED;
    this.args[i] = undefined;
    this.length--;
    return true;
  }

  forEach(fn: (arg: unknown) => void): void {
    for (let p = this.head; p < this.tail; p++) {
      const i = p & this.mask;
      if (this.fns[i] !== CANCELLED) fn(this.args[i]);
    }
  }

  private grow(): void {
    const size = this.mask + 1;
    const fns: Callback[] = new Array(size * 2);
    const args: unknown[] = new Array(size * 2);
    const newMask = size * 2 - 1;
    // Keep absolute positions: re-home each live slot under the wider mask.
    for (let p = this.head; p < this.tail; p++) {
      fns[p & newMask] = this.fns[p & this.mask];
      args[p & newMask] = this.args[p & this.mask];
    }
    this.fns = fns;
    this.args = args;
    this.mask = newMask;
  }
}

/** Served by priority (lower first), first come first served within a priority. */
export class PriorityQueue implements WaitQueue {
  length = 0;
  frontFn: Callback | null = null;
  frontArg: unknown = undefined;
  private prio: number[] = [];
  private seq: number[] = [];
  private fns: Callback[] = [];
  private args: unknown[] = [];
  private nextSeq = 0;
  /** Handles of waiters cancelled while still in the heap. */
  private cancelled = new Set<number>();

  push(fn: Callback, arg: unknown, priority = 0): number {
    const s = this.nextSeq++;
    let i = this.prio.length;
    this.prio.push(priority);
    this.seq.push(s);
    this.fns.push(fn);
    this.args.push(arg);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.before(p, priority, s)) break;
      this.move(p, i);
      i = p;
    }
    this.put(i, priority, s, fn, arg);
    this.length++;
    return s;
  }

  pop(): boolean {
    while (this.prio.length > 0) {
      const s = this.seq[0];
      const fn = this.fns[0];
      const arg = this.args[0];
      this.removeTop();
      if (this.cancelled.delete(s)) continue;
      this.length--;
      this.frontFn = fn;
      this.frontArg = arg;
      return true;
    }
    this.frontFn = null;
    this.frontArg = undefined;
    return false;
  }

  cancel(handle: number): boolean {
    if (this.cancelled.has(handle) || !this.seq.includes(handle)) return false;
    this.cancelled.add(handle);
    this.length--;
    return true;
  }

  forEach(fn: (arg: unknown) => void): void {
    for (let i = 0; i < this.seq.length; i++) if (!this.cancelled.has(this.seq[i])) fn(this.args[i]);
  }

  private before(i: number, priority: number, s: number): boolean {
    const pi = this.prio[i];
    return pi < priority || (pi === priority && this.seq[i] < s);
  }

  private move(from: number, to: number): void {
    this.put(to, this.prio[from], this.seq[from], this.fns[from], this.args[from]);
  }

  private put(i: number, priority: number, s: number, fn: Callback, arg: unknown): void {
    this.prio[i] = priority;
    this.seq[i] = s;
    this.fns[i] = fn;
    this.args[i] = arg;
  }

  private removeTop(): void {
    const last = this.prio.length - 1;
    const priority = this.prio[last];
    const s = this.seq[last];
    const fn = this.fns[last];
    const arg = this.args[last];
    this.prio.pop();
    this.seq.pop();
    this.fns.pop();
    this.args.pop();
    if (last === 0) return;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      if (c + 1 < last && this.before(c + 1, this.prio[c], this.seq[c])) c++;
      if (!this.before(c, priority, s)) break;
      this.move(c, i);
      i = c;
    }
    this.put(i, priority, s, fn, arg);
  }
}
