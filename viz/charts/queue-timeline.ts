// Mean vehicles in line per hour since the start, one panel per lane group and a line per scenario.
import { t } from '../i18n/index.ts';
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { QueueTimelineData } from '../view-models/queue-timeline.ts';
import { drawXAxis, drawYAxis } from './axes.ts';
import { cell, fmtNumber, px, seriesName, sentences, textWidth, colon, semi } from './format.ts';
import type { LegendItem } from './legend.ts';
import { smallMultiples } from './small-multiples.ts';
import { seriesWithBand } from './marks.ts';
import { BASELINE_BAND, MISSING_FILL, MUTED, seriesStyle } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

const PANEL_HEIGHT = 150;
const GAP_X = 28;
const GAP_Y = 64;

function peak(points: readonly { hour: number; mean: number | null }[]): { hour: number; value: number } | null {
  let best: { hour: number; value: number } | null = null;
  for (const p of points) if (p.mean !== null && (!best || p.mean > best.value)) best = { hour: p.hour, value: p.mean };
  return best;
}

export function describeQueueTimeline(data: QueueTimelineData): ChartText {
  let title = t('charts:queue.none');
  const withPeaks = data.panels.map((p) => ({ p, peaks: p.lines.map((l) => ({ l, pk: peak(l.points) })) }));
  const busiest = withPeaks.reduce<(typeof withPeaks)[number] | null>((a, x) => {
    const v = x.peaks.find((y) => y.l.series.isBaseline)?.pk?.value ?? -1;
    const av = a?.peaks.find((y) => y.l.series.isBaseline)?.pk?.value ?? -1;
    return v > av ? x : a;
  }, null);
  if (busiest) {
    const base = busiest.peaks.find((y) => y.l.series.isBaseline);
    const other = busiest.peaks.find((y) => !y.l.series.isBaseline && y.pk);
    if (base?.pk && other?.pk) {
      title = t('charts:queue.titleCompare', { lane: busiest.p.lane.kindName, value: fmtNumber(other.pk.value), scenario: other.l.series.label, base: fmtNumber(base.pk.value), baseline: base.l.series.label });
    } else if (base?.pk) {
      title = t('charts:queue.titleOne', { lane: busiest.p.lane.kindName, value: fmtNumber(base.pk.value), hour: base.pk.hour, scenario: base.l.series.label });
    }
  }
  const parts = withPeaks.map(({ p, peaks }) =>
    `${p.lane.name}${colon()}${peaks
      .map(({ l, pk }) => {
        if (!pk) return `${seriesName(l.series)} ${t('charts:format.noData')}`;
        const last = [...l.points].reverse().find((x) => x.mean !== null);
        return t('charts:queue.line', { scenario: seriesName(l.series), value: fmtNumber(pk.value), hour: pk.hour, end: fmtNumber(last?.mean ?? null) });
      })
      .join(semi())}.`,
  );
  const summary = sentences(
    t('charts:queue.summary', { start: data.startHour, warmup: fmtNumber(data.warmupHours, 0) }),
    ...parts,
  );
  const rows: (string | number | null)[][] = [];
  for (const p of data.panels) for (const l of p.lines) for (const pt of l.points) rows.push([p.lane.name, l.series.label, pt.hour, cell(pt.mean, 2), cell(pt.ciLow, 2), cell(pt.ciHigh, 2)]);
  return { title, summary, table: { columns: [t('charts:col.laneGroup'), t('charts:col.scenario'), t('charts:queue.colHours'), t('charts:queue.colMean'), t('charts:col.ciLow'), t('charts:col.ciHigh')], rows } };
}

export function renderQueueTimeline(data: QueueTimelineData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeQueueTimeline(data);
  const width = options.width ?? 960;
  const n = Math.max(1, data.panels.length);
  const cols = Math.min(2, n);
  const legendItems: LegendItem[] = data.series.map((s) => {
    const st = seriesStyle(s);
    return { label: seriesName(s), color: st.color, dash: st.dash, lineWidth: st.width, symbol: s.isBaseline ? undefined : st.symbol };
  });
  legendItems.push({ label: t('charts:queue.warmupLegend'), color: MUTED, swatch: { fill: MISSING_FILL } });
  const grid = smallMultiples(
    { name: 'queue-timeline', text, width, panels: n, cols, panelHeight: PANEL_HEIGHT, gapX: GAP_X, gapY: GAP_Y, legend: legendItems, titles: data.panels.map((p) => p.lane.name) },
    options,
  );
  const { f, panelW: pw, panelH: ph, origin } = grid;
  const hours = Math.max(1, ...data.panels.flatMap((p) => p.lines.map((l) => l.points.length)));
  const yMax = Math.max(1, max(data.panels.flatMap((p) => p.lines.flatMap((l) => l.points.map((pt) => pt.ciHigh ?? pt.mean ?? 0)))) ?? 0);
  const x = scaleLinear().domain([0, hours]).range([0, pw]);
  const y = scaleLinear().domain([0, yMax * 1.05]).range([ph, 0]).nice().clamp(true);
  const step = hours <= 36 ? 6 : hours <= 96 ? 12 : 24;
  const ticks = Array.from({ length: Math.floor(hours / step) + 1 }, (_, i) => i * step);

  data.panels.forEach((panel, i) => {
    const g = f.plot
      .append('g')
      .attr('class', 'bf-panel')
      .attr('data-lane', panel.lane.id)
      .attr('transform', `translate(${origin(i).map(px).join(',')})`);
    grid.title(g, i);
    if (data.warmupHours > 0) {
      g.append('rect').attr('class', 'bf-warmup').attr('x', 0).attr('y', 0).attr('width', px(x(Math.min(hours, data.warmupHours)))).attr('height', px(ph)).attr('fill', MISSING_FILL);
      const warm = t('charts:queue.warmup');
      if (x(data.warmupHours) > textWidth(warm) + 6) g.append('text').attr('x', 4).attr('y', 14).attr('fill', MUTED).text(warm);
    }
    drawYAxis<number>(g, y, ph, { ticks: 4, grid: pw, label: i % cols === 0 ? t('charts:queue.colMean') : undefined });
    drawXAxis<number>(g, x, ph, pw, { tickValues: ticks, format: (d) => String(d), label: t('charts:queue.axisX') });
    for (const l of panel.lines) {
      const st = seriesStyle(l.series);
      const pts = l.points.map((p) => ({ x: p.hour + 0.5, y: p.mean, low: p.ciLow, high: p.ciHigh }));
      seriesWithBand(g, pts, x, y, { key: l.series.key, isBaseline: l.series.isBaseline, color: st.color, width: st.width, dash: st.dash, baselineBand: BASELINE_BAND });
    }
  });
  return f.svg;
}
