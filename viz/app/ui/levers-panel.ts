// The levers: sliders and a toggle that make an edited copy of a scenario ("X (edited)") without touching its file.

import type { Actions } from '../actions.ts';
import { h, setChildren, uid } from '../dom.ts';
import { displayName, type Entry } from '../entries.ts';
import { t } from '../../i18n/index.ts';
import { fmtNumber } from '../format.ts';
import { alertWhat, meanReferral, referenceFlow, trustedShare, type Levers } from '../levers.ts';
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
    h('h2', {}, t('staffing:levers.heading')),
    h('p', { class: 'hint' }, t('staffing:levers.hint')),
    h('div', { class: 'field-row' }, h('label', { for: selectId }, t('staffing:levers.startFrom')), select),
    note,
    body,
  );

  let builtFor: Scenario | null = null;
  let sliders: { slider: Slider; read(l: Levers): number }[] = [];
  let alertBox: HTMLInputElement | null = null;

  const change = (fn: (l: Levers) => Levers) => {
    const target = leverTarget(store.get());
    if (target) actions.setLevers(fn(structuredClone(target.levers)));
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
        label: t('staffing:levers.booths'),
        min: 0,
        max: maxBooths,
        step: perLane,
        value: lane.booths,
        text: (v) => t('staffing:levers.boothsText', { count: v, lanes: perLane > 1 ? t('staffing:levers.stackedLanes', { lanes: fmtNumber(v / perLane, 0), per: perLane }) : '' }),
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
        label: t('staffing:levers.officers'),
        min: 0,
        max: Math.max(maxBooths, basePeak),
        step: 1,
        value: basePeak,
        text: (v) => t('staffing:levers.officersText', { count: v }),
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
    parts.push(h('p', { class: 'hint' }, t('staffing:levers.openBooths')));

    const ref = referenceFlow(base);
    if (ref) {
      const baseShare = trustedShare(ref);
      const enrolled = createSlider({
        label: t('staffing:levers.enrollment', { flow: ref.label ?? ref.id }),
        min: 0,
        max: 100,
        step: 1,
        value: Math.round(baseShare * 100),
        text: (v) => t('staffing:levers.enrolledText', { pct: v }),
        hint: t('staffing:levers.enrollmentHint', { pct: Math.round(baseShare * 100) }),
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
      label: t('staffing:levers.referral'),
      min: 0,
      max: 20,
      step: 0.5,
      value: Math.round(baseReferral * 200) / 2,
      text: (v) => t('staffing:levers.referralText', { pct: fmtNumber(v, Number.isInteger(v) ? 0 : 1) }),
      hint: t('staffing:levers.referralHint'),
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
      h('div', { class: 'field-row' }, alertBox, h('label', { for: alertId }, t('staffing:levers.alert'))),
      h('p', { class: 'hint', id: `${alertId}-hint` }, t('staffing:levers.alertHint', { what: alertWhat() })),
    );

    const reset = h('button', { type: 'button', class: 'secondary' }, t('staffing:levers.reset'));
    reset.addEventListener('click', () => change(() => ({})));
    const keep = h('button', { type: 'button', class: 'secondary' }, t('staffing:levers.keep'));
    keep.addEventListener('click', () => actions.keepSetting());
    parts.push(
      h('div', { class: 'field-row buttons' }, reset, keep),
      h('p', { class: 'hint' }, t('staffing:levers.keepHint')),
    );
    setChildren(body, parts);
  }

  const render = (s: AppState) => {
    const options = chosen(s).filter((e) => e.scenario || e.leverBase);
    const cur = select.value;
    setChildren(select, options.map((e) => h('option', { value: e.id }, displayName(e))));
    if (s.leverSource && options.some((e) => e.id === s.leverSource)) select.value = s.leverSource;
    else if (options.some((e) => e.id === cur)) select.value = cur;
    const target = leverTarget(s);
    if (!target) {
      builtFor = null;
      setChildren(body, h('p', { class: 'hint' }, t('staffing:levers.chooseValid')));
      note.textContent = '';
      return;
    }
    if (target.base !== builtFor) {
      builtFor = target.base;
      build(target.base);
    }
    for (const { slider, read } of sliders) if (document.activeElement !== slider.input) slider.set(read(target.levers));
    if (alertBox) alertBox.checked = target.levers.alert === true;
    note.textContent = target.source.levers
      ? t('staffing:levers.editing', { name: displayName(target.source) })
      : t('staffing:levers.creates', { name: target.base.name });
  };
  store.subscribe(render);
  render(store.get());
}
