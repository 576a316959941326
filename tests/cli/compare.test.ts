// `borderflow compare`: paired differences on common random numbers, verdicts, the three output formats, and bad usage.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COMPARED_FIGURES,
  COMPARISON_FORMAT,
  compareResults,
  NO_DETECTABLE_DIFFERENCE,
  pairedDifference,
  runScenario,
  scenarioHash,
  withOverrides,
  studentTQuantile,
  verdictOf,
  type ComparisonDocument,
  type ComparisonRow,
  type ResultDocument,
} from '../../sim/index.ts';
import { loadScenarioFile } from '../../scenarios/load-file.ts';
import { figureSpec, type FigureId } from '../../viz/view-models/figures.ts';
import { pairedDifferences } from '../../viz/view-models/paired-difference.ts';
import { cliInProcess, parseCsv, stackLines, tempDir } from './helpers.ts';

interface Variant {
  name: string;
  booths?: number;
  /** Daily volume of a second, small car flow (0: none). */
  extraPerDay?: number;
  random?: number;
  /** A SENTRI lane group only this variant has. */
  sentriLane?: boolean;
  horizonHours?: number;
}

/**
 * A small port: a general lane group (exponential primary, 60 s) and a Ready lane, random
 * referral and officer detection at primary, contraband in 5 % of cars, and three secondary bays;
 * 8 hours after a 1-hour warm-up, cut off at the horizon, so a run takes a fraction of a second.
 */
function scenarioYaml(v: Variant): string {
  const random = v.random ?? 0.05;
  const extra = v.extraPerDay ? `      - { id: extra, mode: car, perDay: ${v.extraPerDay} }\n` : '';
  const sentri = v.sentriLane
    ? `      - { id: sentri, kind: sentri, booths: 1, primarySeconds: { kind: exponential, mean: 30 } }\n`
    : '';
  return `name: ${v.name}
seed: 11
replications: 3
horizonHours: ${v.horizonHours ?? 8}
warmupHours: 1
endOfRun: cutoff
valueOfTimePerHour: { car: 20 }
ports:
  - id: station
    name: Station
    flows:
      - id: cars
        mode: car
        perDay: 2400
        programs: { ready: 0.3${v.sentriLane ? ', sentri: 0.1' : ''} }
        contraband: { share: 0.05 }
${extra}    laneGroups:
      - id: general
        kind: general
        booths: ${v.booths ?? 2}
        primarySeconds: { kind: exponential, mean: 60 }
        referral: { random: ${random} }
        detection: { primary: 0.3 }
      - id: ready
        kind: ready
        booths: 1
        primarySeconds: { kind: exponential, mean: 45 }
        referral: { random: ${random} }
        detection: { primary: 0.3 }
${sentri}    secondary:
      bays: 3
      minutes: { kind: exponential, mean: 20 }
      inspections:
        - { id: exam, kind: cargo-exam, weight: 1, minutes: { kind: exponential, mean: 20 }, detection: { probability: 0.8, byType: {} } }
`;
}

const dir = tempDir();
const file = (name: string, v: Variant): string => {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, scenarioYaml(v));
  return path;
};
let BASE = '';
let MORE_BOOTHS = '';
let MORE_CARS = '';
let MORE_REFERRALS = '';

beforeAll(() => {
  BASE = file('base', { name: 'Two general booths' });
  MORE_BOOTHS = file('more-booths', { name: 'Three general booths', booths: 3 });
  MORE_CARS = file('more-cars', { name: 'A few more cars', extraPerDay: 30 });
  MORE_REFERRALS = file('more-referrals', { name: 'Twice the random referrals, a SENTRI lane', random: 0.1, sentriLane: true });
});

