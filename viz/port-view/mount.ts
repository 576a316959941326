// mountPortView: the animated port — shared controls, one pane per scenario on one seed and clock, and the journey panel.
//
// The frame loop lives here, outside the model: each frame asks the playback controller to
// advance by (real seconds × speed) within a work budget, then redraws. The ticker and the
// wall clock are injectable, so tests drive frames by hand.

import type { LiveRun, Scenario } from '../../sim/index.ts';
import { t } from './texts.ts';
import { busiestHour, type BusiestHour } from './busiest-hour.ts';
import { recentEvents } from './event-log.ts';
import { createControls, type Controls, type ControlState } from './controls.ts';
import { createJourneyPanel, type JourneyPanel } from './journey-panel.ts';
import { createLegend } from './legend.ts';
import { createPane, type Pane, type PaneView, type VehicleRef } from './pane.ts';
import { count, dayClock } from './plaza-text.ts';
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
  /** Where the clock opens: the clock hour with the most arrivals expected (default), or the start of the run. */
  startAt?: 'busiest' | 'start';
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
  /** Shows the region (scenarios with several ports) or one port's plaza, by port id. */
  show(view: PaneView): void;
  /** The hour the view opened at (or would, for the "busiest hour" control). */
  readonly busiest: BusiestHour;
}

let mounted = 0;

