// The frame of a small-multiples chart: legend on top, then a grid of equal panels on shared scales.

import { drawLegend, legendHeight, wrapWords, type LegendItem } from './legend.ts';
import { chartFrame, type Frame, type G } from './frame.ts';
import type { ChartOptions, ChartText } from './types.ts';

export interface PanelGrid {
  f: Frame;
  cols: number;
  panelW: number;
  panelH: number;
  /** Top-left corner of panel i within the plot area. */
  origin(i: number): [number, number];
  /** Writes panel i's title above it, wrapped onto a second line when it is wider than the panel (never run into the next one). */
  title(g: G, i: number): void;
}

const TITLE_LINE = 14;

export function smallMultiples(
  spec: { name: string; text: ChartText; width: number; panels: number; cols: number; panelHeight: number; gapX: number; gapY: number; legend: LegendItem[]; titles?: readonly string[] },
  options: ChartOptions,
): PanelGrid {
  const rows = Math.ceil(Math.max(1, spec.panels) / spec.cols);
  const lh = legendHeight(spec.legend, spec.width - 80);
  const margin = { top: 16 + lh + 28, right: 16, bottom: 48, left: 62 };
  // Same width as chartFrame gives below: the titles' lines decide the room above the first row.
  const titleWidth = (spec.width - margin.left - margin.right - (spec.cols - 1) * spec.gapX) / spec.cols;
  const lines = (spec.titles ?? []).map((t) => wrapWords(t, titleWidth - 4));
  const extra = Math.max(0, ...lines.map((l) => l.length - 1)) * TITLE_LINE;
  margin.top += extra;
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
    title: (g, i) => {
      const ls = lines[i] ?? [spec.titles?.[i] ?? ''];
      const text = g.append('text').attr('class', 'bf-panel-title').attr('x', 0).attr('y', -10).attr('font-weight', 600);
      if (ls.length === 1) text.text(ls[0]);
      else ls.forEach((line, k) => text.append('tspan').attr('x', 0).attr('y', -10 - (ls.length - 1 - k) * TITLE_LINE).text(line));
    },
  };
}
