// Experiment files: schema and cross-field errors with field paths, factor paths by position and by id, the three designs, and applying a point.

import { describe, expect, it } from 'vitest';
import { designPoints, formatProblem, getAt, parsePath, pointScenario, setAt, type Experiment } from '../../sim/index.ts';
import { loadExperimentFile } from '../../sim/node.ts';
import { tempDir, writeExperiment } from './helpers.ts';

function problems(body: Record<string, unknown>): string[] {
  const r = loadExperimentFile(writeExperiment(tempDir(), body));
  if (r.ok) throw new Error('expected the experiment to be refused');
  return r.problems.map(formatProblem);
}

function load(body: Record<string, unknown>) {
  const r = loadExperimentFile(writeExperiment(tempDir(), body));
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.loaded;
}

const booths = { name: 'booths', path: 'ports[0].laneGroups[general].booths', values: [2, 3] };

describe('experiment schema errors name the file and the field', () => {
  it('schema errors carry the field path', () => {
    const p = problems({ factors: [{ path: 'seed', values: [] }], replications: 0, colour: 'red' });
    expect(p.some((l) => /exp\.yaml: factors\[0\]\.values: /.test(l))).toBe(true);
    expect(p.some((l) => /exp\.yaml: replications: /.test(l))).toBe(true);
    expect(p.some((l) => /exp\.yaml: colour: unknown field/.test(l))).toBe(true);
  });

  it('a path that leads to nothing in the base scenario names the factor', () => {
    const p = problems({ factors: [{ name: 'vip', path: 'ports[0].laneGroups[vip].booths', values: [1] }] });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/factors\[0\]\.path: factor "vip": .*leads to nothing.*no item with id "vip" \(ids: general, sentri\)/);
    const q = problems({ factors: [{ path: 'ports[0].laneGroups[0].boothz', values: [1] }] });
    expect(q[0]).toMatch(/factors\[0\]\.path: factor "ports\[0\]\.laneGroups\[0\]\.boothz": .*no such field/);
    expect(problems({ factors: [{ path: 'ports[3].flows', values: [1] }] })[0]).toMatch(/no item \[3\]: the list has 1/);
  });

  it('cross-field rules: values for a full factorial, ranges only for a Latin hypercube, listed points complete, baseline in range', () => {
    expect(problems({ factors: [{ path: 'seed', min: 1, max: 5 }] }).join('\n')).toMatch(/factors\[0\].*only sampled by a latin-hypercube/);
    expect(problems({ factors: [{ path: 'seed', min: 5, max: 1 }], design: { kind: 'latin-hypercube', samples: 4 } })[0]).toMatch(/factors\[0\]\.max: .*expected max > min/);
    expect(problems({ factors: [booths], design: { kind: 'points', points: [{ booths: 2 }, { boths: 3 }] } }).join('\n')).toMatch(
      /design\.points\[1\]: point 1 gives no value for factor "booths"[\s\S]*design\.points\[1\]\.boths: no factor is named "boths"/,
    );
    expect(problems({ factors: [booths], baseline: 2 })[0]).toMatch(/baseline: expected a point index below 2/);
    expect(problems({ factors: [booths, booths] })[0]).toMatch(/factors\[1\]: two factors are named "booths"/);
  });

  it('an invalid base scenario is reported with its own file and field', () => {
    const dir = tempDir();
    const p = loadExperimentFile(writeExperiment(dir, { base: 'missing.yaml', factors: [booths] }));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problems.map(formatProblem).join('\n')).toMatch(/base: the base scenario missing\.yaml is not valid[\s\S]*missing\.yaml: cannot read: no such file/);
  });
});

describe('paths', () => {
  const doc = { ports: [{ id: 'a', lanes: [{ id: 'x', n: 1 }, { id: 'y', n: 2 }] }] };

  it('[id] selects the list item with that id, [n] by position', () => {
    expect(getAt(doc, parsePath('ports[a].lanes[y].n'))).toEqual({ ok: true, value: 2 });
    expect(getAt(doc, parsePath('ports[0].lanes[0].n'))).toEqual({ ok: true, value: 1 });
    const copy = structuredClone(doc);
    setAt(copy, parsePath('ports[a].lanes[y].n'), 5);
    expect(copy.ports[0].lanes[1].n).toBe(5);
    expect(copy.ports[0].lanes[0].n).toBe(1);
  });

  it('bad path text is refused with where it went wrong', () => {
    expect(() => parsePath('ports[0')).toThrow(/unclosed/);
    expect(() => parsePath('ports[0]x')).toThrow(/expected "\." or "\["/);
    expect(() => parsePath('.a')).toThrow(/starts with a field name/);
  });
});

