// Every replication's value of one figure per scenario, its mean ± 95 % CI, and how many more runs tighten it.
import { figureBounds, replicationsNeeded, summarize, type Across, type ResultDocument } from '../../sim/index.ts';
import { seriesOf, type SeriesInfo } from './options.ts';
import { resolveScope, valuesIn, type FigureScope, type FigureScopeOptions } from './scope.ts';

export interface ReplicationDotsOptions extends FigureScopeOptions {
  /** Target CI half-width relative to the mean (default 0.05 = ±5 %). */
  precision?: number;
}

export interface DotsRow {
  series: SeriesInfo;
  /** One per replication, display units; null where undefined in that replication. */
  values: (number | null)[];
  summary: Across;
  /** Total replications estimated for the precision target; null with fewer than 2 values; Infinity when the mean is 0. */
  needed: number | null;
  /** needed − n when positive, else 0; null when needed is null or infinite. */
  more: number | null;
}

export interface ReplicationDotsData extends FigureScope {
  precision: number;
  rows: DotsRow[];
  missing: SeriesInfo[];
}

export function replicationDots(docs: ResultDocument[], opts: ReplicationDotsOptions): ReplicationDotsData {
  const series = seriesOf(docs, opts);
  const scope = resolveScope(docs, opts, 'wait.mean');
  const precision = opts.precision ?? 0.05;
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const rows: DotsRow[] = [];
  const missing: SeriesInfo[] = [];
  for (const i of order) {
    const values = valuesIn(docs, opts, i, scope);
    if (!values) {
      missing.push(series[i]);
      continue;
    }
    // The interval stops at the figure's natural bounds (a wait is never negative), as in the result document.
    const summary = summarize(values, 0.95, figureBounds(scope.figure.id.split('.')));
    const needed = replicationsNeeded(values, precision);
    const more = needed === null || !Number.isFinite(needed) ? null : Math.max(0, needed - summary.n);
    rows.push({ series: series[i], values, summary, needed, more });
  }
  return { ...scope, precision, rows, missing };
}
