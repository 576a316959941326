// The result document as tidy CSV: one row per (replication, port, level, id, hour), figures as columns.
//
// Columns, in this order:
//   replication  0, 1, … for one replication's figures; "mean", "ciLow" or "ciHigh" for the
//                across-replication mean and 95 % Student-t interval of each figure (clipped at 0,
//                and at 1 for shares)
//   port         port id; empty on the whole-scenario summary row
//   level        summary | lane | flow | hour | lane-hour
//   id           port id (summary, hour), lane group id (lane, lane-hour), flow id (flow);
//                empty on the whole-scenario summary row
//   hour         clock hour of arrival, 0–23 (hour, lane-hour); empty otherwise
// then every figure of `Figures` in sim/results/document.ts, nested keys joined with dots
// (at the time of writing):
//   arrived, served, exited, inQueueAtEnd, inServiceAtEnd, inSecondaryAtEnd, travelers,
//   wait.mean, wait.p50, wait.p90, wait.p95, wait.max (minutes), waitOver.<t> (share of
//   waits over t minutes, t from the scenario's report.waitThresholdsMinutes),
//   primarySecondsMean (realised, seconds), timeInSystemMean,
//   secondaryWaitMean (minutes), referrals, referralsByReason.<reason>,
//   hitRateByReason.<reason> (reasons: rpm, imaging, targeting, alert, random, judgment),
//   secondaryInspections, seizures, seizuresByType.<contraband type id>,
//   contrabandArrivals, interdictionRate, falsePositiveRate, revocations, passedWithoutStop,
//   scans, trueAlarms, nuisanceAlarms, deterred, retimed, displacedOut, displacedIn, switchedOut,
//   switchedIn, costOfDelay (US dollars), idlingHours (vehicle-hours idling in line before
//   primary), emissions.co2Kg (kg), emissions.noxG, emissions.pm25G (grams; one empty
//   "emissions" column instead when the scenario gives no idle factors), balked, reneged, gaveUpShare, gaveUp.home,
//   gaveUp.otherPort, gaveUp.postponed, renegedWaitMean (minutes), unfinished,
//   unfinishedWaitMean (minutes; still in line at the end, counted as censored waits)
// and, where they apply, booth figures (`CapacityFigures`):
//   capacity.openLanes, capacity.addedBoothHours, capacity.utilization, capacity.offeredLoad,
//   capacity.openBooths, capacity.busyBooths, capacity.queueLengthMean,
//   capacity.overtimeHours — on lane and lane-hour rows;
//   secondary.utilization, … secondary.overtimeHours — on a port's summary rows when it
//   has secondary inspection.
// An array of figures becomes one column per index (name.0, name.1, …).
// An empty cell means the figure is undefined there (no contraband arrived, nobody was
// referred, a single replication has no interval) or does not apply to the row's level.
// Columns are taken from the document itself, so a figure added to the engine appears here
// without a change to this file.

import type { ResultDocument } from '../../sim/index.ts';
import { csvLine, type CsvValue } from './rfc4180.ts';

type Stat = 'mean' | 'ciLow' | 'ciHigh';
const STATS: readonly Stat[] = ['mean', 'ciLow', 'ciHigh'];
const KEY_COLUMNS = ['replication', 'port', 'level', 'id', 'hour'] as const;

type Row = { keys: CsvValue[]; values: Map<string, number | null> };

export function resultCsv(doc: ResultDocument): string {
  const rows: Row[] = [];
  for (const run of doc.runs) {
    collect(rows, run.replication, run.summary, run.ports, undefined);
  }
  if (doc.runs.length > 0) {
    for (const stat of STATS) collect(rows, stat, doc.summary, doc.ports, stat);
  }

  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of row.values.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }

  let out = csvLine([...KEY_COLUMNS, ...columns]);
  for (const row of rows) out += csvLine([...row.keys, ...columns.map((c) => row.values.get(c))]);
  return out;
}

/** The shared shape of a replication's ports and of the across-replication ports. */
interface PortLike {
  id: string;
  summary: unknown;
  lanes: readonly { id: string; byHour: readonly unknown[] }[];
  flows: readonly { id: string }[];
  byHour: readonly unknown[];
  secondary: unknown;
}

function collect(
  rows: Row[],
  replication: number | Stat,
  summary: unknown,
  ports: readonly PortLike[],
  stat: Stat | undefined,
): void {
  const add = (port: string, level: string, id: string, hour: number | null, ...parts: [string, unknown][]) => {
    const values = new Map<string, number | null>();
    for (const [prefix, value] of parts) flatten(value, prefix, stat, values);
    rows.push({ keys: [replication, port, level, id, hour], values });
  };
  add('', 'summary', '', null, ['', summary]);
  for (const port of ports) {
    const secondary: [string, unknown][] = port.secondary ? [['secondary', port.secondary]] : [];
    add(port.id, 'summary', port.id, null, ['', port.summary], ...secondary);
    for (const lane of port.lanes) add(port.id, 'lane', lane.id, null, ['', laneFigures(lane)]);
    for (const flow of port.flows) add(port.id, 'flow', flow.id, null, ['', flow]);
    port.byHour.forEach((h, i) => add(port.id, 'hour', port.id, i, ['', h]));
    for (const lane of port.lanes) lane.byHour.forEach((h, i) => add(port.id, 'lane-hour', lane.id, i, ['', h]));
  }
}

/**
 * A lane's own figures: a replication's lane holds them at the top level, the
 * across-replication lane under `figures`; both carry `capacity` beside them.
 */
function laneFigures(lane: object): unknown {
  const l = lane as { figures?: object; capacity?: object };
  return l.figures ? { ...l.figures, capacity: l.capacity } : lane;
}

function isAcross(v: object): v is Record<Stat, number | null> {
  return 'n' in v && 'mean' in v && 'ciLow' in v && 'ciHigh' in v;
}

/** Arrays that are rows of their own (by hour) or series too long for columns (the hourly timeline, wait quantiles). */
const NOT_COLUMNS = new Set(['byHour', 'timeline', 'waitQuantiles']);

/**
 * Number (or null) leaves under dotted names; an array of figures (say, seizures by
 * contraband type) gets one column per index. Strings are labels and are skipped.
 */
function flatten(value: unknown, prefix: string, stat: Stat | undefined, out: Map<string, number | null>): void {
  if (value === null || typeof value === 'number') {
    if (prefix) out.set(prefix, value);
    return;
  }
  if (typeof value !== 'object') return;
  if (stat && !Array.isArray(value) && isAcross(value)) {
    out.set(prefix, value[stat]);
    return;
  }
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, v] of entries) {
    if (NOT_COLUMNS.has(key)) continue;
    flatten(v, prefix ? `${prefix}.${key}` : key, stat, out);
  }
}
