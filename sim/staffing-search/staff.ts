// The staffing search: the fewest officers on duty, hour by hour (or shift by shift) and lane group by lane group, that meet a wait target in every clock hour.
//
// Method (also in the README, "Staffing search"):
//  1. Bound. One run of the scenario as given measures, per lane-hour, the arrivals λ and the realised
//     mean primary time E[S]; the booths cannot keep up with fewer than ⌊λ·E[S]⌋ + 1 officers (the
//     offered load, strictly exceeded), so the search starts there (1 where nothing was measured, 0 in
//     an hour nobody arrives), never above the booths.
//  2. Grow. Every evaluation runs all replications on the same seed (common random numbers), so two
//     staffings differ only by the staffing, not by noise. A lane-hour meets the target when the
//     one-sided upper confidence bound over replications of its figure (mean + t·sd/√n) is within the
//     limit. In each lane group one officer is added at the EARLIEST failing hour — a line carries over
//     into later hours, so fixing the first failure often fixes those after it — or at the hour before
//     it when that hour's line grew through it (offered load ≥ 1: its line is what spills over). An
//     hour already at its booths gets the officer in the hour before, if that has a free booth; else it
//     is infeasible (officers beyond booths open nothing) and is reported. Repeat until every hour
//     meets the target, or the budget or the cap on evaluations is reached.
//  3. Trim. From the latest hour to the earliest, remove officers one at a time while every lane-hour
//     that met the target still does (the bound of step 1 is no true bound when the line carries over
//     between hours, and step 2 may overshoot).
// A lane group staffed by shifts keeps its shift pattern (starts and ends fixed) and the search is over
// the officers per shift instead: step 1 covers the hourly bound with the fewest shift officers (greedy,
// the shift covering the most hours still short first); step 2 adds an officer to a shift covering the
// hour picked as above — the one whose officer covers the most failing hours, ties to the earliest start
// — never to a shift whose officer would only pass the booths; step 3 removes officers from shifts, the
// latest-starting first. `{ constant }`, `{ byHour }` and `{ byDayType }` staffing (and shifts with the
// by-hour option) are searched hour by hour and written as `officers: { byHour }`, the same every day.

import type { Scenario } from '../../scenarios/scenario.ts';
import type { DailyStaffing, Staffing } from '../../scenarios/schema.ts';
import { officersAt } from '../../scenarios/staffing.ts';
import { compileScenario } from '../compile/compile-scenario.ts';
import type { CompiledModel } from '../model/compiled.ts';
import type { Figures, LaneRun, ReplicationResult } from '../results/document.ts';
import { runReplication } from '../run/replication.ts';
import { withOverrides } from '../run/run-scenario.ts';
import { studentTQuantile } from '../stats/student-t.ts';
import { parseTarget, type StaffingTarget } from './target.ts';

/** Options of {@link staff}. */
export interface StaffOptions {
  /** The target, parsed or as text ("p95 wait <= 30 min", "mean wait <= 10 min", "P(wait > 30 min) <= 0.1"). */
  target: StaffingTarget | string;
  /** Lane groups to staff, by id (or "port/lane" where ids repeat across ports). Default: every lane group. */
  lanes?: readonly string[];
  /** One-sided confidence of the upper bound each lane-hour's figure must keep within the target. Default 0.95. */
  confidence?: number;
  /** Replications per evaluation (default: the scenario's). */
  replications?: number;
  /** Seed of every evaluation (default: the scenario's); the same for all, so staffings share random numbers. */
  seed?: number;
  /** Overrides the scenario's horizon (warm-up kept). */
  horizonHours?: number;
  /** Most officer-hours per day over the lane groups searched. Default: no limit. */
  budget?: number;
  /** Most runs of the scenario (each of all replications). Default 200. */
  maxEvaluations?: number;
  /** US dollars per officer-hour, for the cost per day. Default: no cost reported. */
  officerCostPerHour?: number;
  /** Search officers hour by hour (written as `byHour`) even where the scenario staffs a lane group by shifts. Default false: shifts are kept and their officers searched. */
  byHour?: boolean;
  /** Called after every evaluation. */
  onProgress?: (progress: StaffProgress) => void;
  /** Stops the search (between replications) with the signal's reason. */
  signal?: AbortSignal;
}

