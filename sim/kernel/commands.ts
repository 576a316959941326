// Typed helpers for process code: `yield*` these to keep TypeScript's inference of what a wait returns.
//
// The bare forms (`yield 5`, `yield pool`) allocate nothing and are what hot entity logic
// should use; these helpers allocate a small generator per call and read better.

import type { ProcessGenerator, Waitable, Process } from './process.ts';

/** Waits `delay` time units. */
export function* timeout(delay: number): ProcessGenerator<void> {
  yield delay;
}

/** Waits for another process to finish and returns its result. */
export function* join<T>(process: Process<T>): ProcessGenerator<T> {
  const result: T = yield process;
  return result;
}

/** Waits on any Waitable and returns the value it resumes with, typed by the caller. */
export function* until<T>(waitable: Waitable): ProcessGenerator<T> {
  const value: T = yield waitable;
  return value;
}
