// Wait-time statistics: moments from a Tally and percentiles from a QuantileSketch, kept in step.
import { Tally, type TallyJSON } from './tally.ts';
import { QuantileSketch, type QuantileSketchJSON, type QuantileSketchOptions } from './quantile-sketch.ts';

/** Report-ready figures; null where the figure is undefined (no observations, or sd with n < 2). */
export interface WaitSummary {
  count: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
}

/** Full mergeable state, for shipping partial results between workers. */
export interface WaitStatsState {
  tally: TallyJSON;
  sketch: QuantileSketchJSON;
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Observations such as waits, in the unit they are added in: moments and extremes from a `Tally`,
 * percentiles from a `QuantileSketch`, kept in step. `summary()` gives null where a figure is
 * undefined; `toState`/`fromState` carry mergeable state.
 */
export class WaitStats {
  readonly tally: Tally;
  readonly sketch: QuantileSketch;

  constructor(options: QuantileSketchOptions = {}) {
    this.tally = new Tally();
    this.sketch = new QuantileSketch(options);
  }

  /** The sketch validates first, so a rejected value leaves both halves untouched. */
  add(x: number, lnX?: number): void {
    this.sketch.add(x, lnX);
    this.tally.add(x);
  }

  get count(): number {
    return this.tally.count;
  }

  quantile(q: number): number {
    return this.sketch.quantile(q);
  }

  merge(other: WaitStats): void {
    this.sketch.merge(other.sketch);
    this.tally.merge(other.tally);
  }

  reset(): void {
    this.tally.reset();
    this.sketch.reset();
  }

  summary(): WaitSummary {
    const s = this.sketch;
    const empty = s.count === 0;
    return {
      count: this.tally.count,
      mean: orNull(this.tally.mean),
      sd: orNull(this.tally.sd),
      min: orNull(this.tally.min),
      max: orNull(this.tally.max),
      p50: empty ? null : s.quantile(0.5),
      p90: empty ? null : s.quantile(0.9),
      p95: empty ? null : s.quantile(0.95),
      p99: empty ? null : s.quantile(0.99),
    };
  }

  /** JSON output is the summary; use toState() to serialize something that can be merged later. */
  toJSON(): WaitSummary {
    return this.summary();
  }

  toState(): WaitStatsState {
    return { tally: this.tally.toJSON(), sketch: this.sketch.toJSON() };
  }

  static fromState(state: WaitStatsState): WaitStats {
    const tally = Tally.fromJSON(state.tally);
    const sketch = QuantileSketch.fromJSON(state.sketch);
    if (tally.count !== sketch.count) throw new Error('WaitStats.fromState: tally and sketch counts differ');
    const w = new WaitStats({ alpha: sketch.alpha, minValue: sketch.minValue, maxValue: sketch.maxValue });
    w.tally.merge(tally);
    w.sketch.merge(sketch);
    return w;
  }
}