/** Where a staffing search stands, after an evaluation. */
export interface StaffProgress {
  phase: 'bound' | 'grow' | 'trim';
  evaluations: number;
  maxEvaluations: number;
  /** Lane-hours failing the target in the staffing just run. */
  failing: number;
  /** Officer-hours per day of the staffing just run, over the lane groups searched. */
  officerHours: number;
}

/** One clock hour of a lane group in the staffing found. */
export interface StaffHour {
  hour: number;
  officers: number;
  /** Where the search started (offered-load bound). */
  lowerBound: number;
  /** The figure's mean over replications; null when nobody arrived in that hour. */
  estimate: number | null;
  /** Its one-sided upper confidence bound (the estimate itself with one replication); Infinity when travelers arrived but none reached a booth. */
  upperBound: number | null;
  meets: boolean;
  /** Failing with nothing left to add: every booth of the hour (and of the hour before) staffed, or no shift covers the hour. */
  infeasible: boolean;
  /** Upper bound − limit where the hour fails, else null. */
  excess: number | null;
}

/** One lane group in the staffing found. */
export interface StaffLane {
  port: string;
  lane: string;
  label: string;
  booths: number;
  /** How the scenario staffed it. */
  staffedBy: 'default' | 'constant' | 'byHour' | 'shifts' | 'byDayType';
  /** How the staffing found is written: `shifts` keeps the scenario's shift pattern with the officers found per shift. */
  writtenAs: 'byHour' | 'shifts';
  /** The shifts with the officers found (scenario order), when written as shifts; else null. */
  shifts: { start: number; end: number; officers: number }[] | null;
  /** Officers on duty at the start of each clock hour (00:00 first). */
  officersByHour: number[];
  officerHoursPerDay: number;
  /** officerHoursPerDay × cost per officer-hour, US dollars; null without a cost. */
  costPerDay: number | null;
  hours: StaffHour[];
}

/** A lane-hour that does not meet the target in the staffing found, and why the search left it. */
export interface StaffFailure {
  port: string;
  lane: string;
  hour: number;
  upperBound: number | null;
  excess: number | null;
  /** booths: every booth staffed; noShift: no shift covers the hour; budget: no officer-hours left; evaluations: the cap on evaluations was hit. */
  reason: 'booths' | 'noShift' | 'budget' | 'evaluations';
}

/** What {@link staff} returns: the staffing, its figures, and the fitted scenario. */
export interface StaffResult {
  target: StaffingTarget;
  confidence: number;
  replications: number;
  seed: number;
  /** Every searched lane-hour meets the target. */
  met: boolean;
  evaluations: number;
  maxEvaluations: number;
  /** The search stopped at the cap on evaluations. */
  capHit: boolean;
  /** Officer-hours per day allowed (null: no limit), and whether the search ran out of them. */
  budget: number | null;
  budgetExhausted: boolean;
  officerHoursPerDay: number;
  costPerDay: number | null;
  officerCostPerHour: number | null;
  lanes: StaffLane[];
  failing: StaffFailure[];
  /** Things a planner should know about the result (staffing searched hour by hour, thresholds added). */
  notes: string[];
  /** The scenario with the searched lane groups' `officers` replaced by `{ byHour }` or `{ shifts }` with the officers found. */
  scenario: Scenario;
}

interface LaneRef {
  pi: number;
  li: number;
  port: string;
  lane: string;
  booths: number;
}

/** The replications of one staffing: only what the search reads, without assembling a result document. */
interface Runs {
  model: CompiledModel;
  runs: ReplicationResult[];
}

interface Evaluation {
  doc: Runs;
  /** [lane][hour] */
  estimate: (number | null)[][];
  upper: (number | null)[][];
  meets: boolean[][];
}

const HOURS = 24;

/** One shift of a scenario's `officers: { shifts }`. */
type Shift = Extract<DailyStaffing, { shifts: unknown }>['shifts'][number];

/** How a lane group's officers are searched: one count per clock hour, or one per shift of a fixed pattern. */
type Plan =
  | { kind: 'hours' }
  | {
      kind: 'shifts';
      shifts: Shift[];
      /** [shift][hour]: the shift is on duty during some of clock hour h. */
      covers: boolean[][];
      /** Hours each shift lasts. */
      length: number[];
      /** Shift indices, earliest start first (ties: scenario order). */
      byStart: number[];
    };

