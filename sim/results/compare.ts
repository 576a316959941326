// Paired comparison of result documents run on common random numbers: OTHER − BASE for every headline figure, with a verdict.
//
// Replication r of two scenarios run with the same seed draws the same uniforms for the same
// travelers (random numbers are keyed by seed, replication, purpose, port and flow), so the
// difference is taken replication by replication and summarized with a Student-t interval:
// the shared randomness cancels, and the interval is far narrower than two separate ones.

import { pairedDifference, studentTQuantile, summarize } from '../stats/replications.ts';
import type { CapacityFigures, Figures, PortResult, PortRun, ResultDocument } from './document.ts';

/** The `format` of a comparison document, by which a file is recognised as one. */
export const COMPARISON_FORMAT = 'borderflow-comparison';
/** The `version` of the comparison document layout. */
export const COMPARISON_VERSION = 1;
/** Confidence level of every interval and verdict of a comparison. */
export const COMPARISON_CONFIDENCE = 0.95;

/**
 * Which way a figure should move: waits, cost and giving up are better lower; throughput,
 * seizures and interdiction better higher; utilization and referrals are neither (a busier
 * booth or more referrals is a trade-off, not an improvement), so they only move higher or lower.
 */
export type Direction = 'lower-is-better' | 'higher-is-better' | 'neutral';

/** Where a figure is read: the whole port (its summary), or one lane group. */
export type ComparisonLevel = 'port' | 'lane';

/** One figure a comparison reports: its id (as in the result document), words, unit and direction. */
export interface ComparedFigure {
  /** Dotted path in `Figures` or `CapacityFigures` ("wait.mean", "utilization"); "waitOver" stands for one row per threshold, "waitOver.30". */
  id: string;
  /** Lower-case noun phrase: "mean wait in line". */
  label: string;
  /** Unit of the values and differences: "minutes", "share" (0–1), "vehicles", "US dollars". */
  unit: 'minutes' | 'share' | 'vehicles' | 'seizures' | 'US dollars';
  direction: Direction;
  /** Levels the figure is defined at (utilization is a booth figure: lane groups only). */
  levels: readonly ComparisonLevel[];
  /** The value in one replication; `threshold` is the waitOver key. null where undefined. */
  read: (f: Figures, capacity: CapacityFigures | null, threshold?: string) => number | null;
}

const BOTH: readonly ComparisonLevel[] = ['port', 'lane'];

/** The figures a comparison reports, in report order: the one place their units and directions are set. */
export const COMPARED_FIGURES: readonly ComparedFigure[] = [
  { id: 'wait.mean', label: 'mean wait in line', unit: 'minutes', direction: 'lower-is-better', levels: BOTH, read: (f) => f.wait.mean },
  { id: 'wait.p95', label: '95th-percentile wait in line', unit: 'minutes', direction: 'lower-is-better', levels: BOTH, read: (f) => f.wait.p95 },
  {
    id: 'waitOver',
    label: 'share waiting over the threshold',
    unit: 'share',
    direction: 'lower-is-better',
    levels: BOTH,
    read: (f, _c, t) => (t === undefined ? null : (f.waitOver[t] ?? null)),
  },
  { id: 'served', label: 'served at primary (throughput)', unit: 'vehicles', direction: 'higher-is-better', levels: BOTH, read: (f) => f.served },
  { id: 'utilization', label: 'booth utilization (busy ÷ staffed)', unit: 'share', direction: 'neutral', levels: ['lane'], read: (_f, c) => c?.utilization ?? null },
  { id: 'referrals', label: 'referrals to secondary', unit: 'vehicles', direction: 'neutral', levels: BOTH, read: (f) => f.referrals },
  { id: 'seizures', label: 'seizures', unit: 'seizures', direction: 'higher-is-better', levels: BOTH, read: (f) => f.seizures },
  { id: 'interdictionRate', label: 'interdiction rate (seized ÷ carriers)', unit: 'share', direction: 'higher-is-better', levels: BOTH, read: (f) => f.interdictionRate },
  { id: 'costOfDelay', label: 'cost of delay', unit: 'US dollars', direction: 'lower-is-better', levels: BOTH, read: (f) => f.costOfDelay },
  { id: 'gaveUpShare', label: 'share who gave up (balked or reneged)', unit: 'share', direction: 'lower-is-better', levels: BOTH, read: (f) => f.gaveUpShare },
];

/** The verdict text when the interval of the difference contains 0. */
export const NO_DETECTABLE_DIFFERENCE = 'no detectable difference at these replications';

