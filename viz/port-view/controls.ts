// The shared control bar: play/pause, step one event, speed (log scale, with halt), scrub bar, skip to results, clock readouts.
//
// Plain buttons and range inputs, so every control works from the keyboard and announces
// its value; the bar only reports intentions and is updated from the playback state.

import { SPEEDS, speedAt, speedPosition, speedText, formatMultiple } from './speed.ts';
import { t } from './texts.ts';
import { formatFixed } from '../i18n/number.ts';
import { dayClock } from './plaza-text.ts';
import { wallText } from './sim-clock.ts';

export interface ControlHandlers {
  togglePlay(): void;
  step(): void;
  setSpeed(speed: number): void;
  seek(seconds: number): void;
  skipToEnd(): void;
  /** Back to the start of the run. */
  startOfDay(): void;
  /** To the clock hour with the most arrivals expected. */
  busiest(): void;
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
  bar.setAttribute('aria-label', t('plaza:controls.aria'));

  const play = button(doc, t('plaza:controls.play'), 'bf-pv-play');
  play.addEventListener('click', () => h.togglePlay());
  const step = button(doc, t('plaza:controls.step'), 'bf-pv-step');
  step.title = t('plaza:controls.stepTitle');
  step.addEventListener('click', () => h.step());

  const speedLabel = doc.createElement('label');
  speedLabel.htmlFor = `${idPrefix}-speed`;
  speedLabel.textContent = t('plaza:controls.speed');
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
  scrubLabel.textContent = t('plaza:controls.scrub');
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

  const skip = button(doc, t('plaza:controls.skip'), 'bf-pv-skip');
  skip.title = t('plaza:controls.skipTitle');
  skip.addEventListener('click', () => h.skipToEnd());
  const start = button(doc, t('plaza:controls.startOfDay'), 'bf-pv-start');
  start.title = t('plaza:controls.startOfDayTitle');
  start.addEventListener('click', () => h.startOfDay());
  const busiest = button(doc, t('plaza:controls.busiest'), 'bf-pv-busiest-hour');
  busiest.title = t('plaza:controls.busiestTitle');
  busiest.addEventListener('click', () => h.busiest());

  const readout = doc.createElement('div');
  readout.className = 'bf-pv-readout';
  const status = doc.createElement('div');
  status.className = 'bf-visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  bar.append(play, step, start, busiest, speedLabel, scrubLabel, skip, readout, status);

  return {
    element: bar,
    update(s) {
      play.textContent = s.playing ? t('plaza:controls.pause') : t('plaza:controls.play');
      play.setAttribute('aria-pressed', String(s.playing));
      play.disabled = s.done && !s.playing;
      step.disabled = s.done;
      skip.disabled = s.done;
      const pos = speedPosition(s.speed);
      if (speed.value !== String(pos)) speed.value = String(pos);
      speed.setAttribute('aria-valuetext', speedText(s.speed));
      const speedShown = s.speed > 0 ? formatMultiple(s.speed) : t('plaza:controls.halted');
      speedOut.textContent = speedShown;
      scrub.max = String(s.horizon);
      if (!dragging) scrub.value = String(Math.round(s.time));
      scrub.setAttribute(
        'aria-valuetext',
        t('plaza:controls.scrubText', { clock: dayClock(s.clockHours, s.startDay), hours: formatFixed(s.time / 3600, 1), horizon: formatFixed(s.horizon / 3600, 0) }),
      );
      const state = t(s.seeking ? 'plaza:controls.seeking' : s.done ? 'plaza:controls.done' : s.playing ? 'plaza:controls.playing' : 'plaza:controls.paused');
      const achieved = s.playing && s.achieved > 0 ? t('plaza:controls.achieved', { speed: formatMultiple(Math.round(s.achieved)) }) : '';
      readout.textContent =
        t('plaza:controls.readout', { clock: dayClock(s.clockHours, s.startDay, true), state, wall: wallText(s.wallPlayedMs), speed: speedShown }) +
        achieved +
        (s.reducedMotion ? t('plaza:controls.reduced') : '');
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
