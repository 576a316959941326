// Property tests over experiment files and the visualizer's link reader and patch applier: whatever they are given, they answer (never throw), never write a property onto Object.prototype, and keep their output bounded.
//
// Counterexamples found here are kept as fixed cases: tests/hostile/experiments/proto-path.json
// (a factor path through __proto__ set a property on every object of the process) and the
// links in tests/hostile/links/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadExperimentText, MAX_POINTS } from '../../sim/index.ts';
import { loadScenarioFile } from '../../sim/node.ts';
import { applyPatch, checkPatch, FORBIDDEN_KEYS } from '../../viz/app/patch.ts';
import { MAX_HASH_CHARS, parseHash, readLink } from '../../viz/app/url-state.ts';
import { ROOT } from '../cli/helpers.ts';

const BASE = join(ROOT, 'tests/experiments/fixtures/station.yaml');
const base = loadScenarioFile(BASE);
if (!base.ok) throw new Error('fixture does not load');

/** Names of Object.prototype's own properties, to see that nothing was added to it. */
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const probe = () => ({}) as Record<string, unknown>;
/** Fails when a run left a property on Object.prototype, removing it first so the next run (and the shrinking) starts clean. */
function expectClean(): void {
  const added = Object.getOwnPropertyNames(Object.prototype).filter((k) => !PROTO_KEYS.split(',').includes(k));
  for (const k of added) delete (Object.prototype as Record<string, unknown>)[k];
  expect(added, 'properties set on Object.prototype').toEqual([]);
}
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PROTO_KEYS);
  expect(probe().polluted).toBeUndefined();
});

const SEGMENTS = ['__proto__', 'constructor', 'prototype', 'toString', 'polluted', 'ports', 'station', 'laneGroups', 'general', 'booths', 'flows', 'cars', 'perDay', 'name', '0', '1', '99'];
/** A field path made of scenario fields, indexes, ids and the names every object inherits. */
const anyPath = fc
  .array(fc.tuple(fc.constantFrom('.', '[', ''), fc.oneof(fc.constantFrom(...SEGMENTS), fc.string({ maxLength: 6 }))), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([sep, s], i) => (sep === '[' ? `[${s}]` : i === 0 ? s : `${sep}${s}`)).join(''));
/** Half of the paths go through a name every object inherits, where a careless reader reaches the shared prototype. */
const path = fc.oneof(anyPath, fc.tuple(fc.constantFrom('__proto__', 'constructor.prototype', 'ports[0].__proto__', 'ports[station].flows[cars].__proto__'), fc.constantFrom('.polluted', '.toString', '')).map(([a, b]) => a + b));
const value = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fc.string({ maxLength: 8 }), fc.constant(null), fc.constant({ polluted: 1 }), fc.jsonValue({ maxDepth: 2 }));
const factor = fc.record(
  {
    name: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'g'), fc.string({ maxLength: 6 })),
    path,
    values: fc.array(value, { minLength: 0, maxLength: 4 }),
    min: fc.double(),
    max: fc.double(),
    integer: fc.boolean(),
  },
  { requiredKeys: ['path'] },
);
const design = fc.oneof(
  fc.constant({ kind: 'full-factorial' }),
  fc.record({ kind: fc.constant('latin-hypercube'), samples: fc.integer({ min: -1, max: 200 }), seed: fc.integer({ min: -1, max: 10 }) }),
  fc.record({ kind: fc.constant('points'), points: fc.array(fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'g', 'toString', 'x'), value), { maxLength: 3 }) }),
);
const experiment = fc.record(
  {
    base: fc.constant(BASE),
    factors: fc.array(factor, { minLength: 0, maxLength: 3 }),
    design,
    replications: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(1e9)),
    seed: fc.integer({ min: -1, max: 10 }),
    baseline: fc.integer({ min: -1, max: 5 }),
    outputs: fc.array(path, { maxLength: 3 }),
  },
  { requiredKeys: ['base', 'factors'] },
);

function load(text: string) {
  return loadExperimentText(text, 'exp.json', (b) => b, (p) => (p === BASE ? base : loadScenarioFile(p)));
}

describe('experiment files', () => {
  it('any experiment object, as JSON or YAML: loaded or refused with problems naming a field, never a throw, a bounded design, nothing on Object.prototype', () => {
    fc.assert(
      fc.property(experiment, fc.boolean(), (e, yaml) => {
        const text = yaml ? stringify(e) : JSON.stringify(e);
        const r = load(text);
        if (r.ok) {
          expect(r.loaded.points.length).toBeGreaterThan(0);
          expect(r.loaded.points.length).toBeLessThanOrEqual(MAX_POINTS);
          for (const f of r.loaded.factors) for (const s of f.steps) if (s.kind === 'field') expect(FORBIDDEN_KEYS).not.toContain(s.name);
        } else {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(typeof p.message).toBe('string');
        }
        expectClean();
      }),
      { numRuns: 300 },
    );
  });

  it('the kept counterexample: a factor path through __proto__ is refused at the path and sets nothing', () => {
    const text = readFileSync(join(ROOT, 'tests/hostile/experiments/proto-path.json'), 'utf8').replace('"station.yaml"', JSON.stringify(BASE));
    const r = load(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'factors[0].path', message: expect.stringMatching(/"__proto__" at character 1 is not a field of a scenario/) });
  });
});

