// Travelers who gave up (balked or reneged) per lane group and scenario: share of arrivals with 95 % intervals, and what they did instead.
import { t } from '../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import type { GaveUpData } from '../view-models/gave-up.ts';
import { drawYAxis } from './axes.ts';
import { drawGroupedBars } from './bars.ts';
import { chartFrame } from './frame.ts';
import { cell, fmtNumber, fmtPercent, px, seriesName, sentences, valueWithCi, colon, semi } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { INK, seriesStyle } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

export function describeGaveUp(data: GaveUpData): ChartText {
  const bars = data.groups.flatMap((g) => g.bars.map((b) => ({ lane: g.lane, b })));
  const worst = bars.reduce<(typeof bars)[number] | null>((a, x) => ((x.b.share.mean ?? -1) > (a?.b.share.mean ?? -1) ? x : a), null);
  const title =
    data.any && worst && worst.b.share.mean !== null && worst.b.share.mean > 0
      ? t('charts:gaveUp.title', { share: fmtPercent(worst.b.share.mean, 1), lane: worst.lane.name, scenario: worst.b.series.label })
      : t('charts:gaveUp.nobody');
  const summary = sentences(
    t('charts:gaveUp.summary'),
    ...data.groups.map(
      (g) =>
        `${g.lane.name}${colon()}${g.bars
          .map(
            (b) =>
              t('charts:gaveUp.bar', {
                scenario: seriesName(b.series),
                share: valueWithCi(b.share, 1, '%', 100),
                balked: fmtNumber(b.balked.mean, 0),
                reneged: fmtNumber(b.reneged.mean, 0),
                after: b.renegedWaitMean.mean !== null ? t('charts:gaveUp.renegedAfter', { minutes: fmtNumber(b.renegedWaitMean.mean) }) : '',
                home: fmtNumber(b.home.mean, 0),
                other: fmtNumber(b.otherPort.mean, 0),
                postponed: fmtNumber(b.postponed.mean, 0),
              }),
          )
          .join(semi())}.`,
    ),
  );
  const rows = bars.map(({ lane, b }) => [
    lane.name,
    b.series.label,
    cell(b.share.mean === null ? null : b.share.mean * 100, 2),
    cell(b.share.ciLow === null ? null : b.share.ciLow * 100, 2),
    cell(b.share.ciHigh === null ? null : b.share.ciHigh * 100, 2),
    cell(b.balked.mean, 1),
    cell(b.reneged.mean, 1),
    cell(b.home.mean, 1),
    cell(b.otherPort.mean, 1),
    cell(b.postponed.mean, 1),
    cell(b.renegedWaitMean.mean, 1),
  ]);
  return {
    title,
    summary,
    table: {
      columns: [t('charts:col.laneGroup'), t('charts:col.scenario'), t('charts:gaveUp.colShare'), t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:gaveUp.colBalked'), t('charts:gaveUp.colReneged'), t('charts:gaveUp.colHome'), t('charts:gaveUp.colOther'), t('charts:gaveUp.colPutOff'), t('charts:gaveUp.colRenegedAfter')],
      rows,
    },
  };
}

export function renderGaveUp(data: GaveUpData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeGaveUp(data);
  const width = options.width ?? 860;
  const legendItems: LegendItem[] = data.series.map((s) => {
    const st = seriesStyle(s);
    return { label: seriesName(s), color: st.color, symbol: st.symbol, swatch: { fill: st.color, opacity: 0.85, stroke: INK } };
  });
  const lh = legendHeight(legendItems, width - 80);
  const margin = { top: 16 + lh + 20, right: 24, bottom: 62, left: 62 };
  const height = options.height ?? margin.top + margin.bottom + 240;
  const f = chartFrame({ name: 'gave-up', text, width, height, margin }, options);
  drawLegend(f.top, legendItems, margin.left, 16, width - margin.left - margin.right);
  const top = Math.max(0.01, ...data.groups.flatMap((g) => g.bars.map((b) => b.share.ciHigh ?? b.share.mean ?? 0)));
  const y = scaleLinear().domain([0, Math.min(1, top * 1.15)]).range([f.innerHeight, 0]).nice().clamp(true);
  const digits = y.domain()[1] <= 0.05 ? 1 : 0;
  drawYAxis<number>(f.plot, y, f.innerHeight, { ticks: 5, format: (d) => fmtNumber(d * 100, digits), grid: f.innerWidth, label: t('charts:gaveUp.colShare') });
  const spots = drawGroupedBars(f.plot, {
    groups: data.groups.map((g) => ({ id: g.lane.id, label: g.lane.name })),
    series: data.series,
    value: (id, s) => data.groups.find((g) => g.lane.id === id)?.bars.find((b) => b.series.key === s.key)?.share ?? null,
    y,
    width: f.innerWidth,
    height: f.innerHeight,
    title: (id, s, a) => {
      const b = data.groups.find((g) => g.lane.id === id)!.bars.find((x) => x.series.key === s.key)!;
      return t('charts:gaveUp.barTip', { lane: data.groups.find((g) => g.lane.id === id)!.lane.name, scenario: s.label, share: valueWithCi(a, 1, '%', 100), home: fmtNumber(b.home.mean, 0), other: fmtNumber(b.otherPort.mean, 0), postponed: fmtNumber(b.postponed.mean, 0) });
    },
  });
  // What they did instead, under each bar: home / another port / put off.
  for (const g of data.groups) {
    for (const b of g.bars) {
      const spot = spots.get(`${g.lane.id}|${b.series.key}`);
      if (!spot || !b.share.mean) continue;
      f.plot
        .append('text')
        .attr('class', 'bf-outcomes')
        .attr('x', px(spot.x + spot.w / 2))
        .attr('y', px(f.innerHeight + 34))
        .attr('text-anchor', 'middle')
        .attr('font-size', 12)
        .attr('fill', INK)
        .text(`${fmtNumber(b.home.mean, 0)}/${fmtNumber(b.otherPort.mean, 0)}/${fmtNumber(b.postponed.mean, 0)}`)
        .append('title')
        .text(t('charts:gaveUp.outcomesTip'));
    }
  }
  f.top
    .append('text')
    .attr('class', 'bf-note')
    .attr('x', margin.left)
    .attr('y', height - 8)
    .attr('fill', INK)
    .text(t('charts:gaveUp.outcomesNote'));
  return f.svg;
}
