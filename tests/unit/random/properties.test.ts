// Property tests: no valid spec ever yields NaN, a negative or an infinite value, whatever the uniforms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomStreams, type Rng } from '../../../sim/random/index.ts';
import { compileDistribution as compile } from '../../../sim/compile/distribution.ts';
import { Distribution } from '../../../scenarios/distribution.ts';

const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
const nonNegative = fc.double({ min: 0, max: 1e6, noNaN: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const cv = fc.double({ min: 0, max: 10, noNaN: true });
const sorted = (...xs: number[]) => xs.sort((a, b) => a - b);

const inversionSpec: fc.Arbitrary<Distribution> = fc.oneof(
  positive.map((mean) => ({ kind: 'exponential' as const, mean })),
  nonNegative.map((value) => ({ kind: 'deterministic' as const, value })),
  fc.tuple(nonNegative, nonNegative).map(([a, b]) => {
    const [min, max] = sorted(a, b);
    return { kind: 'uniform' as const, min, max };
  }),
  fc.tuple(nonNegative, nonNegative, nonNegative).map(([a, b, c]) => {
    const [min, mode, max] = sorted(a, b, c);
    return { kind: 'triangular' as const, min, mode, max };
  }),
  fc.tuple(positive, fraction).map(([mean, f]) => ({ kind: 'normal' as const, mean, sd: mean * f })),
  fc.tuple(positive, cv).map(([mean, c]) => ({ kind: 'lognormal' as const, mean, cv: c })),
  fc
    .tuple(positive, fc.double({ min: 1e-6, max: 100, noNaN: true }))
    .map(([median, f]) => ({ kind: 'lognormal-quantiles' as const, median, p95: median * (1 + f) })),
  fc.tuple(positive, fc.integer({ min: 1, max: 1000 })).map(([mean, k]) => ({ kind: 'erlang' as const, mean, k })),
  fc
    .array(fc.tuple(nonNegative, fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 20 })
    .map((pairs) => ({
      kind: 'empirical' as const,
      values: pairs.map(([v]) => v),
      weights: pairs.map(([, w], i) => (i === 0 ? w + 1 : w)), // positive total
    })),
);

const anySpec: fc.Arbitrary<Distribution> = fc.oneof(
  inversionSpec,
  fc.tuple(positive, cv).map(([mean, c]) => ({ kind: 'gamma' as const, mean, cv: c })),
);

const isValidDraw = (x: number) => Number.isFinite(x) && x >= 0;

describe('samplers for valid specs', () => {
  it('the generators only produce specs the schema accepts', () => {
    fc.assert(fc.property(anySpec, (spec) => Distribution.safeParse(spec).success));
  });

  it('never return NaN, negative or infinite values from a real stream, and report finite moments', () => {
    fc.assert(
      fc.property(anySpec, fc.integer({ min: 0, max: 1_000_000 }), (spec, seed) => {
        const sampler = compile(spec);
        const rng = new RandomStreams(seed, 0).stream('property');
        for (let i = 0; i < 50; i++) {
          const x = sampler.sample(rng);
          if (!isValidDraw(x)) throw new Error(`drew ${x} from ${JSON.stringify(spec)}`);
        }
        expect(Number.isFinite(sampler.mean) && sampler.mean >= 0).toBe(true);
        expect(Number.isFinite(sampler.variance) && sampler.variance >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never return NaN, negative or infinite values even for extreme uniforms (exact 0, 2⁻⁵³, 1 − 2⁻⁵³)', () => {
    const extremeUniform = fc.oneof(
      fc.constantFrom(0, Number.MIN_VALUE, 2 ** -53, 2 ** -33, 0.5, 1 - 2 ** -33, 1 - 2 ** -53),
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    );
    fc.assert(
      fc.property(inversionSpec, fc.array(extremeUniform, { minLength: 1, maxLength: 50 }), (spec, us) => {
        let i = 0;
        const rng: Rng = () => us[i++ % us.length];
        const sampler = compile(spec);
        for (let j = 0; j < us.length; j++) {
          const x = sampler.sample(rng);
          if (!isValidDraw(x)) throw new Error(`drew ${x} from ${JSON.stringify(spec)} with uniforms ${JSON.stringify(us)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