/**
 * Searches the fewest officers on duty per clock hour (per shift, for a lane group staffed by
 * shifts, unless `byHour`) for the chosen lane groups such that the target holds in every hour
 * at the stated confidence (see the method at the top of
 * sim/staffing-search/staff.ts and the README). Runs the scenario many times, synchronously; throws
 * `RangeError` for a bad target, lane or option, and the signal's reason when aborted.
 */
export function staff(input: Scenario, options: StaffOptions): StaffResult {
  const target = typeof options.target === 'string' ? parseTarget(options.target) : options.target;
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0.5 && confidence < 1)) throw new RangeError(`confidence must be more than 0.5 and less than 1, got ${confidence}`);
  const maxEvaluations = options.maxEvaluations ?? 200;
  if (!(Number.isInteger(maxEvaluations) && maxEvaluations >= 1)) throw new RangeError(`maxEvaluations must be a whole number ≥ 1, got ${maxEvaluations}`);
  const budget = options.budget ?? null;
  if (budget !== null && !(budget >= 0)) throw new RangeError(`budget must be officer-hours per day ≥ 0, got ${budget}`);
  const cost = options.officerCostPerHour ?? null;
  if (cost !== null && !(cost >= 0)) throw new RangeError(`officer cost must be US dollars per hour ≥ 0, got ${cost}`);
  options.signal?.throwIfAborted();

  const notes: string[] = [];
  // Run-time overrides as runScenario applies them (same checks, same messages).
  const base: Scenario = withOverrides(structuredClone(input), options);
  const thresholdKey = target.thresholdMinutes === undefined ? null : String(target.thresholdMinutes);
  if (target.thresholdMinutes !== undefined) addThreshold(base, target.thresholdMinutes, notes);

  const refs = laneRefs(base, options.lanes);
  const staffedBy = refs.map((r) => staffingKind(base.ports[r.pi].laneGroups[r.li].officers));
  const plans: Plan[] = refs.map((r, k) => {
    const o = base.ports[r.pi].laneGroups[r.li].officers;
    const name = `${r.port}/${r.lane}`;
    if (o !== undefined && 'shifts' in o) {
      if (!options.byHour) return shiftPlan(o.shifts);
      notes.push(`${name} was staffed by shifts; searched hour by hour as asked, and written as byHour`);
    } else if (staffedBy[k] === 'byDayType') {
      notes.push(`${name} was staffed by day type; searched hour by hour and written as one byHour for every day (staffing by day type is not searched)`);
    } else if (o !== undefined && 'constant' in o) {
      notes.push(`${name} had a constant ${o.constant} officers; searched hour by hour and written as byHour`);
    }
    return { kind: 'hours' };
  });

  const tCrit = base.replications >= 2 ? studentTQuantile(confidence, base.replications - 1) : 0;
  if (base.replications < 2) notes.push('one replication: the bound is the estimate itself, without a confidence margin');

  let evaluations = 0;
  let phase: StaffProgress['phase'] = 'bound';
  const cache = new Map<string, Evaluation>();
  const laneHours = (k: number, row: number[]): number => {
    const p = plans[k];
    return p.kind === 'hours' ? row.reduce((b, x) => b + x, 0) : row.reduce((b, x, i) => b + x * p.length[i], 0);
  };
  const officerHours = (s: number[][]): number => s.reduce((a, row, k) => a + laneHours(k, row), 0);
  /** Officers on duty in clock hour h (for shifts: every shift on duty during some of it, as the booth limit must hold throughout). */
  const onDuty = (k: number, row: number[], h: number): number => {
    const p = plans[k];
    return p.kind === 'hours' ? row[h] : row.reduce((a, x, i) => a + (p.covers[i][h] ? x : 0), 0);
  };
  const staffingOf = (k: number, row: number[]): Staffing => {
    const p = plans[k];
    return p.kind === 'hours' ? { byHour: [...row] } : { shifts: p.shifts.map((sh, i) => ({ ...sh, officers: row[i] })) };
  };

  const withStaffing = (s: number[][] | null): Scenario => {
    const sc = structuredClone(base);
    if (s) refs.forEach((r, k) => (sc.ports[r.pi].laneGroups[r.li].officers = staffingOf(k, s[k])));
    return sc;
  };
  const run = (s: number[][] | null): Evaluation => {
    const key = s ? JSON.stringify(s) : '';
    const hit = cache.get(key);
    if (hit) return hit;
    const model = compileScenario(withStaffing(s));
    const runs: ReplicationResult[] = [];
    for (let r = 0; r < model.replications; r++) {
      options.signal?.throwIfAborted();
      runs.push(runReplication(model, r).result);
    }
    const doc: Runs = { model, runs };
    evaluations++;
    const ev = judge(doc, refs, target, thresholdKey, tCrit);
    cache.set(key, ev);
    options.onProgress?.({
      phase,
      evaluations,
      maxEvaluations,
      failing: ev.meets.reduce((a, row) => a + row.filter((m) => !m).length, 0),
      officerHours: s ? officerHours(s) : NaN,
    });
    return ev;
  };

  // 1. Bound: realised arrivals and primary time of the scenario as given.
  const first = run(null);
  const unmeasured = Array.from({ length: HOURS }, (_, h) => measuredHours(first.doc, h) === 0);
  if (unmeasured.some((u) => u)) {
    const hours = unmeasured.flatMap((u, h) => (u ? [h] : []));
    notes.push(
      `${hours.length} clock hour${hours.length === 1 ? ' was' : 's were'} not measured (the horizon after the warm-up is shorter than a day): ${hours.map(clockText).join(', ')} keep the scenario's officers`,
    );
  }
  const lower = refs.map((r) => {
    const g = base.ports[r.pi].laneGroups[r.li];
    const bound = offeredLoadBound(first.doc, r);
    // Nothing is known of an hour never measured: it keeps what the scenario had (one officer per booth by default).
    return bound.map((b, h) => (unmeasured[h] ? Math.min(r.booths, g.officers ? officersAt(g.officers, h) : r.booths) : b));
  });
  const infeasible: (null | 'booths' | 'noShift')[][] = refs.map(() => new Array<null | 'booths' | 'noShift'>(HOURS).fill(null));
  let staffing = lower.map((row, k) => {
    const p = plans[k];
    if (p.kind === 'hours') return [...row];
    const counts = coverShifts(p, row, refs[k].booths);
    const uncovered = row.flatMap((b, h) => (b > 0 && !p.covers.some((c) => c[h]) ? [clockText(h)] : []));
    if (uncovered.length > 0) notes.push(`${refs[k].port}/${refs[k].lane}: no shift covers ${uncovered.join(', ')}, when travelers arrive; no officer can be added then`);
    return counts;
  });
  if (budget !== null && officerHours(staffing) > budget) {
    notes.push(`the offered-load bound alone asks ${officerHours(staffing)} officer-hours per day, more than the budget of ${budget}`);
  }
  let stop: StaffFailure['reason'] | null = null;

  // 2. Grow.
  phase = 'grow';
  let evaluated = staffing;
  for (;;) {
    if (evaluations >= maxEvaluations && !cache.has(JSON.stringify(staffing))) {
      // Report the last staffing actually run, with its figures, rather than one never tried.
      if (evaluated !== staffing && cache.has(JSON.stringify(evaluated))) staffing = evaluated;
      stop = 'evaluations';
      break;
    }
    const ev = run(staffing);
    evaluated = staffing;
    const next = staffing.map((row) => [...row]);
    let changed = false;
    let overBudget = false;
    refs.forEach((r, k) => {
      const p = plans[k];
      for (;;) {
        const h = ev.meets[k].findIndex((m, hour) => !m && infeasible[k][hour] === null);
        if (h < 0) return;
        const before = (h + HOURS - 1) % HOURS;
        const spills = (hourRho(ev.doc, r, before) ?? 0) >= 1;
        // An hour has room when an officer added to it (to some shift on duty then) opens a booth.
        const room = (x: number): boolean => (p.kind === 'hours' || p.covers.some((c) => c[x])) && onDuty(k, next[k], x) < r.booths;
        const pick = spills && room(before) ? before : room(h) ? h : room(before) ? before : -1;
        if (pick < 0) {
          infeasible[k][h] = p.kind === 'shifts' && !p.covers.some((c) => c[h]) ? 'noShift' : 'booths';
          continue;
        }
        let slot = pick;
        let cost = 1;
        if (p.kind === 'shifts') {
          // Of the shifts on duty then, the one whose added officer opens a booth in the most failing hours; ties: the earliest start.
          const helps = (i: number): number =>
            ev.meets[k].reduce((a, m, x) => a + (!m && infeasible[k][x] === null && p.covers[i][x] && onDuty(k, next[k], x) < r.booths ? 1 : 0), 0);
          let best = -1;
          let bestHelps = -1;
          for (const i of p.byStart) {
            if (!p.covers[i][pick]) continue;
            const n = helps(i);
            if (n > bestHelps) [best, bestHelps] = [i, n];
          }
          slot = best;
          cost = p.length[best];
        }
        if (budget !== null && officerHours(next) + cost > budget) {
          overBudget = true;
          return;
        }
        next[k][slot]++;
        changed = true;
        return;
      }
    });
    if (!changed) {
      if (overBudget) stop = 'budget';
      break;
    }
    staffing = next;
  }

  // 3. Trim: latest hour (or latest-starting shift) first, while every lane-hour that met the target still does.
  phase = 'trim';
  if (stop === null) {
    const met = run(staffing).meets;
    const keeps = (ev: Evaluation): boolean => met.every((row, kk) => row.every((m, hh) => !m || ev.meets[kk][hh]));
    trim: {
      for (let h = HOURS - 1; h >= 0; h--) {
        for (let k = 0; k < refs.length; k++) {
          // An hour that fails with every booth staffed keeps them: fewer would only fail by more. An hour never measured meets any target, so it is left alone.
          if (plans[k].kind !== 'hours' || !met[k][h] || unmeasured[h]) continue;
          while (staffing[k][h] > 0) {
            const trial = staffing.map((row) => [...row]);
            trial[k][h]--;
            if (evaluations >= maxEvaluations && !cache.has(JSON.stringify(trial))) {
              stop = 'evaluations';
              break trim;
            }
            if (!keeps(run(trial))) break;
            staffing = trial;
          }
        }
      }
      for (let k = 0; k < refs.length; k++) {
        const p = plans[k];
        if (p.kind !== 'shifts') continue;
        for (const i of [...p.byStart].reverse()) {
          while (staffing[k][i] > 0) {
            const trial = staffing.map((row) => [...row]);
            trial[k][i]--;
            // Hours never measured keep the scenario's officers (or what the search had there, if fewer).
            if (unmeasured.some((u, h) => u && onDuty(k, trial[k], h) < Math.min(lower[k][h], onDuty(k, staffing[k], h)))) break;
            if (evaluations >= maxEvaluations && !cache.has(JSON.stringify(trial))) {
              stop = 'evaluations';
              break trim;
            }
            if (!keeps(run(trial))) break;
            staffing = trial;
          }
        }
      }
    }
  }

  // The staffing found is always evaluated (a cache hit unless the cap stopped the growth first).
  const final = cache.get(JSON.stringify(staffing)) ?? first;
  const finalEvaluated = cache.has(JSON.stringify(staffing));
  const lanes: StaffLane[] = refs.map((r, k) => {
    const perDay = laneHours(k, staffing[k]);
    const written = staffingOf(k, staffing[k]);
    const byHour = Array.from({ length: HOURS }, (_, h) => officersAt(written, h));
    return {
      port: r.port,
      lane: r.lane,
      label: base.ports[r.pi].laneGroups[r.li].label ?? r.lane,
      booths: r.booths,
      staffedBy: staffedBy[k],
      writtenAs: 'shifts' in written ? 'shifts' : 'byHour',
      shifts: 'shifts' in written ? written.shifts : null,
      officersByHour: byHour,
      officerHoursPerDay: perDay,
      costPerDay: cost === null ? null : perDay * cost,
      hours: byHour.map((officers, hour) => {
        const up = finalEvaluated ? final.upper[k][hour] : null;
        const meets = finalEvaluated && final.meets[k][hour];
        return {
          hour,
          officers,
          lowerBound: lower[k][hour],
          estimate: finalEvaluated ? final.estimate[k][hour] : null,
          upperBound: up,
          meets,
          infeasible: !meets && infeasible[k][hour] !== null,
          excess: meets || up === null ? null : up - target.limit,
        };
      }),
    };
  });
  const failing: StaffFailure[] = [];
  lanes.forEach((l, k) => {
    for (const h of l.hours) {
      if (!h.meets) failing.push({ port: l.port, lane: l.lane, hour: h.hour, upperBound: h.upperBound, excess: h.excess, reason: (h.infeasible ? infeasible[k][h.hour] : null) ?? stop ?? 'booths' });
    }
  });
  if (stop === 'evaluations') notes.push(`stopped at the cap of ${maxEvaluations} evaluations: the staffing is the last one reached, not the fewest`);
  const total = officerHours(staffing);
  return {
    target,
    confidence,
    replications: base.replications,
    seed: base.seed,
    met: failing.length === 0,
    evaluations,
    maxEvaluations,
    capHit: stop === 'evaluations',
    budget,
    budgetExhausted: stop === 'budget',
    officerHoursPerDay: total,
    costPerDay: cost === null ? null : total * cost,
    officerCostPerHour: cost,
    lanes,
    failing,
    notes,
    scenario: withStaffing(staffing),
  };
}

