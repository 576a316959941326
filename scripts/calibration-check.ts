// Calibration check: a scenario's simulated hourly waits beside CBP's published hourly means, and
// whether its lines stay bounded day after day when the volume is raised.
//
//   node --import tsx scripts/calibration-check.ts [scenario.yaml] [--observed file.json]
//        [--replications N] [--days D] [--volume 1.1] [--bounded-days D] [--slack vehicles]
//
// Uses only the public API (sim/index.ts, sim/node.ts), so it runs any scenario file.

import { readFileSync } from 'node:fs';
import { pearson, runScenario, type ResultDocument, type Scenario } from '../sim/index.ts';
import { loadScenarioFile } from '../sim/node.ts';

/** CBP lane types with published waits, and the scenario lane kinds each one covers. */
export const CBP_LANE_TYPES: Record<string, string[]> = {
  general: ['general'],
  ready: ['ready'],
  sentri: ['sentri', 'nexus'],
  pedestrian: ['pedestrian'],
  pedestrianReady: ['pedestrian-ready'],
  pedestrianSentri: ['pedestrian-sentri'],
};

/** Lane types whose wait CBP compares with the general car lanes' (Ready/general, SENTRI/general). */
export const RATIO_TYPES = ['ready', 'sentri'];

/** Published hourly mean waits (minutes) at a port, as stored under scenarios/observed/. */
export interface ObservedWaits {
  source: string;
  /** Clock hours with a published figure. */
  hours: number[];
  /** Mean wait by CBP lane type, one number per entry of `hours`. */
  hourlyMeanWait: Record<string, number[]>;
  /** Overall means by CBP lane type (may include types without an hourly series). */
  meanWait: Record<string, number>;
  /** Published ratios of a lane type's mean wait to the general lanes'. */
  ratioToGeneral?: Record<string, number>;
}

export function loadObserved(file: string): ObservedWaits {
  const o = JSON.parse(readFileSync(file, 'utf8')) as ObservedWaits;
  for (const [type, series] of Object.entries(o.hourlyMeanWait)) {
    if (series.length !== o.hours.length) throw new Error(`${file}: hourlyMeanWait.${type} has ${series.length} figures for ${o.hours.length} hours`);
  }
  return o;
}

/** The scenario with every flow's daily volume multiplied by `factor`. */
export function scaleVolume(scenario: Scenario, factor: number): Scenario {
  return { ...scenario, ports: scenario.ports.map((p) => ({ ...p, flows: p.flows.map((f) => ({ ...f, perDay: f.perDay * factor })) })) };
}

/** Pearson correlation: the API's, re-exported for the calibration tests. */
export { pearson };

/** Simulated waits of one CBP lane type, pooled over its lane groups and all replications. */
export interface LaneTypeWaits {
  type: string;
  laneIds: string[];
  /** Mean wait (minutes) of travelers arriving in each clock hour, 00:00 first; null when nobody arrived. */
  byHour: (number | null)[];
  /** Mean wait over the measured days, weighted by arrivals. */
  mean: number | null;
  arrived: number;
}

/** Hourly and overall mean waits by CBP lane type, weighting each hour, lane group and replication by its arrivals. */
export function waitsByLaneType(doc: ResultDocument): LaneTypeWaits[] {
  const out: LaneTypeWaits[] = [];
  for (const [type, kinds] of Object.entries(CBP_LANE_TYPES)) {
    const lanes = doc.ports.flatMap((p, pi) => p.lanes.map((l, li) => ({ l, pi, li }))).filter(({ l }) => kinds.includes(l.kind));
    if (lanes.length === 0) continue;
    const sum = new Array<number>(24).fill(0);
    const n = new Array<number>(24).fill(0);
    for (const run of doc.runs) {
      for (const { pi, li } of lanes) {
        run.ports[pi].lanes[li].byHour.forEach((h, hour) => {
          if (h.wait.mean !== null && h.arrived > 0) {
            sum[hour] += h.wait.mean * h.arrived;
            n[hour] += h.arrived;
          }
        });
      }
    }
    const total = n.reduce((a, b) => a + b, 0);
    out.push({
      type,
      laneIds: lanes.map(({ l }) => l.id),
      byHour: sum.map((s, h) => (n[h] > 0 ? s / n[h] : null)),
      mean: total > 0 ? sum.reduce((a, b) => a + b, 0) / total : null,
      arrived: total / doc.runs.length,
    });
  }
  return out;
}

