// The levers: sliders and a toggle that make an edited copy of a scenario ("X (edited)") without touching its file.

import type { Actions } from '../actions.ts';
import { h, setChildren, uid } from '../dom.ts';
import { displayName, type Entry } from '../entries.ts';
import { alertText, meanReferral, referenceFlow, trustedShare, type Levers } from '../levers.ts';
import { lanesOf, laneName, type Scenario } from '../scenario-types.ts';
import { chosen, entryById, type AppState } from '../state.ts';
import type { Store } from '../store.ts';
import { peakOf, staffingOf } from '../staffing.ts';
import { createSlider, type Slider } from './slider.ts';


/** The card the levers edit and what they start from. */
export function leverTarget(s: AppState): { source: Entry; base: Scenario; levers: Levers } | null {
  const source = entryById(s, s.leverSource);
  if (!source) return null;
  const base = source.leverBase ?? source.scenario;
  if (!base) return null;
  return { source, base, levers: source.levers ?? {} };
}

export function mountLeversPanel(root: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const selectId = uid('lever-source');
  const select = h('select', { id: selectId });
  select.addEventListener('change', () => actions.setLeverSource(select.value));
  const body = h('div', { class: 'levers-body' });
  const note = h('p', { class: 'hint', id: 'levers-note' });
  root.append(
    h('h2', {}, 'What if…'),
    h('p', { class: 'hint' }, 'Move a lever to make an edited copy of a scenario; only that copy runs again.'),
    h('div', { class: 'field-row' }, h('label', { for: selectId }, 'Start from'), select),
    note,
    body,
  );

  let builtFor: Scenario | null = null;
  let sliders: { slider: Slider; read(l: Levers): number }[] = [];
  let alertBox: HTMLInputElement | null = null;

  const change = (fn: (l: Levers) => Levers) => {
    const t = leverTarget(store.get());
    if (t) actions.setLevers(fn(structuredClone(t.levers)));
  };

  function build(base: Scenario): void {
    sliders = [];
    const parts: HTMLElement[] = [];
    for (const { key, lane, port } of lanesOf(base)) {
      const multiPort = base.ports.length > 1;
      const name = `${laneName(lane)}${multiPort ? ` (${port.name})` : ''}`;
      // Stacked booths come a lane at a time (two booths to a double-stacked lane).
      const perLane = lane.stacking?.boothsPerLane ?? 1;
      const maxBooths = Math.max(lane.booths * 2, lane.booths + 4 * perLane);
      const booths = createSlider({
        label: 'Booths',
        min: 0,
        max: maxBooths,
        step: perLane,
        value: lane.booths,
        text: (v) => `${v} booth${v === 1 ? '' : 's'}${perLane > 1 ? ` (${v / perLane} lanes of ${perLane})` : ''}`,
        onInput: (v) =>
          change((l) => {
            l.booths = { ...(l.booths ?? {}) };
            if (v === lane.booths) delete l.booths[key];
            else l.booths[key] = v;
            return l;
          }),
      });
      const basePeak = peakOf(staffingOf(lane));
      const officers = createSlider({
        label: 'Officers at the busiest hour',
        min: 0,
        max: Math.max(maxBooths, basePeak),
        step: 1,
        value: basePeak,
        text: (v) => `${v} officer${v === 1 ? '' : 's'} at the busiest hour`,
        display: (v) => String(v),
        onInput: (v) =>
          change((l) => {
            l.peakOfficers = { ...(l.peakOfficers ?? {}), [key]: v };
            return l;
          }),
      });
      sliders.push({ slider: booths, read: (l) => l.booths?.[key] ?? lane.booths });
      sliders.push({
        slider: officers,
        read: (l) => l.peakOfficers?.[key] ?? (l.byHour?.[key] ? Math.max(...l.byHour[key]) : basePeak),
      });
      parts.push(h('fieldset', { class: 'lever-lane' }, h('legend', {}, name), booths.el, officers.el));
    }
    parts.push(h('p', { class: 'hint' }, 'Open booths = booths that have an officer: extra officers beyond the booths wait idle. Every hour scales with the busiest.'));

    const ref = referenceFlow(base);
    if (ref) {
      const baseShare = trustedShare(ref);
      const enrolled = createSlider({
        label: `Trusted-program enrollment (${ref.label ?? ref.id})`,
        min: 0,
        max: 100,
        step: 1,
        value: Math.round(baseShare * 100),
        text: (v) => `${v} % enrolled`,
        hint: `SENTRI, NEXUS and Ready shares scale together (file: ${Math.round(baseShare * 100)} %); other flows follow in proportion.`,
        onInput: (v) =>
          change((l) => {
            if (v === Math.round(baseShare * 100)) delete l.enrolled;
            else l.enrolled = v / 100;
            return l;
          }),
      });
      sliders.push({ slider: enrolled, read: (l) => Math.round((l.enrolled ?? baseShare) * 100) });
      parts.push(enrolled.el);
    }

    const baseReferral = meanReferral(base);
    const referral = createSlider({
      label: 'Random referral to secondary',
      min: 0,
      max: 20,
      step: 0.5,
      value: Math.round(baseReferral * 200) / 2,
      text: (v) => `${v} % referred at random`,
      hint: 'On every lane group. Needs a secondary inspection area in the scenario.',
      onInput: (v) =>
        change((l) => {
          l.referral = v / 100;
          return l;
        }),
    });
    sliders.push({ slider: referral, read: (l) => Math.round((l.referral ?? baseReferral) * 200) / 2 });
    parts.push(referral.el);

    const alertId = uid('alert');
    alertBox = h('input', { type: 'checkbox', id: alertId, 'aria-describedby': `${alertId}-hint` });
    alertBox.addEventListener('change', () =>
      change((l) => {
        if (alertBox?.checked) l.alert = true;
        else delete l.alert;
        return l;
      }),
    );
    parts.push(
      h('div', { class: 'field-row' }, alertBox, h('label', { for: alertId }, 'Heightened alert')),
      h('p', { class: 'hint', id: `${alertId}-hint` }, `A heightened-alert policy for the whole run: ${alertText().replace(/^heightened alert: /, '')} (post-9/11 style; 70 s vs 34 s per car, Villegas et al. 2006).`),
    );

    const reset = h('button', { type: 'button', class: 'secondary' }, 'Reset levers');
    reset.addEventListener('click', () => change(() => ({})));
    const keep = h('button', { type: 'button', class: 'secondary' }, 'Keep this setting');
    keep.addEventListener('click', () => actions.keepSetting());
    parts.push(
      h('div', { class: 'field-row buttons' }, reset, keep),
      h('p', { class: 'hint' }, 'Keep this setting turns the current levers into a scenario of its own; keep several to sweep a lever and see each setting as a point on the interdiction-vs-wait chart.'),
    );
    setChildren(body, parts);
  }

  const render = (s: AppState) => {
    const options = chosen(s).filter((e) => e.scenario || e.leverBase);
    const cur = select.value;
    setChildren(select, options.map((e) => h('option', { value: e.id }, displayName(e))));
    if (s.leverSource && options.some((e) => e.id === s.leverSource)) select.value = s.leverSource;
    else if (options.some((e) => e.id === cur)) select.value = cur;
    const t = leverTarget(s);
    if (!t) {
      builtFor = null;
      setChildren(body, h('p', { class: 'hint' }, 'Choose a valid scenario to start from.'));
      note.textContent = '';
      return;
    }
    if (t.base !== builtFor) {
      builtFor = t.base;
      build(t.base);
    }
    for (const { slider, read } of sliders) if (document.activeElement !== slider.input) slider.set(read(t.levers));
    if (alertBox) alertBox.checked = t.levers.alert === true;
    note.textContent = t.source.levers
      ? `Editing “${displayName(t.source)}”.`
      : `Moving a lever creates “${t.base.name} (edited)”.`;
  };
  store.subscribe(render);
  render(store.get());
}
