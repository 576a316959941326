// A wrapping legend: each entry shows colour, dash and symbol together, as the marks do.
import { INK } from './palette.ts';
import { symbolPath, type SymbolName } from './palette.ts';
import { textWidth } from './format.ts';
import type { G } from './frame.ts';

export interface LegendItem {
  label: string;
  color: string;
  /** Line sample with this dash ('' solid); omit for no line. */
  dash?: string;
  lineWidth?: number;
  symbol?: SymbolName;
  /** Draws the symbol as an outline (white fill, coloured stroke), e.g. a lower-bound marker. */
  hollow?: boolean;
  /** A filled swatch (CI band, bar) instead of a line. */
  swatch?: { fill: string; opacity?: number; stroke?: string };
}

/** Draws the legend at (x, y) wrapping at maxWidth; returns its height. */
export function drawLegend(parent: G, items: readonly LegendItem[], x: number, y: number, maxWidth: number): number {
  const g = parent.append('g').attr('class', 'bf-legend').attr('transform', `translate(${x},${y})`);
  const rowHeight = 20;
  let cx = 0;
  let cy = 0;
  for (const item of items) {
    const w = 30 + textWidth(item.label) + 16;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += rowHeight;
    }
    const e = g.append('g').attr('class', 'bf-legend-item').attr('transform', `translate(${cx},${cy})`);
    if (item.swatch) {
      e.append('rect')
        .attr('x', 0)
        .attr('y', -6)
        .attr('width', 24)
        .attr('height', 12)
        .attr('fill', item.swatch.fill)
        .attr('fill-opacity', item.swatch.opacity ?? 1)
        .attr('stroke', item.swatch.stroke ?? 'none');
    }
    if (item.dash !== undefined) {
      e.append('line')
        .attr('x1', 0)
        .attr('x2', 24)
        .attr('stroke', item.color)
        .attr('stroke-width', item.lineWidth ?? 2)
        .attr('stroke-dasharray', item.dash || null);
    }
    if (item.symbol) {
      e.append('path')
        .attr('d', symbolPath(item.symbol, 48))
        .attr('transform', 'translate(12,0)')
        .attr('fill', item.hollow ? '#ffffff' : item.color)
        .attr('stroke', item.hollow ? item.color : '#ffffff')
        .attr('stroke-width', item.hollow ? 1.5 : 0.75);
    }
    e.append('text').attr('x', 30).attr('dy', '0.35em').attr('fill', INK).text(item.label);
    cx += w;
  }
  return cy + rowHeight;
}

/** Legend height without drawing it, to reserve space. */
export function legendHeight(items: readonly { label: string }[], maxWidth: number): number {
  let cx = 0;
  let rows = 1;
  for (const item of items) {
    const w = 30 + textWidth(item.label) + 16;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      rows++;
    }
    cx += w;
  }
  return rows * 20;
}
