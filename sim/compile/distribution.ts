// Turns a distribution spec from a scenario into a sampler (the compile step for every duration and count).
import * as fm from '../math/index.ts';
import { Distribution } from '../../scenarios/distribution.ts';
import { EmpiricalSampler } from '../random/empirical.ts';
import { ErlangSampler, GammaSampler } from '../random/gamma.ts';
import {
  DeterministicSampler,
  ExponentialSampler,
  LognormalSampler,
  TriangularSampler,
  TruncatedNormalSampler,
  UniformSampler,
  type Sampler,
} from '../random/samplers.ts';

/** 95th percentile of the standard normal, Φ⁻¹(0.95). */
const Z95 = 1.6448536269514722;

/**
 * Validates a spec and builds its sampler. Validation happens here too, not only
 * when scenario files are parsed, because specs built in code bypass the parser
 * and the TypeScript type cannot express the cross-field rules (min ≤ max, ...).
 * Throws a `ZodError` for an invalid spec.
 */
export function compileDistribution(spec: Distribution): Sampler {
  const d = Distribution.parse(spec);
  switch (d.kind) {
    case 'exponential':
      return new ExponentialSampler(d.mean);
    case 'deterministic':
      return new DeterministicSampler(d.value);
    case 'uniform':
      return new UniformSampler(d.min, d.max);
    case 'triangular':
      return new TriangularSampler(d.min, d.mode, d.max);
    case 'normal':
      return d.sd === 0 ? new DeterministicSampler(d.mean) : new TruncatedNormalSampler(d.mean, d.sd);
    case 'lognormal': {
      if (d.cv === 0) return new DeterministicSampler(d.mean);
      const sigma2 = fm.log1p(d.cv * d.cv);
      return new LognormalSampler(fm.log(d.mean) - sigma2 / 2, Math.sqrt(sigma2));
    }
    case 'lognormal-quantiles': {
      const mu = fm.log(d.median);
      return new LognormalSampler(mu, (fm.log(d.p95) - mu) / Z95);
    }
    case 'gamma':
      return d.cv === 0 ? new DeterministicSampler(d.mean) : new GammaSampler(d.mean, d.cv);
    case 'erlang':
      return new ErlangSampler(d.mean, d.k);
    case 'empirical':
      return new EmpiricalSampler(d.values, d.weights);
  }
}

/** The theoretical mean of a spec (truncated where the distribution is truncated). */
export function meanOf(spec: Distribution): number {
  return compileDistribution(spec).mean;
}
