// The frame of a small-multiples chart: legend on top, then a grid of equal panels on shared scales.

import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { chartFrame, type Frame } from './frame.ts';
import type { ChartOptions, ChartText } from './types.ts';

export interface PanelGrid {
  f: Frame;
  cols: number;
  panelW: number;
  panelH: number;
  /** Top-left corner of panel i within the plot area. */
  origin(i: number): [number, number];
}

export function smallMultiples(
  spec: { name: string; text: ChartText; width: number; panels: number; cols: number; panelHeight: number; gapX: number; gapY: number; legend: LegendItem[] },
  options: ChartOptions,
): PanelGrid {
  const rows = Math.ceil(Math.max(1, spec.panels) / spec.cols);
  const lh = legendHeight(spec.legend, spec.width - 80);
  const margin = { top: 16 + lh + 28, right: 16, bottom: 48, left: 62 };
  const height = options.height ?? margin.top + margin.bottom + rows * spec.panelHeight + (rows - 1) * spec.gapY;
  const f = chartFrame({ name: spec.name, text: spec.text, width: spec.width, height, margin }, options);
  drawLegend(f.top, spec.legend, margin.left, 16, spec.width - margin.left - margin.right);
  const panelW = (f.innerWidth - (spec.cols - 1) * spec.gapX) / spec.cols;
  const panelH = (f.innerHeight - (rows - 1) * spec.gapY) / rows;
  return {
    f,
    cols: spec.cols,
    panelW,
    panelH,
    origin: (i) => [(i % spec.cols) * (panelW + spec.gapX), Math.floor(i / spec.cols) * (panelH + spec.gapY)],
  };
}