/** A link: known keys with hostile values, cut escapes, and junk. */
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '[{"b":"mmc-theory-check","n":"x","p":[[["__proto__","polluted"],1]]}]',
    '[{"b":"mmc-theory-check","n":"x","p":[[["constructor","prototype","polluted"],1]]}]',
    '[{"b":"mmc-theory-check","n":"x","p":[[["ports"],{"__proto__":{"polluted":1}}]]}]',
    '{"__proto__":{"polluted":1}}',
    '[{"b":"x","n":"y"',
    '[1e999]',
  ),
  fc.string({ maxLength: 30 }),
);
const linkPart = fc.oneof(
  fc.tuple(fc.constantFrom('s', 'e', 'b', 'seed', 'crn', 'r', 'h', 'tab', 'lv', 'lang', '__proto__', 'constructor'), fc.oneof(hostileJson, fc.constantFrom('1e308', '-1', '9'.repeat(400), 'NaN', 'Infinity', '0x10', '%', '%E0%A4%A', '~0,~99,../x', ''))).map(([k, v]) => `${k}=${Math.random() < 0.5 ? encodeURIComponent(v) : v}`),
  fc.string({ maxLength: 20 }),
);
const link = fc.array(linkPart, { maxLength: 8 }).map((parts) => `#${parts.join('&')}`);

describe("the visualizer's link reader", () => {
  it('readLink and parseHash never throw, keep every field in range, and say what they left out in bounded sentences', () => {
    fc.assert(
      fc.property(link, (hash) => {
        const r = readLink(hash);
        const st = parseHash(hash);
        for (const s of [r.state, st]) {
          if (s.baseline !== undefined) expect(Number.isInteger(s.baseline) && s.baseline >= 0 && s.baseline <= 1000).toBe(true);
          if (s.replications !== undefined && s.replications !== null) expect(s.replications >= 1 && s.replications <= 1000).toBe(true);
          if (s.horizonHours !== undefined && s.horizonHours !== null) expect(Number.isFinite(s.horizonHours) && s.horizonHours > 0).toBe(true);
          if (s.seed !== undefined && s.seed !== null) expect(Number.isSafeInteger(s.seed)).toBe(true);
          for (const x of s.scenarios ?? []) expect(x).toMatch(/^(~\d+|[A-Za-z0-9_.-]+)$/);
        }
        for (const p of r.problems) expect(p.length).toBeLessThan(1000);
        expect(r.problems.length).toBeLessThanOrEqual(20 + (r.state.edited?.length ?? 0));
        expect(Object.hasOwn(r.state, '__proto__')).toBe(false);
        expectClean();
      }),
      { numRuns: 1000 },
    );
  });

  it('a link over the length limit is cut and said so, not parsed whole', () => {
    const r = readLink(`#s=${'a'.repeat(MAX_HASH_CHARS + 10)}`);
    expect(r.problems[0]).toMatch(/only the first 200,000 were read/);
  });
});

/** A patch: paths of fields, indexes and the forbidden names, values with and without __proto__. */
const patchKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'length', 'ports', 'name', 'polluted', 'toString'), fc.string({ maxLength: 4 }), fc.integer({ min: -1, max: 100_000 }), fc.constant(1.5));
const patchValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(JSON.parse('{"__proto__":{"polluted":1}}')), fc.integer({ min: 0, max: 2 ** 32 + 1 }));
const op = fc.oneof(fc.tuple(fc.array(patchKey, { maxLength: 5 }), patchValue), fc.tuple(fc.array(patchKey, { maxLength: 5 })), fc.jsonValue({ maxDepth: 2 }));
const scenarioBase = () => structuredClone(base.ok ? base.raw : null);

describe("the visualizer's patch applier", () => {
  it('checkPatch never throws; a patch it passes is applied without touching a prototype, or refused with an Error the page reports', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(op, { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })), (value) => {
        const checked = checkPatch(value);
        if (!checked.ok) {
          expect(checked.message.length).toBeLessThan(1000);
          return;
        }
        for (const [p] of checked.patch) for (const k of p) expect(FORBIDDEN_KEYS).not.toContain(k);
        let out: unknown;
        try {
          out = applyPatch(scenarioBase(), checked.patch);
        } catch (e) {
          // The page (entries.ts) turns this into "the changes could not be applied: …".
          expect(e).toBeInstanceOf(Error);
          return;
        }
        // Bounded: a patch of at most 2000 changes, indexes below 100,000, yields at most that much more.
        expect(JSON.stringify(out ?? null).length).toBeLessThan(50_000_000);
        expectClean();
      }),
      { numRuns: 1000 },
    );
  });

  it('the kept counterexamples in tests/hostile/links are refused or applied without harm', () => {
    for (const name of readdirSync(join(ROOT, 'tests/hostile/links'))) {
      const hash = readFileSync(join(ROOT, 'tests/hostile/links', name), 'utf8').trim();
      const r = readLink(hash);
      for (const spec of r.state.edited ?? []) {
        if (!spec || spec.p === undefined) continue;
        const c = checkPatch(spec.p);
        if (!c.ok) continue;
        try {
          applyPatch(scenarioBase(), c.patch);
        } catch (e) {
          expect(e, name).toBeInstanceOf(Error);
        }
      }
      expect(probe().polluted, name).toBeUndefined();
    }
  });
});
