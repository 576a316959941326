// Observed waits drawn over simulated ones: a black dot per clock hour, outlined in white so it
// stays visible on a band, with the hour, the wait and how many observations it averages.

import type { ScaleLinear } from 'd3-scale';
import { t } from '../i18n/index.ts';
import type { G } from './frame.ts';
import { fmtNumber, px } from './format.ts';
import { OKABE_ITO } from './palette.ts';

export interface ObservedPoint {
  hour: number;
  wait: number;
  observations: number;
}

export const OBSERVED_COLOR = OKABE_ITO.black;

export function drawObservedPoints(parent: G, points: readonly ObservedPoint[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, yTop = Infinity): void {
  const g = parent.append('g').attr('class', 'bf-observed');
  for (const o of points) {
    const off = o.wait > yTop;
    g.append('circle')
      .attr('class', 'bf-observed-point')
      .attr('data-hour', o.hour)
      .attr('cx', px(x(o.hour + 0.5)))
      .attr('cy', px(y(Math.min(o.wait, yTop))))
      .attr('r', 4)
      .attr('fill', off ? '#ffffff' : OBSERVED_COLOR)
      .attr('stroke', off ? OBSERVED_COLOR : '#ffffff')
      .attr('stroke-width', off ? 1.5 : 1)
      .append('title')
      .text(t('charts:observed.pointTip', { hour: `${String(o.hour).padStart(2, '0')}:00`, wait: fmtNumber(o.wait), count: o.observations }) + (off ? t('charts:observed.aboveScale') : ''));
  }
}