/** The lane groups to search, in scenario order. */
function laneRefs(s: Scenario, names: readonly string[] | undefined): LaneRef[] {
  const all: LaneRef[] = s.ports.flatMap((p, pi) => p.laneGroups.map((g, li) => ({ pi, li, port: p.id, lane: g.id, booths: g.booths })));
  if (names === undefined || names.length === 0) return all;
  const picked = new Set<LaneRef>();
  for (const name of names) {
    const matches = all.filter((r) => (name.includes('/') ? `${r.port}/${r.lane}` === name : r.lane === name));
    if (matches.length === 0) {
      throw new RangeError(`no lane group "${name}" in the scenario; expected one of ${all.map((r) => `${r.port}/${r.lane}`).join(', ')}`);
    }
    if (matches.length > 1) throw new RangeError(`lane group "${name}" is in more than one port; name it as port/lane (${matches.map((r) => `${r.port}/${r.lane}`).join(', ')})`);
    picked.add(matches[0]);
  }
  return all.filter((r) => picked.has(r));
}

/** The search plan of a shift pattern: which clock hours each shift is on duty in, and for how long. */
function shiftPlan(shifts: readonly Shift[]): Plan {
  const length = shifts.map((s) => (s.end > s.start ? s.end - s.start : s.end + HOURS - s.start));
  const covers = shifts.map((s, i) => {
    const a = s.start % HOURS;
    const b = a + length[i];
    // On duty during some of [h, h + 1), the shift read as [a, b) on this day or the day before (a night shift past midnight).
    return Array.from({ length: HOURS }, (_, h) => [0, -HOURS].some((off) => Math.max(a + off, h) < Math.min(b + off, h + 1)));
  });
  const byStart = shifts.map((_, i) => i).sort((i, j) => shifts[i].start % HOURS - shifts[j].start % HOURS || i - j);
  return { kind: 'shifts', shifts: shifts.map((s) => ({ ...s })), covers, length, byStart };
}