/**
 * What the paired difference says. "better"/"worse" (or, for neutral figures, "higher"/"lower")
 * when its 95 % interval excludes 0; {@link NO_DETECTABLE_DIFFERENCE} when it contains 0 (or
 * there is one pair, so no interval); "not defined" when the figure is undefined in every pair
 * (an interdiction rate where no contraband arrived).
 */
export type Verdict = 'better' | 'worse' | 'higher' | 'lower' | typeof NO_DETECTABLE_DIFFERENCE | 'not defined';

/**
 * One figure at one port or lane group: OTHER − BASE over the paired replications. Values are
 * in the result document's units (`unit`; shares as 0–1, not percent).
 */
export interface ComparisonRow {
  /** Labels of the two inputs (see `CompareOptions.labels`). */
  base: string;
  other: string;
  /** Port id. */
  port: string;
  level: ComparisonLevel;
  /** The port id (level port) or the lane group id (level lane). */
  id: string;
  /** Figure id: "wait.mean", "waitOver.30", … */
  figure: string;
  unit: ComparedFigure['unit'];
  direction: Direction;
  /** Pairs where the figure was defined on both sides. */
  n: number;
  /** Means over those replications of BASE and of OTHER. */
  baseMean: number | null;
  otherMean: number | null;
  /** Mean, sd, 95 % interval and half-width of OTHER − BASE (not clipped: a difference may take either sign). */
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  halfWidth: number | null;
  verdict: Verdict;
  /**
   * Where there is no detectable difference: the replications at which the 95 % half-width
   * would fall below |mean difference| (a planning figure: ⌈(t·sd ÷ |mean|)²⌉ with t and sd
   * from the current pairs). null when the verdict is decided, when the mean difference is 0
   * (no number of replications resolves it: "n/a"), or with fewer than 2 pairs.
   */
  replicationsToResolve: number | null;
}

/** What one OTHER has that BASE has not, and the reverse: port ids, and lane group ids of the ports both have. */
export interface Unmatched {
  ports: string[];
  lanes: { port: string; lane: string }[];
  /** waitOver thresholds (minutes, as keys) of the ports both have. */
  waitThresholds: string[];
}

/** One OTHER against BASE: whether and how far they pair, what exists in only one, and the rows. */
export interface PairComparison {
  base: string;
  other: string;
  /** Replications paired index by index; 0 when they cannot be paired. */
  pairs: number;
  /** Why they cannot be paired (different seeds), or null. */
  unpairedReason: string | null;
  onlyInBase: Unmatched;
  onlyInOther: Unmatched;
  /** Things to know before reading the rows: measured periods that differ, unequal replication counts. */
  notes: string[];
  rows: ComparisonRow[];
}

/** Options of {@link compareResults}. */
export interface CompareOptions {
  /** Names of the inputs in rows and notes, same order as the documents (default: the scenario names); repeated names are numbered, "name (1)", "name (2)". */
  labels?: readonly string[];
}

/**
 * Compares every document after the first (OTHER) with the first (BASE): for each port both
 * have (by id), each lane group both have (by id) and each figure of {@link COMPARED_FIGURES},
 * the paired difference OTHER − BASE with its 95 % interval and a {@link Verdict}. Documents
 * must come from runs with the same seed to pair; a different seed gives no rows and says so
 * (`unpairedReason`), and unequal replication counts pair the first replications of each.
 */
export function compareResults(docs: readonly ResultDocument[], options: CompareOptions = {}): PairComparison[] {
  if (docs.length < 2) throw new RangeError(`compareResults: expected a base and at least one other document, got ${docs.length}`);
  const labels = numberRepeats(options.labels ?? docs.map((d) => d.scenario.name));
  if (labels.length !== docs.length) throw new RangeError(`compareResults: ${labels.length} labels for ${docs.length} documents`);
  return docs.slice(1).map((doc, i) => comparePair(docs[0], doc, labels[0], labels[i + 1]));
}

