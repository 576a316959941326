// Distribution specs as planners state them: the zod schema is the single source of truth.
import { z } from 'zod';
import * as L from './limits.ts';

// Every distribution here models a non-negative quantity (a duration, a headway, a
// party size) in whatever unit the caller uses; the schema never converts units.
const UNIT = 'in the caller’s unit (e.g. seconds)';

const kind = <K extends string>(name: K, description: string) => z.literal(name).meta({ description });
const positive = (description: string) => z.number().positive().max(L.MAX_DISTRIBUTION_VALUE).meta({ description: `${description}, ${UNIT}; > 0` });
const nonNegative = (description: string) => z.number().nonnegative().max(L.MAX_DISTRIBUTION_VALUE).meta({ description: `${description}, ${UNIT}; ≥ 0` });
const cv = () =>
  z.number().nonnegative().max(L.MAX_CV).meta({ description: 'coefficient of variation (sd / mean), dimensionless; ≥ 0, where 0 means a constant' });

const Exponential = z.strictObject({
  kind: kind('exponential', 'memoryless; inter-arrival times of independent arrivals'),
  mean: positive('mean'),
});

const Deterministic = z.strictObject({
  kind: kind('deterministic', 'always the same value'),
  value: nonNegative('the value'),
});

const Uniform = z
  .strictObject({
    kind: kind('uniform', 'every value between min and max equally likely'),
    min: nonNegative('lower bound'),
    max: nonNegative('upper bound, ≥ min'),
  })
  .refine((d) => d.min <= d.max, { path: ['max'], message: 'uniform: max must be ≥ min' });

const Triangular = z
  .strictObject({
    kind: kind('triangular', 'a planner’s lowest / most likely / highest guess'),
    min: nonNegative('lowest value'),
    mode: nonNegative('most likely value, between min and max'),
    max: nonNegative('highest value'),
  })
  .refine((d) => d.min <= d.mode, { path: ['mode'], message: 'triangular: mode must be ≥ min' })
  .refine((d) => d.mode <= d.max, { path: ['max'], message: 'triangular: max must be ≥ mode' });

const Normal = z
  .strictObject({
    kind: kind('normal', 'normal truncated at 0 (negative draws are excluded); the sampler reports the truncated moments'),
    mean: positive('mean of the untruncated normal'),
    sd: nonNegative('standard deviation of the untruncated normal, ≤ mean'),
  })
  .refine((d) => d.sd <= d.mean, {
    path: ['sd'],
    message:
      'normal: sd must be ≤ mean, otherwise truncation at 0 removes more than 16% of the mass and distorts the stated mean; use lognormal or gamma for skewed quantities',
  });

const Lognormal = z.strictObject({
  kind: kind('lognormal', 'lognormal given by its mean and coefficient of variation'),
  mean: positive('mean'),
  cv: cv(),
});

const LognormalQuantiles = z
  .strictObject({
    kind: kind('lognormal-quantiles', 'lognormal given by its median and 95th percentile'),
    median: positive('median (50th percentile)'),
    p95: positive('95th percentile, > median'),
  })
  .refine((d) => d.p95 > d.median, { path: ['p95'], message: 'lognormal-quantiles: p95 must be > median' })
  // The mean is median·exp(σ²/2) and the variance grows as exp(2σ²), σ = ln(p95 / median) / 1.645:
  // a p95 many orders of magnitude above the median makes them overflow.
  .refine((d) => !(d.p95 > d.median) || Number.isFinite(d.median * d.median * Math.exp(2 * ((Math.log(d.p95) - Math.log(d.median)) / 1.6448536269514722) ** 2)), {
    message: 'lognormal-quantiles: p95 is so far above the median that the mean and variance are not finite numbers; expected p95 within a few orders of magnitude of the median',
  });

const Gamma = z.strictObject({
  kind: kind('gamma', 'gamma given by its mean and coefficient of variation (shape = 1/cv²)'),
  mean: positive('mean'),
  cv: cv(),
});

/** Erlang costs k uniforms per draw; beyond this the caller wants gamma {mean, cv: 1/√k}. */
const MAX_ERLANG_K = 1000;

const Erlang = z.strictObject({
  kind: kind('erlang', 'sum of k exponential phases; cv = 1/√k'),
  mean: positive('mean of the sum'),
  k: z
    .number()
    .int()
    .min(1)
    .max(MAX_ERLANG_K, { message: `erlang: k must be ≤ ${MAX_ERLANG_K}; use gamma with cv = 1/√k instead` })
    .meta({ description: `number of phases, an integer from 1 to ${MAX_ERLANG_K}` }),
});

const Empirical = z
  .strictObject({
    kind: kind('empirical', 'discrete distribution over observed values'),
    values: z
      .array(z.number().nonnegative().max(L.MAX_DISTRIBUTION_VALUE))
      .min(1)
      .max(L.MAX_EMPIRICAL_VALUES)
      .meta({ description: `observed values, ${UNIT}; each ≥ 0, at least one` }),
    weights: z
      .array(z.number().nonnegative().max(L.MAX_WEIGHT))
      .optional()
      .meta({ description: 'relative frequency of each value, same length as values, each ≥ 0 with a positive total; default: all equal' }),
  })
  .refine((d) => d.weights === undefined || d.weights.length === d.values.length, {
    path: ['weights'],
    message: 'empirical: weights must have the same length as values',
  })
  .refine((d) => d.weights === undefined || d.weights.reduce((s, w) => s + w, 0) > 0, {
    path: ['weights'],
    message: 'empirical: weights must have a positive total',
  });

/** A distribution spec as written in scenario files. */
export const Distribution = z
  .discriminatedUnion('kind', [
    Exponential,
    Deterministic,
    Uniform,
    Triangular,
    Normal,
    Lognormal,
    LognormalQuantiles,
    Gamma,
    Erlang,
    Empirical,
  ])
  .meta({ description: `A probability distribution of a non-negative quantity; numbers are ${UNIT}` });

export type Distribution = z.infer<typeof Distribution>;

