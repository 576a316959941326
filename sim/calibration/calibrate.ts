// Calibration: fits a scenario's unknown inputs — officers on duty by hour, a primary-time scale per lane group,
// program shares — to observed hourly mean waits by CBP lane class.
//
// Method (also in the README, "Calibration", and in every result's `method`):
//  - Objective: the sum over the in-sample (lane class, clock hour) rows of n·(simulated − observed)², where
//    `observed` is the mean of the n observations of that lane class and hour and `simulated` the
//    replications' mean of the arrival-weighted hourly mean wait of the lane class's lane groups (as
//    `compareWaits`); a lane-hour observed where nobody was simulated counts as a simulated 0 when a booth of
//    the class was open (nobody chose those lanes) and as an error of 1,000 minutes when all were closed.
//    Held-out observations never enter it. Every evaluation runs the same replications on the
//    same seed (common random numbers), so the objective is a deterministic function of the inputs and two
//    candidates differ by their inputs, not by noise.
//  - Officers: coordinate descent over blocks of clock hours. Each lane group's block ends at an hour its lane
//    class was observed and holds the unobserved hours since the observed hour before (wrapping past
//    midnight), since a line carries over from one hour into the next. For each block, every lane group's
//    officers are raised by its step (one evaluation for all lane groups together); the lane groups whose own
//    lane class's error fell keep the move if the total error fell too (if only some improved, they are
//    evaluated alone first: lane choice couples the lane groups); the others try the step down. Steps start at about a sixth of
//    the lane group's busiest hour and halve after a sweep that kept nothing, down to one officer; the
//    officers stay whole numbers within the bounds (default 0 to twice the scenario's, within the booths).
//  - Service: golden-section search on each lane group's primary-time scale (every time parameter of its
//    primary distributions multiplied by the scale; default 0.7–1.4), lane groups side by side, each on its
//    own lane class's error, to a bracket of 0.01.
//  - Shares: golden-section search on each program share of each flow (default ± 10 points, within 0–1 and a
//    flow's shares adding up to at most 1), one after another, on the total error, to a bracket of 0.005.
//  - With several inputs, the phases run in that order, and once more if the first round lowered the error
//    by more than 1 %. The result is the best evaluation of all (so never worse than the scenario as given),
//    and its fit is reported for the in-sample and the held-out observations.

import type { Calibration, FittedInput } from '../../scenarios/calibration-schema.ts';
import type { Distribution } from '../../scenarios/distribution.ts';
import { modesOf } from '../../scenarios/lane-defaults.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import type { LaneGroup } from '../../scenarios/schema.ts';
import { officersAt } from '../../scenarios/staffing.ts';
import { compareWaits, laneMatches, type HourlyWaitsView, type WaitComparisonDocument } from '../../observed/compare.ts';
import { summarizeFit, type FitSummary } from '../../observed/fit.ts';
import { observationsOfDayType, type ObservedDayType, type ObservedLaneType, type ObservedWaits } from '../../observed/observations.ts';
import { compileScenario } from '../compile/compile-scenario.ts';
import type { ReplicationResult } from '../results/document.ts';
import { runReplication } from '../run/replication.ts';
import { withOverrides } from '../run/run-scenario.ts';
import { scaleDistribution } from '../sensitivity/sensitivity.ts';
import { DEFAULT_OFFICER_BOUNDS, officerRange, parseFit, parseHoldout, parseOfficerBounds, splitObservations, type Holdout, type OfficerBounds } from './holdout.ts';

