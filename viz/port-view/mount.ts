// mountPortView: the animated port — shared controls, one pane per scenario on one seed and clock, and the journey panel.
//
// The frame loop lives here, outside the model: each frame asks the playback controller to
// advance by (real seconds × speed) within a work budget, then redraws. The ticker and the
// wall clock are injectable, so tests drive frames by hand.

import type { LiveRun, Scenario } from '../../sim/index.ts';
import { recentEvents } from './event-log.ts';
import { createControls, type Controls, type ControlState } from './controls.ts';
import { createJourneyPanel, type JourneyPanel } from './journey-panel.ts';
import { createLegend } from './legend.ts';
import { createPane, safeExited, type Pane, type VehicleRef } from './pane.ts';
import { Playback } from './playback.ts';
import { ensureStyles } from './styles.ts';
import { frameTicker, type Ticker } from './ticker.ts';
import { speedText } from './speed.ts';
import { clockText } from './sim-clock.ts';

export interface NamedScenario {
  name: string;
  scenario: Scenario;
}

export interface PortViewOptions {
  scenarios: NamedScenario[];
  seed: number;
  replication?: number;
  /** Frame scheduler (default requestAnimationFrame). */
  ticker?: Ticker;
  /** Wall clock, ms (default performance.now); caps the work per frame. */
  now?: () => number;
  /** Overrides the prefers-reduced-motion media query. */
  reducedMotion?: boolean;
  /** Start playing at once (ignored under reduced motion). Default true. */
  autoplay?: boolean;
  speed?: number;
}

export interface PortViewHandle {
  destroy(): void;
  setScenarios(scenarios: NamedScenario[], seed?: number, replication?: number): void;
  /** The headless controller, for scripts and tests. */
  readonly playback: Playback;
  /** Redraws now (after driving the playback directly). */
  redraw(): void;
  /** Opens the journey panel on a vehicle. */
  select(ref: VehicleRef | null): void;
}

let mounted = 0;

/** What the event just processed did, if it was a vehicle's (staffing and clock events are not). */
function describeLastEvent(run: LiveRun): string {
  const labels = new Map(run.scenario.ports[0].laneGroups.map((l) => [l.id, l.label ?? l.id]));
  const [last] = recentEvents([...run.vehicles(0), ...safeExited(run, 0)], run.now, 1, (id) => labels.get(id) ?? id);
  return last && last.time === run.now ? last.text : 'a staffing or bookkeeping event (no vehicle moved)';
}

/** Below this much real time between drawings, reduced motion skips the drawing. */
const REDUCED_MOTION_DRAW_MS = 1000;

