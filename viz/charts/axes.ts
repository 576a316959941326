// Axes with 12 px ticks and a label that names the unit.
import { axisBottom, axisLeft, type AxisDomain, type AxisScale } from 'd3-axis';
import { INK, MUTED } from './palette.ts';
import type { G } from './frame.ts';

export interface AxisSpec<D extends AxisDomain> {
  label?: string;
  ticks?: number;
  tickValues?: D[];
  format?: (d: D) => string;
  /** Draw light grid lines across the plot, this long. */
  grid?: number;
}

/** d3-axis writes font-size 10 on its group; charts promise at least 12 px. */
function restyle(g: G): void {
  g.attr('font-size', 12).attr('font-family', null);
  g.selectAll('.tick text').attr('fill', INK);
  g.selectAll('.domain, .tick line').attr('stroke', MUTED);
}

export function drawXAxis<D extends AxisDomain>(parent: G, scale: AxisScale<D>, y: number, width: number, spec: AxisSpec<D> = {}): G {
  const axis = axisBottom(scale);
  if (spec.ticks !== undefined) axis.ticks(spec.ticks);
  if (spec.tickValues) axis.tickValues(spec.tickValues);
  if (spec.format) axis.tickFormat((d) => spec.format!(d));
  const g = parent.append('g').attr('class', 'bf-axis bf-axis--x').attr('transform', `translate(0,${y})`);
  g.call(axis);
  restyle(g);
  if (spec.grid) g.selectAll('.tick line').clone().attr('y2', -spec.grid).attr('stroke', '#e6e6e6').lower();
  if (spec.label) {
    g.append('text').attr('class', 'bf-axis-label').attr('x', width / 2).attr('y', 34).attr('text-anchor', 'middle').attr('fill', INK).text(spec.label);
  }
  return g;
}

export function drawYAxis<D extends AxisDomain>(parent: G, scale: AxisScale<D>, height: number, spec: AxisSpec<D> = {}): G {
  const axis = axisLeft(scale);
  if (spec.ticks !== undefined) axis.ticks(spec.ticks);
  if (spec.tickValues) axis.tickValues(spec.tickValues);
  if (spec.format) axis.tickFormat((d) => spec.format!(d));
  const g = parent.append('g').attr('class', 'bf-axis bf-axis--y');
  g.call(axis);
  restyle(g);
  if (spec.grid) g.selectAll('.tick line').clone().attr('x2', spec.grid).attr('stroke', '#e6e6e6').lower();
  if (spec.label) {
    g.append('text')
      .attr('class', 'bf-axis-label')
      .attr('transform', `translate(-40,${height / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .attr('fill', INK)
      .text(spec.label);
  }
  return g;
}