describe('designs', () => {
  it('full factorial: every combination, the first factor varying slowest', () => {
    const e = load({ factors: [booths, { name: 'sentri', path: 'ports[0].laneGroups[sentri].booths', values: [1, 2, 3] }] });
    expect(e.points).toEqual([[2, 1], [2, 2], [2, 3], [3, 1], [3, 2], [3, 3]]);
  });

  it('points: the listed combinations in order', () => {
    const e = load({ factors: [booths, { name: 'share', path: 'ports[0].flows[cars].programs.sentri' }], design: { kind: 'points', points: [{ booths: 4, share: 0.1 }, { share: 0.3, booths: 2 }] } });
    expect(e.points).toEqual([[4, 0.1], [2, 0.3]]);
  });

  it('latin hypercube: each factor has exactly one sample in each of the n equal strata of its range', () => {
    const n = 37;
    const e = {
      factors: [
        { path: 'a', min: -2, max: 5, integer: false },
        { path: 'b', min: 0, max: 1, integer: false },
        { path: 'c', min: 1, max: 37, integer: true },
      ],
      design: { kind: 'latin-hypercube', samples: n, seed: 9 },
      baseline: 0,
    } as unknown as Experiment;
    const pts = designPoints(e);
    expect(pts).toHaveLength(n);
    for (const [j, f] of e.factors.entries()) {
      const width = f.integer ? f.max! - f.min! + 1 : f.max! - f.min!;
      const strata = pts.map((p) => Math.floor((((p[j] as number) - f.min!) / width) * n)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      if (f.integer) expect(pts.every((p) => Number.isInteger(p[j]))).toBe(true);
    }
    // Factors are shuffled independently: the columns are not in the same order.
    expect(pts.map((p) => p[0])).not.toEqual([...pts.map((p) => p[0])].sort((x, y) => (x as number) - (y as number)));
    expect(designPoints(e)).toEqual(pts); // same seed, same design
    expect(designPoints({ ...e, design: { kind: 'latin-hypercube', samples: n, seed: 10 } } as Experiment)).not.toEqual(pts);
  });

  it('latin hypercube over a loaded experiment with whole-number booths', () => {
    const e = load({ factors: [{ name: 'booths', path: 'ports[0].laneGroups[general].booths', min: 2, max: 5, integer: true }], design: { kind: 'latin-hypercube', samples: 8, seed: 3 } });
    const values = e.points.map((p) => p[0] as number).sort();
    expect(values).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe('applying a point', () => {
  it('sets the values at their paths, fills defaults, and uses the experiment seed and replications', () => {
    const e = load({
      factors: [booths, { name: 'officers', path: 'ports[0].laneGroups[general].officers', values: [{ byHour: Array(24).fill(2) }] }, { name: 'share', path: 'ports[0].flows[cars].programs.sentri', values: [0.4] }],
      seed: 99,
      replications: 4,
    });
    const s = pointScenario(e, 1);
    const g = s.ports[0].laneGroups.find((l) => l.id === 'general')!;
    expect(g.booths).toBe(3);
    expect(g.officers).toEqual({ byHour: Array(24).fill(2) });
    expect(s.ports[0].flows[0].programs.sentri).toBe(0.4);
    expect(s.seed).toBe(99);
    expect(s.replications).toBe(4);
    expect(e.baseRaw).not.toHaveProperty('ports.0.laneGroups.0.officers'); // the base is left as it was
  });

  it('an invalid point is an error naming the point, its values and the field', () => {
    const e = load({ factors: [{ name: 'booths', path: 'ports[0].laneGroups[general].booths', values: [2, -1] }] });
    expect(() => pointScenario(e, 0)).not.toThrow();
    expect(() => pointScenario(e, 1)).toThrow(/point 1 \(booths=-1\): ports\[0\]\.laneGroups\[0\]\.booths: /);
  });

  it('the hash follows what decides the results, not the name', () => {
    const a = load({ name: 'one', factors: [booths] });
    const b = load({ name: 'two', factors: [booths] });
    const c = load({ factors: [booths], seed: 5 });
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });
});

describe('the example experiment', () => {
  it('loads, and its four points are valid San Ysidro scenarios', () => {
    const r = loadExperimentFile('examples/experiments/sentri-booths.yaml');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.loaded.points).toHaveLength(4);
    for (let p = 0; p < 4; p++) expect(() => pointScenario(r.loaded, p)).not.toThrow();
    expect(pointScenario(r.loaded, 3).ports[0].laneGroups.find((g) => g.id === 'sentri')!.booths).toBe(2);
  });
});

describe('the JSON Schema', () => {
  it('experiments/experiment.schema.json is the one generated from the zod schema', async () => {
    const { readFileSync } = await import('node:fs');
    const { experimentJsonSchemaText } = await import('../../sim/index.ts');
    expect(readFileSync('experiments/experiment.schema.json', 'utf8')).toBe(experimentJsonSchemaText());
  });
});
