// Small shared marks: CI bands, whiskers, the "no data" hatch and wrapped notes.
import { type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { MISSING_FILL, MUTED } from './palette.ts';
import { px, textWidth } from './format.ts';
import type { G } from './frame.ts';

export interface BandPoint {
  x: number;
  low: number | null;
  high: number | null;
}

/** A CI band: gaps where the interval is undefined (one replication, or no data). */
export function ciBandPath(points: readonly BandPoint[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  return (
    area<BandPoint>()
      .defined((d) => d.low !== null && d.high !== null)
      .x((d) => x(d.x))
      .y0((d) => y(d.low!))
      .y1((d) => y(d.high!))
      .digits(2)(points as BandPoint[]) ?? ''
  );
}

export interface LinePoint {
  x: number;
  y: number | null;
}

/** A line broken where the value is missing: missing data is a gap, never a drop to zero. */
export function gappedLinePath(points: readonly LinePoint[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  return (
    line<LinePoint>()
      .defined((d) => d.y !== null)
      .x((d) => x(d.x))
      .y((d) => y(d.y!))
      .digits(2)(points as LinePoint[]) ?? ''
  );
}

/** Diagonal hatch drawn as lines (no pattern ids, so many charts can share a page and export cleanly). */
/** A series as a 95 % CI band under its line, in a group keyed by the series (the baseline as a grey ghost). */
export function seriesWithBand(
  parent: G,
  points: readonly (BandPoint & LinePoint)[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  s: { key: string; isBaseline: boolean; color: string; width: number; dash: string; baselineBand: string },
): G {
  const sg = parent.append('g').attr('class', 'bf-series-group').attr('data-key', s.key);
  sg.append('path')
    .attr('class', 'bf-ci-band')
    .attr('d', ciBandPath(points, x, y))
    .attr('fill', s.isBaseline ? s.baselineBand : s.color)
    .attr('fill-opacity', s.isBaseline ? 0.6 : 0.15)
    .attr('stroke', 'none');
  sg.append('path')
    .attr('class', s.isBaseline ? 'bf-series bf-series--baseline' : 'bf-series')
    .attr('data-key', s.key)
    .attr('d', gappedLinePath(points, x, y))
    .attr('fill', 'none')
    .attr('stroke', s.color)
    .attr('stroke-width', s.width)
    .attr('stroke-opacity', s.isBaseline ? 0.7 : 1)
    .attr('stroke-dasharray', s.dash || null)
    .attr('stroke-linejoin', 'round');
  return sg;
}

export function hatch(parent: G, x: number, y: number, w: number, h: number, spacing = 6): void {
  const g = parent.append('g').attr('class', 'bf-missing').attr('aria-hidden', 'true');
  g.append('rect').attr('x', px(x)).attr('y', px(y)).attr('width', px(w)).attr('height', px(h)).attr('fill', MISSING_FILL);
  let d = '';
  for (let k = spacing; k < w + h; k += spacing) {
    // Segment of the line x' + y' = k clipped to the cell.
    const x0 = Math.max(0, k - h);
    const y0 = Math.min(h, k);
    const x1 = Math.min(w, k);
    const y1 = Math.max(0, k - w);
    d += `M${px(x + x0)},${px(y + y0)}L${px(x + x1)},${px(y + y1)}`;
  }
  g.append('path').attr('d', d).attr('stroke', '#bdbdbd').attr('stroke-width', 1).attr('fill', 'none');
}

/** A horizontal or vertical error bar with end caps. */
export function whisker(parent: G, orient: 'h' | 'v', at: number, from: number, to: number, color: string, cap = 4): void {
  const d =
    orient === 'h'
      ? `M${px(from)},${px(at)}H${px(to)}M${px(from)},${px(at - cap)}V${px(at + cap)}M${px(to)},${px(at - cap)}V${px(at + cap)}`
      : `M${px(at)},${px(from)}V${px(to)}M${px(at - cap)},${px(from)}H${px(at + cap)}M${px(at - cap)},${px(to)}H${px(at + cap)}`;
  parent.append('path').attr('class', 'bf-whisker').attr('d', d).attr('stroke', color).attr('stroke-width', 1.5).attr('fill', 'none');
}

/** Text wrapped to a width; returns the lines' total height. */
export function note(parent: G, text: string, x: number, y: number, maxWidth: number, color = MUTED): number {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    const next = current ? `${current} ${w}` : w;
    if (current && textWidth(next) > maxWidth) {
      lines.push(current);
      current = w;
    } else current = next;
  }
  if (current) lines.push(current);
  const t = parent.append('text').attr('class', 'bf-note').attr('x', x).attr('y', y).attr('fill', color);
  lines.forEach((l, i) => t.append('tspan').attr('x', x).attr('dy', i === 0 ? 0 : 16).text(l));
  return lines.length * 16;
}

