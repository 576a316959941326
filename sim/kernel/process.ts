// Processes: entity logic written as generator functions that yield what they wait for.
//
// A process yields
//   - a number: wait that long (a timeout);
//   - a Waitable (a resource, another process, a store): wait until it resumes the process.
// Neither allocates, so a yield costs no garbage. The value a Waitable resumes with is what
// the `yield` expression returns; the typed helpers in `commands.ts` recover its type via `yield*`.

import type { Simulation } from './simulation.ts';

/** Something a process can wait on. `wait` must eventually call `process.resume(value)` (or never, to park it). */
export interface Waitable {
  wait(process: Process<any>): void;
}

/**
 * What a process may yield: a number (wait that long, in simulation time) or a `Waitable` (wait
 * until it resumes the process).
 */
export type Yieldable = number | Waitable;

/** The generator a process runs. TReturn is the process's result, readable by whoever joins it. */
export type ProcessGenerator<TReturn = void> = Generator<Yieldable, TReturn, any>;

const resumeProcess = (p: Process<any>): void => p.step();

/**
 * A process: a generator that yields delays and things to wait on (a `ServerPool`, another
 * process to join …). Create and start one with `start(sim, generator)`; `done` and `result` tell
 * whether it has returned and with what.
 */
export class Process<TReturn = void> implements Waitable {
  /** True once the generator has returned. */
  done = false;
  result: TReturn | undefined = undefined;

  private sent: unknown = undefined;
  private joiners: Process<any>[] | null = null;

  constructor(
    readonly sim: Simulation,
    private readonly generator: ProcessGenerator<TReturn>,
    readonly name = 'process',
  ) {}

  /** Wakes the process now (as a hand-off), making its pending `yield` return `value`. */
  resume(value?: unknown): void {
    this.sent = value;
    this.sim.defer(resumeProcess, this);
  }

  /** Advances the generator to its next yield. Called by the kernel; not for model code. */
  step(): void {
    const value = this.sent;
    this.sent = undefined;
    const r = this.generator.next(value);
    if (r.done) {
      this.finish(r.value);
      return;
    }
    const cmd = r.value;
    if (typeof cmd === 'number') {
      this.sim.schedule(cmd, resumeProcess, this);
    } else {
      cmd.wait(this);
    }
  }

  /** Joining a process waits until it returns, and yields its result. */
  wait(process: Process<any>): void {
    if (this.done) {
      process.resume(this.result);
      return;
    }
    (this.joiners ??= []).push(process);
  }

  private finish(value: TReturn): void {
    this.done = true;
    this.result = value;
    const joiners = this.joiners;
    this.joiners = null;
    if (joiners) for (const j of joiners) j.resume(value);
  }
}

/** Starts a process now (its first step runs as a hand-off at the current time). */
export function start<TReturn>(sim: Simulation, generator: ProcessGenerator<TReturn>, name?: string): Process<TReturn> {
  const p = new Process(sim, generator, name);
  sim.defer(resumeProcess, p);
  return p;
}