/** The search in words, as results and the written `calibration` block record it. */
export const CALIBRATION_METHOD =
  'Weighted least squares on hourly mean waits by CBP lane class (weight: observations per hour), over the in-sample observations only, every evaluation on the same seed and replications (common random numbers). ' +
  'Officers: coordinate descent over blocks of clock hours (an observed hour and the unobserved hours before it), all lane groups moved together, those whose own lane class’s error falls keeping the move when the total error falls too; whole-officer steps from about a sixth of the busiest hour, halved after a sweep that keeps nothing, down to 1. ' +
  'Service: golden-section search on each lane group’s primary-time scale, side by side, each on its own lane class’s error, to a bracket of 0.01. ' +
  'Shares: golden-section search on each program share in turn, on the total error, to a bracket of 0.005. ' +
  'Phases in that order, repeated once if the first round lowered the error by more than 1 %; the result is the best evaluation.';

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Inputs to fit: any of `officers`, `service`, `shares` (as a list or comma-separated text). */
  fit: readonly FittedInput[] | string;
  /** Observations held out of the fit (`hours:A-B`, `lane:TYPE`, `day:TYPE`, `every:N`), or none. */
  holdout?: Holdout | string | null;
  /** Use only the observations of this day type. Default: all. */
  dayType?: ObservedDayType;
  /** Seed of every evaluation (default: the scenario's). */
  seed?: number;
  /** Replications of every evaluation. Default 5. */
  replications?: number;
  /** Overrides the scenario's horizon (warm-up kept). */
  horizonHours?: number;
  /** Officers on duty each hour: `MIN..MAX`, whole officers or multiples of the scenario's (`0..2x`, the default). */
  officerBounds?: OfficerBounds | string;
  /** Range of the primary-time scale of each lane group. Default [0.7, 1.4]. */
  serviceBounds?: readonly [number, number];
  /** Program shares move at most this many percentage points from the scenario's. Default 10. */
  sharePoints?: number;
  /** Most runs of the scenario (each of all replications). Default 150. */
  maxEvaluations?: number;
  /** The observed file as the user named it, for the record. Default: the file the observations were read from. */
  observedFile?: string;
  /** Called after every evaluation. */
  onProgress?: (progress: CalibrateProgress) => void;
  /** Stops the search (between replications) with the signal's reason. */
  signal?: AbortSignal;
}

/** Where a calibration stands, after an evaluation. */
export interface CalibrateProgress {
  phase: 'start' | FittedInput;
  evaluations: number;
  maxEvaluations: number;
  /** In-sample objective of the evaluation just run (Σ n·error², minutes²). */
  objective: number;
  /** The best so far. */
  best: number;
}

/** A lane group calibration fitted: its lane class, and officers and scale before and after. */
export interface CalibratedLane {
  port: string;
  lane: string;
  laneType: ObservedLaneType;
  booths: number;
  /** Officers on duty by clock hour (00:00 first), as given and fitted; null when officers were not fitted. */
  officers: { start: number[]; fitted: number[]; min: number[]; max: number[] } | null;
  /** Primary-time scale fitted (1 = as given); null when service was not fitted. */
  serviceScale: number | null;
}

/** A program share calibration fitted. */
export interface CalibratedShare {
  port: string;
  flow: string;
  program: string;
  start: number;
  fitted: number;
}

/** What {@link calibrate} returns: the fit before and after, what was fitted, and the fitted scenario with its `calibration` record. */
export interface CalibrateResult {
  format: 'borderflow-calibration';
  version: 1;
  scenario: string;
  observed: { file: string; format: string; observations: number; inSample: number; heldOut: number; dayType: ObservedDayType | null };
  fitted: FittedInput[];
  holdout: string | null;
  method: string;
  seed: number;
  replications: number;
  horizonHours: number;
  evaluations: number;
  maxEvaluations: number;
  /** The search stopped at the cap on evaluations. */
  capHit: boolean;
  /** In-sample objective Σ n·(simulated − observed)², minutes², of the scenario as given and as fitted. */
  objective: { start: number; fitted: number };
  /** The scenario as given: its fit in-sample and held out. */
  start: { inSample: FitSummary; heldOut: FitSummary | null };
  inSample: FitSummary;
  heldOut: FitSummary | null;
  /** max(1, 0.15 × in-sample RMSE): how far a re-run's in-sample RMSE may drift before the scenario needs calibrating again. */
  toleranceMinutes: number;
  lanes: CalibratedLane[];
  shares: CalibratedShare[];
  notes: string[];
  /** The record written into the fitted scenario. */
  calibration: Calibration;
  /** The scenario with the fitted values and the `calibration` record. */
  fittedScenario: Scenario;
}

interface LaneRef {
  pi: number;
  li: number;
  port: string;
  lane: string;
  laneType: ObservedLaneType;
  booths: number;
}

interface ShareRef {
  pi: number;
  fi: number;
  port: string;
  flow: string;
  program: string;
}

interface Params {
  officers: number[][];
  scale: number[];
  shares: number[];
}

interface Evaluation {
  objective: number;
  /** Σ n·error² by lane class, in-sample. */
  byType: Map<ObservedLaneType, number>;
  view: HourlyWaitsView | null;
  params: Params;
}

