// One lane class's forecast: the expected wait per coming clock hour as a line over the
// 5th–95th percentile band of the replications' hourly means.
import { t } from '../i18n/index.ts';
import { max, scaleLinear } from 'd3';
import { BAND_LABEL, describeForecast, type ForecastBandModel } from '../observed/view-model.ts';
import { drawXAxis, drawYAxis } from './axes.ts';
import { chartFrame } from './frame.ts';
import { fmtTenth, px } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { seriesWithBand, whisker } from './marks.ts';
import { OKABE_ITO, symbolPath } from './palette.ts';
import type { ChartOptions } from './types.ts';

export function renderForecastBand(m: ForecastBandModel, opts: ChartOptions = {}): SVGSVGElement {
  const width = opts.width ?? 420;
  const text = describeForecast(m);
  const color = OKABE_ITO.blue;
  const legend: LegendItem[] = [
    { label: t('charts:forecast.expectedMean'), color, lineWidth: 2, symbol: 'circle' },
    { label: BAND_LABEL, color, swatch: { fill: color, opacity: 0.2 } },
    ...(m.reported !== null ? [{ label: t('charts:forecast.reportedAt', { clock: m.clock }), color: OKABE_ITO.black, symbol: 'diamond' as const, hollow: true }] : []),
  ];
  const legendH = legendHeight(legend, width - 60);
  const margin = { top: 12 + legendH, right: 16, bottom: 44, left: 56 };
  const height = opts.height ?? 220 + legendH;
  const f = chartFrame({ name: 'forecast-band', text, width, height, margin }, opts);
  const n = m.points.length;
  // Each coming hour is a slot; a single hour still gets a visible band as a whisker.
  const x = scaleLinear().domain([-0.6, n - 0.5]).range([0, f.innerWidth]);
  const top = max([...m.points.map((p) => p.high ?? p.mean ?? 0), m.reported ?? 0]) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(5, top * 1.1)])
    .nice()
    .range([f.innerHeight, 0]);
  drawLegend(f.top, legend, margin.left, 12, width - 60);
  drawYAxis(f.plot, y, f.innerHeight, { label: t('charts:forecast.axisY'), ticks: 5, grid: f.innerWidth });
  drawXAxis(f.plot, x, f.innerHeight, f.innerWidth, {
    label: t('charts:forecast.axisX'),
    tickValues: m.points.map((_, i) => i),
    format: (i) => m.points[Number(i)]?.window ?? '',
  });
  seriesWithBand(
    f.plot,
    m.points.map((p, i) => ({ x: i, y: p.mean, low: p.low, high: p.high })),
    x,
    y,
    { key: m.laneType, isBaseline: false, color, width: 2, dash: '', baselineBand: color },
  );
  const g = f.plot.append('g').attr('class', 'bf-forecast-points');
  // The feed's delay at the start, left of the first hour: where the forecast starts from.
  if (m.reported !== null) {
    g.append('path')
      .attr('class', 'bf-forecast-reported')
      .attr('transform', `translate(${px(x(-0.4))},${px(y(m.reported))})`)
      .attr('d', symbolPath('diamond', 80))
      .attr('fill', '#ffffff')
      .attr('stroke', OKABE_ITO.black)
      .attr('stroke-width', 1.5)
      .append('title')
      .text(t('charts:forecast.reportedTip', { clock: m.clock, minutes: fmtTenth(m.reported) }));
  }
  m.points.forEach((p, i) => {
    if (p.low !== null && p.high !== null) whisker(g, 'v', x(i), y(p.low), y(p.high), color);
    if (p.mean === null) return;
    g.append('circle')
      .attr('class', 'bf-forecast-mean')
      .attr('cx', px(x(i)))
      .attr('cy', px(y(p.mean)))
      .attr('r', 4)
      .attr('fill', color)
      .append('title')
      .text(t('charts:forecast.pointTip', { window: p.window, mean: fmtTenth(p.mean), band: BAND_LABEL, low: p.low === null ? '—' : fmtTenth(p.low), high: p.high === null ? '—' : fmtTenth(p.high) }));
  });
  return f.svg;
}