/** What the event just processed did, if it was a vehicle's (staffing and clock events are not). */
function describeLastEvent(run: LiveRun): string {
  const labels = new Map(run.scenario.ports[0].laneGroups.map((l) => [l.id, l.label ?? l.id]));
  const [last] = recentEvents([...run.vehicles(0), ...run.recentlyExited(0)], run.now, 1, (id) => labels.get(id) ?? id);
  return last && last.time === run.now ? last.text : t('plaza:log.staffing');
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
  let busiest = busiestHour(named.map((n) => n.scenario));
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
  let shown: PaneView = { kind: 'region' };

  const letterOf = (i: number) => String.fromCharCode(65 + i);
  const controls: Controls = createControls(
    doc,
    {
      togglePlay() {
        if (playback.playing) {
          playback.pause();
          controls.announce(t('plaza:announce.paused'));
        } else {
          playback.play();
          controls.announce(t('plaza:announce.playing', { speed: speedText(playback.speed) }));
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
            ? t('plaza:announce.noEvents')
            : t('plaza:announce.stepped', { time: clockText(after[i].clockHours, true), letter: letterOf(i), what: describeLastEvent(playback.runs[i]) }),
        );
      },
      setSpeed(speed) {
        playback.setSpeed(speed);
        wake();
        redraw();
      },
      seek(seconds) {
        seekTo(seconds);
      },
      skipToEnd() {
        playback.skipToEnd();
        controls.announce(t('plaza:announce.skipping'));
        wake();
      },
      startOfDay() {
        seekTo(0);
      },
      busiest() {
        seekTo(busiest.time);
      },
    },
    idPrefix,
  );

  function seekTo(seconds: number): void {
    playback.seek(seconds);
    panes.forEach((p) => p.reset());
    wake();
    if (!playback.seeking) redraw();
  }

  // Region or port: one switch for both panes, so they always show the same place.
  const switcher = doc.createElement('div');
  switcher.className = 'bf-pv-switch';
  switcher.setAttribute('role', 'group');
  switcher.setAttribute('aria-label', t('plaza:view.label'));
  function buildSwitcher(): void {
    const ports: { id: string; name: string }[] = [];
    for (const n of named) for (const p of n.scenario.ports) if (!ports.some((x) => x.id === p.id)) ports.push({ id: p.id, name: p.name });
    const several = named.some((n) => n.scenario.ports.length > 1);
    switcher.hidden = !several;
    if (!several) {
      shown = { kind: 'port', id: ports[0]?.id ?? '' };
      switcher.replaceChildren();
      return;
    }
    if (shown.kind === 'port' && !ports.some((p) => p.id === (shown as { id: string }).id)) shown = { kind: 'region' };
    const label = doc.createElement('span');
    label.textContent = t('plaza:view.label');
    const options: { view: PaneView; text: string }[] = [{ view: { kind: 'region' }, text: t('plaza:view.region') }, ...ports.map((p) => ({ view: { kind: 'port', id: p.id } as PaneView, text: p.name }))];
    switcher.replaceChildren(
      label,
      ...options.map((o) => {
        const b = doc.createElement('button');
        b.type = 'button';
        b.textContent = o.text;
        b.dataset.view = o.view.kind === 'region' ? 'region' : o.view.id;
        b.addEventListener('click', () => show(o.view));
        return b;
      }),
    );
    markSwitcher();
  }
  function markSwitcher(): void {
    const current = shown.kind === 'region' ? 'region' : shown.id;
    for (const b of switcher.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.view === current));
  }
  function show(v: PaneView): void {
    shown = v;
    markSwitcher();
    redraw();
  }

  const busiestNote = doc.createElement('p');
  busiestNote.className = 'bf-pv-busiest';
  const panesEl = doc.createElement('div');
  panesEl.className = 'bf-pv-panes';
  const journey: JourneyPanel = createJourneyPanel(doc, () => select(null));
  const note = doc.createElement('p');
  note.className = 'bf-pv-note';
  root.append(controls.element, busiestNote, switcher, createLegend(doc), panesEl, journey.element, note);
  container.append(root);

  let panes: Pane[] = [];
  function buildPanes(): void {
    panes = named.map((n, i) => createPane(doc, i, n.name, n.scenario, { onSelect: (ref) => select(ref), onChange: () => redraw() }));
    panesEl.replaceChildren(...panes.map((p) => p.element));
    panesEl.dataset.count = String(panes.length);
    note.textContent = [
      t('plaza:note.replication', { replication: (opts.replication ?? 0) + 1, seed }),
      named.length > 1 ? t('plaza:note.shared') : '',
      reducedMotion ? t('plaza:note.reduced') : '',
    ]
      .filter(Boolean)
      .join(' ');
    busiestNote.textContent = t('plaza:busiest.note', { time: dayClock(busiest.clockHours, named[0]?.scenario.startDay ?? 'monday'), n: count(Math.round(busiest.arrivals)) });
    buildSwitcher();
  }
  buildPanes();

  let generation = playback.generation;
  function redraw(): void {
    if (playback.generation !== generation) {
      generation = playback.generation;
      panes.forEach((p) => p.reset());
    }
    // Every pane marks the selected vehicle number: with one seed it is the same traveler.
    const snaps = panes.map((p, i) => p.draw(playback.runs[i], playback.trackers[i], selected ? { ...selected, pane: i } : null, shown));
    controls.update(controlState(snaps[0]?.clockHours));
    journey.draw(selected, playback.runs, named.map((n) => n.name));
    lastDraw = nowMs();
  }

  function select(ref: VehicleRef | null): void {
    selected = ref;
    redraw();
  }

  function frame(time: number): void {
    handle = null;
    const dt = lastFrame === null ? 0 : (time - lastFrame) / 1000;
    lastFrame = time;
    const wasSeeking = playback.seeking;
    const r = playback.tick(dt);
    if (wasSeeking && !playback.seeking) {
      controls.announce(t('plaza:announce.clockMoved', { time: clockText(playback.snapshots()[0].clockHours, true) }));
      redraw();
    }
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

  /** Opens at the busiest hour: the runs get there over the first frames, drawing nothing in between. */
  function openAtStart(): void {
    if ((opts.startAt ?? 'busiest') === 'busiest' && busiest.time > 0) playback.seek(busiest.time);
  }

  openAtStart();
  redraw();
  wake();

  return {
    playback,
    redraw,
    select,
    show,
    get busiest() {
      return busiest;
    },
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
      busiest = busiestHour(named.map((n) => n.scenario));
      playback.setScenarios(scenarios.map((n) => n.scenario), seed, replication ?? 0);
      buildPanes();
      openAtStart();
      redraw();
      wake();
    },
  };
}
