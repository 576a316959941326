// Keyed random numbers: a uniform is a pure function of (key, counter), the key naming a purpose.

import type { Rng } from './rng.ts';
import { threefry2x32 } from './threefry.ts';

const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * A 64-bit key (two 32-bit words) from a name: FNV-1a in two lanes with different
 * offsets, then one Threefry block to spread every character over both words.
 */
export function keyOf(name: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  const w = threefry2x32(0x6b657973, 0x0062666c, a, b);
  return [w[0] | 0, w[1] | 0];
}

/**
 * The uniform for counter (c0, c1) under key (k0, k1): the midpoint of the 32-bit output's
 * interval, (k + 0.5) / 2³², so never 0 or 1 (see rng.ts).
 */
export function keyedUniform(k0: number, k1: number, c0: number, c1: number): number {
  return (threefry2x32(k0, k1, c0, c1)[0] + 0.5) * TWO_POW_MINUS_32;
}

/** A sequence under one key: the i-th call returns keyedUniform(key, i, lane). For arrival processes and other serial draws. */
export function keyedStream(key: readonly [number, number], lane = 0): Rng {
  const [k0, k1] = key;
  let i = 0;
  return () => keyedUniform(k0, k1, i++, lane);
}
