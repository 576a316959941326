// The one-page printed report: hidden on screen, the only thing the print stylesheet shows. It is
// plain content (no folded sections, no controls), so what prints does not depend on what was open.

import type { ResultDocument } from '../../../sim/index.ts';
import { headlineSentence } from '../../charts/headline.ts';
import { renderWaitByHour } from '../../charts/wait-by-hour.ts';
import { waitByHour } from '../../view-models/wait-by-hour.ts';
import type { ViewModelOptions } from '../contracts.ts';
import type { HeadlineData } from '../../view-models/headline.ts';
import { h, setChildren } from '../dom.ts';
import { displayName, type Entry } from '../entries.ts';
import { inputRows } from '../inputs.ts';
import { fmtNumber } from '../format.ts';
import { provenanceOf, questionOf } from './provenance.ts';
import { t } from '../../i18n/index.ts';

/** The charts the report reprints, by registry id, in order (the headline forest plot comes first). */
const KEY_CHARTS = ['wait-by-hour'];

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n - 1).trimEnd()}…`;
}

export interface ReportInput {
  list: Entry[];
  docs: ResultDocument[];
  head: HeadlineData | null;
  labels: string[];
  charts: { id: string; el: HTMLElement }[];
  /** The main charts' options, to draw the waits by hour at a width made for the page. */
  opts?: ViewModelOptions & { labels: string[]; keys: string[] };
  /** The documents behind the main charts (the baseline's port). */
  mainDocs?: ResultDocument[];
}

export function fillPrintReport(root: HTMLElement, r: ReportInput): void {
  const { list, docs } = r;
  if (docs.length === 0) {
    setChildren(root);
    return;
  }
  const scenarios = list.map((e) => e.run.ran!);
  const asked = scenarios.length > 1 ? scenarios[1] : scenarios[0];
  const opts = { seed: docs[0].seed, replications: docs[0].replications, horizonHours: null };
  const rows = scenarios.map((s) => new Map(inputRows(s, opts).map((x) => [x.key, x])));
  const keys = [...new Set(rows.flatMap((m) => [...m.keys()]))];
  const differing = keys.filter((k) => rows.some((m) => m.get(k)?.value !== rows[0].get(k)?.value));

  const sentences = r.head
    ? r.head.scenarios.map((x) => headlineSentence(x, r.head!))
    : docs.map((d, i) =>
        t('report:single', {
          name: r.labels[i],
          mean: d.summary.wait.mean.mean === null ? '—' : fmtNumber(d.summary.wait.mean.mean, 1),
          ci: d.summary.wait.mean.halfWidth !== null ? t('compare:singleCi', { half: fmtNumber(d.summary.wait.mean.halfWidth, 1) }) : '',
        }),
      );

  const figures: Node[] = [];
  const headSvg = root.ownerDocument.querySelector('#headline svg');
  if (headSvg) figures.push(h('div', { class: 'report-chart' }, headSvg.cloneNode(true)));
  for (const id of KEY_CHARTS) {
    const title = r.charts.find((c) => c.id === id)?.el.querySelector('figcaption')?.textContent ?? '';
    let svg: Node | null = null;
    // Drawn again at a width for paper (three panels a row), so the panels are not shrunk to fit.
    if (id === 'wait-by-hour' && r.opts && r.mainDocs?.length) {
      try {
        svg = renderWaitByHour(waitByHour(r.mainDocs, r.opts), { width: 900 });
      } catch {
        svg = null;
      }
    }
    svg ??= r.charts.find((c) => c.id === id)?.el.querySelector('.chart-svg svg')?.cloneNode(true) ?? null;
    if (svg) figures.push(h('div', { class: 'report-chart' }, h('p', { class: 'report-chart-title' }, title), svg));
  }

  const prov = scenarios.map((s) => provenanceOf(s));
  const sources = new Map<string, string>();
  for (const p of prov) for (const s of p.sources) if (!sources.has(s.id)) sources.set(s.id, `${s.citation}${s.confidence ? ` (${s.confidence})` : ''}`);
  const assumptions = [...new Set(prov.flatMap((p) => p.assumptions))];

  setChildren(
    root,
    h('h1', {}, t('report:title')),
    h('p', { class: 'report-question' }, h('strong', {}, t('report:question')), questionOf(asked) || displayName(list[0])),
    h('h2', {}, t('report:scenarios')),
    h(
      'ul',
      { class: 'report-scenarios' },
      list.map((e, i) => h('li', {}, h('strong', {}, displayName(e)), i === 0 ? t('report:baseline') : '')),
    ),
    differing.length
      ? h(
          'p',
          { class: 'report-inputs' },
          h('strong', {}, t('report:differ', { count: differing.length })),
          differing
            .slice(0, 8)
            .map((k) => {
              const label = rows.find((m) => m.get(k))!.get(k)!.label;
              return `${label}: ${rows.map((m) => m.get(k)?.value ?? t('report:notSet')).join(' → ')}`;
            })
            .join('; ') + (differing.length > 8 ? t('report:more', { n: differing.length - 8 }) : ''),
        )
      : null,
    h('h2', {}, t('report:answer')),
    sentences.map((s) => h('p', { class: 'report-headline' }, s)),
    h('div', { class: 'report-charts' }, figures),
    h('h2', {}, t('report:sources')),
    h(
      'p',
      { class: 'report-small' },
      sources.size === 0 ? t('report:noSources') : [...sources].map(([id, c]) => `[${id}] ${clip(c, 150)}`).join(' · '),
    ),
    h('p', { class: 'report-small' }, assumptions.length === 0 ? t('report:noAssumptions') : t('report:assumptions', { count: assumptions.length, list: assumptions.slice(0, 5).map((a) => clip(a, 140)).join(' · ') })),
    h(
      'p',
      { class: 'report-footer' },
      t('report:footer', { seed: docs[0].seed, replications: fmtNumber(docs[0].replications, 0), engine: docs[0].engine.name, version: docs[0].engine.version }),
    ),
  );
}
