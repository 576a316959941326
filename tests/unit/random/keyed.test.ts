// Keyed random numbers: Threefry-2x32-20 against the Random123 known answers, and the statistical checks a generator must pass.
import { describe, expect, it } from 'vitest';
import { threefry2x32 } from '../../../sim/random/threefry.ts';
import { keyOf, keyedStream, keyedUniform } from '../../../sim/random/keyed.ts';
import { ksStatistic } from './helpers.ts';

const hex = (a: Uint32Array) => [...a].map((x) => x.toString(16).padStart(8, '0')).join(' ');

describe('Threefry-2x32-20', () => {
  // Random123's kat_vectors: "threefry2x32 20 ctr0 ctr1 key0 key1  out0 out1".
  it.each([
    [[0, 0], [0, 0], '6b200159 99ba4efe'],
    [[0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff], '1cb996fc bb002be7'],
    [[0x243f6a88, 0x85a308d3], [0x13198a2e, 0x03707344], 'c4923a9c 483df7a0'],
  ])('counter %j under key %j gives %s', (ctr, key, expected) => {
    expect(hex(threefry2x32(key[0], key[1], ctr[0], ctr[1]))).toBe(expected);
  });
});

describe('keyed uniforms', () => {
  const N = 200_000;

  // Several keys, each at α = 0.001 (D < 1.95/√n), so the family of checks fails by chance
  // about once in 250 runs of a different seed — and never for these fixed keys unless
  // the generator breaks.
  it.each(['test/uniform', 'arrivals', 'primary', 'random-selection'])('under key %s lie strictly inside (0, 1) and are uniform along the counter (Kolmogorov–Smirnov)', (name) => {
    const [k0, k1] = keyOf(name);
    const xs = new Float64Array(N);
    let inside = true;
    for (let i = 0; i < N; i++) {
      xs[i] = keyedUniform(k0, k1, i, 0);
      inside &&= xs[i] > 0 && xs[i] < 1;
    }
    expect(inside).toBe(true);
    expect(ksStatistic(xs, (x) => Math.min(1, Math.max(0, x)))).toBeLessThan(1.95 / Math.sqrt(N));
  });

  it('are uniform across the second counter word too (a traveler’s successive draws)', () => {
    const [k0, k1] = keyOf('test/draw-index');
    const xs = new Float64Array(N);
    for (let i = 0; i < N; i++) xs[i] = keyedUniform(k0, k1, 7, i);
    expect(ksStatistic(xs, (x) => Math.min(1, Math.max(0, x)))).toBeLessThan(1.95 / Math.sqrt(N));
  });

  it('are uncorrelated between neighbouring counters and between purposes (|r| < 4/√n)', () => {
    const a = keyOf('purpose/a');
    const b = keyOf('purpose/b');
    const corr = (xs: number[], ys: number[]) => {
      const n = xs.length;
      const mx = xs.reduce((s, x) => s + x, 0) / n;
      const my = ys.reduce((s, y) => s + y, 0) / n;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      for (let i = 0; i < n; i++) {
        sxy += (xs[i] - mx) * (ys[i] - my);
        sxx += (xs[i] - mx) ** 2;
        syy += (ys[i] - my) ** 2;
      }
      return sxy / Math.sqrt(sxx * syy);
    };
    const ua = Array.from({ length: N + 1 }, (_, i) => keyedUniform(a[0], a[1], i, 0));
    const ub = Array.from({ length: N }, (_, i) => keyedUniform(b[0], b[1], i, 0));
    const bound = 4 / Math.sqrt(N);
    expect(Math.abs(corr(ua.slice(0, N), ua.slice(1)))).toBeLessThan(bound);
    expect(Math.abs(corr(ua.slice(0, N), ub))).toBeLessThan(bound);
  });

  it('pass a chi-square test on 16 × 16 pairs of successive draws (α = 0.001)', () => {
    const next = keyedStream(keyOf('test/pairs'));
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < N; i++) counts[Math.floor(next() * 16) * 16 + Math.floor(next() * 16)]++;
    const e = N / 256;
    const chi2 = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    // χ²(255) at 0.999 is 330.5.
    expect(chi2).toBeLessThan(330.5);
  });

  it('depend only on (key, counter): the same call gives the same number, and keys differ by name', () => {
    const [k0, k1] = keyOf('x');
    expect(keyedUniform(k0, k1, 12, 3)).toBe(keyedUniform(k0, k1, 12, 3));
    const keys = new Set(Array.from({ length: 10_000 }, (_, i) => keyOf(`purpose-${i}`).join(',')));
    expect(keys.size).toBe(10_000);
    expect(keyOf('a').join()).not.toBe(keyOf('b').join());
  });

  it('freeze: these exact values are what results depend on (a change here changes every result)', () => {
    const [k0, k1] = keyOf(JSON.stringify(['1', 0, 'primary', JSON.stringify(['port', 'cars'])]));
    expect([k0 >>> 0, k1 >>> 0].map((x) => x.toString(16))).toMatchInlineSnapshot(`
      [
        "623fe281",
        "16a40c7",
      ]
    `);
    expect(keyedUniform(k0, k1, 0, 0)).toMatchInlineSnapshot(`0.8684935317141935`);
  });
});