const HOURS = 24;
const PHI = (Math.sqrt(5) - 1) / 2;
/** The error counted for an observed lane-hour with nobody simulated in it. */
const MISSING_MINUTES = 1000;

/**
 * Fits the chosen inputs of `input` to the observed hourly waits (see the method at the top of
 * sim/calibration/calibrate.ts and {@link CALIBRATION_METHOD}). Runs the scenario many times,
 * synchronously; throws `RangeError` for a bad option, a holdout that leaves nothing to fit or
 * nothing held out, or observations of no lane class the scenario has; and the signal's reason when
 * aborted.
 */
export function calibrate(input: Scenario, observed: ObservedWaits, options: CalibrateOptions): CalibrateResult {
  const fit = typeof options.fit === 'string' ? parseFit(options.fit) : [...options.fit];
  if (fit.length === 0) throw new RangeError('expected at least one input to fit (officers, service, shares)');
  const holdout = options.holdout === undefined || options.holdout === null ? null : typeof options.holdout === 'string' ? parseHoldout(options.holdout) : options.holdout;
  const bounds = typeof options.officerBounds === 'object' ? options.officerBounds : parseOfficerBounds(options.officerBounds ?? DEFAULT_OFFICER_BOUNDS);
  const [scaleLo, scaleHi] = options.serviceBounds ?? [0.7, 1.4];
  if (!(scaleLo > 0 && scaleLo < scaleHi)) throw new RangeError(`service bounds must be 0 < least < most, got ${scaleLo}..${scaleHi}`);
  const sharePoints = options.sharePoints ?? 10;
  if (!(sharePoints > 0 && sharePoints <= 100)) throw new RangeError(`share bounds must be more than 0 and at most 100 points, got ${sharePoints}`);
  const maxEvaluations = options.maxEvaluations ?? 150;
  if (!(Number.isInteger(maxEvaluations) && maxEvaluations >= 1)) throw new RangeError(`maxEvaluations must be a whole number ≥ 1, got ${maxEvaluations}`);
  options.signal?.throwIfAborted();

  const notes: string[] = [];
  const base: Scenario = withOverrides(structuredClone(input), { seed: options.seed, replications: options.replications ?? 5, horizonHours: options.horizonHours });
  delete base.calibration;

  let all = observed.observations;
  if (options.dayType) {
    const sel = observationsOfDayType(observed, options.dayType);
    if (sel.observed.observations.length === 0) throw new RangeError(`no observation is of day type ${options.dayType}${sel.untyped > 0 ? ` (${sel.untyped} carry no day type)` : ''}`);
    all = sel.observed.observations;
  }
  all = all.filter((o) => o.waitMinutes !== null);
  if (all.length === 0) throw new RangeError(`${observed.file}: no observation has a wait; expected at least one figure in minutes`);
  const split = splitObservations(all, holdout);
  if (holdout && split.heldOut.length === 0) throw new RangeError(`holdout ${holdout.text}: holds out no observation (hours observed: ${[...new Set(all.map((o) => o.hour))].sort((a, b) => a - b).join(', ')})`);
  if (split.inSample.length === 0) throw new RangeError(`holdout ${holdout?.text}: holds out every observation; nothing is left to fit`);
  const inObs: ObservedWaits = { ...observed, observations: split.inSample };
  const outObs: ObservedWaits | null = holdout ? { ...observed, observations: split.heldOut } : null;

  // Lane groups that report as an observed (in-sample) lane class: the ones whose inputs are fitted.
  const inTypes = [...new Set(split.inSample.map((o) => o.laneType))];
  const allTypes = [...new Set(all.map((o) => o.laneType))];
  const lanes: LaneRef[] = [];
  base.ports.forEach((p, pi) =>
    p.laneGroups.forEach((l, li) => {
      const t = inTypes.find((x) => laneMatches(x, { kind: l.kind, modes: modesOf(l) }));
      if (t) lanes.push({ pi, li, port: p.id, lane: l.id, laneType: t, booths: l.booths });
    }),
  );
  const unmatched = allTypes.filter((t) => !base.ports.some((p) => p.laneGroups.some((l) => laneMatches(t, { kind: l.kind, modes: modesOf(l) }))));
  if (lanes.length === 0) {
    throw new RangeError(`no lane group of the scenario reports as the observed lane class${inTypes.length === 1 ? '' : 'es'} ${inTypes.join(', ')}; expected observations of a lane class the scenario has (its lane groups are of kind ${[...new Set(base.ports.flatMap((p) => p.laneGroups.map((l) => l.kind)))].join(', ')})`);
  }
  if (unmatched.length > 0) notes.push(`observations of ${unmatched.join(', ')} match no lane group of the scenario and are not compared`);
  const heldTypes = allTypes.filter((t) => !inTypes.includes(t) && !unmatched.includes(t));
  if (heldTypes.length > 0) notes.push(`${heldTypes.join(', ')}: every observation held out, so the lane groups of that class keep their inputs`);

  // Starting values and bounds.
  const startOfficers = lanes.map((r) => {
    const g = base.ports[r.pi].laneGroups[r.li];
    return Array.from({ length: HOURS }, (_, h) => Math.min(r.booths, g.officers === undefined ? r.booths : officersAt(g.officers, h, options.dayType ?? 'weekday')));
  });
  const range = startOfficers.map((row, k) => row.map((x) => officerRange(bounds, x, lanes[k].booths)));
  if (fit.includes('officers')) {
    for (const r of lanes) {
      const o = base.ports[r.pi].laneGroups[r.li].officers;
      const how = o === undefined ? 'one officer per booth (the default)' : 'byDayType' in o ? `staffing by day type (the ${options.dayType ?? 'weekday'} schedule fitted)` : 'shifts' in o ? 'shifts' : 'constant' in o ? `a constant ${o.constant}` : null;
      if (how) notes.push(`${r.port}/${r.lane} had ${how}; fitted hour by hour and written as officers: { byHour }`);
    }
  }
  const shareRefs: ShareRef[] = [];
  base.ports.forEach((p, pi) =>
    p.flows.forEach((f, fi) => {
      for (const [program, v] of Object.entries(f.programs)) if (v !== undefined) shareRefs.push({ pi, fi, port: p.id, flow: f.id, program });
    }),
  );
  if (fit.includes('shares') && shareRefs.length === 0) throw new RangeError('shares: no flow of the scenario has program shares to fit');
  const startShares = shareRefs.map((r) => (base.ports[r.pi].flows[r.fi].programs as Record<string, number>)[r.program]);
  const start: Params = { officers: startOfficers.map((r) => [...r]), scale: lanes.map(() => 1), shares: [...startShares] };

  const apply = (p: Params): Scenario => {
    const s = structuredClone(base);
    lanes.forEach((r, k) => {
      const g = s.ports[r.pi].laneGroups[r.li];
      if (fit.includes('officers')) g.officers = { byHour: [...p.officers[k]] };
      if (fit.includes('service') && p.scale[k] !== 1) scaleLane(g, p.scale[k]);
    });
    if (fit.includes('shares')) shareRefs.forEach((r, j) => ((s.ports[r.pi].flows[r.fi].programs as Record<string, number>)[r.program] = p.shares[j]));
    return s;
  };

  // Evaluations, cached by their inputs; the best kept with its runs.
  const cache = new Map<string, Evaluation>();
  let evaluations = 0;
  let capHit = false;
  let phase: CalibrateProgress['phase'] = 'start';
  let best: Evaluation | null = null;
  let first: Evaluation | null = null;
  const evaluate = (p: Params): Evaluation | null => {
    const key = JSON.stringify(p);
    const hit = cache.get(key);
    if (hit) return hit;
    if (evaluations >= maxEvaluations) {
      capHit = true;
      return null;
    }
    const scenario = apply(p);
    const model = compileScenario(scenario);
    const runs: ReplicationResult[] = [];
    for (let r = 0; r < model.replications; r++) {
      options.signal?.throwIfAborted();
      runs.push(runReplication(model, r).result);
    }
    evaluations++;
    const view: HourlyWaitsView = { scenario: { name: model.name, hash: model.hash, horizonHours: model.horizonHours, warmupHours: model.warmupHours }, seed: model.seed, replications: model.replications, runs };
    const cmp = compareWaits(base, view, inObs, { scenario: '' });
    const byType = new Map<ObservedLaneType, number>();
    let objective = 0;
    for (const t of cmp.laneTypes) {
      let sse = 0;
      // A lane-hour observed with nobody simulated in it: with a booth open, nobody chose those lanes and an
      // arrival would not have waited (simulated 0); with every booth closed it cannot be compared and counts
      // as an error of 1,000 minutes, so no candidate gains by closing lanes.
      for (const row of t.rows) {
        const d = row.difference ?? (openAt(scenario, t.laneType, row.hour) ? -row.observed : MISSING_MINUTES);
        sse += row.observations * d ** 2;
      }
      byType.set(t.laneType, sse);
      objective += sse;
    }
    const ev: Evaluation = { objective, byType, view: null, params: structuredClone(p) };
    if (!first) {
      first = ev;
      ev.view = view;
    }
    if (!best || objective < best.objective) {
      if (best && best !== first) best.view = null; // keep the runs of the start and of the best only
      best = ev;
      ev.view = view;
    }
    cache.set(key, ev);
    options.onProgress?.({ phase, evaluations, maxEvaluations, objective, best: best.objective });
    return ev;
  };

  const startEval = evaluate(start)!;
  let current = structuredClone(start);
  let currentEval = startEval;
  const typeError = (ev: Evaluation, k: number) => ev.byType.get(lanes[k].laneType) ?? 0;

  const officersPhase = (firstStep: (k: number) => number): void => {
    phase = 'officers';
    const blocks = lanes.map((r) => hourBlocks([...new Set(split.inSample.filter((o) => o.laneType === r.laneType).map((o) => o.hour))]));
    const step = lanes.map((_, k) => firstStep(k));
    const done = lanes.map(() => false);
    const moved = (trial: Params, ks: readonly number[]): Params => {
      const p = structuredClone(currentEval.params);
      for (const k of ks) p.officers[k] = [...trial.officers[k]];
      return p;
    };
    while (done.some((d) => !d)) {
      const kept = lanes.map(() => false);
      const longest = Math.max(...blocks.map((b) => b.length));
      for (let b = 0; b < longest; b++) {
        const movedUp = new Set<number>();
        for (const dir of [1, -1]) {
          const trial = structuredClone(currentEval.params);
          const changed: number[] = [];
          lanes.forEach((_, k) => {
            if (done[k] || movedUp.has(k) || !blocks[k][b]) return;
            let differs = false;
            for (const h of blocks[k][b]) {
              const [lo, hi] = range[k][h];
              const v = Math.max(lo, Math.min(hi, trial.officers[k][h] + dir * step[k]));
              if (v !== trial.officers[k][h]) differs = true;
              trial.officers[k][h] = v;
            }
            if (differs) changed.push(k);
          });
          if (changed.length === 0) continue;
          const ev = evaluate(trial);
          if (!ev) return;
          // The lane groups whose own lane class's error fell; kept when the total falls too (tried alone when
          // the others' moves cost more than they gained, since lane choice couples the lane groups).
          const better = changed.filter((k) => typeError(ev, k) < typeError(currentEval, k) - 1e-9);
          let next: Evaluation | null = null;
          if (better.length === changed.length) next = ev.objective < currentEval.objective - 1e-9 ? ev : null;
          else if (better.length > 0) {
            const alone = evaluate(moved(trial, better));
            if (!alone) return;
            next = alone.objective < currentEval.objective - 1e-9 ? alone : null;
          }
          if (next) {
            for (const k of better) {
              kept[k] = true;
              if (dir === 1) movedUp.add(k);
            }
            currentEval = next;
          }
        }
      }
      lanes.forEach((_, k) => {
        if (done[k] || kept[k]) return;
        if (step[k] === 1) done[k] = true;
        else step[k] = Math.max(1, Math.floor(step[k] / 2));
      });
    }
  };

  const servicePhase = (): void => {
    phase = 'service';
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    const a = lanes.map(() => scaleLo);
    const b = lanes.map(() => scaleHi);
    const c = lanes.map((_, k) => round3(b[k] - PHI * (b[k] - a[k])));
    const d = lanes.map((_, k) => round3(a[k] + PHI * (b[k] - a[k])));
    const at = (xs: number[]) => ({ ...structuredClone(current), scale: [...xs] });
    const ec = evaluate(at(c));
    if (!ec) return;
    const ed = evaluate(at(d));
    if (!ed) return;
    const fc = lanes.map((_, k) => typeError(ec, k));
    const fd = lanes.map((_, k) => typeError(ed, k));
    for (;;) {
      const open = lanes.map((_, k) => b[k] - a[k] > 0.01);
      if (!open.some((x) => x)) break;
      const probe = lanes.map((_, k) => (fc[k] <= fd[k] ? c[k] : d[k]));
      const need: ('c' | 'd' | null)[] = lanes.map(() => null);
      lanes.forEach((_, k) => {
        if (!open[k]) return;
        if (fc[k] <= fd[k]) {
          b[k] = d[k];
          d[k] = c[k];
          fd[k] = fc[k];
          c[k] = round3(b[k] - PHI * (b[k] - a[k]));
          probe[k] = c[k];
          need[k] = 'c';
        } else {
          a[k] = c[k];
          c[k] = d[k];
          fc[k] = fd[k];
          d[k] = round3(a[k] + PHI * (b[k] - a[k]));
          probe[k] = d[k];
          need[k] = 'd';
        }
      });
      const ev = evaluate(at(probe));
      if (!ev) break;
      lanes.forEach((_, k) => {
        if (need[k] === 'c') fc[k] = typeError(ev, k);
        else if (need[k] === 'd') fd[k] = typeError(ev, k);
      });
    }
    current = at(lanes.map((_, k) => (fc[k] <= fd[k] ? c[k] : d[k])));
  };

  const sharesPhase = (): void => {
    phase = 'shares';
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    shareRefs.forEach((r, j) => {
      const others = shareRefs.reduce((sum, r2, j2) => (j2 !== j && r2.pi === r.pi && r2.fi === r.fi ? sum + current.shares[j2] : sum), 0);
      let a = Math.max(0, round3(startShares[j] - sharePoints / 100));
      let b = Math.min(round3(1 - others), 1, round3(startShares[j] + sharePoints / 100));
      if (!(b > a)) return;
      const at = (x: number) => {
        const p = structuredClone(current);
        p.shares[j] = x;
        return p;
      };
      let c = round3(b - PHI * (b - a));
      let d = round3(a + PHI * (b - a));
      const ec = evaluate(at(c));
      const ed = ec && evaluate(at(d));
      if (!ec || !ed) return;
      let fc = ec.objective;
      let fd = ed.objective;
      while (b - a > 0.005) {
        if (fc <= fd) {
          b = d;
          d = c;
          fd = fc;
          c = round3(b - PHI * (b - a));
          const ev = evaluate(at(c));
          if (!ev) break;
          fc = ev.objective;
        } else {
          a = c;
          c = d;
          fc = fd;
          d = round3(a + PHI * (b - a));
          const ev = evaluate(at(d));
          if (!ev) break;
          fd = ev.objective;
        }
      }
      const here = evaluate(current)?.objective ?? Infinity;
      const bestX = fc <= fd ? c : d;
      if (Math.min(fc, fd) < here) current = at(bestX);
    });
  };

  const round = (firstRound: boolean): void => {
    if (fit.includes('officers') && !capHit) {
      currentEval = evaluate(current) ?? currentEval;
      officersPhase((k) => (firstRound ? Math.max(1, Math.round(Math.max(...startOfficers[k]) / 6)) : 1));
      current = structuredClone(currentEval.params);
    }
    if (fit.includes('service') && !capHit) {
      servicePhase();
      currentEval = evaluate(current) ?? currentEval;
    }
    if (fit.includes('shares') && !capHit) {
      sharesPhase();
      currentEval = evaluate(current) ?? currentEval;
    }
  };
  round(true);
  const afterFirst = (best as Evaluation | null)?.objective ?? startEval.objective;
  if (fit.length > 1 && !capHit && afterFirst < 0.99 * startEval.objective) round(false);

  const winner = (best as Evaluation | null) ?? startEval;
  if (capHit) notes.push(`the search stopped at the cap of ${maxEvaluations} evaluations; more (--max-evaluations) may fit better`);
  const summaries = (ev: Evaluation) => ({
    inSample: summarizeFit(compareWaits(base, ev.view!, inObs, { scenario: '' })),
    heldOut: outObs ? summarizeFit(compareWaits(base, ev.view!, outObs, { scenario: '' })) : null,
  });
  const before = summaries(startEval);
  const after = summaries(winner);
  const toleranceMinutes = roundTo(Math.max(1, 0.15 * (after.inSample.rmseMinutes ?? 0)), 3);

  const fittedScenario = apply(winner.params);
  // The run-time overrides used for the fit are recorded, not written into the scenario.
  fittedScenario.seed = input.seed;
  fittedScenario.replications = input.replications;
  fittedScenario.horizonHours = input.horizonHours;
  const calibration: Calibration = {
    observed: options.observedFile ?? observed.file,
    ...(options.dayType ? { dayType: options.dayType } : {}),
    fitted: fit,
    holdout: holdout?.text ?? null,
    method: CALIBRATION_METHOD,
    seed: base.seed,
    replications: base.replications,
    ...(base.horizonHours !== input.horizonHours ? { horizonHours: base.horizonHours } : {}),
    evaluations,
    inSample: after.inSample,
    heldOut: after.heldOut,
    toleranceMinutes,
  };
  fittedScenario.calibration = calibration;

  return {
    format: 'borderflow-calibration',
    version: 1,
    scenario: base.name,
    observed: { file: options.observedFile ?? observed.file, format: observed.format, observations: all.length, inSample: split.inSample.length, heldOut: split.heldOut.length, dayType: options.dayType ?? null },
    fitted: fit,
    holdout: holdout?.text ?? null,
    method: CALIBRATION_METHOD,
    seed: base.seed,
    replications: base.replications,
    horizonHours: base.horizonHours,
    evaluations,
    maxEvaluations,
    capHit,
    objective: { start: startEval.objective, fitted: winner.objective },
    start: before,
    inSample: after.inSample,
    heldOut: after.heldOut,
    toleranceMinutes,
    lanes: lanes.map((r, k) => ({
      port: r.port,
      lane: r.lane,
      laneType: r.laneType,
      booths: r.booths,
      officers: fit.includes('officers') ? { start: startOfficers[k], fitted: winner.params.officers[k], min: range[k].map((x) => x[0]), max: range[k].map((x) => x[1]) } : null,
      serviceScale: fit.includes('service') ? winner.params.scale[k] : null,
    })),
    shares: fit.includes('shares') ? shareRefs.map((r, j) => ({ port: r.port, flow: r.flow, program: r.program, start: startShares[j], fitted: winner.params.shares[j] })) : [],
    notes,
    calibration,
    fittedScenario,
  };
}

