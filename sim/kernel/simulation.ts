// The event kernel: a clock, a heap of future events and a queue of same-instant hand-offs.
//
// It knows nothing about borders. Events are (callback, argument) pairs kept in a side
// table indexed by slot, so scheduling allocates nothing on the hot path. Two kinds of
// event share one clock:
//   - scheduled events, ordered by (time, sequence number): ties run first-in-first-out;
//   - hand-offs (`defer`): work that must happen "now" — a process starting, a resource
//     passing to the next waiter. They run in FIFO order before the next heap event, which
//     keeps them off the heap and avoids re-entrant calls (a callback never runs inside
//     another callback).

import { EventHeap } from './event-heap.ts';

/**
 * An event callback, run as `fn(arg)`. Pass a long-lived function and put per-event data in `arg`,
 * so scheduling allocates nothing.
 */
export type Callback<A = any> = (arg: A) => void;

/** Number of slots addressable by a cancellation handle (2^24 simultaneous events). */
const SLOT_SPACE = 16_777_216;

function cancelled(): void {
  /* a cancelled event's callback: never called, only compared against */
}

/**
 * Options of `Simulation.run` (`RunOptions` is the name of `runScenario`'s options).
 */
export interface SimulationRunOptions {
  /** Stop before the first event at or after this time; the clock ends at `until`. */
  until?: number;
}

/**
 * The event clock: schedule callbacks (`schedule`, `scheduleAt`, `defer`), then `run` or `step`.
 * Time has no unit of its own (the port models use seconds); ties run first-in-first-out, so runs
 * are deterministic. Processes (`start`) and resources build on it.
 */
export class Simulation {
  /** The simulation clock. */
  now = 0;
  /** Events (scheduled and hand-offs) processed so far. */
  eventsProcessed = 0;

  private readonly heap = new EventHeap();
  private seq = 0;
  private fns: Callback[] = [];
  private args: unknown[] = [];
  private gens: number[] = [];
  private freeSlots: number[] = [];

  // Hand-off queue: a growable ring buffer of (callback, argument).
  private dFns: Callback[] = new Array(256);
  private dArgs: unknown[] = new Array(256);
  private dHead = 0;
  private dTail = 0;
  private dMask = 255;

  private stopRequested = false;

  /**
   * Runs `fn(arg)` after `delay` time units. Returns a handle for `cancel`.
   * Pass a long-lived function and put per-event data in `arg`: a fresh closure per event
   * costs an allocation.
   */
  schedule<A>(delay: number, fn: Callback<A>, arg: A): number {
    if (!(delay >= 0)) throw new RangeError(`schedule: delay must be a non-negative number, got ${delay}`);
    return this.scheduleAt(this.now + delay, fn, arg);
  }

  /** Runs `fn(arg)` at absolute time `time` (not before now). */
  scheduleAt<A>(time: number, fn: Callback<A>, arg: A): number {
    if (!(time >= this.now)) throw new RangeError(`scheduleAt: time ${time} is before now (${this.now})`);
    let slot: number;
    if (this.freeSlots.length > 0) {
      slot = this.freeSlots.pop()!;
    } else {
      slot = this.fns.length;
      if (slot >= SLOT_SPACE) throw new RangeError('schedule: too many pending events');
      this.fns.push(cancelled);
      this.args.push(undefined);
      this.gens.push(0);
    }
    this.fns[slot] = fn;
    this.args[slot] = arg;
    this.heap.push(time, this.seq++, slot);
    return this.gens[slot] * SLOT_SPACE + slot;
  }

  /** Cancels a scheduled event. Returns false if it already ran or was cancelled. */
  cancel(handle: number): boolean {
    const slot = handle % SLOT_SPACE;
    const gen = (handle - slot) / SLOT_SPACE;
    if (slot >= this.fns.length || this.gens[slot] !== gen || this.fns[slot] === cancelled) return false;
    this.fns[slot] = cancelled;
    this.args[slot] = undefined;
    return true;
  }

  /** Runs `fn(arg)` at the current time, after the hand-offs already queued and before any scheduled event. */
  defer<A>(fn: Callback<A>, arg: A): void {
    const tail = this.dTail;
    this.dFns[tail] = fn;
    this.dArgs[tail] = arg;
    this.dTail = (tail + 1) & this.dMask;
    if (this.dTail === this.dHead) this.growDeferred();
  }

  /** Time of the next event: now if a hand-off is pending, Infinity if nothing is left. */
  peek(): number {
    if (this.dHead !== this.dTail) return this.now;
    this.dropCancelledTop();
    return this.heap.peekTime();
  }

  /** Number of pending events (scheduled, including cancelled ones not yet discarded, plus hand-offs). */
  get pending(): number {
    return this.heap.size + ((this.dTail - this.dHead) & this.dMask);
  }

  /** Processes exactly one event. Returns false when there was nothing to do. */
  step(): boolean {
    if (this.dHead !== this.dTail) {
      this.runDeferred();
      return true;
    }
    this.dropCancelledTop();
    if (this.heap.size === 0) return false;
    this.runNext();
    return true;
  }

  /** Ends the current `run` after the event being processed. */
  stop(): void {
    this.stopRequested = true;
  }

  /** Processes events until none is left, `until` is reached, or `stop()` is called. */
  run(options: SimulationRunOptions = {}): void {
    const until = options.until ?? Infinity;
    if (until < this.now) throw new RangeError(`run: until (${until}) is before now (${this.now})`);
    this.stopRequested = false;
    const heap = this.heap;
    for (;;) {
      while (this.dHead !== this.dTail) {
        this.runDeferred();
        if (this.stopRequested) return;
      }
      if (heap.size === 0 || heap.peekTime() >= until) break;
      this.runNext();
      if (this.stopRequested) return;
    }
    if (until !== Infinity) this.now = until;
  }

  private runNext(): void {
    const time = this.heap.peekTime();
    const slot = this.heap.pop();
    const fn = this.fns[slot];
    const arg = this.args[slot];
    this.fns[slot] = cancelled;
    this.args[slot] = undefined;
    this.gens[slot]++;
    this.freeSlots.push(slot);
    if (fn === cancelled) return;
    this.now = time;
    this.eventsProcessed++;
    fn(arg);
  }

  private runDeferred(): void {
    const head = this.dHead;
    const fn = this.dFns[head];
    const arg = this.dArgs[head];
    this.dArgs[head] = undefined;
    this.dHead = (head + 1) & this.dMask;
    this.eventsProcessed++;
    fn(arg);
  }

  private dropCancelledTop(): void {
    const heap = this.heap;
    while (heap.size > 0 && this.fns[heap.peekSlot()] === cancelled) {
      const slot = heap.pop();
      this.gens[slot]++;
      this.freeSlots.push(slot);
    }
  }

  private growDeferred(): void {
    // The ring is full (tail caught up with head): unroll it into a buffer twice the size.
    const oldLen = this.dFns.length;
    const fns: Callback[] = new Array(oldLen * 2);
    const args: unknown[] = new Array(oldLen * 2);
    for (let i = 0; i < oldLen; i++) {
      const j = (this.dHead + i) & this.dMask;
      fns[i] = this.dFns[j];
      args[i] = this.dArgs[j];
    }
    this.dFns = fns;
    this.dArgs = args;
    this.dHead = 0;
    this.dTail = oldLen;
    this.dMask = oldLen * 2 - 1;
  }
}
