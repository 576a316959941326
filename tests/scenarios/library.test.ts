// The scenario library: every bundled file explains itself to a student in a header comment, policy comparisons differ only where the policy differs, and files with a published figure come near it.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatProblem, pointScenario, runScenario } from '../../sim/index.ts';
import { loadExperimentFile } from '../../sim/node.ts';
import { BUNDLED_DIR, bundledFiles, loadBundled } from './bundled-files.ts';

const dir = BUNDLED_DIR;
const files = bundledFiles;
const load = loadBundled;

/** The comment lines before the first field of the file. */
function headerComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    lines.push(line.replace(/^#\s?/, ''));
  }
  return lines.join('\n');
}

/** Leaf paths (a.b[0].c) whose values differ between two parsed files; lists of items with ids are matched by id. */
export function differingPaths(a: unknown, b: unknown, path = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const byId = (xs: unknown[]) => xs.every((x) => x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string');
    if (byId(a) && byId(b)) {
      const ids = [...new Set([...a, ...b].map((x) => (x as { id: string }).id))];
      return ids.flatMap((id) => differingPaths(a.find((x) => (x as { id: string }).id === id), b.find((x) => (x as { id: string }).id === id), `${path}[${id}]`));
    }
    if (a.length !== b.length || a.some((x) => x === null || typeof x !== 'object')) return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
    return a.flatMap((x, i) => differingPaths(x, b[i], `${path}[${i}]`));
  }
  const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differingPaths(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
}

/** Fields that document a file rather than configure it. */
const DOCUMENTATION = /^(name|description|sources|assumptions|calibration|\$schema)(\b|\[|\.)/;

/**
 * Policy comparisons in the source documents, as pairs of bundled files: the paths (regular
 * expressions over differingPaths) where the policy lives. Anything else that differs fails.
 */
const PAIRS: { base: string; variant: string; policy: RegExp[]; why: string }[] = [
  {
    base: 'san-ysidro-primary-today.yaml',
    variant: 'san-ysidro-heightened-alert.yaml',
    policy: [/^policies\b/],
    why: 'post-9/11 alert (seeds/001)',
  },
  {
    base: 'san-ysidro-primary-today.yaml',
    variant: 'san-ysidro-no-primary.yaml',
    policy: [/^policies\b/, /^ports\[san-ysidro\]\.laneGroups\[[\w-]+\]\.referral\.random$/, /^ports\[san-ysidro\]\.secondary\.bays$/],
    why: 'the 2021 no-primary proposal (seeds/002): no booth stop, baseline-deterrence random checks, officers moved to secondary',
  },
  {
    base: 'peace-bridge-passenger.yaml',
    variant: 'peace-bridge-post-9-11-alert.yaml',
    policy: [/^policies\b/],
    why: 'full inspection with NEXUS suspended, then reopened (seeds/001, 000)',
  },
  {
    base: 'san-ysidro-northbound.yaml',
    variant: 'san-ysidro-sentri-conversion.yaml',
    policy: [/^ports\[san-ysidro\]\.laneGroups\[(general|sentri)\]\.(booths|officers\b)/],
    why: 'the planner’s booth conversion and extra officers (brief)',
  },
  {
    base: 'nogales-mariposa-commercial.yaml',
    variant: 'nogales-mariposa-fast-lane.yaml',
    policy: [/^ports\[mariposa\]\.laneGroups\[fast\]/],
    why: 'the new Nogales FAST lane (seeds/004)',
  },
  {
    base: 'otay-mesa-passenger.yaml',
    variant: 'otay-mesa-passenger-southbound-inspection.yaml',
    policy: [/^policies\b/],
    why: 'southbound inspection for cash and weapons (seeds/003)',
  },
  {
    base: 'otay-mesa-passenger.yaml',
    variant: 'otay-mesa-passenger-joint-port.yaml',
    policy: [/^policies\b/],
    why: 'a joint binational port (seeds/002, 003)',
  },
  {
    base: 'san-diego-region-no-switching.yaml',
    variant: 'san-diego-region.yaml',
    policy: [/^region\.switching\b/],
    why: 'drivers switching ports on expected waits (brief: multi-port regions)',
  },
];

describe('every bundled scenario explains itself', () => {
  for (const file of files) {
    it(`${file}: a header comment says what it shows, what to ask, and where its numbers come from`, () => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const header = headerComment(text);
      expect(header, 'What it shows').toMatch(/What it shows: \S/);
      expect(header, 'Question to ask').toMatch(/Question to ask: \S/);
      expect(header, 'Sources').toMatch(/Sources: \S/);
      const s = load(file);
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.assumptions.length).toBeGreaterThan(0);
      // Every source id is unique, has a citation, and a file's inline assumption notes give a reason.
      expect(new Set(s.sources.map((x) => x.id)).size).toBe(s.sources.length);
      for (const note of text.match(/# assumption:.*/g) ?? []) expect(note.length, note).toBeGreaterThan('# assumption: '.length + 5);
    });
  }

  it('the library covers the ports and policies of the source documents', () => {
    for (const f of [
      'san-ysidro-weekend.yaml',
      'otay-mesa-commercial.yaml',
      'detroit-commercial-week.yaml',
      'peace-bridge-passenger.yaml',
      'el-paso-commercial.yaml',
      'laredo-commercial-screening.yaml',
      'nogales-mariposa-fast-lane.yaml',
    ]) {
      expect(files).toContain(f);
    }
    for (const p of PAIRS) expect(files, p.variant).toContain(p.variant);
  });

  it('the README table lists every bundled file', () => {
    const readme = readFileSync(`${dir}/README.md`, 'utf8');
    for (const f of files) expect(readme, f).toContain(`\`${f}\``);
  });
});

describe('policy comparisons differ only where the policy differs, on the same seed', () => {
  for (const p of PAIRS) {
    it(`${p.base} → ${p.variant}: ${p.why}`, () => {
      const raw = (f: string) => parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, unknown>;
      const a = raw(p.base);
      const b = raw(p.variant);
      expect(b.seed, 'same seed (common random numbers)').toBe(a.seed);
      const paths = differingPaths(a, b).filter((x) => !DOCUMENTATION.test(x));
      expect(paths.length, 'the files differ somewhere').toBeGreaterThan(0);
      const stray = paths.filter((x) => !p.policy.some((re) => re.test(x)));
      expect(stray, 'fields that differ outside the policy').toEqual([]);
      // Both still validate: the comparison is between two runnable scenarios.
      expect(load(p.base).seed).toBe(load(p.variant).seed);
    });
  }

  it('the diff itself: finds a changed leaf, an added item by id, and nothing in identical files', () => {
    const a = { seed: 1, ports: [{ id: 'p', laneGroups: [{ id: 'g', booths: 4 }] }] };
    const b = { seed: 1, ports: [{ id: 'p', laneGroups: [{ id: 'g', booths: 3 }, { id: 'fast', booths: 1 }] }] };
    expect(differingPaths(a, a)).toEqual([]);
    expect(differingPaths(a, b)).toEqual(['ports[p].laneGroups[g].booths', 'ports[p].laneGroups[fast]']);
    expect(differingPaths({ x: [1, 2] }, { x: [1, 3] })).toEqual(['x']);
  });
});

describe('files with a published figure come near it', () => {
  const laneWait = (file: string, replications: number) => {
    const doc = runScenario(load(file), { replications });
    return { doc, lane: (id: string) => doc.ports[0].lanes.find((l) => l.id === id)! };
  };

  it('Otay Mesa commercial: general trucks wait about the half hour CBP describes (±50 %); FAST far less', () => {
    // CBP Frontline (c. 2016): about 0.5 h of queue to CBP for produce trucks (Medium, old).
    // Measured: 21 min (6 replications). Band ±50 %: the staffing is chosen, not measured.
    const { lane } = laneWait('otay-mesa-commercial.yaml', 4);
    const general = lane('general').figures.wait.mean.mean!;
    expect(general, `general ${general.toFixed(1)} min`).toBeGreaterThan(15);
    expect(general, `general ${general.toFixed(1)} min`).toBeLessThan(45);
    expect(lane('fast').figures.wait.mean.mean!).toBeLessThan(general / 5);
  });

  it('El Paso Ysleta–Zaragoza: at the busiest hour general trucks wait about 40 min (±50 %), FAST trucks under 10', () => {
    // El Paso Times via MHL News (c. 2005): at rush hour FAST trucks clear in 5 min, others in 40.
    const { lane } = laneWait('el-paso-commercial.yaml', 4);
    const byHour = (id: string) => lane(id).byHour.map((h) => h.wait.mean.mean ?? 0);
    const peak = Math.max(...byHour('general'));
    expect(peak, `general at the busiest hour ${peak.toFixed(1)} min`).toBeGreaterThan(20);
    expect(peak, `general at the busiest hour ${peak.toFixed(1)} min`).toBeLessThan(60);
    expect(Math.max(...byHour('fast'))).toBeLessThan(10);
  });

  it('Peace Bridge: the mean wait of a northern-border crossing, a few minutes (BTS 2004: 5.9 min; within a factor of 3)', () => {
    // BTS 2006: 5.9 min average CBP wait at the US–Canada border in 2004 (all ports, old):
    // a factor of 3 either way. Measured: general 2.9 min, NEXUS under 0.1 min.
    const { lane } = laneWait('peace-bridge-passenger.yaml', 3);
    const general = lane('general').figures.wait.mean.mean!;
    expect(general, `general ${general.toFixed(1)} min`).toBeGreaterThan(5.9 / 3);
    expect(general, `general ${general.toFixed(1)} min`).toBeLessThan(5.9 * 3);
    expect(lane('nexus').figures.wait.mean.mean!).toBeLessThan(general);
  });
});

describe('the enrollment sweep (examples/experiments/enrollment-share.yaml)', () => {
  it('loads on the screening baseline; its points enroll 45–80 % of cars at SENTRI:Ready 6:5, today (55 %) the baseline, and it states its answer', () => {
    const r = loadExperimentFile('examples/experiments/enrollment-share.yaml');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const points = r.loaded.points;
    expect(points).toHaveLength(7);
    const enrolled = points.map((_, p) => {
      const cars = pointScenario(r.loaded, p).ports[0].flows.find((f) => f.id === 'cars')!;
      const { sentri = 0, ready = 0 } = cars.programs;
      expect(sentri / ready, `point ${p}`).toBeGreaterThan(1.1);
      expect(sentri / ready, `point ${p}`).toBeLessThan(1.3);
      return Math.round(100 * (sentri + ready));
    });
    expect(enrolled).toEqual([45, 55, 60, 65, 70, 75, 80]);
    // The baseline point is today's calibrated share (30 % SENTRI, 25 % Ready).
    const base = pointScenario(r.loaded, r.loaded.baseline).ports[0].flows.find((f) => f.id === 'cars')!;
    expect(base.programs).toEqual(load('san-ysidro-primary-today.yaml').ports[0].flows.find((f) => f.id === 'cars')!.programs);
    expect(readFileSync('examples/experiments/enrollment-share.yaml', 'utf8')).toMatch(/# ANSWER[\s\S]*70 %/);
  });
});
