// The random numbers of one replication: a key per (purpose, port, flow), and a traveler's draws under them.
//
// Key = hash(seed, replication, purpose, port id, flow id); counter = (traveler serial,
// source·2¹⁶ + draw index). So a decision's uniform depends on nothing but what it is for
// and whose it is: adding a stage, a lane or a flow moves no other number.

import { keyOf, keyedStream, keyedUniform } from '../random/keyed.ts';
import type { Rng } from '../random/rng.ts';
import { purposeNames } from '../model/purposes.ts';
import type { Traveler } from '../model/traveler.ts';

export class ReplicationKeys {
  constructor(
    readonly seed: number,
    readonly replication: number,
  ) {}

  /** The key of a purpose for one flow of one port (or any other owner). */
  key(purpose: string, owner: string): [number, number] {
    return keyOf(JSON.stringify([String(this.seed), this.replication, purpose, owner]));
  }

  /** Keys of every registered purpose for a flow, laid out as [k0, k1] pairs by purpose slot. */
  flowKeys(portId: string, flowId: string): Int32Array {
    const names = purposeNames();
    const out = new Int32Array(names.length * 2);
    const owner = JSON.stringify([portId, flowId]);
    names.forEach((n, i) => {
      const [k0, k1] = this.key(n, owner);
      out[2 * i] = k0;
      out[2 * i + 1] = k1;
    });
    return out;
  }

  /** A serial sequence (arrival times, warm-start draws) for a purpose and owner. */
  stream(purpose: string, owner: string): Rng {
    return keyedStream(this.key(purpose, owner));
  }
}

/** The n-th uniform of `purpose` for traveler t. */
export function travelerUniform(t: Traveler, purpose: number, n = 0): number {
  const k = t.keys;
  if (2 * purpose >= k.length) throw new Error(`random-number purpose ${purposeNames()[purpose]} was registered after the run started; register purposes when a module loads`);
  return keyedUniform(k[2 * purpose], k[2 * purpose + 1], t.serial, (t.source << 16) | n);
}

/**
 * Generators for samplers that may take several uniforms (gamma by rejection): one reused
 * object, reset to a traveler and purpose before each sample, so a draw allocates nothing.
 */
export class TravelerRng {
  private t: Traveler | null = null;
  private p = 0;
  private n = 0;
  readonly next: Rng = () => travelerUniform(this.t!, this.p, this.n++);

  at(t: Traveler, purpose: number): Rng {
    this.t = t;
    this.p = purpose;
    this.n = 0;
    return this.next;
  }
}
