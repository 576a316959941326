// A pool of identical servers whose capacity can change over time, with one waiting line.
//
// Lowering the capacity never interrupts work. By default whoever is being served
// finishes and nobody new starts until the busy count is below the new capacity: the
// remaining servers take the unfinished work over (a hand-over). A model that knows which
// server is closing can instead move it to overtime (`toOvertime`): it finishes its work
// outside the open capacity while the open servers carry on — an officer staying past the
// end of the shift. The pool keeps its own time integrals (busy
// servers, open servers, line length) because it sees every change; reading them is how
// utilization and mean queue length are measured without a callback per change.

import type { Callback, Simulation } from '../kernel/simulation.ts';
import type { Process, Waitable } from '../kernel/process.ts';
import { FifoQueue, PriorityQueue, type WaitQueue } from './wait-queue.ts';

/**
 * Order in which a `ServerPool` serves its line: `'fifo'` (default) or `'priority'` (lower value
 * first, first come first served within a priority).
 */
export type Discipline = 'fifo' | 'priority';

/**
 * Options of `new ServerPool(sim, options)`: `capacity` (servers open at the start, ≥ 0),
 * `discipline` (default `'fifo'`) and `name` (default `'pool'`, used in error messages).
 */
export interface ServerPoolOptions {
  capacity: number;
  discipline?: Discipline;
  name?: string;
}

const resumeGranted = (p: Process<any>): void => p.resume();

/** Time integrals of a pool since its last reset. */
export interface PoolStats {
  duration: number;
  /** ∫ busy servers dt. */
  busyArea: number;
  /** ∫ open servers dt (a closed server still finishing counts as open). */
  capacityArea: number;
  /** ∫ line length dt. */
  lineArea: number;
  /** ∫ servers on overtime dt (see `toOvertime`). */
  overtimeArea: number;
  maxLine: number;
  granted: number;
}

/**
 * Identical servers (booths, bays) with one waiting line and a capacity that can change over time
 * (`setCapacity`; closing never interrupts work). `request`/`release` from callbacks, or yield the
 * pool from a process; `stats()` gives busy, open and line time integrals since `resetStats`.
 */
export class ServerPool implements Waitable {
  readonly name: string;
  /** Servers open now. */
  capacity: number;
  /** Servers serving now within the open capacity; may exceed it right after a closure, until they finish. */
  busy = 0;
  /** Servers working past their closing (see `toOvertime`). */
  overtime = 0;
  /** Requests granted since the start (or the last `resetStats`). */
  granted = 0;

  private readonly line: WaitQueue;
  private lastT: number;
  private busyArea = 0;
  private capacityArea = 0;
  private lineArea = 0;
  private overtimeArea = 0;
  private statsStart: number;
  private maxLine = 0;

  constructor(
    private readonly sim: Simulation,
    options: ServerPoolOptions,
  ) {
    if (!(options.capacity >= 0)) throw new RangeError(`ServerPool: capacity must be ≥ 0, got ${options.capacity}`);
    this.name = options.name ?? 'pool';
    this.capacity = options.capacity;
    this.line = options.discipline === 'priority' ? new PriorityQueue() : new FifoQueue();
    this.lastT = sim.now;
    this.statsStart = sim.now;
  }

  /** Requests waiting in line (not yet granted). */
  get queueLength(): number {
    return this.line.length;
  }

  /**
   * Asks for a server; `fn(arg)` runs (as a hand-off) once one is granted, and the holder
   * must call `release()` when done. Returns a handle for `cancel` (−1 when granted at once).
   */
  request<A>(fn: Callback<A>, arg: A, priority = 0): number {
    this.account();
    if (this.busy < this.capacity && this.line.length === 0) {
      // A free server and nobody waiting: grant at once without touching the line.
      this.busy++;
      this.granted++;
      this.sim.defer(fn, arg);
      return -1;
    }
    const h = this.line.push(fn, arg, priority);
    this.dispatch();
    return h;
  }

  /**
   * Takes a server now if one is free and nobody is waiting; returns false otherwise
   * (then `request`). Lets hot callback code start service inline instead of through a
   * hand-off, without ever running someone else's callback re-entrantly.
   */
  tryAcquire(): boolean {
    if (this.busy >= this.capacity || this.line.length !== 0) return false;
    this.account();
    this.busy++;
    this.granted++;
    return true;
  }