/** One CBP lane type: simulated against published. */
export interface LaneTypeCheck {
  type: string;
  simulated: LaneTypeWaits;
  /** Published hourly series at `hours`, when there is one. */
  observed: number[] | null;
  /** Simulated mean wait at the published hours. */
  simulatedAtHours: number[] | null;
  /** Pearson correlation of simulated and published means over the published hours. */
  correlation: number | null;
  observedMean: number | null;
  /** Hours (among the published ones) with the longest published and simulated waits. */
  observedPeakHour: number | null;
  simulatedPeakHour: number | null;
  ratioToGeneral: { simulated: number | null; observed: number | null } | null;
}

/** One lane group's load at the scenario's own volume. */
export interface LaneLoad {
  laneId: string;
  /** Over the measured days: Σ arrivals × realised mean booth time ÷ Σ staffed booth time. Below 1 leaves room for more traffic. */
  loadOverCapacity: number | null;
  /** Highest hourly booth utilization (busy ÷ staffed); near 1 wherever a line stands. */
  peakUtilization: number | null;
  /** Share of arrivals who gave up (balked or reneged) over the measured days; 0 without patience. */
  gaveUpShare: number | null;
  /** Booth-hours opened by active lane management per measured day (flex officers). */
  addedBoothHoursPerDay: number;
  /** Mean lanes open as CBP counts them (stacked booths count once per lane), over the day and at the busiest hour. */
  openLanes: number | null;
  peakOpenLanes: number | null;
}

export interface CalibrationReport {
  hours: number[];
  lanes: LaneTypeCheck[];
  loads: LaneLoad[];
  replications: number;
  measuredDays: number;
}

function argmax(values: readonly number[], keys: readonly number[]): number | null {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || values[i] > values[best]) best = i;
  return best < 0 ? null : keys[best];
}

/** Runs `scenario` for `days` measured days after its warm-up and compares it with `observed`. */
export function checkCalibration(scenario: Scenario, observed: ObservedWaits, options: { replications?: number; days?: number; seed?: number } = {}): CalibrationReport {
  const days = options.days ?? 2;
  const doc = runScenario(scenario, { replications: options.replications ?? 5, horizonHours: scenario.warmupHours + 24 * days, seed: options.seed });
  const waits = waitsByLaneType(doc);
  const general = waits.find((w) => w.type === 'general') ?? null;
  const lanes = waits.map((w): LaneTypeCheck => {
    const series = observed.hourlyMeanWait[w.type] ?? null;
    const atHours = series ? observed.hours.map((h) => w.byHour[h] ?? 0) : null;
    // Ratio to the general lanes: of the averages over the published hours when both lane types
    // have an hourly series (the same weighting on both sides), else of the overall means
    // against the source's own ratio.
    const generalSeries = observed.hourlyMeanWait.general;
    const hourly = series && generalSeries && general;
    const avg = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const atGeneral = general ? observed.hours.map((h) => general.byHour[h] ?? 0) : null;
    const obsRatio = hourly ? avg(series) / avg(generalSeries) : (observed.ratioToGeneral?.[w.type] ?? null);
    const simRatio = hourly && atHours && atGeneral ? avg(atHours) / avg(atGeneral) : general && general.mean && w.mean !== null ? w.mean / general.mean : null;
    return {
      type: w.type,
      simulated: w,
      observed: series,
      simulatedAtHours: atHours,
      correlation: series && atHours ? pearson(atHours, series) : null,
      observedMean: observed.meanWait[w.type] ?? null,
      observedPeakHour: series ? argmax(series, observed.hours) : null,
      simulatedPeakHour: atHours ? argmax(atHours, observed.hours) : null,
      ratioToGeneral: RATIO_TYPES.includes(w.type) ? { simulated: simRatio, observed: obsRatio } : null,
    };
  });
  const loads = doc.ports.flatMap((p) =>
    p.lanes.map(
      (l): LaneLoad => ({
        laneId: l.id,
        loadOverCapacity: loadOf(l),
        peakUtilization: Math.max(...l.byHour.map((h) => h.capacity.utilization.mean ?? 0)),
        gaveUpShare: l.figures.gaveUpShare.mean,
        addedBoothHoursPerDay: (l.capacity.addedBoothHours.mean ?? 0) / days,
        openLanes: l.capacity.openLanes.mean,
        peakOpenLanes: Math.max(...l.byHour.map((h) => h.capacity.openLanes.mean ?? 0)),
      }),
    ),
  );
  return { hours: observed.hours, lanes, loads, replications: doc.replications, measuredDays: days };
}