function comparePair(base: ResultDocument, other: ResultDocument, baseLabel: string, otherLabel: string): PairComparison {
  const out: PairComparison = {
    base: baseLabel,
    other: otherLabel,
    pairs: 0,
    unpairedReason: null,
    onlyInBase: unmatched(),
    onlyInOther: unmatched(),
    notes: [],
    rows: [],
  };
  const baseIds = base.ports.map((p) => p.id);
  const otherIds = other.ports.map((p) => p.id);
  out.onlyInBase.ports = baseIds.filter((id) => !otherIds.includes(id));
  out.onlyInOther.ports = otherIds.filter((id) => !baseIds.includes(id));

  if (base.seed !== other.seed) {
    out.unpairedReason = `cannot be paired: they ran with different seeds (${base.seed} and ${other.seed}), so their replications share no random numbers`;
    return out;
  }
  const pairs = Math.min(base.runs.length, other.runs.length);
  if (pairs === 0) {
    out.unpairedReason = 'cannot be paired: a document has no replications';
    return out;
  }
  out.pairs = pairs;
  if (base.runs.length !== other.runs.length) {
    out.notes.push(`replications differ (${base.runs.length} and ${other.runs.length}): the first ${pairs} of each are paired`);
  }
  if (pairs === 1) out.notes.push('one replication: a difference has no interval, so no verdict can be reached; run 2 or more');
  out.notes.push(...periodNotes(base, other));

  for (const bp of base.ports) {
    const op = other.ports.find((p) => p.id === bp.id);
    if (!op) continue;
    const bi = base.ports.indexOf(bp);
    const oi = other.ports.indexOf(op);
    const baseThresholds = Object.keys(bp.summary.waitOver);
    const otherThresholds = Object.keys(op.summary.waitOver);
    const thresholds = baseThresholds.filter((t) => otherThresholds.includes(t)).sort((a, b) => Number(a) - Number(b));
    out.onlyInBase.waitThresholds.push(...baseThresholds.filter((t) => !otherThresholds.includes(t)));
    out.onlyInOther.waitThresholds.push(...otherThresholds.filter((t) => !baseThresholds.includes(t)));

    const at = (doc: ResultDocument, portIndex: number, laneId: string | null) => (r: number): { f: Figures; c: CapacityFigures | null } | null => {
      const port: PortRun | undefined = doc.runs[r]?.ports[portIndex];
      if (!port) return null;
      if (laneId === null) return { f: port.summary, c: null };
      const lane = port.lanes.find((l) => l.id === laneId);
      return lane ? { f: lane, c: lane.capacity } : null;
    };
    const scopes: { level: ComparisonLevel; id: string; lane: string | null }[] = [{ level: 'port', id: bp.id, lane: null }];
    for (const id of laneIds(bp)) {
      if (laneIds(op).includes(id)) scopes.push({ level: 'lane', id, lane: id });
      else out.onlyInBase.lanes.push({ port: bp.id, lane: id });
    }
    for (const id of laneIds(op)) if (!laneIds(bp).includes(id)) out.onlyInOther.lanes.push({ port: bp.id, lane: id });

    for (const scope of scopes) {
      const readBase = at(base, bi, scope.lane);
      const readOther = at(other, oi, scope.lane);
      for (const fig of COMPARED_FIGURES) {
        if (!fig.levels.includes(scope.level)) continue;
        for (const threshold of fig.id === 'waitOver' ? thresholds : [undefined]) {
          const values = (read: typeof readBase) =>
            Array.from({ length: pairs }, (_, r) => {
              const x = read(r);
              return x ? fig.read(x.f, x.c, threshold) : null;
            });
          out.rows.push(
            pairedRow(values(readBase), values(readOther), {
              base: baseLabel,
              other: otherLabel,
              port: bp.id,
              level: scope.level,
              id: scope.id,
              figure: threshold === undefined ? fig.id : `${fig.id}.${threshold}`,
              unit: fig.unit,
              direction: fig.direction,
            }),
          );
        }
      }
    }
  }
  return out;
}

type RowKeys = Pick<ComparisonRow, 'base' | 'other' | 'port' | 'level' | 'id' | 'figure' | 'unit' | 'direction'>;

/** The paired difference of two aligned per-replication series, with its verdict and the replications that would resolve it. */
export function pairedRow(baseValues: readonly (number | null)[], otherValues: readonly (number | null)[], keys: RowKeys): ComparisonRow {
  const d = pairedDifference(baseValues, otherValues, COMPARISON_CONFIDENCE);
  // The means over the same pairs as the difference, so other − base = the mean difference.
  const both = baseValues.map((b, i) => b !== null && otherValues[i] !== null);
  const verdict = verdictOf(d.mean, d.ciLow, d.ciHigh, keys.direction);
  return {
    ...keys,
    n: d.n,
    baseMean: summarize(baseValues.map((v, i) => (both[i] ? v : null))).mean,
    otherMean: summarize(otherValues.map((v, i) => (both[i] ? v : null))).mean,
    mean: d.mean,
    sd: d.sd,
    ciLow: d.ciLow,
    ciHigh: d.ciHigh,
    halfWidth: d.halfWidth,
    verdict,
    replicationsToResolve: verdict === NO_DETECTABLE_DIFFERENCE ? replicationsToResolve(d.n, d.mean, d.sd) : null,
  };
}

