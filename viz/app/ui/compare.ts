// The Compare tab: warnings, the replication hint, inputs side by side, and every chart for the scenarios that have run.

import { CONFIDENCE_NOTE, replicationsNeeded, type ResultDocument } from '../../../sim/index.ts';
import { describeHeadline, headlineSentence, renderHeadline } from '../../charts/headline.ts';
import { headline, type HeadlineData } from '../../view-models/headline.ts';
import { IN_LINE_AT_END } from '../../view-models/in-line.ts';
import type { Actions } from '../actions.ts';
import { chartApplies, CHARTS } from '../chart-registry.ts';
import { h, setChildren } from '../dom.ts';
import { displayName, type Entry } from '../entries.ts';
import { engineText, fmtNumber } from '../format.ts';
import { compared, entryById, leftOut, type AppState } from '../state.ts';
import { watch, type Store } from '../store.ts';
import { censoredNotes, laneWarnings } from '../warnings.ts';
import { shortLabels } from '../labels.ts';
import { observedChoice, onObservedChoice } from '../observed-files.ts';
import { observedByLaneGroup } from '../../observed/by-lane-group.ts';
import type { ChartOptions } from '../../charts/types.ts';
import { createChartFigure, type Provenance } from './chart-figure.ts';
import { mountInputsTable } from './inputs-table.ts';
import { provenanceSection } from './provenance.ts';
import { mountOtherPorts, portGroups, portNote } from './other-ports.ts';
import { fillPrintReport } from './print-report.ts';
import { t } from '../../i18n/index.ts';

/** The engine's note on how far to trust its intervals, in the page's language. */
export const confidenceNote = (): string => engineText(CONFIDENCE_NOTE, 'compare:confidenceNote');
/** "still in line at the end", the one wording of the in-line figure, in the page's language. */
export const inLineAtEnd = (): string => engineText(IN_LINE_AT_END, 'compare:inLineAtEnd');

/**
 * The observed waits loaded in the observed tab, by lane group of the baseline's first port, for
 * the waits-by-hour chart; undefined when none are loaded or none match a lane group.
 */
function observedOverlay(base: Entry | undefined): ChartOptions['observed'] {
  const choice = observedChoice();
  if (!choice || !base?.run.ran || !base.run.result) return undefined;
  try {
    const byLane = observedByLaneGroup(base.run.ran, base.run.result, choice);
    if (byLane.size === 0) return undefined;
    const dayType = [...byLane.values()][0].dayType;
    return { label: dayType ? `${choice.name} (${dayType})` : choice.name, byLane: new Map([...byLane].map(([k, v]) => [k, v.hours])) };
  } catch {
    // Waits that cannot be matched to this scenario are shown, with the reason, in the observed tab.
    return undefined;
  }
}

function replicationHint(base: Entry): string | null {
  const doc = base.run.result;
  if (!doc) return null;
  const values = doc.runs.map((r) => r.summary.wait.mean);
  const a = doc.summary.wait.mean;
  if (a.mean === null || a.halfWidth === null) return t('compare:hint.noInterval', { count: doc.replications });
  const rel = a.mean > 0 ? a.halfWidth / a.mean : 0;
  const need = replicationsNeeded(values, 0.1);
  const head = t('compare:hint.head', {
    name: displayName(base),
    mean: fmtNumber(a.mean, 1),
    half: fmtNumber(a.halfWidth, 1),
    replications: fmtNumber(doc.replications, 0),
    rel: fmtNumber(Math.round(rel * 100), 0),
  });
  if (need === null || !Number.isFinite(need)) return head;
  return need <= doc.replications ? t('compare:hint.within', { head }) : t('compare:hint.need', { head, need: fmtNumber(need, 0) });
}

