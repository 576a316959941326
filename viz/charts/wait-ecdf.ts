// ECDF of waits per scenario for one lane group, with a draggable, keyboard-operable threshold readout.
import { t } from '../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import { pointer, select } from 'd3-selection';
import { line } from 'd3-shape';
import { shareAbove, snapThreshold, thresholdReadout, type WaitEcdfData } from '../view-models/wait-ecdf.ts';
import { drawXAxis, drawYAxis } from './axes.ts';
import { chartFrame, focusable } from './frame.ts';
import { cell, fmtNumber, fmtPercent, px, seriesName, sentences, colon, semi } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { INK, MUTED, seriesStyle, symbolPath } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

const MARKS = [
  { key: 'p50', q: 0.5 },
  { key: 'p90', q: 0.9 },
  { key: 'p95', q: 0.95 },
] as const;

function fmtMinutes(x: number): string {
  return fmtNumber(x, x < 10 ? 1 : 0);
}

function readoutLines(data: WaitEcdfData, minutes: number): string[] {
  return thresholdReadout(data, minutes).map((r) =>
    r.share === null ? t('charts:ecdf.noWaits', { scenario: r.series.label }) : t('charts:ecdf.readout', { scenario: r.series.label, share: fmtPercent(r.share), minutes: fmtMinutes(minutes) }),
  );
}

export function describeWaitEcdf(data: WaitEcdfData, at = data.threshold): ChartText {
  // The same snapping as the handle, so the title and the handle name one threshold.
  const threshold = snapThreshold(at, data.step, data.maxMinutes);
  const th = fmtMinutes(threshold);
  const readout = thresholdReadout(data, threshold).filter((r) => r.share !== null);
  const base = readout.find((r) => r.series.isBaseline);
  const other = readout.find((r) => !r.series.isBaseline);
  let title = t('charts:ecdf.none', { lane: data.lane.name });
  if (base && other) {
    title = t('charts:ecdf.titleCompare', { share: fmtPercent(other.share), minutes: th, lane: data.lane.kindName, scenario: other.series.label, base: fmtPercent(base.share), baseline: base.series.label });
  } else if (readout[0]) {
    title = t('charts:ecdf.titleOne', { share: fmtPercent(readout[0].share), minutes: th, lane: data.lane.kindName, scenario: readout[0].series.label });
  }
  const per = data.series.map((s) =>
    s.quantiles.length === 0
      ? `${t('charts:ecdf.noWaits', { scenario: seriesName(s.series) })}.`
      : t('charts:ecdf.row', { scenario: seriesName(s.series), p50: fmtMinutes(s.p50!), p90: fmtMinutes(s.p90!), p95: fmtMinutes(s.p95!), share: fmtPercent(shareAbove(s.quantiles, threshold)), minutes: th }),
  );
  const summary = sentences(
    t('charts:ecdf.summary', { lane: data.lane.name }),
    ...per,
  );
  const columns = [t('charts:ecdf.colShare'), ...data.series.map((s) => t('charts:ecdf.colWait', { scenario: s.series.label }))];
  const rows = Array.from({ length: 101 }, (_, q) => [q, ...data.series.map((s) => (s.quantiles.length ? cell(s.quantiles[q], 2) : null))]);
  return { title, summary, table: { columns, rows } };
}

