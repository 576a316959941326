// Booth utilization per lane group and scenario with CIs, the 100 % line, and warnings where lines never settle.
import { t } from '../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import type { UtilizationData } from '../view-models/utilization.ts';
import { drawYAxis } from './axes.ts';
import { drawGroupedBars } from './bars.ts';
import { chartFrame } from './frame.ts';
import { cell, fmtNumber, fmtPercent, px, seriesName, sentences, valueWithCi, textWidth, colon, semi } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { note } from './marks.ts';
import { INK, OKABE_ITO, seriesStyle } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

export function describeUtilization(data: UtilizationData): ChartText {
  const bars = data.groups.flatMap((g) => g.bars.map((b) => ({ lane: g.lane, b })));
  const warned = bars.filter((x) => x.b.warning);
  const busiest = bars.reduce<(typeof bars)[number] | null>((a, x) => ((x.b.utilization.mean ?? -1) > (a?.b.utilization.mean ?? -1) ? x : a), null);
  let title = t('charts:util.none');
  if (warned.length) {
    const w = warned[0];
    title = t('charts:util.warnedTitle', { lane: w.lane.name, scenario: w.b.series.label, warning: w.b.warning, share: fmtPercent(w.b.utilization.mean) });
  } else if (busiest && busiest.b.utilization.mean !== null) {
    title = t('charts:util.busiestTitle', { lane: busiest.lane.name, share: fmtPercent(busiest.b.utilization.mean), scenario: busiest.b.series.label });
  }
  const summary = sentences(
    t('charts:util.summary'),
    ...data.groups.map(
      (g) =>
        `${g.lane.name}${colon()}${g.bars
          .map(
            (b) =>
              t('charts:util.bar', { scenario: seriesName(b.series), share: valueWithCi(b.utilization, 0, '%', 100), booths: fmtNumber(b.openBooths.mean), inLine: fmtNumber(b.inQueueAtEnd.mean), warning: b.warning ? ` — ${b.warning}` : '' }),
          )
          .join(semi())}.`,
    ),
  );
  const rows = bars.map(({ lane, b }) => [
    lane.name,
    b.series.label,
    cell(b.utilization.mean === null ? null : b.utilization.mean * 100, 1),
    cell(b.utilization.ciLow === null ? null : b.utilization.ciLow * 100, 1),
    cell(b.utilization.ciHigh === null ? null : b.utilization.ciHigh * 100, 1),
    cell(b.openBooths.mean, 2),
    cell(b.inQueueAtEnd.mean, 1),
    b.warning,
  ]);
  return {
    title,
    summary,
    table: { columns: [t('charts:col.laneGroup'), t('charts:col.scenario'), t('charts:util.colUtil'), t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:util.colBooths'), t('charts:util.colInLine'), t('charts:util.colWarning')], rows },
  };
}

/** Warning notes printed under the bars at most. */
const MAX_NOTES = 5;

export function renderUtilization(data: UtilizationData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeUtilization(data);
  const width = options.width ?? 860;
  const legendItems: LegendItem[] = data.series.map((s) => {
    const st = seriesStyle(s);
    return { label: seriesName(s), color: st.color, symbol: st.symbol, swatch: { fill: st.color, opacity: 0.85, stroke: INK } };
  });
  const lh = legendHeight(legendItems, width - 80);
  const all = data.groups.flatMap((g) => g.bars.filter((b) => b.warning).map((b) => `⚠ ${g.lane.name}, ${b.series.label}${colon()}${b.warning}`));
  // Busy ports have peak hours at ρ ≥ 1 in most lanes: the first few notes, and the rest in the summary and data table.
  const warnings = all.length > MAX_NOTES ? [...all.slice(0, MAX_NOTES - 1), t('charts:util.moreWarnings', { n: all.length - MAX_NOTES + 1 })] : all;
  // Long warnings wrap: count the lines each will take at this width.
  const noteLines = warnings.reduce((n, w) => n + Math.max(1, Math.ceil(textWidth(w) / (width - 120))), 0);
  const noteH = warnings.length ? 18 * noteLines + 12 : 0;
  const margin = { top: 16 + lh + 24, right: 24, bottom: 44 + noteH, left: 62 };
  const height = options.height ?? margin.top + margin.bottom + 300;
  const f = chartFrame({ name: 'utilization', text, width, height, margin }, options);
  drawLegend(f.top, legendItems, margin.left, 16, width - margin.left - margin.right);

  const top = Math.max(1.1, ...data.groups.flatMap((g) => g.bars.map((b) => b.utilization.ciHigh ?? b.utilization.mean ?? 0)));
  const y = scaleLinear().domain([0, top]).range([f.innerHeight, 0]).clamp(true);
  drawYAxis<number>(f.plot, y, f.innerHeight, { tickValues: [0, 0.2, 0.4, 0.6, 0.8, 1], format: (d) => `${Math.round(d * 100)}`, grid: f.innerWidth, label: t('charts:util.axisY') });
  const full = f.plot.append('g').attr('class', 'bf-full-line');
  full.append('line').attr('x1', 0).attr('x2', f.innerWidth).attr('y1', px(y(1))).attr('y2', px(y(1))).attr('stroke', INK).attr('stroke-width', 2).attr('stroke-dasharray', '6 3');
  full.append('text').attr('x', f.innerWidth).attr('y', px(y(1) - 6)).attr('text-anchor', 'end').attr('fill', INK).text(t('charts:util.fullLine'));

  const spots = drawGroupedBars(f.plot, {
    groups: data.groups.map((g) => ({ id: g.lane.id, label: g.lane.name })),
    series: data.series,
    value: (id, s) => data.groups.find((g) => g.lane.id === id)?.bars.find((b) => b.series.key === s.key)?.utilization ?? null,
    y,
    width: f.innerWidth,
    height: f.innerHeight,
    title: (id, s, a) => `${data.groups.find((g) => g.lane.id === id)!.lane.name}, ${s.label}${colon()}${valueWithCi(a, 0, '%', 100)}`,
  });
  for (const g of data.groups) {
    for (const b of g.bars) {
      if (!b.warning) continue;
      const spot = spots.get(`${g.lane.id}|${b.series.key}`);
      if (!spot) continue;
      const yTop = y(Math.max(b.utilization.ciHigh ?? 0, b.utilization.mean ?? 0));
      f.plot
        .append('text')
        .attr('class', 'bf-warning')
        .attr('x', px(spot.x + spot.w / 2))
        .attr('y', px(yTop - 8))
        .attr('text-anchor', 'middle')
        .attr('font-size', 16)
        .attr('fill', OKABE_ITO.vermillion)
        .text('⚠')
        .append('title')
        .text(b.warning);
    }
  }
  let ny = height - noteH + 4;
  for (const w of warnings) ny += note(f.top, w, margin.left, ny, f.innerWidth, INK) + 2;
  return f.svg;
}
