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

const ROW = 20;
const LINE = 15;

/** A label broken into lines that fit `maxPx` at word boundaries (a scenario name is never cut short). */
export function wrapWords(label: string, maxPx: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && textWidth(next) > maxPx) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines;
}

interface Placed {
  x: number;
  y: number;
  lines: string[];
}

/** Where each entry goes: left to right, wrapping rows at maxWidth; an entry wider than a row wraps its own words. */
function place(items: readonly { label: string }[], maxWidth: number): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  let cx = 0;
  let cy = 0;
  let rowH = ROW;
  for (const item of items) {
    const room = Math.max(60, maxWidth - 46);
    const lines = textWidth(item.label) > room ? wrapWords(item.label, room) : [item.label];
    const w = 30 + Math.max(...lines.map((l) => textWidth(l))) + 16;
    if (cx > 0 && cx + w > maxWidth) {
      cx = 0;
      cy += rowH;
      rowH = ROW;
    }
    placed.push({ x: cx, y: cy, lines });
    rowH = Math.max(rowH, ROW + (lines.length - 1) * LINE);
    cx += w;
  }
  return { placed, height: cy + rowH };
}

/** Draws the legend at (x, y) wrapping at maxWidth; returns its height. */
export function drawLegend(parent: G, items: readonly LegendItem[], x: number, y: number, maxWidth: number): number {
  const g = parent.append('g').attr('class', 'bf-legend').attr('transform', `translate(${x},${y})`);
  const { placed, height } = place(items, maxWidth);
  items.forEach((item, i) => {
    const { x: cx, y: cy, lines } = placed[i];
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
    const t = e.append('text').attr('x', 30).attr('dy', '0.35em').attr('fill', INK);
    if (lines.length === 1) t.text(item.label);
    else lines.forEach((l, k) => t.append('tspan').attr('x', 30).attr('dy', k === 0 ? '0.35em' : LINE).text(l));
  });
  return height;
}

/** Legend height without drawing it, to reserve space. */
export function legendHeight(items: readonly { label: string }[], maxWidth: number): number {
  return place(items, maxWidth).height;
}
