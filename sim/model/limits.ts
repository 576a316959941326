// How much work a run may do, and the error that refuses a scenario the engine cannot run sensibly.
//
// The schema bounds each number on its own; these bound what they make together (volume ×
// horizon × replications) and what a run may grow to, so a scenario that would run for days
// or fill the heap is refused or stopped with a message, never ended by the operating system.

/**
 * Limits of one run. `maxTravelers` and `maxEvents` bound the estimate made before the run
 * (all replications together); `maxPresent` and `maxEventsPerReplication` are checked while
 * it runs, and stop it with a flagged partial result.
 */
export interface RunLimits {
  /** Most travelers a whole run (every replication) may be estimated to simulate. */
  maxTravelers: number;
  /** Most events a whole run may be estimated to process. */
  maxEvents: number;
  /** Most travelers in one port at once (in line, at a booth, in secondary …); past it the run stops. */
  maxPresent: number;
  /** Most events one replication may process; past it the run stops. */
  maxEventsPerReplication: number;
}

/**
 * The default limits. The engine simulates about 200,000–450,000 travelers (1–2 million events) a
 * second on one core, so 500 million travelers is roughly half an hour to an hour of computing;
 * 500,000 travelers present at once is a week of the busiest port's traffic standing in line,
 * and at ≈ 250–450 bytes each about 200 MB of memory, well inside a 1 GB heap.
 */
export const DEFAULT_RUN_LIMITS: Readonly<RunLimits> = Object.freeze({
  maxTravelers: 500_000_000,
  maxEvents: 2_500_000_000,
  maxPresent: 500_000,
  maxEventsPerReplication: 2_500_000_000,
});

/** One reason a scenario cannot be run: the field path (as `ports[0].flows[1].surges`, '' for the whole scenario) and what is wrong. */
export interface LimitProblem {
  path: string;
  message: string;
}

/**
 * Thrown when a valid scenario cannot be run: a figure derived from it is not a finite number,
 * or its estimated work is beyond `RunLimits`. Each problem names the field path.
 */
export class ScenarioLimitError extends Error {
  constructor(readonly problems: readonly LimitProblem[]) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '));
    this.name = 'ScenarioLimitError';
  }
}

/** How a run that passed a limit while running ended: why, at which simulated hour, in which replication (0-based). */
export interface StopInfo {
  reason: string;
  atHour: number;
  replication: number;
}
