// The Distribution schema: accepts what planners write, rejects the rest at the right path.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Distribution } from '../../../scenarios/distribution.ts';

function issues(spec: unknown) {
  const result = Distribution.safeParse(spec);
  expect(result.success).toBe(false);
  return result.error!.issues;
}

function expectIssueAt(spec: unknown, path: (string | number)[], message?: RegExp) {
  const found = issues(spec).filter((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(found, `issues: ${JSON.stringify(issues(spec))}`).not.toHaveLength(0);
  if (message) expect(found.some((i) => message.test(i.message))).toBe(true);
}

describe('Distribution schema', () => {
  it('accepts one valid spec of every kind', () => {
    const valid: Distribution[] = [
      { kind: 'exponential', mean: 30 },
      { kind: 'deterministic', value: 0 },
      { kind: 'uniform', min: 0, max: 10 },
      { kind: 'triangular', min: 1, mode: 2, max: 5 },
      { kind: 'normal', mean: 40, sd: 10 },
      { kind: 'lognormal', mean: 60, cv: 0.5 },
      { kind: 'lognormal-quantiles', median: 60, p95: 150 },
      { kind: 'gamma', mean: 20, cv: 1.2 },
      { kind: 'erlang', mean: 20, k: 4 },
      { kind: 'empirical', values: [1, 2, 3] },
      { kind: 'empirical', values: [1, 2, 3], weights: [0, 1, 2] },
    ];
    for (const spec of valid) expect(Distribution.parse(spec)).toEqual(spec);
  });

  it('rejects a negative or zero mean at ["mean"]', () => {
    expectIssueAt({ kind: 'exponential', mean: -5 }, ['mean']);
    expectIssueAt({ kind: 'exponential', mean: 0 }, ['mean']);
    expectIssueAt({ kind: 'gamma', mean: -1, cv: 1 }, ['mean']);
  });

  it('rejects non-finite numbers', () => {
    expectIssueAt({ kind: 'exponential', mean: Number.POSITIVE_INFINITY }, ['mean']);
    expectIssueAt({ kind: 'exponential', mean: Number.NaN }, ['mean']);
  });

  it('rejects uniform with min > max at ["max"]', () => {
    expectIssueAt({ kind: 'uniform', min: 10, max: 5 }, ['max'], /max must be ≥ min/);
    expectIssueAt({ kind: 'uniform', min: -1, max: 5 }, ['min']);
  });

  it('rejects a triangular mode outside [min, max]', () => {
    expectIssueAt({ kind: 'triangular', min: 5, mode: 4, max: 10 }, ['mode'], /mode must be ≥ min/);
    expectIssueAt({ kind: 'triangular', min: 5, mode: 11, max: 10 }, ['max'], /max must be ≥ mode/);
  });

  it('rejects a normal whose truncation at 0 would be pathological at ["sd"]', () => {
    expectIssueAt({ kind: 'normal', mean: 10, sd: 12 }, ['sd'], /lognormal or gamma/);
    expectIssueAt({ kind: 'normal', mean: 10, sd: -1 }, ['sd']);
    expectIssueAt({ kind: 'normal', mean: 0, sd: 0 }, ['mean']);
  });

  it('rejects lognormal quantiles with p95 ≤ median at ["p95"]', () => {
    expectIssueAt({ kind: 'lognormal-quantiles', median: 60, p95: 60 }, ['p95'], /p95 must be > median/);
    expectIssueAt({ kind: 'lognormal-quantiles', median: 60, p95: 30 }, ['p95']);
  });

  it('rejects negative cv and non-integer or out-of-range Erlang k', () => {
    expectIssueAt({ kind: 'lognormal', mean: 60, cv: -0.1 }, ['cv']);
    expectIssueAt({ kind: 'erlang', mean: 60, k: 2.5 }, ['k']);
    expectIssueAt({ kind: 'erlang', mean: 60, k: 0 }, ['k']);
    expectIssueAt({ kind: 'erlang', mean: 60, k: 5000 }, ['k'], /use gamma/);
  });

  it('rejects empirical specs with mismatched lengths, zero total weight, negative or no values', () => {
    expectIssueAt({ kind: 'empirical', values: [1, 2, 3], weights: [1, 2] }, ['weights'], /same length/);
    expectIssueAt({ kind: 'empirical', values: [1, 2], weights: [0, 0] }, ['weights'], /positive total/);
    expectIssueAt({ kind: 'empirical', values: [1, 2], weights: [1, -1] }, ['weights', 1]);
    expectIssueAt({ kind: 'empirical', values: [1, -2] }, ['values', 1]);
    expectIssueAt({ kind: 'empirical', values: [] }, ['values']);
  });

  it('rejects unknown keys (typos must not silently fall back to defaults)', () => {
    const found = issues({ kind: 'exponential', mean: 30, meen: 31 });
    expect(found).toHaveLength(1);
    expect(found[0].code).toBe('unrecognized_keys');
    expect(found[0].path).toEqual([]);
    expect((found[0] as { keys: string[] }).keys).toEqual(['meen']);
    // A parameter that belongs to another kind is an unknown key too.
    expect(issues({ kind: 'exponential', mean: 30, cv: 1 })[0].code).toBe('unrecognized_keys');
  });

  it('rejects an unknown kind at ["kind"]', () => {
    expectIssueAt({ kind: 'weibull', shape: 2 }, ['kind']);
    expectIssueAt({ mean: 2 }, ['kind']);
  });

  it('documents every field (the JSON Schema carries a description for each property)', () => {
    const json = z.toJSONSchema(Distribution) as {
      oneOf: { properties: Record<string, { description?: string }> }[];
    };
    expect(json.oneOf).toHaveLength(10);
    for (const variant of json.oneOf) {
      for (const [key, property] of Object.entries(variant.properties)) {
        expect(property.description, key).toMatch(/\S/);
      }
    }
  });
});