/** Whether some lane group of the lane class has an officer on duty at the start of the clock hour (weekday staffing). */
function openAt(scenario: Scenario, laneType: ObservedLaneType, hour: number): boolean {
  return scenario.ports.some((p) =>
    p.laneGroups.some((l) => laneMatches(laneType, { kind: l.kind, modes: modesOf(l) }) && l.booths > 0 && (l.officers === undefined || officersAt(l.officers, hour) > 0)),
  );
}

/**
 * Blocks of clock hours for the officer search: one per observed hour, holding that hour and the
 * unobserved hours since the observed hour before it (wrapping past midnight); one observed hour
 * gives one block of all 24 hours.
 */
export function hourBlocks(observedHours: readonly number[]): number[][] {
  const hours = [...new Set(observedHours)].sort((a, b) => a - b);
  if (hours.length === 0) return [];
  return hours.map((h, i) => {
    const prev = hours[(i + hours.length - 1) % hours.length];
    const block: number[] = [];
    let x = (prev + 1) % HOURS;
    for (;;) {
      block.push(x);
      if (x === h) break;
      x = (x + 1) % HOURS;
    }
    return block;
  });
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A distribution scaled by f, its numbers kept to 12 significant digits so the written file reproduces the run exactly. */
function scaled(d: Distribution, f: number): Distribution {
  const out = scaleDistribution(d, f) as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === 'number') out[k] = Number(v.toPrecision(12));
    else if (Array.isArray(v) && k === 'values') out[k] = v.map((x: number) => Number(x.toPrecision(12)));
  }
  return out as Distribution;
}

/** Every primary-time distribution of a lane group scaled by f (as sensitivity's `service` input scales them). */
export function scaleLane(g: LaneGroup, f: number): void {
  g.primarySeconds = scaled(g.primarySeconds, f);
  for (const k of Object.keys(g.primaryByFlow)) g.primaryByFlow[k] = scaled(g.primaryByFlow[k], f);
  const byProgram = g.primaryByProgram as Partial<Record<string, Distribution>>;
  for (const [k, d] of Object.entries(byProgram)) if (d !== undefined) byProgram[k] = scaled(d, f);
}
