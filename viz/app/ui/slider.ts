// A labelled native range input with a visible value and an aria-valuetext that speaks in the domain's words.

import { h, uid } from '../dom.ts';

export interface SliderSpec {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** "6 booths", "30 % enrolled" — for the screen reader and the visible readout. */
  text(v: number): string;
  /** A shorter visible readout when the label already says the unit (default: text). */
  display?(v: number): string;
  onInput(v: number): void;
  hint?: string;
}

export interface Slider {
  el: HTMLElement;
  input: HTMLInputElement;
  set(value: number): void;
}

export function createSlider(spec: SliderSpec): Slider {
  const id = uid('slider');
  const input = h('input', { type: 'range', id, min: spec.min, max: spec.max, step: spec.step, class: 'slider' });
  const out = h('output', { for: id, class: 'slider-value' });
  const set = (v: number) => {
    input.value = String(v);
    const t = spec.text(v);
    input.setAttribute('aria-valuetext', t);
    out.textContent = spec.display ? spec.display(v) : t;
  };
  set(spec.value);
  input.addEventListener('input', () => {
    const v = Number(input.value);
    set(v);
    spec.onInput(v);
  });
  const hintId = spec.hint ? `${id}-hint` : null;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  const el = h(
    'div',
    { class: 'slider-row' },
    h('div', { class: 'slider-label' }, h('label', { for: id }, spec.label), out),
    input,
    spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
  );
  return { el, input, set };
}
