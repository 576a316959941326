// Advances several live runs on one shared clock, in the time order of their merged events, within a work budget.
//
// Merging the event streams (always stepping the run whose next event is earliest) keeps
// the clocks equal even when the budget runs out in the middle of a slice: we then stop at
// an instant boundary, so the state shown at time t is always "every event before t done"
// — the same state a fresh run advanced straight to t reaches, which is what makes
// scrubbing exact.

import type { LiveRun } from '../../sim/index.ts';

export interface Budget {
  /** Most events to process (all runs together). */
  maxEvents: number;
  /** Most wall-clock milliseconds to spend, measured with `now`. */
  maxMs: number;
  now: () => number;
}

export interface AdvanceResult {
  /** The common clock after the call. */
  time: number;
  events: number;
  /** The target was reached (false: the budget ran out first). */
  reached: boolean;
}

/** Time of a run's next event before its horizon, or Infinity. */
export function nextTime(run: LiveRun): number {
  const t = run.nextEventTime();
  return t < run.horizon ? t : Infinity;
}

/** How often (in events) the wall clock is read and `observe` is called. */
const CHECK_EVERY = 500;

/**
 * Advances every run to `target` (each capped at its own horizon). `observe` is called at
 * least every 500 events, so a listener that reads recently-exited vehicles never misses one.
 */
/** The run whose next event comes first (the first such run on ties), and that event's time; −1 when none has one. */
function earliest(runs: readonly LiveRun[]): { which: number; tn: number } {
  let tn = Infinity;
  let which = -1;
  for (let i = 0; i < runs.length; i++) {
    const t = nextTime(runs[i]);
    if (t < tn) {
      tn = t;
      which = i;
    }
  }
  return { which, tn };
}

export function advanceTogether(runs: readonly LiveRun[], target: number, budget: Budget, observe?: () => void): AdvanceResult {
  const started = budget.now();
  let events = 0;
  let stopAt = target;
  let reached = true;
  let last = -Infinity;
  for (;;) {
    const { which, tn } = earliest(runs);
    if (which < 0 || tn >= target) break;
    if (tn > last && (events >= budget.maxEvents || (events % CHECK_EVERY === 0 && events > 0 && budget.now() - started >= budget.maxMs))) {
      // Out of budget, and every event before tn is done: stop at the boundary tn.
      stopAt = tn;
      reached = false;
      break;
    }
    runs[which].step();
    last = tn;
    events++;
    if (observe && events % CHECK_EVERY === 0) observe();
  }
  for (const r of runs) r.advanceTo(stopAt);
  observe?.();
  return { time: commonTime(runs, stopAt), events, reached };
}

/**
 * Processes the single earliest event among the runs and brings the other clocks to its
 * time. Returns false when no run has an event left before its horizon.
 */
export function stepTogether(runs: readonly LiveRun[], observe?: () => void): boolean {
  const { which, tn } = earliest(runs);
  if (which < 0) return false;
  runs[which].step();
  for (const r of runs) r.advanceTo(tn);
  observe?.();
  return true;
}

/** The shared clock: the target, except that a run never goes past its own horizon. */
function commonTime(runs: readonly LiveRun[], t: number): number {
  let longest = 0;
  for (const r of runs) longest = Math.max(longest, r.horizon);
  return Math.min(t, longest);
}