/**
 * The fewest shift officers (greedy) such that every clock hour a shift covers has at least its bound on duty:
 * hour by hour, an officer goes to the shift covering the most hours still short, ties to the earliest start.
 */
function coverShifts(p: Extract<Plan, { kind: 'shifts' }>, bound: number[], booths: number): number[] {
  const counts = new Array<number>(p.shifts.length).fill(0);
  const onDuty = (h: number): number => counts.reduce((a, x, i) => a + (p.covers[i][h] ? x : 0), 0);
  for (let h = 0; h < HOURS; h++) {
    if (!p.covers.some((c) => c[h])) continue;
    while (onDuty(h) < Math.min(bound[h], booths)) {
      let best = -1;
      let bestShort = -1;
      for (const i of p.byStart) {
        if (!p.covers[i][h]) continue;
        const short = bound.reduce((a, b, x) => a + (p.covers[i][x] && onDuty(x) < Math.min(b, booths) ? 1 : 0), 0);
        if (short > bestShort) [best, bestShort] = [i, short];
      }
      counts[best]++;
    }
  }
  return counts;
}

function staffingKind(o: Staffing | undefined): StaffLane['staffedBy'] {
  if (o === undefined) return 'default';
  if ('byDayType' in o) return 'byDayType';
  if ('shifts' in o) return 'shifts';
  if ('byHour' in o) return 'byHour';
  return 'constant';
}