function loadOf(l: ResultDocument['ports'][number]['lanes'][number]): number | null {
  const open = l.capacity.openBooths.mean;
  const hours = l.capacity.measuredHours.mean;
  // The realised time a booth is held per vehicle (inspection time by program, stacked booths'
  // throughput factor) when inspections finished; the volume-weighted input otherwise.
  const seconds = l.figures.primarySecondsMean.mean ?? l.meanPrimarySeconds;
  return open && hours && l.figures.arrived.mean !== null ? (l.figures.arrived.mean * seconds) / (open * hours * 3600) : null;
}

/** One lane group's line over successive measured days. */
export interface LaneGrowth {
  laneId: string;
  /** Mean line length over each measured day (vehicles or people). */
  dayMeanQueue: number[];
  /** Line length in the last hour of each measured day (clock hour before the run's start hour). */
  endOfDayQueue: number[];
  /** Demand ÷ capacity over the measured days at the raised volume: Σ arrivals × mean primary time ÷ Σ staffed booth time. */
  loadOverCapacity: number | null;
  /** Share of arrivals who gave up (balked or reneged) at the raised volume. */
  gaveUpShare: number | null;
  /** Booth-hours opened by active lane management per measured day at the raised volume. */
  addedBoothHoursPerDay: number;
  bounded: boolean;
}

export interface BoundednessReport {
  volume: number;
  days: number;
  replications: number;
  lanes: LaneGrowth[];
  bounded: boolean;
}

/**
 * Measured days the +10 % volume check compares: a scenario measured over two or three days of
 * its own (a weekend's Saturday and Sunday) is compared over exactly those days, since a further
 * day would be another day type with its own volume; otherwise three ordinary days.
 */
export function stabilityDays(scenario: Scenario): number {
  const measured = Math.floor((scenario.horizonHours - scenario.warmupHours) / 24);
  return measured === 2 ? 2 : 3;
}

/**
 * Runs the scenario with every volume × `volume` for `days` measured days after the warm-up and
 * checks that no line grows from one day to the next: the last day's line at the end of the day
 * and its mean over the day may exceed the day before's by at most `tolerance` (share) plus
 * `slack` vehicles (the replications' noise).
 */
export function checkBoundedness(
  scenario: Scenario,
  options: { volume?: number; days?: number; replications?: number; tolerance?: number; slack?: number; seed?: number } = {},
): BoundednessReport {
  const volume = options.volume ?? 1.1;
  const days = options.days ?? 3;
  const tolerance = options.tolerance ?? 0.1;
  const slack = options.slack ?? 10;
  const s = scaleVolume(scenario, volume);
  const doc = runScenario(s, { replications: options.replications ?? 3, horizonHours: s.warmupHours + 24 * days, seed: options.seed });
  const first = s.warmupHours;
  const lanes = doc.ports.flatMap((p) =>
    p.lanes.map((l): LaneGrowth => {
      const q = l.timeline.queueLength;
      const dayMeanQueue: number[] = [];
      const endOfDayQueue: number[] = [];
      for (let d = 0; d < days; d++) {
        const day = q.slice(first + 24 * d, first + 24 * (d + 1));
        dayMeanQueue.push(day.reduce((a, b) => a + b, 0) / day.length);
        endOfDayQueue.push(day[day.length - 1]);
      }
      const grows = (xs: number[]) => xs.length >= 2 && xs[xs.length - 1] > xs[xs.length - 2] * (1 + tolerance) + slack;
      return {
        laneId: l.id,
        dayMeanQueue,
        endOfDayQueue,
        loadOverCapacity: loadOf(l),
        gaveUpShare: l.figures.gaveUpShare.mean,
        addedBoothHoursPerDay: (l.capacity.addedBoothHours.mean ?? 0) / days,
        bounded: !grows(dayMeanQueue) && !grows(endOfDayQueue),
      };
    }),
  );
  return { volume, days, replications: doc.replications, lanes, bounded: lanes.every((l) => l.bounded) };
}

