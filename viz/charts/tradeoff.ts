// Interdiction rate vs wait, one point per scenario with CI whiskers on both axes and the Pareto frontier.
import { t } from '../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { TradeoffData, TradeoffPoint } from '../view-models/tradeoff.ts';
import { drawXAxis, drawYAxis } from './axes.ts';
import { chartFrame, focusable } from './frame.ts';
import { cell, fmtNumber, fmtPercent, px, seriesName, sentences, textWidth, valueWithCi, colon, semi } from './format.ts';
import { note, whisker } from './marks.ts';
import { INK, MUTED, REFERENCE_BLACK, seriesStyle, symbolPath } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

function waitWord(data: TradeoffData): string {
  return data.measure === 'mean' ? t('charts:tradeoff.meanWait') : t('charts:tradeoff.p95Wait');
}

function scopeName(data: TradeoffData): string {
  return data.lane ? data.lane.name : t('charts:scope.allOf', { port: data.portName });
}

function pointText(p: TradeoffPoint, data: TradeoffData): string {
  return t('charts:tradeoff.point', { scenario: seriesName(p.series), interdiction: valueWithCi(p.interdiction, 0, '%', 100), waitWord: waitWord(data), wait: valueWithCi(p.wait) });
}

function dominator(p: TradeoffPoint, data: TradeoffData): TradeoffPoint | undefined {
  const x = p.interdiction.mean!;
  const y = p.wait.mean!;
  return data.points.find((o) => o !== p && o.interdiction.mean! >= x && o.wait.mean! <= y && (o.interdiction.mean! > x || o.wait.mean! < y));
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** First label position around the point that overlaps no earlier label (points often sit close together). */
function placeLabel(cx: number, cy: number, label: string, placed: Box[], width: number): { x: number; y: number; anchor: 'start' | 'end' } {
  const w = textWidth(label);
  const candidates: { x: number; y: number; anchor: 'start' | 'end' }[] = [
    { x: cx + 12, y: cy - 10, anchor: 'start' },
    { x: cx + 12, y: cy + 20, anchor: 'start' },
    { x: cx - 12, y: cy - 10, anchor: 'end' },
    { x: cx - 12, y: cy + 20, anchor: 'end' },
    { x: cx + 12, y: cy - 26, anchor: 'start' },
    { x: cx - 12, y: cy + 36, anchor: 'end' },
  ];
  const boxOf = (c: (typeof candidates)[number]): Box => {
    const x0 = c.anchor === 'start' ? c.x : c.x - w;
    return { x0, x1: x0 + w, y0: c.y - 12, y1: c.y + 3 };
  };
  const free = (b: Box) => b.x0 >= 0 && b.x1 <= width + 20 && placed.every((o) => b.x1 < o.x0 || b.x0 > o.x1 || b.y1 < o.y0 || b.y0 > o.y1);
  const pick = candidates.find((c) => free(boxOf(c))) ?? candidates[0];
  placed.push(boxOf(pick));
  return pick;
}

/**
 * When another scenario interdicts the same share (as printed), the single frontier point only wins on
 * the wait: say the interdiction is tied rather than "best on both counts".
 */
function tiedTitle(p: TradeoffData['points'][number], points: TradeoffData['points'], w: string): string | null {
  const shown = fmtPercent(p.interdiction.mean);
  const tied = points.filter((o) => o !== p && fmtPercent(o.interdiction.mean) === shown);
  if (tied.length === 0) return null;
  return t('charts:tradeoff.tied', { scenario: p.series.label, waitWord: w, wait: fmtNumber(p.wait.mean), shown, others: tied.map((o) => o.series.label).join(', ') });
}

export function describeTradeoff(data: TradeoffData): ChartText {
  const w = waitWord(data);
  const front = data.frontier.map((k) => data.points.find((p) => p.series.key === k)!);
  let title = t('charts:tradeoff.none');
  if (front.length === 1) {
    const p = front[0];
    title =
      data.points.length === 1
        ? t('charts:tradeoff.one', { scenario: p.series.label, share: fmtPercent(p.interdiction.mean), waitWord: w, wait: fmtNumber(p.wait.mean) })
        : tiedTitle(p, data.points, w) ?? t('charts:tradeoff.best', { scenario: p.series.label, share: fmtPercent(p.interdiction.mean), waitWord: w, wait: fmtNumber(p.wait.mean) });
  } else if (front.length > 1) {
    const a = front[0];
    const b = front[front.length - 1];
    title = t('charts:tradeoff.raising', { from: fmtPercent(a.interdiction.mean), a: a.series.label, to: fmtPercent(b.interdiction.mean), b: b.series.label, cost: fmtNumber(b.wait.mean! - a.wait.mean!), waitWord: w });
  }
  const per = data.points.map((p) => {
    const d = p.onFrontier ? null : dominator(p, data);
    return `${pointText(p, data)}; ${p.onFrontier ? t('charts:tradeoff.onFrontier') : t('charts:tradeoff.dominated', { by: d?.series.label ?? t('charts:tradeoff.another') })}.`;
  });
  const summary = sentences(
    t('charts:tradeoff.summary', { waitWord: w, scope: scopeName(data) }),
    ...per,
    data.notComparable.length ? t('charts:tradeoff.notComparable', { list: data.notComparable.map((n) => `${n.series.label} (${n.reason})`).join(semi()) }) : '',
  );
  const rows: (string | number | null)[][] = [
    ...data.points.map((p) => [
      p.series.label,
      cell(p.interdiction.mean === null ? null : p.interdiction.mean * 100, 1),
      cell(p.interdiction.ciLow === null ? null : p.interdiction.ciLow * 100, 1),
      cell(p.interdiction.ciHigh === null ? null : p.interdiction.ciHigh * 100, 1),
      cell(p.wait.mean, 2),
      cell(p.wait.ciLow, 2),
      cell(p.wait.ciHigh, 2),
      p.onFrontier ? t('charts:yes') : t('charts:no'),
    ]),
    ...data.notComparable.map((n) => [n.series.label, null, null, null, null, null, null, t('charts:tradeoff.notComparableRow', { reason: n.reason })]),
  ];
  return {
    title,
    summary,
    table: {
      columns: [t('charts:col.scenario'), t('charts:tradeoff.colInterdiction'), t('charts:col.ciLow'), t('charts:col.ciHigh'), `${w} (min)`, t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:tradeoff.colFrontier')],
      rows,
    },
  };
}

export function renderTradeoff(data: TradeoffData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeTradeoff(data);
  const width = options.width ?? 760;
  const notes = data.notComparable.length ? t('charts:tradeoff.notDrawn', { list: data.notComparable.map((n) => `${n.series.label} — ${n.reason}`).join(semi()) }) : '';
  const margin = { top: 24, right: 24, bottom: 62 + (notes ? 40 : 0), left: 66 };
  const height = options.height ?? 460 + (notes ? 40 : 0);
  const f = chartFrame({ name: 'tradeoff', text, width, height, margin, interactive: data.points.length > 0 }, options);

  const xs = data.points.flatMap((p) => [p.interdiction.ciLow ?? p.interdiction.mean!, p.interdiction.ciHigh ?? p.interdiction.mean!]);
  const ys = data.points.flatMap((p) => [p.wait.ciHigh ?? p.wait.mean!]);
  const x0 = Math.max(0, Math.min(1, ...xs) - 0.05);
  const x1 = Math.min(1, Math.max(0, ...xs) + 0.05);
  const x = scaleLinear().domain(xs.length ? [x0, Math.max(x1, x0 + 0.1)] : [0, 1]).range([0, f.innerWidth]).nice().clamp(true);
  const y = scaleLinear().domain([0, Math.max(1, ...ys) * 1.1]).range([f.innerHeight, 0]).nice().clamp(true);
  drawYAxis<number>(f.plot, y, f.innerHeight, { ticks: 6, grid: f.innerWidth, label: t('charts:tradeoff.axisY', { waitWord: waitWord(data) }) });
  drawXAxis<number>(f.plot, x, f.innerHeight, f.innerWidth, { ticks: 6, format: (d) => `${Math.round(d * 100)}`, label: t('charts:tradeoff.axisX') });

  if (data.points.length === 0) {
    note(f.plot, t('charts:tradeoff.noneNote'), 12, f.innerHeight / 2, f.innerWidth - 24, INK);
  }

  const front = data.frontier.map((k) => data.points.find((p) => p.series.key === k)!);
  if (front.length > 1) {
    const fg = f.plot.append('g').attr('class', 'bf-frontier');
    fg.append('path')
      .attr('class', 'bf-frontier-line')
      .attr('d', line<TradeoffPoint>().x((p) => x(p.interdiction.mean!)).y((p) => y(p.wait.mean!)).digits(2)(front) ?? '')
      .attr('fill', 'none')
      .attr('stroke', REFERENCE_BLACK)
      .attr('stroke-width', 1.5);
    // A key in the corner rather than a label on the line, which would collide with point labels.
    const key = fg.append('g').attr('class', 'bf-frontier-key').attr('transform', `translate(${px(f.innerWidth - 8)},12)`);
    key.append('text').attr('x', -34).attr('dy', '0.35em').attr('text-anchor', 'end').attr('fill', INK).text(t('charts:tradeoff.frontierKey'));
    key.append('line').attr('x1', -28).attr('x2', 0).attr('stroke', REFERENCE_BLACK).attr('stroke-width', 1.5);
  }

  const layer = f.plot.append('g').attr('class', 'bf-points');
  const placed: Box[] = [];
  for (const p of data.points) {
    const st = seriesStyle(p.series);
    const cx = x(p.interdiction.mean!);
    const cy = y(p.wait.mean!);
    const g = layer.append('g').attr('class', `bf-point${p.onFrontier ? ' bf-point--frontier' : ''}`).attr('data-key', p.series.key);
    if (p.interdiction.ciLow !== null && p.interdiction.ciHigh !== null) whisker(g, 'h', cy, x(p.interdiction.ciLow), x(p.interdiction.ciHigh), st.color);
    if (p.wait.ciLow !== null && p.wait.ciHigh !== null) whisker(g, 'v', cx, y(p.wait.ciLow), y(p.wait.ciHigh), st.color);
    const mark = g.append('g').attr('class', 'bf-point-mark').attr('transform', `translate(${px(cx)},${px(cy)})`);
    // The ring is also the hit area (11 px radius), larger than the symbol for pointer and touch.
    mark.append('circle').attr('class', 'bf-focus-ring').attr('r', 11).attr('pointer-events', 'all');
    mark.append('path').attr('d', symbolPath(st.symbol, 110)).attr('fill', st.color).attr('stroke', INK).attr('stroke-width', 1);
    mark.append('title').text(pointText(p, data));
    const spot = placeLabel(cx, cy, p.series.label, placed, f.innerWidth);
    // Outside the focusable group, so the group's box (and its centre) is the point itself.
    g.append('text').attr('class', 'bf-point-label').attr('x', px(spot.x)).attr('y', px(spot.y)).attr('text-anchor', spot.anchor).attr('fill', INK).attr('aria-hidden', 'true').text(p.series.label);
    const select = options.onSelect;
    focusable(mark, `${pointText(p, data)}${p.onFrontier ? `, ${t('charts:tradeoff.onFrontier')}` : ''}`, select ? () => select(p.series.key) : undefined);
  }
  if (notes) note(f.top, notes, margin.left, height - 30, f.innerWidth, MUTED);
  return f.svg;
}
