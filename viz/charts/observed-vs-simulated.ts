// Simulated mean wait by clock hour (each scenario, with its 95 % interval) against the observed
// hourly means as points, for one CBP lane class.
import { t } from '../i18n/index.ts';
import { max, scaleLinear } from 'd3';
import type { OverlayModel } from '../observed/view-model.ts';
import { describeOverlay } from '../observed/view-model.ts';
import { drawObservedPoints, OBSERVED_COLOR } from './observed-points.ts';
import { drawXAxis, drawYAxis } from './axes.ts';
import { chartFrame } from './frame.ts';
import { fitText } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { seriesWithBand } from './marks.ts';
import { BASELINE_BAND, seriesStyle } from './palette.ts';
import type { ChartOptions } from './types.ts';

export function renderObservedVsSimulated(m: OverlayModel, opts: ChartOptions = {}): SVGSVGElement {
  const width = opts.width ?? 640;
  const text = describeOverlay(m);
  const legend: LegendItem[] = [
    ...m.series.map((s) => {
      const st = seriesStyle(s);
      // Long scenario names are shortened here only; the title, summary and table keep them whole.
      const sim = t('charts:observed.simulated', { name: s.name });
      return { label: s.isBaseline ? t('charts:format.baseline', { label: fitText(sim, width - 220) }) : fitText(sim, width - 140), color: st.color, dash: st.dash, lineWidth: st.width };
    }),
    { label: t('charts:observed.interval'), color: BASELINE_BAND, swatch: { fill: BASELINE_BAND, opacity: 0.8 } },
    { label: fitText(t('charts:observed.observed', { file: m.observedFile }), width - 140), color: OBSERVED_COLOR, symbol: 'circle' as const },
  ];
  const legendH = legendHeight(legend, width - 70);
  const margin = { top: 12 + legendH, right: 16, bottom: 44, left: 56 };
  const height = opts.height ?? 260 + legendH;
  const f = chartFrame({ name: 'observed-vs-simulated', text, width, height, margin }, opts);
  const x = scaleLinear().domain([0, 24]).range([0, f.innerWidth]);
  const top = max([...m.observed.map((o) => o.wait), ...m.series.flatMap((s) => s.points.map((p) => p.ciHigh ?? p.mean ?? 0))]) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(5, top * 1.08)])
    .nice()
    .range([f.innerHeight, 0]);
  drawLegend(f.top, legend, margin.left, 12, width - 70);
  drawYAxis(f.plot, y, f.innerHeight, { label: t('charts:observed.axisY'), ticks: 5, grid: f.innerWidth });
  drawXAxis<number>(f.plot, x, f.innerHeight, f.innerWidth, { label: t('charts:observed.axisX'), tickValues: [0, 3, 6, 9, 12, 15, 18, 21, 24], format: (d) => `${String(d).padStart(2, '0')}:00` });
  // The mean over an hour is drawn at the hour's middle.
  const mid = (h: number) => h + 0.5;
  // Baseline first, so the compared scenarios draw over its grey ghost.
  for (const s of [...m.series].sort((a, b) => Number(b.isBaseline) - Number(a.isBaseline))) {
    const st = seriesStyle(s);
    seriesWithBand(
      f.plot,
      s.points.map((p) => ({ x: mid(p.hour), y: p.mean, low: p.ciLow, high: p.ciHigh })),
      x,
      y,
      { key: s.key, isBaseline: s.isBaseline, color: st.color, width: st.width, dash: st.dash, baselineBand: BASELINE_BAND },
    );
  }
  drawObservedPoints(f.plot, m.observed, x, y);
  return f.svg;
}