const f1 = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(1));
const f2 = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(2));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)} %`);
const hh = (h: number | null) => (h === null ? '–' : `${String(h).padStart(2, '0')}:00`);

/** The calibration report as text tables. */
export function formatCalibration(r: CalibrationReport): string {
  const lines: string[] = [];
  lines.push(`Mean wait to reach the primary booth by clock hour of arrival, minutes (simulated: ${r.replications} replications × ${r.measuredDays} days)`);
  const withSeries = r.lanes.filter((l) => l.observed);
  lines.push(['hour ', ...withSeries.map((l) => `${l.type.padStart(10)} sim/CBP`)].join(' | '));
  r.hours.forEach((h, i) => {
    lines.push([hh(h), ...withSeries.map((l) => `${f1(l.simulatedAtHours![i]).padStart(10)} / ${String(l.observed![i]).padStart(3)}`)].join(' | '));
  });
  lines.push('');
  lines.push('lane type        | mean sim / CBP | corr | peak sim / CBP | 02:00 sim / CBP | ratio to general sim / CBP');
  for (const l of r.lanes) {
    const i02 = r.hours.indexOf(2);
    const w02 = l.simulated.byHour[2];
    const o02 = l.observed && i02 >= 0 ? l.observed[i02] : null;
    lines.push(
      [
        l.type.padEnd(16),
        `${f1(l.simulated.mean).padStart(6)} / ${f1(l.observedMean).padEnd(5)}`,
        f2(l.correlation).padStart(4),
        `${hh(l.simulatedPeakHour)} / ${hh(l.observedPeakHour)}`,
        `${f1(w02).padStart(6)} / ${f1(o02).padEnd(6)}`,
        l.ratioToGeneral ? `${f2(l.ratioToGeneral.simulated)} / ${f2(l.ratioToGeneral.observed)}` : '',
      ].join(' | '),
    );
  }
  lines.push('');
  lines.push('lane group   | demand ÷ capacity over the day | highest hourly utilization | gave up | booth-hours added by lane management per day | open lanes (CBP count): mean / busiest hour');
  for (const l of r.loads) {
    lines.push(
      [
        l.laneId.padEnd(12),
        f2(l.loadOverCapacity).padStart(30),
        f2(l.peakUtilization).padStart(26),
        pct(l.gaveUpShare).padStart(7),
        f1(l.addedBoothHoursPerDay).padStart(45),
        `${f1(l.openLanes)} / ${f1(l.peakOpenLanes)}`,
      ].join(' | '),
    );
  }
  return lines.join('\n');
}

/** The boundedness report as a text table. */
export function formatBoundedness(b: BoundednessReport): string {
  const lines = [`Volume ×${b.volume}, ${b.days} measured days, ${b.replications} replications: line length by day (mean over the day; last hour of the day)`];
  for (const l of b.lanes) {
    lines.push(
      `${l.laneId.padEnd(12)} mean ${l.dayMeanQueue.map((x) => f1(x).padStart(7)).join(' ')} | end ${l.endOfDayQueue.map((x) => f1(x).padStart(7)).join(' ')} | load/capacity ${f2(l.loadOverCapacity)} | gave up ${pct(l.gaveUpShare)} | added ${f1(l.addedBoothHoursPerDay)} booth-h/day | ${l.bounded ? 'bounded' : 'GROWS'}`,
    );
  }
  lines.push(b.bounded ? 'All lines bounded.' : 'Some lines grow day over day.');
  return lines.join('\n');
}

function main(argv: string[]): number {
  const opts: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) opts[argv[i].slice(2)] = argv[++i];
    else positional.push(argv[i]);
  }
  const file = positional[0] ?? 'scenarios/bundled/san-ysidro-northbound.yaml';
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(`${file}: ${p.path}: ${p.message}`);
    return 1;
  }
  const observed = loadObserved(opts.observed ?? 'scenarios/observed/san-ysidro-weekday-hourly.json');
  const report = checkCalibration(loaded.scenario, observed, { replications: Number(opts.replications ?? 5), days: Number(opts.days ?? 2) });
  console.log(formatCalibration(report));
  console.log('');
  const bounded = checkBoundedness(loaded.scenario, {
    volume: Number(opts.volume ?? 1.1),
    days: Number(opts['bounded-days'] ?? 3),
    replications: Number(opts['bounded-replications'] ?? 3),
    slack: opts.slack === undefined ? undefined : Number(opts.slack),
  });
  console.log(formatBoundedness(bounded));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
