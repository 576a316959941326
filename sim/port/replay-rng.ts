// Feeds a pre-drawn uniform to a sampler, then falls back to a stream for any further draws.
//
// Inverse-transform samplers use exactly one uniform, so the traveler's own uniform decides
// its service time; rejection samplers (gamma) that need more take them from the fallback.

import type { Rng } from '../random/rng.ts';

export class ReplayRng {
  private pending = NaN;
  readonly rng: Rng = () => {
    const u = this.pending;
    if (u === u) {
      this.pending = NaN;
      return u;
    }
    return this.fallback();
  };

  constructor(private readonly fallback: Rng) {}

  /** The generator to pass to `sample`, primed with `u`. */
  with(u: number): Rng {
    this.pending = u;
    return this.rng;
  }
}
