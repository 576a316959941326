// P(wait > t): share of vehicles waiting longer than the headline threshold per lane group and scenario, bars with 95 % intervals.
import { t } from '../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import type { WaitOverData } from '../view-models/wait-over.ts';
import { drawYAxis } from './axes.ts';
import { drawGroupedBars } from './bars.ts';
import { chartFrame } from './frame.ts';
import { cell, fmtNumber, fmtPercent, px, seriesName, sentences, valueWithCi, colon, semi } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { note } from './marks.ts';
import { INK, seriesStyle } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

const lowerBoundNote = () => t('charts:over.lowerBoundNote');

export function describeWaitOver(data: WaitOverData): ChartText {
  const th = data.headline;
  const key = th === null ? null : String(th);
  let title = t('charts:over.none');
  if (key !== null) {
    let worst: { lane: string; label: string; share: number; ge: boolean } | null = null;
    for (const g of data.groups) {
      for (const b of g.bars) {
        const m = b.byThreshold[key]?.mean ?? null;
        if (m !== null && (!worst || m > worst.share)) worst = { lane: g.lane.name, label: b.series.label, share: m, ge: b.unfinished > 0 };
      }
    }
    if (worst) {
      title =
        worst.share > 0
          ? t('charts:over.title', { ge: worst.ge ? '≥ ' : '', share: fmtPercent(worst.share), lane: worst.lane, minutes: th, scenario: worst.label })
          : t('charts:over.nobody', { minutes: th });
    }
  }
  const ths = data.thresholds;
  const per = data.groups.map(
    (g) =>
      `${g.lane.name}${colon()}${g.bars
        .map(
          (b) =>
            `${seriesName(b.series)} ${ths
              .filter((x) => b.byThreshold[String(x)])
              .map((x) => t('charts:over.item', { minutes: x, ge: b.unfinished > 0 ? '≥ ' : '', value: valueWithCi(b.byThreshold[String(x)], 0, '%', 100) }))
              .join(', ')}`,
        )
        .join(semi())}.`,
  );
  const summary = sentences(
    t('charts:over.summary', { thresholds: ths.map((x) => `${x}`).join(', '), shown: th ?? '—' }),
    data.groups.some((g) => g.bars.some((b) => b.unfinished > 0)) ? lowerBoundNote() : '',
    ...per,
  );
  const rows: (string | number | null)[][] = [];
  for (const g of data.groups) {
    for (const b of g.bars) {
      for (const x of ths) {
        const a = b.byThreshold[String(x)];
        const pct = (v: number | null | undefined) => cell(v === null || v === undefined ? null : v * 100, 1);
        rows.push([g.lane.name, b.series.label, x, pct(a?.mean), pct(a?.ciLow), pct(a?.ciHigh), b.unfinished > 0 ? t('charts:over.lowerBound') : '']);
      }
    }
  }
  return {
    title,
    summary,
    table: { columns: [t('charts:col.laneGroup'), t('charts:col.scenario'), t('charts:over.colThreshold'), t('charts:over.colShare'), t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:over.colNote')], rows },
  };
}

export function renderWaitOver(data: WaitOverData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeWaitOver(data);
  const width = options.width ?? 860;
  const legendItems: LegendItem[] = data.series.map((s) => {
    const st = seriesStyle(s);
    return { label: seriesName(s), color: st.color, symbol: st.symbol, swatch: { fill: st.color, opacity: 0.85, stroke: INK } };
  });
  const lh = legendHeight(legendItems, width - 80);
  const censored = data.groups.some((g) => g.bars.some((b) => b.unfinished > 0));
  const noteH = censored ? 40 : 0;
  const margin = { top: 16 + lh + 20, right: 24, bottom: 44 + noteH, left: 62 };
  const height = options.height ?? margin.top + margin.bottom + 240;
  const f = chartFrame({ name: 'wait-over', text, width, height, margin }, options);
  drawLegend(f.top, legendItems, margin.left, 16, width - margin.left - margin.right);
  const key = data.headline === null ? null : String(data.headline);
  const top = Math.max(0.1, ...data.groups.flatMap((g) => g.bars.map((b) => (key ? (b.byThreshold[key]?.ciHigh ?? b.byThreshold[key]?.mean ?? 0) : 0))));
  const y = scaleLinear().domain([0, Math.min(1, top * 1.1)]).range([f.innerHeight, 0]).nice().clamp(true);
  drawYAxis<number>(f.plot, y, f.innerHeight, {
    ticks: 5,
    format: (d) => `${Math.round(d * 100)}`,
    grid: f.innerWidth,
    label: t('charts:over.axisY', { minutes: data.headline ?? '—' }),
  });
  const spots = drawGroupedBars(f.plot, {
    groups: data.groups.map((g) => ({ id: g.lane.id, label: g.lane.name })),
    series: data.series,
    value: (id, s) => (key ? (data.groups.find((g) => g.lane.id === id)?.bars.find((b) => b.series.key === s.key)?.byThreshold[key] ?? null) : null),
    y,
    width: f.innerWidth,
    height: f.innerHeight,
    title: (id, s, a) => t('charts:over.barTip', { lane: data.groups.find((g) => g.lane.id === id)!.lane.name, scenario: s.label, value: valueWithCi(a, 0, '%', 100), minutes: data.headline }),
  });
  for (const g of data.groups) {
    for (const b of g.bars) {
      const a = key ? b.byThreshold[key] : undefined;
      const spot = spots.get(`${g.lane.id}|${b.series.key}`);
      if (!a || a.mean === null || !spot) continue;
      // Above the whisker and above the series symbol a short bar carries (drawn 9 px over its top);
      // beside the whisker where that would leave the plot.
      const above = Math.min(y(Math.max(a.ciHigh ?? 0, a.mean)), y(a.mean) - 18) - 6;
      const beside = above < 10;
      f.plot
        .append('text')
        .attr('class', b.unfinished > 0 ? 'bf-bar-value bf-lower-bound' : 'bf-bar-value')
        .attr('x', px(beside ? spot.x + spot.w / 2 + 6 : spot.x + spot.w / 2))
        .attr('y', px(beside ? 12 : above))
        .attr('text-anchor', beside ? 'start' : 'middle')
        .attr('font-size', 12)
        .attr('fill', INK)
        .text(`${b.unfinished > 0 ? '≥' : ''}${fmtNumber(a.mean * 100, 0)} %`);
    }
  }
  if (censored) note(f.top, lowerBoundNote(), margin.left, height - noteH + 8, f.innerWidth, INK);
  return f.svg;
}
