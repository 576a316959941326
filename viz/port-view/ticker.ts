// The frame timer that drives the animation from outside the model (the model itself is headless).
//
// Injectable so tests can tick by hand instead of relying on requestAnimationFrame.

export interface Ticker {
  /** Asks for `fn(timeMs)` on the next frame; returns a handle for `cancel`. */
  request(fn: (timeMs: number) => void): number;
  cancel(handle: number): void;
}

/** requestAnimationFrame where the page has it, a 16 ms timeout elsewhere (workers, old test DOMs). */
export function frameTicker(win: { requestAnimationFrame?: (cb: (t: number) => void) => number; cancelAnimationFrame?: (h: number) => void } = globalThis): Ticker {
  if (typeof win.requestAnimationFrame === 'function' && typeof win.cancelAnimationFrame === 'function') {
    const raf = win.requestAnimationFrame.bind(win);
    const caf = win.cancelAnimationFrame.bind(win);
    return { request: (fn) => raf(fn), cancel: (h) => caf(h) };
  }
  return {
    request: (fn) => setTimeout(() => fn(performance.now()), 16) as unknown as number,
    cancel: (h) => clearTimeout(h),
  };
}

/** A ticker advanced by hand: `fire(ms)` runs the pending frame callback as if `ms` had passed. */
export interface ManualTicker extends Ticker {
  fire(elapsedMs: number): boolean;
  readonly pending: boolean;
}

export function manualTicker(): ManualTicker {
  let next: ((t: number) => void) | null = null;
  let handle = 0;
  let time = 0;
  return {
    request(fn) {
      next = fn;
      return ++handle;
    },
    cancel(h) {
      if (h === handle) next = null;
    },
    fire(elapsedMs) {
      const fn = next;
      if (!fn) return false;
      next = null;
      time += elapsedMs;
      fn(time);
      return true;
    },
    get pending() {
      return next !== null;
    },
  };
}
