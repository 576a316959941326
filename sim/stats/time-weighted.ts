// Time-average of a piecewise-constant level (queue length, busy servers) without storing its history.

// Out of line: an inline template literal in update()'s throw branch slows the hot path in V8.
function badUpdate(t: number, last: number, level: number): RangeError {
  return new RangeError(`TimeWeighted.update: time ${t} before ${last} or non-finite level ${level}`);
}

/**
 * Integrates a step function: the level set at time t holds until the next update.
 * All times are in model time units and must never decrease.
 */
export class TimeWeighted {
  // Initialized here, not only in the constructor: a field declared without a value starts as
  // undefined, and V8 then boxes every later double store into it (one allocation per update).
  private start = 0;
  private last = 0;
  private current = 0;
  private integral = 0;
  private peak = 0;

  constructor(t0 = 0, level = 0) {
    if (!Number.isFinite(t0) || !Number.isFinite(level)) {
      throw new RangeError(`TimeWeighted: non-finite t0 ${t0} or level ${level}`);
    }
    this.start = t0;
    this.last = t0;
    this.current = level;
    this.peak = level;
  }

  /** The level changes to `level` at time t (t ≥ previous update time). */
  update(t: number, level: number): void {
    if (!(t >= this.last) || !Number.isFinite(t) || !Number.isFinite(level)) throw badUpdate(t, this.last, level);
    this.integral += this.current * (t - this.last);
    this.last = t;
    this.current = level;
    if (level > this.peak) this.peak = level;
  }

  /**
   * Time-average over [start, tEnd], extending the current level to tEnd. For a zero-length
   * window it returns the current level (the limit of the average), so reports never show NaN.
   */
  mean(tEnd: number): number {
    if (!(tEnd >= this.last)) throw new RangeError(`TimeWeighted.mean: tEnd ${tEnd} before last update ${this.last}`);
    const span = tEnd - this.start;
    if (span === 0) return this.current;
    return (this.integral + this.current * (tEnd - this.last)) / span;
  }

  /** Largest level held since construction or the last reset (the level at reset counts). */
  get max(): number {
    return this.peak;
  }

  /** ∫ level dt from the start (or last reset) up to the last update time. */
  get area(): number {
    return this.integral;
  }

  /** ∫ level dt from the start (or last reset) up to tEnd. */
  areaUntil(tEnd: number): number {
    if (!(tEnd >= this.last)) throw new RangeError(`TimeWeighted.areaUntil: tEnd ${tEnd} before last update ${this.last}`);
    return this.integral + this.current * (tEnd - this.last);
  }

  get level(): number {
    return this.current;
  }

  get startTime(): number {
    return this.start;
  }

  get lastTime(): number {
    return this.last;
  }

  /** Restart the average at t keeping the current level: discards the warm-up transient. */
  reset(t: number): void {
    if (!(t >= this.last) || !Number.isFinite(t)) throw new RangeError(`TimeWeighted.reset: time ${t} before ${this.last}`);
    this.start = t;
    this.last = t;
    this.integral = 0;
    this.peak = this.current;
  }
}
