// The shared control bar: play/pause, step one event, speed (log scale, with halt), scrub bar, skip to results, clock readouts.
//
// Plain buttons and range inputs, so every control works from the keyboard and announces
// its value; the bar only reports intentions and is updated from the playback state.

import { SPEEDS, speedAt, speedPosition, speedText, formatMultiple } from './speed.ts';
import { dayClockText, wallText } from './sim-clock.ts';

export interface ControlHandlers {
  togglePlay(): void;
  step(): void;
  setSpeed(speed: number): void;
  seek(seconds: number): void;
  skipToEnd(): void;
}

export interface ControlState {
  playing: boolean;
  speed: number;
  time: number;
  horizon: number;
  clockHours: number;
  startDay: string;
  achieved: number;
  wallPlayedMs: number;
  seeking: boolean;
  done: boolean;
  reducedMotion: boolean;
}

export interface Controls {
  element: HTMLElement;
  update(s: ControlState): void;
  /** Says something to screen-reader users (polite). */
  announce(text: string): void;
}

export function createControls(doc: Document, h: ControlHandlers, idPrefix: string): Controls {
  const bar = doc.createElement('div');
  bar.className = 'bf-pv-controls';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Animation controls (they drive every scenario shown)');

  const play = button(doc, 'Play', 'bf-pv-play');
  play.addEventListener('click', () => h.togglePlay());
  const step = button(doc, 'Step one event', 'bf-pv-step');
  step.title = 'Process the next simulation event (of whichever scenario has the earliest) and pause';
  step.addEventListener('click', () => h.step());

  const speedLabel = doc.createElement('label');
  speedLabel.htmlFor = `${idPrefix}-speed`;
  speedLabel.textContent = 'Speed';
  const speed = doc.createElement('input');
  speed.type = 'range';
  speed.id = `${idPrefix}-speed`;
  speed.className = 'bf-pv-speed';
  speed.min = '0';
  speed.max = String(SPEEDS.length - 1);
  speed.step = '1';
  const speedOut = doc.createElement('output');
  speedOut.htmlFor.add(speed.id);
  speed.addEventListener('input', () => h.setSpeed(speedAt(Number(speed.value))));
  speedLabel.append(speed, speedOut);

  const scrubLabel = doc.createElement('label');
  scrubLabel.htmlFor = `${idPrefix}-scrub`;
  scrubLabel.textContent = 'Simulated time';
  const scrub = doc.createElement('input');
  scrub.type = 'range';
  scrub.id = `${idPrefix}-scrub`;
  scrub.className = 'bf-pv-scrub';
  scrub.min = '0';
  scrub.step = '60';
  let dragging = false;
  scrub.addEventListener('pointerdown', () => (dragging = true));
  scrub.addEventListener('pointerup', () => (dragging = false));
  scrub.addEventListener('input', () => h.seek(Number(scrub.value)));
  scrubLabel.append(scrub);

  const skip = button(doc, 'Skip to results', 'bf-pv-skip');
  skip.title = 'Run to the end of the simulated horizon without drawing';
  skip.addEventListener('click', () => h.skipToEnd());

  const readout = doc.createElement('div');
  readout.className = 'bf-pv-readout';
  const status = doc.createElement('div');
  status.className = 'bf-visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  bar.append(play, step, speedLabel, scrubLabel, skip, readout, status);

  return {
    element: bar,
    update(s) {
      play.textContent = s.playing ? 'Pause' : 'Play';
      play.setAttribute('aria-pressed', String(s.playing));
      play.disabled = s.done && !s.playing;
      step.disabled = s.done;
      skip.disabled = s.done;
      const pos = speedPosition(s.speed);
      if (speed.value !== String(pos)) speed.value = String(pos);
      speed.setAttribute('aria-valuetext', speedText(s.speed));
      speedOut.textContent = s.speed > 0 ? formatMultiple(s.speed) : 'halted';
      scrub.max = String(s.horizon);
      if (!dragging) scrub.value = String(Math.round(s.time));
      scrub.setAttribute('aria-valuetext', `${dayClockText(s.clockHours, s.startDay)}, ${(s.time / 3600).toFixed(1)} of ${(s.horizon / 3600).toFixed(0)} simulated hours`);
      const state = s.seeking ? 'moving the clock…' : s.done ? 'end of the run' : s.playing ? 'playing' : 'paused';
      const achieved = s.playing && s.achieved > 0 ? ` · achieved ${formatMultiple(Math.round(s.achieved))}` : '';
      readout.textContent =
        `Simulated clock ${dayClockText(s.clockHours, s.startDay, true)} · ${state} · ` +
        `real time played ${wallText(s.wallPlayedMs)} · speed ${s.speed > 0 ? formatMultiple(s.speed) : 'halted'}${achieved}` +
        (s.reducedMotion ? ' · reduced motion: drawn once a second' : '');
    },
    announce(text) {
      status.textContent = text;
    },
  };
}

function button(doc: Document, text: string, cls: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.textContent = text;
  return b;
}
