// Every replication as a dot per scenario, with mean ± 95 % CI and how many more runs reach ±5 %.
import { t } from '../i18n/index.ts';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { DotsRow, ReplicationDotsData } from '../view-models/replication-dots.ts';
import { scopeText } from '../view-models/scope.ts';
import { drawXAxis } from './axes.ts';
import { chartFrame } from './frame.ts';
import { capitalize, cell, fitText, fmtNumber, px, seriesName, sentences, textWidth, colon, semi } from './format.ts';
import { whisker } from './marks.ts';
import { INK, MUTED, seriesStyle, symbolPath } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

/** Vertical offsets for dots in a row: deterministic, so overlapping runs stay visible without random jitter. */
const JITTER = [0, -7, 7, -3.5, 3.5, -10.5, 10.5];

function unitText(unit: string): string {
  return unit === '%' ? ' %' : unit ? ` ${unit}` : '';
}

/** "≈12 more replications for ±5 %", or why no estimate can be made. */
export function precisionHint(row: DotsRow, precision: number): string {
  const pct = `±${fmtNumber(precision * 100, 0)} %`;
  if (row.needed === null) return t('charts:dots.needTwo');
  if (!Number.isFinite(row.needed)) return t('charts:dots.meanZero', { pct });
  if (row.more === 0) return t('charts:dots.within', { pct });
  return t('charts:dots.more', { count: row.more ?? 0, n: fmtNumber(row.more, 0), pct });
}

export function ciLabel(n: number): string {
  return t('charts:dots.ciLabel', { n });
}

function meanText(row: DotsRow, data: ReplicationDotsData): string {
  const s = row.summary;
  const d = data.figure.digits;
  const u = unitText(data.figure.unit);
  if (s.mean === null) return t('charts:format.noData');
  if (s.halfWidth === null) return `${fmtNumber(s.mean, d)}${u} ${t('charts:format.oneReplicationNoCi')}`;
  return t('charts:dots.mean', { mean: fmtNumber(s.mean, d), half: fmtNumber(s.halfWidth, d), unit: u, low: fmtNumber(s.ciLow, d), high: fmtNumber(s.ciHigh, d), n: s.n });
}

export function describeReplicationDots(data: ReplicationDotsData): ChartText {
  const first = data.rows.find((r) => r.series.isBaseline) ?? data.rows[0];
  const what = scopeText(data);
  const title = first
    ? `${capitalize(data.figure.label)}, ${first.series.label}${colon()}${meanText(first, data)}${semi()}${precisionHint(first, data.precision)}`
    : t('charts:dots.none', { figure: data.figure.label });
  const per = data.rows.map((r) => {
    const vals = r.values.map((v) => fmtNumber(v, data.figure.digits)).join(t('charts:format.listSep'));
    return t('charts:dots.row', { scenario: seriesName(r.series), values: vals, ci: ciLabel(r.summary.n), mean: meanText(r, data), hint: precisionHint(r, data.precision) });
  });
  const summary = sentences(
    t('charts:dots.summary', { what }),
    ...per,
    data.missing.length ? t('charts:notAvailable', { list: data.missing.map((s) => s.label).join(', ') }) : '',
  );
  const col = `${data.figure.label}${data.figure.unit ? ` (${data.figure.unit})` : ''}`;
  const rows: (string | number | null)[][] = [];
  for (const r of data.rows) {
    r.values.forEach((v, i) => rows.push([r.series.label, String(i + 1), cell(v, data.figure.digits + 2)]));
    rows.push([r.series.label, t('charts:col.mean'), cell(r.summary.mean, data.figure.digits + 2)]);
    rows.push([r.series.label, t('charts:col.ciLow'), cell(r.summary.ciLow, data.figure.digits + 2)]);
    rows.push([r.series.label, t('charts:col.ciHigh'), cell(r.summary.ciHigh, data.figure.digits + 2)]);
    rows.push([r.series.label, t('charts:dots.rowsFor', { pct: Math.round(data.precision * 100) }), r.needed !== null && Number.isFinite(r.needed) ? r.needed : null]);
  }
  return { title, summary, table: { columns: [t('charts:col.scenario'), t('charts:col.replication'), col], rows } };
}

export function renderReplicationDots(data: ReplicationDotsData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeReplicationDots(data);
  const width = options.width ?? 760;
  const rowH = 64;
  const labelW = Math.min(200, Math.max(60, ...data.rows.map((r) => textWidth(r.series.label))) + 16);
  const margin = { top: 52, right: 24, bottom: 52, left: labelW };
  const height = options.height ?? margin.top + margin.bottom + Math.max(1, data.rows.length) * rowH;
  const f = chartFrame({ name: 'replication-dots', text, width, height, margin }, options);

  const all = data.rows.flatMap((r) => [...r.values, r.summary.ciLow, r.summary.ciHigh]).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...all);
  const hi = Math.max(1e-9, ...all);
  const x = scaleLinear().domain([lo, hi + (hi - lo) * 0.05]).range([0, f.innerWidth]).nice();
  const y = scaleBand<string>().domain(data.rows.map((r) => r.series.key)).range([0, f.innerHeight]).paddingInner(0.2);
  drawXAxis<number>(f.plot, x, f.innerHeight, f.innerWidth, { ticks: 6, grid: f.innerHeight, label: capitalize(data.figure.axis) });
  const n = Math.max(0, ...data.rows.map((r) => r.summary.n));
  const head = f.top.append('text').attr('class', 'bf-ci-label').attr('fill', INK);
  head.append('tspan').attr('x', margin.left).attr('y', 18).attr('font-weight', 600).text(capitalize(scopeText(data)));
  head.append('tspan').attr('x', margin.left).attr('y', 36).text(t('charts:dots.key', { ci: ciLabel(n) }));

  for (const r of data.rows) {
    const st = seriesStyle(r.series);
    const cy = (y(r.series.key) ?? 0) + y.bandwidth() / 2 - 14;
    const g = f.plot.append('g').attr('class', 'bf-series').attr('data-key', r.series.key);
    g.append('text').attr('x', -10).attr('y', px(cy)).attr('dy', '0.35em').attr('text-anchor', 'end').attr('fill', INK).text(fitText(r.series.label, labelW - 16));
    r.values.forEach((v, i) => {
      if (v === null) return;
      g.append('path')
        .attr('class', 'bf-dot')
        .attr('d', symbolPath(st.symbol, 40))
        .attr('transform', `translate(${px(x(v))},${px(cy + JITTER[i % JITTER.length])})`)
        .attr('fill', st.color)
        .attr('fill-opacity', 0.75)
        .attr('stroke', '#ffffff')
        .attr('stroke-width', 0.5)
        .append('title')
        .text(t('charts:dots.dotTip', { scenario: r.series.label, i: i + 1, value: `${fmtNumber(v, data.figure.digits + 1)}${unitText(data.figure.unit)}` }));
    });
    const s = r.summary;
    if (s.ciLow !== null && s.ciHigh !== null) whisker(g, 'h', cy + 16, x(s.ciLow), x(s.ciHigh), INK, 5);
    if (s.mean !== null) {
      g.append('path').attr('class', 'bf-mean').attr('d', `M${px(x(s.mean))},${px(cy + 9)}V${px(cy + 23)}`).attr('stroke', INK).attr('stroke-width', 3);
    }
    g.append('text').attr('class', 'bf-precision-hint').attr('x', 0).attr('y', px(cy + 38)).attr('fill', MUTED).text(`${meanText(r, data)} · ${precisionHint(r, data.precision)}`);
  }
  return f.svg;
}
