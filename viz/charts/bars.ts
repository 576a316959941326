// Grouped bars with CI whiskers and the series symbol on each bar (colour is never the only cue).
import { scaleBand, type ScaleLinear } from 'd3-scale';
import type { Across } from '../../sim/index.ts';
import type { SeriesInfo } from '../view-models/options.ts';
import type { G } from './frame.ts';
import { px, fitText } from './format.ts';
import { whisker } from './marks.ts';
import { INK, seriesStyle, symbolPath } from './palette.ts';

export interface BarGroup {
  id: string;
  label: string;
}

export interface GroupedBarsSpec {
  groups: readonly BarGroup[];
  series: readonly SeriesInfo[];
  /** The value of a series in a group (display units), or null when the series has no such group. */
  value: (groupId: string, s: SeriesInfo) => Across | null;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
  /** Multiplies Across numbers (100 for shares drawn as %). */
  scale?: number;
  /** Tooltip of a bar. */
  title: (groupId: string, s: SeriesInfo, a: Across) => string;
}

/** Draws the bars and group labels; returns the x position and width of each bar by group and key. */
export function drawGroupedBars(parent: G, spec: GroupedBarsSpec): Map<string, { x: number; w: number }> {
  const k = spec.scale ?? 1;
  const outer = scaleBand<string>().domain(spec.groups.map((g) => g.id)).range([0, spec.width]).paddingInner(0.25).paddingOuter(0.1);
  const inner = scaleBand<string>().domain(spec.series.map((s) => s.key)).range([0, outer.bandwidth()]).padding(0.08);
  const out = new Map<string, { x: number; w: number }>();
  const y0 = spec.y(0);
  for (const g of spec.groups) {
    const gx = outer(g.id) ?? 0;
    const gg = parent.append('g').attr('class', 'bf-bar-group').attr('data-group', g.id);
    gg.append('text').attr('class', 'bf-group-label').attr('x', px(gx + outer.bandwidth() / 2)).attr('y', px(spec.height + 18)).attr('text-anchor', 'middle').attr('fill', INK).text(fitText(g.label, outer.step() - 6));
    gg.select('text.bf-group-label').append('title').text(g.label);
    for (const s of spec.series) {
      const a = spec.value(g.id, s);
      if (!a) continue;
      const st = seriesStyle(s);
      const bx = gx + (inner(s.key) ?? 0);
      const bw = inner.bandwidth();
      out.set(`${g.id}|${s.key}`, { x: bx, w: bw });
      const bar = gg.append('g').attr('class', 'bf-bar bf-series').attr('data-key', s.key);
      bar.append('title').text(spec.title(g.id, s, a));
      if (a.mean === null) {
        bar.append('text').attr('x', px(bx + bw / 2)).attr('y', px(y0 - 6)).attr('text-anchor', 'middle').attr('fill', INK).text('—');
        continue;
      }
      const top = spec.y(a.mean * k);
      bar
        .append('rect')
        .attr('x', px(bx))
        .attr('y', px(Math.min(top, y0)))
        .attr('width', px(bw))
        .attr('height', px(Math.abs(y0 - top)))
        .attr('fill', st.color)
        .attr('fill-opacity', 0.85)
        .attr('stroke', INK)
        .attr('stroke-width', 0.5);
      // Inside a tall bar in white; above a short one in the series colour, so zero bars still show whose they are.
      const inside = Math.abs(y0 - top) >= 20;
      bar
        .append('path')
        .attr('d', symbolPath(st.symbol, Math.min(64, bw * bw * 0.4)))
        .attr('transform', `translate(${px(bx + bw / 2)},${px(inside ? Math.min(top, y0) + 10 : Math.min(top, y0) - 9)})`)
        .attr('fill', inside ? '#ffffff' : st.color)
        .attr('stroke', INK)
        .attr('stroke-width', 0.5);
      if (a.ciLow !== null && a.ciHigh !== null) whisker(bar, 'v', bx + bw / 2, spec.y(a.ciLow * k), spec.y(a.ciHigh * k), INK, Math.min(5, bw / 3));
    }
  }
  return out;
}
