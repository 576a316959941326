// One chart in a <figure>: the takeaway as caption, the generated summary, a data-table toggle and SVG/PNG export.

import type { ResultDocument } from '../../../sim/index.ts';
import { svgToPngBlob as pngBlob, svgToString as svgText, withTitleAndProvenance } from '../../charts/export.ts';
import { chartApplies, resolveChart, type ChartSpec } from '../chart-registry.ts';
import type { ChartOptions, ChartText, ViewModelOptions } from '../contracts.ts';
import { t } from '../../i18n/index.ts';
import { h, setChildren, uid } from '../dom.ts';
import { downloadBlob, downloadText } from '../download.ts';

/** What an exported chart says about where it came from. */
export interface Provenance {
  scenarios: string[];
  seed: number;
  replications: number;
  engine: string;
}

/** "Scenarios: A (baseline); B · seed 2019 · 10 replications · borderflow 0.3.0": no date, so exports are reproducible. */
export function provenanceText(p: Provenance): string {
  const names = p.scenarios.map((n, i) => (i === 0 ? t('app:figure.baseline', { name: n }) : n)).join('; ');
  return t('app:figure.provenance', { names, seed: p.seed, count: p.replications, engine: p.engine });
}

export interface ChartFigure {
  el: HTMLElement;
  /** Draws the chart for these documents; hides the figure when the chart needs more scenarios. */
  update(docs: ResultDocument[], opts: ViewModelOptions, width: number, extra?: ChartOptions, provenance?: Provenance): void;
}

function tableOf(text: ChartText): HTMLTableElement {
  return h(
    'table',
    { class: 'data chart-data' },
    h('caption', {}, t('app:figure.dataCaption', { title: text.title })),
    h('thead', {}, h('tr', {}, text.table.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      text.table.rows.map((row) =>
        h(
          'tr',
          {},
          row.map((v, i) => {
            const content = v === null ? h('span', { class: 'missing', title: 'no data' }, '—') : typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
            return i === 0 ? h('th', { scope: 'row' }, content) : h('td', {}, content);
          }),
        ),
      ),
    ),
  );
}

export function createChartFigure(spec: ChartSpec): ChartFigure {
  const titleId = uid('chart-title');
  const tableId = uid('chart-table');
  const caption = h('figcaption', { id: titleId, class: 'chart-title' }, spec.name);
  const canvas = h('div', { class: 'chart-svg' });
  const summaryId = uid('chart-summary');
  const summary = h('p', { class: 'chart-summary', id: summaryId });
  const more = h('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false', 'aria-controls': summaryId, hidden: true }, t('app:figure.readMore'));
  more.addEventListener('click', () => {
    const open = summary.classList.toggle('clamped') === false;
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? t('app:figure.showLess') : t('app:figure.readMore');
  });
  const toggle = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': tableId, class: 'secondary small' }, t('app:figure.showTable'));
  const svgButton = h('button', { type: 'button', class: 'secondary small' }, t('app:figure.saveSvg'));
  const pngButton = h('button', { type: 'button', class: 'secondary small' }, t('app:figure.savePng'));
  const tableBox = h('div', { id: tableId, class: 'chart-table table-scroll', hidden: true });
  const el = h(
    'figure',
    { class: `chart${spec.wide ? ' wide' : ''}`, id: `chart-${spec.id}`, 'data-chart-id': spec.id, 'aria-labelledby': titleId, tabindex: -1 },
    caption,
    canvas,
    summary,
    more,
    h('div', { class: 'chart-tools' }, toggle, svgButton, pngButton),
    tableBox,
  );

  let svg: SVGSVGElement | null = null;
  let text: ChartText | null = null;
  let prov: Provenance | null = null;
  /** The file's picture: the chart, its title above and the provenance line below. */
  const exported = (s: SVGSVGElement) => withTitleAndProvenance(s, text?.title ?? spec.name, prov ? provenanceText(prov) : 'borderflow');
  toggle.addEventListener('click', () => {
    const open = tableBox.hidden;
    tableBox.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? t('app:figure.hideTable') : t('app:figure.showTable');
  });
  svgButton.addEventListener('click', () => {
    if (svg) downloadText(svgText(exported(svg)), `borderflow-${spec.id}.svg`, 'image/svg+xml');
  });
  pngButton.addEventListener('click', () => {
    if (!svg) return;
    pngBlob(exported(svg)).then(
      (b) => downloadBlob(b, `borderflow-${spec.id}.png`),
      (err: unknown) => {
        summary.textContent = t('app:figure.pngFailed', { error: err instanceof Error ? err.message : String(err) });
      },
    );
  });

  function unavailable(message: string): void {
    svg = null;
    text = null;
    caption.textContent = spec.name;
    setChildren(canvas, h('p', { class: 'placeholder' }, message));
    summary.textContent = '';
    more.hidden = true;
    setChildren(tableBox);
    svgButton.disabled = pngButton.disabled = toggle.disabled = true;
  }

  function update(docs: ResultDocument[], opts: ViewModelOptions, width: number, extra: ChartOptions = {}, provenance?: Provenance): void {
    prov = provenance ?? null;
    if (!chartApplies(spec, docs)) {
      el.hidden = true;
      return;
    }
    el.hidden = false;
    try {
      const chart = resolveChart(spec);
      const data = chart.vm(docs, { ...opts, ...(spec.options?.(docs, opts) ?? {}) });
      // The renderer may start from a threshold the reader moved: describe what it drew, with one rounding.
      const describe = chart.describe as (d: unknown, threshold?: number) => ChartText;
      text = describe(data, extra.threshold);
      const onThreshold = extra.onThreshold;
      svg = chart.render(data, {
        width,
        ...extra,
        ...(onThreshold
          ? {
              onThreshold: (m: number) => {
                onThreshold(m);
                text = describe(data, m);
                caption.textContent = text.title;
                summary.textContent = text.summary;
              },
            }
          : {}),
      });
      const drawn = svg.querySelector('title')?.textContent;
      if (drawn) text = { ...text, title: drawn };
    } catch (err) {
      unavailable(t('app:figure.notAvailable', { error: err instanceof Error ? err.message : String(err) }));
      return;
    }
    caption.textContent = text.title;
    setChildren(canvas, svg);
    summary.textContent = text.summary;
    // A long summary is folded to three lines on screen; screen readers get all of it either way.
    const long = text.summary.length > 360;
    more.hidden = !long;
    if (long && more.getAttribute('aria-expanded') !== 'true') summary.classList.add('clamped');
    if (!long) summary.classList.remove('clamped');
    setChildren(tableBox, tableOf(text));
    svgButton.disabled = pngButton.disabled = toggle.disabled = false;
    svgButton.setAttribute('aria-label', t('app:figure.saveSvgLabel', { title: spec.name }));
    pngButton.setAttribute('aria-label', t('app:figure.savePngLabel', { title: spec.name }));
  }

  unavailable(t('app:figure.waiting'));
  return { el, update };
}