export function mountPortView(container: HTMLElement, opts: PortViewOptions): PortViewHandle {
  const doc = container.ownerDocument;
  ensureStyles(doc);
  const view = container.ownerDocument.defaultView;
  const reducedMotion = opts.reducedMotion ?? Boolean(view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
  const ticker = opts.ticker ?? frameTicker(view ?? globalThis);
  const nowMs = opts.now ?? (() => performance.now());

  let named = opts.scenarios;
  let seed = opts.seed;
  const playback = new Playback({
    scenarios: named.map((n) => n.scenario),
    seed,
    replication: opts.replication,
    now: nowMs,
    playing: !reducedMotion && (opts.autoplay ?? true),
    speed: opts.speed,
  });

  const root = doc.createElement('div');
  root.className = 'bf-pv';
  const idPrefix = `bf-pv-${++mounted}`;
  let selected: VehicleRef | null = null;
  let handle: number | null = null;
  let lastFrame: number | null = null;
  let lastDraw = -Infinity;

  const controls: Controls = createControls(
    doc,
    {
      togglePlay() {
        if (playback.playing) {
          playback.pause();
          controls.announce('Paused');
        } else {
          playback.play();
          controls.announce(`Playing at ${speedText(playback.speed)}`);
        }
        wake();
        redraw();
      },
      step() {
        const before = playback.snapshots().map((s) => s.events);
        const moved = playback.step();
        redraw();
        const after = playback.snapshots();
        const i = after.findIndex((s, k) => s.events !== before[k]);
        controls.announce(
          !moved || i < 0
            ? 'No events left before the end of the run'
            : `Stepped to ${clockText(after[i].clockHours, true)} in scenario ${String.fromCharCode(65 + i)}: ${describeLastEvent(playback.runs[i])}`,
        );
      },
      setSpeed(speed) {
        playback.setSpeed(speed);
        wake();
        redraw();
      },
      seek(seconds) {
        playback.seek(seconds);
        panes.forEach((p) => p.reset());
        wake();
      },
      skipToEnd() {
        playback.skipToEnd();
        controls.announce('Running to the end of the run without drawing…');
        wake();
      },
    },
    idPrefix,
  );
  const panesEl = doc.createElement('div');
  panesEl.className = 'bf-pv-panes';
  const journey: JourneyPanel = createJourneyPanel(doc, () => select(null));
  const note = doc.createElement('p');
  note.className = 'bf-pv-note';
  root.append(controls.element, createLegend(doc), panesEl, journey.element, note);
  container.append(root);

  let panes: Pane[] = [];
  function buildPanes(): void {
    panes = named.map((n, i) => createPane(doc, i, n.name, n.scenario, (ref) => select(ref)));
    panesEl.replaceChildren(...panes.map((p) => p.element));
    note.textContent =
      `Replication ${(opts.replication ?? 0) + 1} of seed ${seed}: the same simulation (same engine, same random streams) as the batch runs, drawn as it runs. ` +
      (named.length > 1 ? 'Both scenarios share the seed, so they meet the same arriving traffic; one set of controls drives both clocks. ' : '') +
      (reducedMotion ? 'Reduced motion is on: the animation starts paused; use Step one event, or Play to redraw once a second.' : '');
  }
  buildPanes();

  let generation = playback.generation;
  function redraw(): void {
    if (playback.generation !== generation) {
      generation = playback.generation;
      panes.forEach((p) => p.reset());
    }
    // Every pane marks the selected vehicle number: with one seed it is the same traveler.
    const snaps = panes.map((p, i) => p.draw(playback.runs[i], playback.trackers[i], selected ? { ...selected, pane: i } : null));
    controls.update(controlState(snaps[0]?.clockHours));
    journey.draw(selected, playback.runs, named.map((n) => n.name));
    lastDraw = nowMs();
  }

  function select(ref: VehicleRef | null): void {
    selected = ref;
    redraw();
  }

  function frame(t: number): void {
    handle = null;
    const dt = lastFrame === null ? 0 : (t - lastFrame) / 1000;
    lastFrame = t;
    const wasSeeking = playback.seeking;
    const r = playback.tick(dt);
    if (wasSeeking && !playback.seeking) controls.announce(`Clock moved to ${clockText(playback.snapshots()[0].clockHours, true)}`);
    const running = playback.playing || playback.seeking;
    // Under reduced motion the picture changes at most once a second while playing.
    const quiet = reducedMotion && playback.playing && nowMs() - lastDraw < REDUCED_MOTION_DRAW_MS;
    if (playback.seeking) controls.update(controlState());
    else if (r.changed && (!quiet || !running)) redraw();
    if (running) handle = ticker.request(frame);
    else lastFrame = null;
  }

  function controlState(clockHours = playback.runs[0]?.snapshot().clockHours ?? 0): ControlState {
    return {
      playing: playback.playing,
      speed: playback.speed,
      time: playback.time,
      horizon: playback.horizon,
      clockHours,
      startDay: named[0]?.scenario.startDay ?? 'monday',
      achieved: playback.achieved,
      wallPlayedMs: playback.wallPlayedMs,
      seeking: playback.seeking,
      done: playback.done,
      reducedMotion,
    };
  }

  /** Makes sure a frame is coming while there is something to animate. */
  function wake(): void {
    if (handle === null && (playback.playing || playback.seeking)) handle = ticker.request(frame);
  }

  redraw();
  wake();

  return {
    playback,
    redraw,
    select,
    destroy() {
      if (handle !== null) ticker.cancel(handle);
      handle = null;
      root.remove();
    },
    setScenarios(scenarios, newSeed = seed, replication = opts.replication) {
      named = scenarios;
      seed = newSeed;
      opts = { ...opts, replication };
      selected = null;
      playback.setScenarios(scenarios.map((n) => n.scenario), seed, replication ?? 0);
      buildPanes();
      redraw();
      wake();
    },
  };
}