/** Adds T to `report.waitThresholdsMinutes` (kept increasing) so the result reports P(wait > T). */
function addThreshold(s: Scenario, t: number, notes: string[]): void {
  const list = s.report.waitThresholdsMinutes;
  if (list.includes(t)) return;
  if (list.length >= 12) throw new RangeError(`report.waitThresholdsMinutes already has 12 thresholds, the most allowed; remove one to search for P(wait > ${t} min)`);
  s.report = { ...s.report, waitThresholdsMinutes: [...list, t].sort((a, b) => a - b) };
  notes.push(`added ${t} min to report.waitThresholdsMinutes`);
}

function laneRun(doc: Runs, r: number, ref: LaneRef): LaneRun {
  const lane = doc.runs[r].ports[ref.pi].lanes.find((l) => l.id === ref.lane);
  if (!lane) throw new Error(`lane group ${ref.port}/${ref.lane} missing from the result`);
  return lane;
}

function figureOf(f: Figures, target: StaffingTarget, key: string | null): number | null {
  if (target.figure === 'waitOver') return f.waitOver[key!] ?? null;
  return f.wait[target.figure];
}

/** Per lane-hour: mean over replications, one-sided upper bound, and whether it meets the target. */
function judge(doc: Runs, refs: LaneRef[], target: StaffingTarget, key: string | null, tCrit: number): Evaluation {
  const n = doc.runs.length;
  const estimate: (number | null)[][] = [];
  const upper: (number | null)[][] = [];
  const meets: boolean[][] = [];
  for (const ref of refs) {
    const e: (number | null)[] = [];
    const u: (number | null)[] = [];
    const m: boolean[] = [];
    for (let h = 0; h < HOURS; h++) {
      const xs: number[] = [];
      let anyone = false;
      for (let r = 0; r < n; r++) {
        const f = laneRun(doc, r, ref).byHour[h];
        if (f.arrived === 0) {
          // Nobody arrived in that hour: nobody waited.
          xs.push(0);
          continue;
        }
        anyone = true;
        // Travelers came but none reached a booth (all gave up): the wait is unbounded for this purpose.
        xs.push(figureOf(f, target, key) ?? Infinity);
      }
      if (!anyone) {
        e.push(null);
        u.push(null);
        m.push(true);
        continue;
      }
      const mean = xs.reduce((a, b) => a + b, 0) / n;
      let bound = mean;
      if (n >= 2 && Number.isFinite(mean)) {
        const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
        bound = mean + (tCrit * sd) / Math.sqrt(n);
      }
      e.push(Number.isFinite(mean) ? mean : null);
      u.push(bound);
      m.push(bound <= target.limit);
    }
    estimate.push(e);
    upper.push(u);
    meets.push(m);
  }
  return { doc, estimate, upper, meets };
}