export function renderWaitEcdf(data: WaitEcdfData, options: ChartOptions = {}): SVGSVGElement {
  const xMax = data.maxMinutes;
  const step = data.step;
  let threshold = snapThreshold(options.threshold ?? data.threshold, step, xMax);
  const text = describeWaitEcdf(data, threshold);
  const width = options.width ?? 760;
  const legendItems: LegendItem[] = data.series.map((s) => {
    const st = seriesStyle(s.series);
    return { label: seriesName(s.series), color: st.color, dash: st.dash, lineWidth: Math.min(st.width, 3), symbol: st.symbol };
  });
  const lh = legendHeight(legendItems, width - 100);
  const readoutHeight = 18 * data.series.length + 8;
  const margin = { top: 20 + lh + readoutHeight + 14, right: 48, bottom: 48, left: 62 };
  const height = options.height ?? margin.top + margin.bottom + 280;
  const f = chartFrame({ name: 'wait-ecdf', text, width, height, margin, interactive: true }, options);
  drawLegend(f.top, legendItems, margin.left, 16, width - margin.left - margin.right);

  const x = scaleLinear().domain([0, xMax]).range([0, f.innerWidth]);
  const y = scaleLinear().domain([0, 1]).range([f.innerHeight, 0]);
  // Beneath the marks, so their tooltips stay reachable; a press anywhere else moves the threshold.
  const overlay = f.plot.append('rect').attr('class', 'bf-threshold-overlay').attr('width', f.innerWidth).attr('height', f.innerHeight).attr('fill', 'transparent');
  drawYAxis<number>(f.plot, y, f.innerHeight, { tickValues: [0, 0.25, 0.5, 0.75, 1], format: (d) => `${Math.round(d * 100)}`, grid: f.innerWidth, label: t('charts:ecdf.axisY') });
  drawXAxis<number>(f.plot, x, f.innerHeight, f.innerWidth, { ticks: 8, label: t('charts:ecdf.axisX') });

  const guides = f.plot.append('g').attr('class', 'bf-quantile-guides');
  for (const m of MARKS) {
    guides.append('line').attr('x1', 0).attr('x2', f.innerWidth).attr('y1', px(y(m.q))).attr('y2', px(y(m.q))).attr('stroke', MUTED).attr('stroke-dasharray', '1 3');
    guides.append('text').attr('x', f.innerWidth + 6).attr('y', px(y(m.q))).attr('dy', m.key === 'p95' ? '-0.1em' : '0.6em').attr('fill', MUTED).text(m.key);
  }

  const path = line<[number, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]))
    .digits(2);
  const layer = f.plot.append('g').attr('class', 'bf-series-layer');
  for (const s of data.series) {
    if (s.quantiles.length === 0) continue;
    const st = seriesStyle(s.series);
    const g = layer.append('g').attr('class', 'bf-series-group').attr('data-key', s.series.key);
    g.append('path')
      .attr('class', 'bf-series')
      .attr('data-key', s.series.key)
      .attr('d', path(s.quantiles.map((q, i) => [q, i / (s.quantiles.length - 1)])) ?? '')
      .attr('fill', 'none')
      .attr('stroke', st.color)
      .attr('stroke-width', Math.min(st.width, 3))
      .attr('stroke-dasharray', st.dash || null);
    for (const m of MARKS) {
      const v = s[m.key];
      if (v === null) continue;
      g.append('path')
        .attr('class', `bf-quantile-mark bf-quantile-mark--${m.key}`)
        .attr('d', symbolPath(st.symbol, 56))
        .attr('transform', `translate(${px(x(v))},${px(y(m.q))})`)
        .attr('fill', st.color)
        .attr('stroke', '#ffffff')
        .attr('stroke-width', 0.75)
        .append('title')
        .text(`${s.series.label} ${m.key}${colon()}${fmtMinutes(v)} min`);
    }
  }

  // Threshold: a line across the plot and a focusable handle above it (role slider).
  const readout = f.top.append('g').attr('class', 'bf-threshold-readout').attr('transform', `translate(${margin.left},${16 + lh + 8})`).attr('aria-live', 'polite');
  const readoutTexts = data.series.map((s, i) => {
    const st = seriesStyle(s.series);
    readout.append('path').attr('d', symbolPath(st.symbol, 40)).attr('transform', `translate(6,${i * 18 + 6})`).attr('fill', st.color);
    return readout.append('text').attr('x', 18).attr('y', i * 18 + 6).attr('dy', '0.35em').attr('fill', INK);
  });
  const tg = f.plot.append('g').attr('class', 'bf-threshold');
  const rule = tg.append('line').attr('y1', -6).attr('y2', f.innerHeight).attr('stroke', INK).attr('stroke-width', 2);
  const handle = tg.append('g').attr('class', 'bf-threshold-handle');
  handle.append('circle').attr('class', 'bf-focus-ring').attr('r', 12).attr('pointer-events', 'all');
  handle.append('circle').attr('r', 8).attr('fill', '#ffffff').attr('stroke', INK).attr('stroke-width', 2);
  const label = tg.append('text').attr('y', -16).attr('text-anchor', 'middle').attr('font-weight', 600).attr('fill', INK);
  focusable(handle, t('charts:ecdf.handle'), undefined, 'slider');
  handle.attr('aria-valuemin', 0).attr('aria-valuemax', px(xMax));

  const update = (minutes: number, notify: boolean) => {
    threshold = snapThreshold(minutes, step, xMax);
    const at = px(x(threshold));
    rule.attr('x1', at).attr('x2', at);
    handle.attr('transform', `translate(${at},-6)`);
    label.attr('x', at).text(`${fmtMinutes(threshold)} min`);
    const lines = readoutLines(data, threshold);
    lines.forEach((l, i) => readoutTexts[i].text(l));
    handle.attr('aria-valuenow', threshold).attr('aria-valuetext', t('charts:ecdf.valueText', { minutes: fmtMinutes(threshold), lines: lines.join('. ') }));
    if (notify) options.onThreshold?.(threshold);
  };
  update(threshold, false);

  handle.on('keydown', (event: KeyboardEvent) => {
    const big = step * 10;
    const moves: Record<string, number> = {
      ArrowRight: threshold + step,
      ArrowUp: threshold + step,
      ArrowLeft: threshold - step,
      ArrowDown: threshold - step,
      PageUp: threshold + big,
      PageDown: threshold - big,
      Home: 0,
      End: xMax,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    update(next, true);
  });

  let dragging = false;
  const plotNode = f.plot.node()!;
  const moveTo = (event: PointerEvent) => update(x.invert(pointer(event, plotNode)[0]), true);
  const start = (event: PointerEvent) => {
    dragging = true;
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    (handle.node() as SVGGElement & { focus?: () => void }).focus?.();
    moveTo(event);
  };
  handle.on('pointerdown', start);
  overlay.on('pointerdown', start);
  select(f.svg)
    .on('pointermove', (event: PointerEvent) => dragging && moveTo(event))
    .on('pointerup pointercancel', () => {
      dragging = false;
    });
  return f.svg;
}