export function mountCompare(root: HTMLElement, store: Store<AppState>, actions: Actions, widthOf: () => number): { redraw(): void } {
  const banners = h('div', { class: 'banners', id: 'warnings' });
  const excluded = h('section', { class: 'banner excluded', id: 'left-out', 'aria-label': t('compare:leftOutLabel'), hidden: true });
  const hint = h('p', { class: 'replication-hint', id: 'replication-hint' });
  // How far to trust the intervals, next to the figure that states the precision.
  const trust = h(
    'details',
    { class: 'confidence-note', id: 'confidence-note' },
    h('summary', {}, t('compare:trust')),
    h('p', {}, confidenceNote()),
  );
  const empty = h('p', { class: 'empty-state' });
  // The answer first: the paired difference in the lanes that changed, one sentence and one small chart.
  const answerText = h('div', { class: 'answer-text', id: 'headline-text' });
  const answerChart = h('div', { class: 'answer-chart chart-svg' });
  const answer = h(
    'section',
    { class: 'answer', id: 'headline', 'aria-labelledby': 'headline-title' },
    h('h2', { id: 'headline-title' }, t('compare:answer')),
    answerText,
    answerChart,
  );
  const inputs = h('details', { class: 'inputs', id: 'inputs-table' });
  const provenance = h('details', { class: 'provenance-box', id: 'provenance' }, h('summary', {}, t('compare:sources')));
  const provenanceBody = h('div', {});
  provenance.appendChild(provenanceBody);
  // Inputs, precision and provenance matter for trusting the answer, not for reading it: folded below it.
  const fold = h(
    'details',
    { class: 'fold', id: 'details-fold' },
    h('summary', {}, t('compare:fold')),
    hint,
    trust,
    inputs,
    provenance,
  );
  const report = h('section', { class: 'print-report', id: 'print-report', 'aria-hidden': 'true' });
  const grid = h('div', { class: 'charts' });
  const toc = h('nav', { class: 'chart-toc', 'aria-label': t('compare:chartsNav') });
  const figures = CHARTS.map((spec) => {
    const f = createChartFigure(spec);
    grid.appendChild(f.el);
    return { spec, f };
  });
  const portsNote = h('p', { class: 'ports-note', id: 'ports-note', hidden: true });
  const otherPorts = h('section', { class: 'other-ports', id: 'other-ports', hidden: true });
  const others = mountOtherPorts(otherPorts);
  root.append(h('h2', { class: 'visually-hidden' }, t('compare:heading')), excluded, empty, answer, banners, portsNote, fold, toc, grid, otherPorts, report);
  mountInputsTable(inputs, store);
  // A chart mark that selects a scenario shows its inputs: open the fold around them.
  watch(store, (s) => [s.selectedId], (s) => {
    if (s.selectedId) fold.open = true;
  });

  function drawAnswer(docs: ResultDocument[], opts: { baseline: number; scenarios: NonNullable<Parameters<typeof headline>[1]['scenarios']>; labels: string[]; keys: string[] }, width: number): HeadlineData | null {
    answer.hidden = docs.length === 0;
    if (docs.length === 0) return null;
    if (docs.length < 2) {
      const a = docs[0].summary.wait.mean;
      setChildren(
        answerText,
        h(
          'p',
          { class: 'answer-sentence' },
          t('compare:single', {
            name: opts.labels[0],
            mean: a.mean === null ? '—' : fmtNumber(a.mean, 1),
            ci: a.halfWidth !== null ? t('compare:singleCi', { half: fmtNumber(a.halfWidth, 1) }) : '',
          }),
        ),
      );
      setChildren(answerChart);
      return null;
    }
    try {
      const data = headline(docs, opts);
      setChildren(answerText, data.scenarios.map((x) => h('p', { class: 'answer-sentence' }, headlineSentence(x, data))));
      const text = describeHeadline(data);
      setChildren(answerChart, data.chart.rows.length ? renderHeadline(data, { width: Math.min(width, 900) }) : null);
      answerChart.setAttribute('aria-label', text.title);
      return data;
    } catch (err) {
      setChildren(answerText, h('p', {}, t('compare:noHeadline', { error: err instanceof Error ? err.message : String(err) })));
      setChildren(answerChart);
      return null;
    }
  }

  let threshold: number | undefined;
  /** Names every card in the comparison the charts leave out, and why; says so first when it is the baseline. */
  function drawLeftOut(s: AppState): void {
    const out = leftOut(s);
    excluded.hidden = out.length === 0;
    if (out.length === 0) return setChildren(excluded);
    const why = { errors: t('compare:why.errors'), refused: t('compare:why.refused'), failed: t('compare:why.failed') } as const;
    const base = out.find((x) => x.entry.id === s.baselineId);
    const baseEntry = entryById(s, s.baselineId);
    setChildren(
      excluded,
      base
        ? h('p', {}, h('strong', {}, t('compare:baselineHeld', { name: displayName(base.entry), why: why[base.reason] })), t('compare:baselineHeldRest'))
        : h('p', {}, h('strong', {}, t('compare:leftOut')), baseEntry ? t('compare:leftOutAgainst', { name: displayName(baseEntry) }) : ':'),
      h('ul', {}, out.filter((x) => x !== base).map((x) => h('li', {}, t('compare:leftOutItem', { name: displayName(x.entry), why: why[x.reason] })))),
    );
  }

  // Waits by hour: one shared scale by default; one extreme lane or scenario can flatten the others, so the reader may switch.
  type YScale = 'shared' | 'independent' | 'log';
  let yScale = 'shared' as YScale;
  const byHour = figures.find(({ spec }) => spec.id === 'wait-by-hour');
  if (byHour) {
    const name = 'wait-by-hour-scale';
    const options: [YScale, string][] = [
      ['shared', t('compare:scale.shared')],
      ['independent', t('compare:scale.independent')],
      ['log', t('compare:scale.log')],
    ];
    const group = h(
      'fieldset',
      { class: 'scale-toggle', id: 'wait-by-hour-scale' },
      h('legend', {}, t('compare:scale.legend')),
      options.map(([value, label]) => {
        const id = `${name}-${value}`;
        const input = h('input', { type: 'radio', name, id, value, checked: value === yScale });
        input.addEventListener('change', () => {
          if (!input.checked) return;
          yScale = value;
          draw(store.get());
        });
        return h('span', { class: 'scale-option' }, input, h('label', { for: id }, label));
      }),
    );
    byHour.f.el.insertBefore(group, byHour.f.el.querySelector('.chart-svg'));
  }
  function draw(s: AppState): void {
    drawLeftOut(s);
    const list = compared(s);
    let docs = list.map((e) => e.run.result!);
    empty.hidden = docs.length > 0;
    const baseHeld = leftOut(s).some((x) => x.entry.id === s.baselineId);
    empty.textContent = baseHeld
      ? t('compare:empty.baseHeld')
      : s.progress
        ? t('compare:empty.running')
        : t('compare:empty.none');
    grid.hidden = docs.length === 0;
    const warnings = laneWarnings(docs);
    const items = warnings.map((w) => h('li', { class: 'lane-warning' }, h('strong', {}, w.lane), t('compare:laneWarning', { scenario: w.scenario, reason: w.reason })));
    const lead = [h('strong', {}, t('compare:unstable')), t('compare:unstableRest', { count: warnings.length })];
    const censored = censoredNotes(docs);
    const censoredBanner =
      censored.length === 0
        ? []
        : h(
            'section',
            { class: 'banner censored', id: 'censored-note', 'aria-label': t('compare:censoredLabel') },
            h('p', {}, h('strong', {}, t('compare:censoredLead')), t('compare:censoredRest')),
            h(
              'ul',
              {},
              censored.map((c) =>
                h(
                  'li',
                  {},
                  t('compare:censoredItem', {
                    count: Math.round(c.unfinished),
                    n: fmtNumber(c.unfinished, 0),
                    scenario: c.scenario,
                    inLine: inLineAtEnd(),
                    why: c.endOfRun === 'cutoff' ? t('compare:cutoff') : t('compare:drainCap'),
                  }),
                ),
              ),
            ),
          );
    setChildren(
      banners,
      warnings.length === 0
        ? []
        : warnings.length <= 2
          ? h('section', { class: 'banner warning', 'aria-label': t('compare:warnings') }, h('p', {}, lead), h('ul', {}, items))
          : // Many lanes at once: one line, the list on request, so the charts stay in view.
            h('details', { class: 'banner warning', 'aria-label': t('compare:warnings') }, h('summary', {}, h('span', {}, lead), t('compare:showLanes')), h('ul', {}, items)),
      censoredBanner,
    );
    const hintText = list[0] ? replicationHint(list[0]) : null;
    hint.textContent = hintText ?? '';
    hint.hidden = !hintText;
    trust.hidden = docs.length === 0;
    toc.hidden = docs.length === 0;
    fold.hidden = docs.length === 0;
    if (docs.length === 0) {
      answer.hidden = true;
      return;
    }
    const width = widthOf();
    grid.classList.toggle('two-col', width >= 1100);
    const all = {
      scenarios: list.map((e) => e.run.ran!),
      labels: shortLabels(list.map(displayName)),
      keys: list.map((e) => e.id),
    };
    // The charts above show the baseline's first port for the scenarios that model it; every other port gets its own panel below.
    const groups = portGroups(docs, 0);
    const main = [...groups[0].docs].sort((a, b) => a - b);
    const allDocs = docs;
    docs = main.map((i) => allDocs[i]);
    const opts = {
      baseline: 0,
      scenarios: main.map((i) => all.scenarios[i]),
      labels: shortLabels(main.map((i) => displayName(list[i]))),
      keys: main.map((i) => all.keys[i]),
    };
    const note = portNote(groups, all.labels);
    portsNote.textContent = note;
    portsNote.hidden = note === '';
    const head = drawAnswer(docs, opts, width);
    setChildren(provenanceBody, provenanceSection(list.map((e) => ({ name: displayName(e), scenario: e.run.ran! }))));
    const provenanceLine: Provenance = {
      scenarios: list.map(displayName),
      seed: docs[0].seed,
      replications: docs[0].replications,
      engine: docs[0].engine.version,
    };
    setChildren(
      toc,
      h('span', { class: 'toolbar-label' }, t('compare:charts')),
      figures
        .filter(({ spec }) => chartApplies(spec, docs))
        .map(({ spec, f }) =>
          h(
            'a',
            {
              href: `#chart-${spec.id}`,
              // The hash holds the shareable state, so jump without touching it.
              onclick: (ev: Event) => {
                ev.preventDefault();
                f.el.scrollIntoView({ block: 'start' });
                f.el.focus({ preventScroll: true });
              },
            },
            spec.name,
          ),
        ),
    );
    const observed = observedOverlay(list[main[0]]);
    for (const { spec, f } of figures) {
      const cols = !spec.wide && width >= 1100 ? 2 : 1;
      const w = Math.floor((width - (cols - 1) * 24) / cols) - 34;
      f.update(docs, opts, w, {
        onSelect: (key) => actions.reveal(key),
        ...(threshold !== undefined ? { threshold } : {}),
        ...(spec.id === 'wait-by-hour' ? { yScale, ...(observed ? { observed } : {}) } : {}),
        onThreshold: (m) => {
          threshold = m;
        },
      }, provenanceLine);
    }
    others.draw(allDocs, groups, { ...all, names: list.map(displayName) }, width - 34, provenanceLine);
    fillPrintReport(report, { list, docs: allDocs, head, opts, mainDocs: docs, labels: all.labels, charts: figures.map(({ spec, f }) => ({ id: spec.id, el: f.el })) });
  }

  watch(store, (s) => [...compared(s).flatMap((e) => [e.id, e.run.result, e.scenario?.name]), s.baselineId, s.progress === null], draw);
  onObservedChoice(() => draw(store.get()));
  watch(store, (s) => [...leftOut(s).flatMap((x) => [x.entry.id, x.reason, displayName(x.entry)]), s.baselineId], drawLeftOut);
  return { redraw: () => draw(store.get()) };
}