/** Hours of clock hour h measured (after the warm-up, before the horizon). */
function measuredHours(doc: Runs, h: number): number {
  const { warmupHours, horizonHours, startHour } = doc.model;
  let count = 0;
  for (let k = Math.ceil(warmupHours); k < horizonHours; k++) if ((((startHour + k) % HOURS) + HOURS) % HOURS === h) count++;
  return count;
}

/** Mean over replications of a lane-hour figure, skipping replications where it is undefined; null if undefined in all. */
function meanOver(doc: Runs, ref: LaneRef, h: number, read: (f: LaneRun['byHour'][number]) => number | null): number | null {
  let sum = 0;
  let n = 0;
  for (let r = 0; r < doc.runs.length; r++) {
    const x = read(laneRun(doc, r, ref).byHour[h]);
    if (x !== null) {
      sum += x;
      n++;
    }
  }
  return n > 0 ? sum / n : null;
}

/** ⌊λ·E[S]⌋ + 1 per clock hour from the realised figures (1 where unmeasured, 0 where nobody came), capped at the booths. */
function offeredLoadBound(doc: Runs, ref: LaneRef): number[] {
  const lane = doc.model.ports[ref.pi].lanes.find((l) => l.id === ref.lane);
  return Array.from({ length: HOURS }, (_, h) => {
    const hours = measuredHours(doc, h);
    if (!(hours > 0)) return Math.min(1, ref.booths);
    const arrived = meanOver(doc, ref, h, (f) => f.arrived) ?? 0;
    if (arrived === 0) return 0;
    const seconds = meanOver(doc, ref, h, (f) => f.primarySecondsMean) ?? lane?.meanPrimarySeconds ?? NaN;
    const load = ((arrived / hours) * seconds) / 3600;
    return Math.min(ref.booths, Number.isFinite(load) ? Math.floor(load) + 1 : 1);
  });
}

/** Mean offered load ρ of a lane-hour over replications, or null. */
function hourRho(doc: Runs, ref: LaneRef, h: number): number | null {
  return meanOver(doc, ref, h, (f) => f.capacity.offeredLoad);
}

function clockText(h: number): string {
  return `${String(h).padStart(2, '0')}:00`;
}