  /** Leaves the line before being served (reneging). False if already granted or cancelled. */
  cancel(handle: number): boolean {
    this.account();
    return this.line.cancel(handle);
  }

  release(): void {
    if (this.busy <= 0) throw new Error(`ServerPool ${this.name}: release() without a granted request`);
    this.account();
    this.busy--;
    this.dispatch();
  }

  /**
   * Releases a server and, if someone is waiting and a server is free, grants it to the
   * next in line by calling its callback right here rather than as a hand-off. For hot
   * callback code whose waiters' callbacks only schedule events (a service start): it saves
   * a trip through the hand-off queue. Process waiters must use `release`.
   */
  releaseInline(): void {
    if (this.busy <= 0) throw new Error(`ServerPool ${this.name}: releaseInline() without a granted request`);
    this.account();
    this.busy--;
    const line = this.line;
    if (this.busy < this.capacity && line.pop()) {
      this.busy++;
      this.granted++;
      const fn = line.frontFn!;
      const arg = line.frontArg;
      line.frontFn = null;
      line.frontArg = undefined;
      fn(arg);
    }
  }

  /**
   * Moves `k` busy servers out of the open capacity: they finish their current work on
   * overtime (release them with `releaseOvertime`) while the open servers carry on.
   */
  toOvertime(k: number): void {
    if (!(k >= 0 && k <= this.busy)) throw new RangeError(`ServerPool ${this.name}: cannot move ${k} of ${this.busy} busy servers to overtime`);
    this.account();
    this.busy -= k;
    this.overtime += k;
    this.dispatch();
  }

  releaseOvertime(): void {
    if (this.overtime <= 0) throw new Error(`ServerPool ${this.name}: releaseOvertime() with no server on overtime`);
    this.account();
    this.overtime--;
  }

  /** Opens or closes servers; closing lets current work finish. */
  setCapacity(capacity: number): void {
    if (!(capacity >= 0)) throw new RangeError(`ServerPool ${this.name}: capacity must be ≥ 0, got ${capacity}`);
    this.account();
    this.capacity = capacity;
    this.dispatch();
  }

  /**
   * Removes everyone still waiting, in line order, and returns their requests; used when
   * a line closes and its vehicles move to other lines.
   */
  drainLine(): Array<{ fn: Callback; arg: unknown }> {
    this.account();
    const out: Array<{ fn: Callback; arg: unknown }> = [];
    while (this.line.pop()) out.push({ fn: this.line.frontFn!, arg: this.line.frontArg });
    return out;
  }

  /** Calls `fn` with the argument of every request still waiting (not granted, not cancelled). */
  forEachWaiting(fn: (arg: unknown) => void): void {
    this.line.forEach(fn);
  }

  /** A process that yields the pool waits for a server (and must call `release()` later). */
  wait(process: Process<any>): void {
    this.request(resumeGranted, process);
  }

  /** Restarts the time integrals now (end of warm-up). */
  resetStats(): void {
    this.account();
    this.busyArea = 0;
    this.capacityArea = 0;
    this.lineArea = 0;
    this.overtimeArea = 0;
    this.granted = 0;
    this.maxLine = this.line.length;
    this.statsStart = this.sim.now;
  }

  /** Time integrals since the last reset, brought up to now. */
  stats(): PoolStats {
    this.account();
    return {
      duration: this.sim.now - this.statsStart,
      busyArea: this.busyArea,
      capacityArea: this.capacityArea,
      lineArea: this.lineArea,
      overtimeArea: this.overtimeArea,
      maxLine: this.maxLine,
      granted: this.granted,
    };
  }

  private dispatch(): void {
    const line = this.line;
    while (this.busy < this.capacity && line.pop()) {
      this.busy++;
      this.granted++;
      this.sim.defer(line.frontFn!, line.frontArg);
    }
    if (line.length > this.maxLine) this.maxLine = line.length;
  }

  private account(): void {
    const now = this.sim.now;
    const dt = now - this.lastT;
    if (dt > 0) {
      this.busyArea += (this.busy + this.overtime) * dt;
      // A closed booth still finishing its vehicle counts as open until it is done.
      this.capacityArea += (Math.max(this.capacity, this.busy) + this.overtime) * dt;
      this.lineArea += this.line.length * dt;
      this.overtimeArea += this.overtime * dt;
      this.lastT = now;
    }
  }
}