function load(path: string) {
  const loaded = loadScenarioFile(path);
  if (!loaded.ok) throw new Error(`${path} does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.scenario;
}

async function compareJson(args: string[]): Promise<ComparisonDocument> {
  const r = await cliInProcess(['compare', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ComparisonDocument;
}

function row(doc: ComparisonDocument, other: number, level: 'port' | 'lane', id: string, figure: string): ComparisonRow {
  const found = doc.comparisons[other].rows.filter((r) => r.level === level && r.id === id && r.figure === figure);
  expect(found, `${level} ${id} ${figure}`).toHaveLength(1);
  return found[0];
}

describe('borderflow compare: the differences', () => {
  it("equal the visualizer's paired differences for the same files and seed", async () => {
    const seed = 5;
    const replications = 4;
    const doc = await compareJson([BASE, MORE_REFERRALS, '--seed', String(seed), '--replications', String(replications)]);
    const docs: ResultDocument[] = [BASE, MORE_REFERRALS].map((f) => runScenario(load(f), { seed, replications }));
    // Figures both report; the visualizer shows shares in percent (scale 100).
    const shared: FigureId[] = ['wait.mean', 'wait.p95', 'served', 'utilization', 'referrals', 'seizures', 'interdictionRate', 'costOfDelay'];
    let compared = 0;
    for (const id of shared) {
      const viz = pairedDifferences(docs, { baseline: 0, figure: id });
      const scale = figureSpec(id).scale;
      expect(viz.rows.length).toBeGreaterThan(0);
      for (const v of viz.rows) {
        const r = v.lane === null ? row(doc, 0, 'port', 'station', id) : row(doc, 0, 'lane', v.lane.id, id);
        expect(r.n).toBe(v.difference.n);
        for (const k of ['mean', 'ciLow', 'ciHigh', 'halfWidth'] as const) {
          const mine = r[k];
          const theirs = v.difference[k];
          if (theirs === null) expect(mine).toBeNull();
          else {
            expect(mine).not.toBeNull();
            // Scaling each value before differencing rounds differently in the last bits.
            expect(mine! * scale).toBeCloseTo(theirs, 9);
          }
        }
        compared++;
      }
    }
    // The port and both shared lane groups for every figure but utilization (lanes only).
    expect(compared).toBe(shared.length * 3 - 1);
    // Seizures are defined and differ somewhere, so the check above is not all zeros.
    expect(row(doc, 0, 'port', 'station', 'seizures').baseMean).toBeGreaterThan(0);
    expect(row(doc, 0, 'port', 'station', 'referrals').mean).toBeGreaterThan(0);
  });

  it('an extra booth is clearly better for waits at 10 replications', async () => {
    const doc = await compareJson([BASE, MORE_BOOTHS, '--replications', '10']);
    expect(doc.replications).toBe(10);
    for (const [level, id] of [['port', 'station'], ['lane', 'general']] as const) {
      for (const figure of ['wait.mean', 'wait.p95', 'costOfDelay']) {
        const r = row(doc, 0, level, id, figure);
        expect(r.n).toBe(10);
        expect(r.ciHigh!, `${id} ${figure}`).toBeLessThan(0);
        expect(r.verdict, `${id} ${figure}`).toBe('better');
        expect(r.replicationsToResolve).toBeNull();
      }
    }
    // The same travelers meet more open booths: each booth is busy less of the time, which is neither better nor worse.
    const util = row(doc, 0, 'lane', 'general', 'utilization');
    expect(util.direction).toBe('neutral');
    expect(util.verdict).toBe('lower');
    expect(util.otherMean! - util.baseMean!).toBeCloseTo(util.mean!, 12);
  });

  it('a scenario against itself: every difference exactly 0, no detectable difference, n/a', async () => {
    const doc = await compareJson([BASE, BASE, '--replications', '3']);
    const c = doc.comparisons[0];
    expect(c.base).not.toBe(c.other);
    expect(c.rows.length).toBeGreaterThan(20);
    for (const r of c.rows) {
      if (r.verdict === 'not defined') continue;
      expect(r.mean, r.figure).toBe(0);
      expect(r.ciLow).toBe(0);
      expect(r.ciHigh).toBe(0);
      expect(r.verdict).toBe(NO_DETECTABLE_DIFFERENCE);
      expect(r.replicationsToResolve).toBeNull();
    }
    const csv = await cliInProcess(['compare', BASE, BASE, '--replications', '3', '--format', 'csv']);
    const rows = parseCsv(csv.stdout).slice(1);
    expect(rows.filter((r) => r[9] === NO_DETECTABLE_DIFFERENCE).every((r) => r[10] === 'n/a')).toBe(true);
  });

  it('a small real effect is not detected at 4 replications; the replications to resolve it are planned from the paired differences', async () => {
    const replications = 4;
    const doc = await compareJson([BASE, MORE_CARS, '--replications', String(replications)]);
    const r = row(doc, 0, 'lane', 'general', 'wait.mean');
    expect(r.verdict).toBe(NO_DETECTABLE_DIFFERENCE);
    expect(r.ciLow!).toBeLessThan(0);
    expect(r.ciHigh!).toBeGreaterThan(0);
    // ⌈(t·sd ÷ |mean|)²⌉ from the per-replication differences, computed here independently.
    const docs = [BASE, MORE_CARS].map((f) => runScenario(load(f), { replications }));
    const values = (d: ResultDocument) => d.runs.map((run) => run.ports[0].lanes.find((l) => l.id === 'general')!.wait.mean);
    const diffs = values(docs[1]).map((x, i) => x! - values(docs[0])[i]!);
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    const sd = Math.sqrt(diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / (diffs.length - 1));
    const planned = Math.ceil(((studentTQuantile(0.975, replications - 1) * sd) / Math.abs(mean)) ** 2);
    expect(r.replicationsToResolve).toBe(planned);
    expect(r.replicationsToResolve!).toBeGreaterThan(replications);
    expect(r.replicationsToResolve!).toBeLessThanOrEqual(50);

    // The effect is real (more cars, longer waits): at twice the planned replications the interval excludes 0.
    const more = 2 * r.replicationsToResolve!;
    const resolved = await compareJson([BASE, MORE_CARS, '--replications', String(more)]);
    const r2 = row(resolved, 0, 'lane', 'general', 'wait.mean');
    expect(r2.n).toBe(more);
    expect(r2.verdict).toBe('worse');
  });
});

describe('verdicts', () => {
  it('follow the figure\'s direction once the interval excludes 0, and only then', () => {
    expect(verdictOf(-1, -1.5, -0.5, 'lower-is-better')).toBe('better');
    expect(verdictOf(1, 0.5, 1.5, 'lower-is-better')).toBe('worse');
    expect(verdictOf(1, 0.5, 1.5, 'higher-is-better')).toBe('better');
    expect(verdictOf(-1, -1.5, -0.5, 'higher-is-better')).toBe('worse');
    expect(verdictOf(1, 0.5, 1.5, 'neutral')).toBe('higher');
    expect(verdictOf(-1, -1.5, -0.5, 'neutral')).toBe('lower');
    // An interval that reaches 0 decides nothing; nor does a lone replication (no interval).
    expect(verdictOf(1, 0, 2, 'higher-is-better')).toBe(NO_DETECTABLE_DIFFERENCE);
    expect(verdictOf(1, null, null, 'higher-is-better')).toBe(NO_DETECTABLE_DIFFERENCE);
    expect(verdictOf(null, null, null, 'higher-is-better')).toBe('not defined');
  });
});

describe('borderflow compare: scenarios that differ in shape', () => {
  it('compares lane groups by id and names those in only one scenario', async () => {
    const r = await cliInProcess(['compare', BASE, MORE_REFERRALS, '--replications', '4']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Lane groups only in ${MORE_REFERRALS}: sentri (port station)`);
    const doc = await compareJson([BASE, MORE_REFERRALS, '--replications', '4']);
    const c = doc.comparisons[0];
    expect(c.onlyInOther.lanes).toEqual([{ port: 'station', lane: 'sentri' }]);
    expect(c.onlyInBase.lanes).toEqual([]);
    expect(new Set(c.rows.map((x) => x.id))).toEqual(new Set(['station', 'general', 'ready']));
    // Referrals are neither better nor worse; twice the random rate refers more.
    expect(row(doc, 0, 'port', 'station', 'referrals').verdict).toBe('higher');
  });

  it('results that cannot be paired say why and give no rows; different periods are noted', () => {
    const base = load(BASE);
    const a = runScenario(base, { seed: 1, replications: 2 });
    const b = runScenario(base, { seed: 2, replications: 2 });
    const [unpaired] = compareResults([a, b]);
    expect(unpaired.pairs).toBe(0);
    expect(unpaired.rows).toEqual([]);
    expect(unpaired.unpairedReason).toMatch(/different seeds \(1 and 2\)/);

    const longer = runScenario(load(MORE_BOOTHS), { seed: 1, replications: 3, horizonHours: 9 });
    const [paired] = compareResults([a, longer], { labels: ['a', 'b'] });
    expect(paired.pairs).toBe(2);
    expect(paired.notes.join('\n')).toMatch(/replications differ \(2 and 3\): the first 2 of each are paired/);
    expect(paired.notes.join('\n')).toMatch(/horizon \(hours\) differs \(8 and 9\)/);
    // The first pairs only: the same as pairing the first two replications by hand.
    const r = paired.rows.find((x) => x.level === 'port' && x.figure === 'wait.mean')!;
    const byHand = pairedDifference(
      a.runs.map((run) => run.ports[0].summary.wait.mean),
      longer.runs.slice(0, 2).map((run) => run.ports[0].summary.wait.mean),
    );
    expect(r.mean).toBe(byHand.mean);
    expect(r.ciLow).toBe(byHand.ciLow);

    // One replication: no interval, so nothing is decided, and the notes say why.
    const [single] = compareResults([runScenario(base, { replications: 1 }), runScenario(load(MORE_BOOTHS), { replications: 1 })]);
    expect(single.notes[0]).toMatch(/^one replication: a difference has no interval/);
    for (const x of single.rows) expect([NO_DETECTABLE_DIFFERENCE, 'not defined']).toContain(x.verdict);
    expect(single.rows.every((x) => x.replicationsToResolve === null)).toBe(true);
  });
});

