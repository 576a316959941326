// Which part of a port a figure is read for: one lane group, or the whole port.
import { t } from '../i18n/index.ts';
import type { ResultDocument } from '../../sim/index.ts';
import { figureSpec, perReplication, type FigureId, type FigureSpec } from './figures.ts';
import { laneIndexOf, lanesOf, pickLane, portIndexOf, portOf, type LaneRef } from './lanes.ts';
import type { ViewModelOptions } from './options.ts';

export interface FigureScopeOptions extends ViewModelOptions {
  figure?: FigureId;
  /** Lane group id, or null for the whole port (default: the first lane in CBP order). */
  lane?: string | null;
}

export interface FigureScope {
  figure: FigureSpec;
  lane: LaneRef | null;
  portName: string;
}

export function resolveScope(docs: ResultDocument[], opts: FigureScopeOptions, defaultFigure: FigureId): FigureScope {
  const figure = figureSpec(opts.figure ?? defaultFigure);
  const lanes = lanesOf(docs, opts);
  const lane = opts.lane === null ? null : pickLane(lanes, opts.lane);
  if (lane === null && figure.laneOnly) throw new RangeError(`${figure.label} is defined per lane group; choose a lane`);
  return { figure, lane, portName: portOf(docs, opts, opts.baseline)!.name };
}

/** Per-replication values of the scoped figure in document i, or null when the lane or port is absent. */
export function valuesIn(docs: ResultDocument[], opts: ViewModelOptions, i: number, scope: FigureScope): (number | null)[] | null {
  const port = portOf(docs, opts, i);
  if (!port) return null;
  const pi = portIndexOf(docs[i], port);
  if (scope.lane === null) return perReplication(docs[i], pi, null, scope.figure);
  const li = laneIndexOf(port, scope.lane.id);
  return li < 0 ? null : perReplication(docs[i], pi, li, scope.figure);
}

/** "mean wait to reach the primary booth, Standard lane (booths)". */
export function scopeText(scope: FigureScope): string {
  return `${scope.figure.label}, ${scope.lane ? scope.lane.name : t('charts:scope.allOf', { port: scope.portName })}`;
}
