// Named random streams: common random numbers across scenarios by deriving each stream from its name alone.
import { createRng, type Rng } from './rng.ts';

/**
 * The seed string of one stream. It depends only on (seed, replication, name), so a
 * stream's numbers do not move when other streams are added, removed or drawn in a
 * different order; that is what keeps common random numbers aligned between
 * scenarios that differ in unrelated parts of the model.
 *
 * The seed is normalised with `String()` so that `42` from a YAML file and `"42"`
 * from a command line name the same experiment. JSON encoding keeps the triple
 * unambiguous even when the seed or the name contains separators.
 */
export function streamSeed(seed: number | string, replication: number, name: string): string {
  checkSeed(seed);
  checkReplication(replication);
  return JSON.stringify([String(seed), replication, name]);
}

/**
 * All random streams of one replication. Every model component asks for its own
 * stream by a stable name (e.g. `arrivals/cars`, `service/booth-3`); a component
 * must not share a stream with another if the two should stay synchronised
 * independently across scenarios.
 */
export class RandomStreams {
  readonly seed: string;
  readonly replication: number;
  private readonly cache = new Map<string, Rng>();

  constructor(seed: number | string, replication: number) {
    checkSeed(seed);
    checkReplication(replication);
    this.seed = String(seed);
    this.replication = replication;
  }

  /** The generator for `name`; asking twice returns the same instance, which continues where it left off. */
  stream(name: string): Rng {
    let rng = this.cache.get(name);
    if (rng === undefined) {
      rng = createRng(streamSeed(this.seed, this.replication, name));
      this.cache.set(name, rng);
    }
    return rng;
  }
}

function checkSeed(seed: number | string): void {
  if (typeof seed === 'number' && !Number.isFinite(seed)) {
    throw new RangeError(`seed must be a finite number or a string, got ${seed}`);
  }
}

function checkReplication(replication: number): void {
  if (!Number.isSafeInteger(replication) || replication < 0) {
    throw new RangeError(`replication must be a non-negative integer, got ${replication}`);
  }
}