/**
 * The verdict on a difference OTHER − BASE from its mean and interval: decided only when the
 * interval lies wholly above or below 0.
 */
export function verdictOf(mean: number | null, ciLow: number | null, ciHigh: number | null, direction: Direction): Verdict {
  if (mean === null) return 'not defined';
  if (ciLow === null || ciHigh === null || !(ciLow > 0 || ciHigh < 0)) return NO_DETECTABLE_DIFFERENCE;
  const up = ciLow > 0;
  if (direction === 'neutral') return up ? 'higher' : 'lower';
  return up === (direction === 'higher-is-better') ? 'better' : 'worse';
}

/**
 * Replications at which the 95 % half-width t·sd/√n would fall below |mean|: ⌈(t·sd ÷ |mean|)²⌉,
 * with t at the current n − 1 degrees of freedom (Law & Kelton's planning estimate, as
 * `replicationsNeeded` with relative precision 1; re-check after running them). null when
 * mean is 0 or there are fewer than 2 pairs.
 */
export function replicationsToResolve(n: number, mean: number | null, sd: number | null): number | null {
  if (n < 2 || mean === null || sd === null || mean === 0) return null;
  const t = studentTQuantile(1 - (1 - COMPARISON_CONFIDENCE) / 2, n - 1);
  return Math.max(2, Math.ceil(((t * sd) / Math.abs(mean)) ** 2));
}

function laneIds(port: PortResult): string[] {
  return port.lanes.map((l) => l.id);
}

function unmatched(): Unmatched {
  return { ports: [], lanes: [], waitThresholds: [] };
}

/** Differences in the period measured: the figures then mix the change with the period. */
function periodNotes(base: ResultDocument, other: ResultDocument): string[] {
  const a = base.scenario;
  const b = other.scenario;
  const fields: [keyof ResultDocument['scenario'], string][] = [
    ['horizonHours', 'horizon (hours)'],
    ['warmupHours', 'warm-up (hours)'],
    ['startHour', 'start hour'],
    ['startDay', 'start day'],
    ['endOfRun', 'end of run'],
  ];
  return fields
    .filter(([k]) => a[k] !== b[k])
    .map(([k, words]) => `the ${words} differs (${a[k]} and ${b[k]}): the figures cover different periods, so the differences include that as well as the change`);
}

/** Names repeat when a variant keeps its parent's name (or a file is compared with itself); numbering them keeps rows unambiguous. */
function numberRepeats(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((name) => {
    if ((counts.get(name) ?? 0) < 2) return name;
    const k = (seen.get(name) ?? 0) + 1;
    seen.set(name, k);
    return `${name} (${k})`;
  });
}

/**
 * One input of a comparison document: its label, scenario name, and the hash of the scenario
 * as run (the common seed and replications, and any horizon override, included), as in its
 * result document.
 */
export interface ComparisonInput {
  label: string;
  name: string;
  hash: string;
  horizonHours: number;
  warmupHours: number;
}

/**
 * The comparison as the command line writes it with `--format json`: format and version,
 * the engine, the inputs (BASE first) with their hashes, the common seed and replications,
 * the figure table, and for each OTHER its pairing, what exists in only one, notes and rows.
 */
export interface ComparisonDocument {
  format: typeof COMPARISON_FORMAT;
  version: typeof COMPARISON_VERSION;
  engine: ResultDocument['engine'];
  confidence: number;
  seed: number;
  replications: number;
  inputs: ComparisonInput[];
  figures: { id: string; label: string; unit: string; direction: Direction; levels: ComparisonLevel[] }[];
  comparisons: PairComparison[];
}

/** Builds the {@link ComparisonDocument} of documents run with one seed and replication count: BASE first. */
export function comparisonDocument(docs: readonly ResultDocument[], options: CompareOptions = {}): ComparisonDocument {
  const comparisons = compareResults(docs, options);
  const labels = [comparisons[0].base, ...comparisons.map((c) => c.other)];
  return {
    format: COMPARISON_FORMAT,
    version: COMPARISON_VERSION,
    engine: docs[0].engine,
    confidence: COMPARISON_CONFIDENCE,
    seed: docs[0].seed,
    replications: docs[0].replications,
    inputs: docs.map((d, i) => ({ label: labels[i], name: d.scenario.name, hash: d.scenario.hash, horizonHours: d.scenario.horizonHours, warmupHours: d.scenario.warmupHours })),
    figures: COMPARED_FIGURES.map((f) => ({ id: f.id, label: f.label, unit: f.unit, direction: f.direction, levels: [...f.levels] })),
    comparisons,
  };
}
