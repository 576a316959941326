// The headless playback controller: live runs of one or more scenarios on one seed and one clock, with play, step, speed, seek and skip.
//
// Like d3-force's simulation it has a `tick` and no timer of its own: the view's frame loop
// (or a test) calls `tick(wallSeconds)`. Nothing here touches the DOM.

import { LiveRun, type LiveSnapshot, type Scenario } from '../../sim/index.ts';
import { advanceTogether, stepTogether, type Budget } from './lockstep.ts';
import { ExitTracker } from './exit-tracker.ts';
import { DEFAULT_SPEED } from './speed.ts';

export interface PlaybackOptions {
  scenarios: readonly Scenario[];
  seed: number;
  replication?: number;
  /** Wall clock in milliseconds, for the per-frame work cap (default performance.now). */
  now?: () => number;
  /** Work per animation frame while playing (default 20 000 events or 12 ms). */
  frameBudget?: { maxEvents: number; maxMs: number };
  /** Work per frame while seeking or skipping, when nothing is drawn (default 400 000 events or 40 ms). */
  seekBudget?: { maxEvents: number; maxMs: number };
  /** Start playing (default false). */
  playing?: boolean;
  speed?: number;
}

export interface TickResult {
  /** The runs moved (redraw). */
  changed: boolean;
  /** Events processed in this tick. */
  events: number;
}

/** How many recent exits each run keeps: more than the tracker can miss between looks. */
const KEEP_EXITED = 2000;

export class Playback {
  runs: LiveRun[] = [];
  trackers: ExitTracker[] = [];
  /** The shared simulated clock, seconds since the start. */
  time = 0;
  playing: boolean;
  /** Simulated seconds per real second; 0 halts. */
  speed: number;
  /** Where a seek or skip is heading, or null. */
  seekTarget: number | null = null;
  /** Simulated seconds per real second actually achieved (smoothed), for the readout. */
  achieved = 0;
  /** Real milliseconds spent playing (not paused, not seeking). */
  wallPlayedMs = 0;
  /** Incremented whenever the runs are re-created (scrubbing back, new scenarios). */
  generation = 0;

  private scenarios: readonly Scenario[];
  private seed: number;
  private replication: number;
  private readonly nowMs: () => number;
  private readonly frameBudget: { maxEvents: number; maxMs: number };
  private readonly seekBudget: { maxEvents: number; maxMs: number };

  constructor(options: PlaybackOptions) {
    this.scenarios = options.scenarios;
    this.seed = options.seed;
    this.replication = options.replication ?? 0;
    this.nowMs = options.now ?? (() => performance.now());
    this.frameBudget = options.frameBudget ?? { maxEvents: 20_000, maxMs: 12 };
    this.seekBudget = options.seekBudget ?? { maxEvents: 400_000, maxMs: 40 };
    this.playing = options.playing ?? false;
    this.speed = options.speed ?? DEFAULT_SPEED;
    this.rebuild();
  }

  /** The longest horizon among the scenarios, seconds. */
  get horizon(): number {
    return Math.max(0, ...this.runs.map((r) => r.horizon));
  }

  get done(): boolean {
    return this.runs.every((r) => r.done);
  }

  get seeking(): boolean {
    return this.seekTarget !== null;
  }

  snapshots(): LiveSnapshot[] {
    return this.runs.map((r) => r.snapshot());
  }

  /** New scenarios (or seed): start again from time 0. */
  setScenarios(scenarios: readonly Scenario[], seed = this.seed, replication = this.replication): void {
    this.scenarios = scenarios;
    this.seed = seed;
    this.replication = replication;
    this.seekTarget = null;
    this.rebuild();
  }

  play(): void {
    if (this.done) return;
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
  }

  setSpeed(speed: number): void {
    this.speed = Math.max(0, speed);
  }

  /** Processes the single next event (of whichever run has the earliest) and pauses. */
  step(): boolean {
    this.playing = false;
    this.seekTarget = null;
    const moved = stepTogether(this.runs, this.observe);
    if (moved) this.time = this.runs.reduce((t, r) => Math.max(t, r.now), 0);
    return moved;
  }

  /**
   * Moves the clock to `time`. Forward advances the runs; backward re-creates them from the
   * start with the same seed and replays to `time` — deterministic, so exact. The work is
   * done by later ticks (or at once by `settle`).
   */
  seek(time: number): void {
    const t = Math.max(0, Math.min(this.horizon, time));
    if (t < this.time) this.rebuild();
    this.seekTarget = t;
  }

  /** Runs to the end of the horizon without drawing in between. */
  skipToEnd(): void {
    this.seek(this.horizon);
  }

  /** Finishes a pending seek now, whatever it costs (tests, scripts). */
  settle(): void {
    while (this.seekTarget !== null) this.advanceSeek({ maxEvents: Infinity, maxMs: Infinity, now: this.nowMs });
  }

  /** One frame: `wallSeconds` of real time have passed since the last tick. */
  tick(wallSeconds: number): TickResult {
    const dt = Math.max(0, Math.min(wallSeconds, 0.25)); // a background tab must not jump hours
    if (this.seekTarget !== null) {
      return this.advanceSeek({ ...this.seekBudget, now: this.nowMs });
    }
    if (!this.playing || this.speed <= 0) {
      this.achieved = 0;
      return { changed: false, events: 0 };
    }
    const before = this.time;
    const r = advanceTogether(this.runs, this.time + dt * this.speed, { ...this.frameBudget, now: this.nowMs }, this.observe);
    this.time = r.time;
    this.wallPlayedMs += dt * 1000;
    if (dt > 0) this.achieved = 0.8 * this.achieved + 0.2 * ((this.time - before) / dt);
    if (this.done) this.playing = false;
    return { changed: r.events > 0 || this.time !== before, events: r.events };
  }

  private advanceSeek(budget: Budget): TickResult {
    const target = this.seekTarget!;
    const r = advanceTogether(this.runs, target, budget, this.observe);
    this.time = r.time;
    if (r.reached) this.seekTarget = null;
    return { changed: true, events: r.events };
  }

  private readonly observe = (): void => {
    for (const t of this.trackers) t.observe();
  };

  private rebuild(): void {
    this.runs = this.scenarios.map((s) => new LiveRun(s, { seed: this.seed, replication: this.replication, keepExited: KEEP_EXITED }));
    this.trackers = this.runs.map((r) => new ExitTracker(r));
    this.time = 0;
    this.achieved = 0;
    this.generation++;
  }
}