describe('borderflow compare: output formats', () => {
  const args = () => ['compare', BASE, MORE_BOOTHS, MORE_REFERRALS, '--replications', '2', '--seed', '3'];

  it('JSON: a borderflow-comparison document with the inputs, their hashes, the seed, the figure table and rows', async () => {
    const doc = await compareJson(args().slice(1));
    expect(doc.format).toBe(COMPARISON_FORMAT);
    expect(doc.version).toBe(1);
    expect(doc.seed).toBe(3);
    expect(doc.replications).toBe(2);
    expect(doc.inputs.map((i) => i.label)).toEqual([BASE, MORE_BOOTHS, MORE_REFERRALS]);
    // The hash of each scenario as run: the common seed and replications are part of it, as in a result document.
    const hashes = [BASE, MORE_BOOTHS, MORE_REFERRALS].map((f) => scenarioHash(withOverrides(load(f), { seed: 3, replications: 2 })));
    expect(doc.inputs.map((i) => i.hash)).toEqual(hashes);
    expect(doc.figures.map((f) => f.id)).toEqual(COMPARED_FIGURES.map((f) => f.id));
    expect(doc.comparisons.map((c) => [c.base, c.other])).toEqual([
      [BASE, MORE_BOOTHS],
      [BASE, MORE_REFERRALS],
    ]);
    const figures = new Set(doc.comparisons[0].rows.map((r) => r.figure));
    for (const f of ['wait.mean', 'wait.p95', 'waitOver.15', 'waitOver.30', 'waitOver.60', 'served', 'utilization', 'referrals', 'seizures', 'interdictionRate', 'costOfDelay', 'gaveUpShare']) {
      expect(figures).toContain(f);
    }
    // Utilization is a booth figure: lane groups only.
    expect(doc.comparisons[0].rows.some((r) => r.level === 'port' && r.figure === 'utilization')).toBe(false);
    // Byte-identical for the same files and seed.
    expect((await cliInProcess([...args(), '--format', 'json'])).stdout).toBe(JSON.stringify(doc, null, 2) + '\n');
  });

  it('CSV: tidy rows with the documented columns, one per OTHER, place and figure', async () => {
    const doc = await compareJson(args().slice(1));
    const r = await cliInProcess([...args(), '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['base', 'other', 'port', 'level', 'id', 'figure', 'mean', 'ciLow', 'ciHigh', 'verdict', 'replicationsToResolve']);
    const all = doc.comparisons.flatMap((c) => c.rows);
    expect(rows.length - 1).toBe(all.length);
    all.forEach((x, i) => {
      const line = rows[i + 1];
      expect(line.slice(0, 6)).toEqual([x.base, x.other, x.port, x.level, x.id, x.figure]);
      expect(line[6]).toBe(x.mean === null ? '' : String(x.mean));
      expect(line[9]).toBe(x.verdict);
      expect(line[10]).toBe(x.verdict !== NO_DETECTABLE_DIFFERENCE ? '' : x.replicationsToResolve === null ? 'n/a' : String(x.replicationsToResolve));
    });
  });

  it('table: the inputs, the verdict rules and one table per OTHER and port', async () => {
    const r = await cliInProcess(args());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/^Paired comparison on common random numbers\n/);
    expect(out).toMatch(/seed\s+3 /);
    expect(out).toMatch(/replications\s+2, paired/);
    expect(out).toContain(`BASE           ${BASE} — Two general booths (hash `);
    expect(out).toContain(`OTHER          ${MORE_BOOTHS} — Three general booths`);
    expect(out).toContain('Verdict: "better" or "worse" where the 95 % interval excludes 0');
    expect(out).toContain(`${MORE_BOOTHS} − ${BASE}`);
    expect(out).toContain(`${MORE_REFERRALS} − ${BASE}`);
    expect(out.match(/^Port station$/gm)).toHaveLength(2);
    expect(out).toMatch(/^port station\s+mean wait in line\s+min /m);
    expect(out).toMatch(/^lane general\s+mean wait in line/m);
    expect(out).toContain(' ± ');
    expect(out).not.toContain('\x1b[');
  });

  it('--out writes the file through a temporary file and prints nothing', async () => {
    const outDir = tempDir();
    const out = join(outDir, 'comparison.csv');
    const r = await cliInProcess([...args(), '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await cliInProcess([...args(), '--format', 'csv'])).stdout);
    expect(readdirSync(outDir)).toEqual(['comparison.csv']);
  });
});

describe('borderflow compare: errors', () => {
  it.each([
    [() => ['compare'], /^borderflow: error: missing required argument 'files'/],
    [() => ['compare', BASE], /^borderflow: error: compare needs at least two scenario files, BASE and one to compare with it; got 1 \(.*base\.yaml\)$/],
    [() => ['compare', BASE, MORE_BOOTHS, '--hours', '1'], /^borderflow: error: --hours 1: expected more hours than the warm-up of .*base\.yaml \(warmupHours: 1\)$/],
    [() => ['compare', BASE, MORE_BOOTHS, '--replications', '0'], /--replications <n>' argument '0' is invalid/],
    [() => ['compare', BASE, MORE_BOOTHS, '--out', MORE_BOOTHS], /^borderflow: error: --out .* is the scenario file .*more-booths\.yaml; expected another file name$/],
  ])('bad usage exits 2 with one line: %#', async (args, message) => {
    const r = await cliInProcess(args());
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('bad files get the same messages as run, every bad file at once, exit 1', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, scenarioYaml({ name: 'Bad' }).replace('booths: 2', 'booths: two'));
    const missing = join(dir, 'missing.yaml');
    const run = await cliInProcess(['run', bad]);
    const r = await cliInProcess(['compare', BASE, bad, missing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(run.stderr)).toBe(true);
    expect(r.stderr).toMatch(/bad\.yaml: ports\[0\]\.laneGroups\[0\]\.booths: /);
    expect(r.stderr).toContain('missing.yaml');
    expect(stackLines(r.stderr)).toEqual([]);
  });
});
