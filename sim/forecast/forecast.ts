// The next hours from this morning's feed: a scenario started from the state a saved CBP Border
// Wait Times snapshot reports for its port, run forward on common random numbers.
//
// The state the feed gives is thin — per lane class, a delay (minutes) and the lanes open — so the
// forecast fills in the rest from the scenario and says so:
//
// * Clock: the run starts at the snapshot's update time (the latest of the port's reported lane
//   classes), on the snapshot's weekday (a holiday when the scenario's calendar lists its date);
//   arrival profiles and staffing carry on from that clock time.
// * Booths open: each reported lane class's lanes open, × booths per lane for stacked lanes, shared
//   among the scenario's lane groups of that class in proportion to the lanes the scenario itself
//   has open then; these booths are held for `holdHours` (default 1 h, the feed's update interval),
//   then the scenario's own staffing takes over. A flex pool (lane management) works throughout.
// * The line: a vehicle that joins a FIFO line of L vehicles served by c busy booths, each holding
//   a vehicle s seconds on average, waits about L·s/c (Little's law; the tail of the M/M/c queue).
//   Turned round, the reported delay D gives the line L ≈ D ÷ s × c, per lane group, with s the
//   lane group's mean time at the booth (its volume-weighted mean inspection time × the stacking
//   factor). Those vehicles are in line at time 0; they count in no wait figure (they arrived
//   before the run), so an hour's figure is that of the vehicles arriving in it.
// * Lane classes the scenario has but the snapshot gives no delay for start from the scenario's
//   own staffing with an empty line (or are an error, with `missingDelay: 'error'`).
//
// The band of each coming clock hour is the 5th–95th percentile, across replications, of the
// replication's arrival-weighted mean wait over the class's lane groups: where one day's hourly
// mean would fall, not an interval for the mean.

import { laneMatches } from '../../observed/compare.ts';
import type { Observation, ObservedFormat, ObservedLaneType, ObservedWaits } from '../../observed/observations.ts';
import { weekdayOf } from '../../scenarios/calendar.ts';
import { modesOf } from '../../scenarios/lane-defaults.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import type { LaneGroup, Port } from '../../scenarios/schema.ts';
import { officersAt, type DayTypeName } from '../../scenarios/staffing.ts';
import { compileScenario } from '../compile/compile-scenario.ts';
import type { CompiledModel } from '../model/compiled.ts';
import { runModel } from '../run/run-scenario.ts';

/** The `format` of a forecast document. */
export const FORECAST_FORMAT = 'borderflow-forecast';

/** How the forecast estimates the line and what its bands are, in words the document carries. */
export const FORECAST_METHOD = {
  line:
    'Line per lane group ≈ reported delay ÷ mean time a booth holds a vehicle × booths open (Little’s law; a vehicle joining a FIFO line of L vehicles at c busy booths waits about L·s/c). ' +
    'The mean time at the booth is the lane group’s volume-weighted mean inspection time × its stacking factor. These vehicles are in line at the start and count in no wait figure.',
  booths:
    'Lanes open as reported (× booths per lane when stacked), shared among the lane groups of the class in proportion to the lanes the scenario has open then, held for holdHours; then the scenario’s own staffing.',
  band: 'mean and 90 % band (5th–95th percentile) across replications of each replication’s arrival-weighted mean wait of the vehicles arriving in that clock hour; common random numbers.',
} as const;

/** Options of `forecast`. */
export interface ForecastOptions {
  /** Whole clock hours to forecast, 1–24 (default 4): the run ends at the top of the clock hour that many hours after the snapshot's hour. */
  hours?: number;
  /** Replications (default 20). */
  replications?: number;
  /** Seed (default: the scenario's). */
  seed?: number;
  /** Hours the reported lanes open are held before the scenario's own staffing takes over (default 1). */
  holdHours?: number;
  /** Extra booths opened now and kept open through the forecast, by CBP lane class (e.g. `{ general: 2 }`). */
  open?: Partial<Record<ObservedLaneType, number>>;
  /** The snapshot port (CBP port number, 8-digit BWT id, or port name) of a scenario port, by scenario port id; default: matched by name. */
  ports?: Record<string, string>;
  /** A lane class of the scenario with no delay in the snapshot: `'empty'` starts it with an empty line and the scenario's staffing (default), `'error'` refuses. */
  missingDelay?: 'empty' | 'error';
  /** Treat the snapshot's day as a holiday (default: when the scenario's calendar lists its date). */
  holiday?: boolean;
  /** Called after each replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Where the scenario and snapshot came from, for the document (default: the snapshot's own file name). */
  files?: { scenario?: string };
}

/** A forecast that cannot be made from this scenario and snapshot: one line per problem. */
export class ForecastError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ForecastError';
  }
}

/** The start the forecast assumed for one lane group. */
export interface ForecastLaneStart {
  /** `port/lane` id. */
  id: string;
  /** Booths open at the start (held for holdHours), including booths opened with `open`. */
  boothsOpen: number;
  /** Lanes open as CBP counts them (booths ÷ booths per lane). */
  lanesOpen: number;
  /** Mean time a booth holds a vehicle, seconds (mean inspection time × stacking factor). */
  meanBoothSeconds: number;
  /** Vehicles (people on foot) in line at the start. */
  line: number;
  /** Extra booths opened now (`open`), kept through the forecast. */
  extraBooths: number;
}

/** The start the forecast assumed for one CBP lane class of a port. */
export interface ForecastClassStart {
  laneType: ObservedLaneType;
  /** `reported`: from the snapshot; `not-reported`: the snapshot has no delay for it (empty line, the scenario's staffing). */
  source: 'reported' | 'not-reported';
  /** The reported delay, minutes, and when CBP updated it (`YYYY-MM-DDTHH:MM`); null when not reported. */
  delayMinutes: number | null;
  reportedLanesOpen: number | null;
  updatedAt: string | null;
  laneGroups: ForecastLaneStart[];
}

/** One coming clock hour of one lane class: mean wait and 90 % band across replications, minutes. */
export interface ForecastHour {
  /** Clock hour (0–23) of arrival. */
  hour: number;
  /** The part of the hour forecast, `HH:MM–HH:MM` (the first hour starts at the snapshot time). */
  window: string;
  mean: number | null;
  /** 5th percentile of the replications' hourly means. */
  low90: number | null;
  /** 95th percentile of the replications' hourly means. */
  high90: number | null;
  /** Replications with arrivals in that hour (the band is over these). */
  replications: number;
  /** Mean lanes open over the hour (all lane groups of the class, across replications). */
  lanesOpen: number | null;
}

/** One lane class's forecast: its lane groups and the coming hours. */
export interface ForecastLaneType {
  port: string;
  laneType: ObservedLaneType;
  laneGroups: string[];
  hours: ForecastHour[];
}

/**
 * A `borderflow-forecast` document: the scenario and snapshot it came from, the start it assumed
 * (clock, day, per lane class the reported delay and lanes, per lane group the booths open and
 * the line estimated), and per lane class per coming clock hour the mean wait with its 90 % band
 * across replications. Waits in minutes.
 */
export interface ForecastDocument {
  format: typeof FORECAST_FORMAT;
  version: 1;
  method: typeof FORECAST_METHOD;
  scenario: { file: string | null; name: string; hash: string; seed: number; replications: number };
  snapshot: { file: string; format: ObservedFormat; time: string; day: string; dayType: DayTypeName; ports: { scenarioPort: string; snapshotPort: string; name: string | null }[] };
  start: { clock: string; hours: number; horizonHours: number; holdHours: number; open: Partial<Record<ObservedLaneType, number>> };
  initialState: { port: string; laneTypes: ForecastClassStart[]; notReported: string[] }[];
  laneTypes: ForecastLaneType[];
  warnings: string[];
}

const HOUR = 3600;

/** The CBP lane class a lane group reports as, or null (bus and custom lanes have none). */
function classOf(lane: LaneGroup): ObservedLaneType | null {
  const view = { kind: lane.kind, modes: modesOf(lane) };
  // fast lanes report as commercial-fast (FAST is a truck program), general truck lanes as commercial-general.
  const order: ObservedLaneType[] = ['general', 'commercial-general', 'ready', 'sentri', 'nexus', 'commercial-fast', 'pedestrian', 'pedestrian-ready', 'pedestrian-sentri'];
  return order.find((t) => laneMatches(t, view)) ?? null;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Whether a snapshot port (its observations) is the one `want` names: port number, 8-digit BWT id, name, or name and crossing. */
function portIs(o: Observation, want: string): boolean {
  const w = norm(want);
  if (w === '') return false;
  if (/^\d{8}$/.test(w) && w.slice(2) === o.port) return true;
  const names = [o.port, o.portName, o.portName && o.crossingName ? `${o.portName} ${o.crossingName}` : undefined, o.crossingName];
  return names.some((n) => n !== undefined && norm(n) === w);
}

function clockText(hours: number): string {
  const m = Math.round(hours * 60);
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Percentile q of sorted values, linear between order statistics (Hyndman–Fan type 7). */
export function percentile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Shares `total` among slots in proportion to `weights` (largest remainder), each at most its `cap`. */
function share(total: number, weights: number[], caps: number[]): number[] {
  const out = weights.map(() => 0);
  let left = Math.min(total, caps.reduce((a, b) => a + b, 0));
  while (left > 0) {
    const open = weights.map((w, i) => (out[i] < caps[i] ? i : -1)).filter((i) => i >= 0);
    const sum = open.reduce((a, i) => a + Math.max(weights[i], 1e-9), 0);
    const raw = open.map((i) => (left * Math.max(weights[i], 1e-9)) / sum);
    let given = 0;
    open.forEach((i, k) => {
      const n = Math.min(caps[i] - out[i], Math.floor(raw[k]));
      out[i] += n;
      given += n;
    });
    if (given === 0) {
      // Largest remainder first; the first slot on ties.
      const k = raw.map((r, k) => ({ r: r - Math.floor(r), k })).sort((a, b) => b.r - a.r || a.k - b.k)[0].k;
      out[open[k]] += 1;
      given = 1;
    }
    left -= given;
  }
  return out;
}

/**
 * Forecasts the coming hours from a saved CBP Border Wait Times snapshot: starts `scenario` at the
 * snapshot's clock time and day, with each reported lane class's lanes open (held for
 * `holdHours`) and a line estimated from the reported delay (line ≈ delay ÷ mean time at the
 * booth × booths open; see `FORECAST_METHOD`), runs `replications` replications on common random
 * numbers, and returns per lane class per coming clock hour the mean wait and its 90 % band
 * (5th–95th percentile of the replications' hourly means). The scenario's port is found in the
 * snapshot by `options.ports`, else by name. Throws `ForecastError` when the snapshot has no such
 * port, no date or time, or no delay; `RangeError` for options out of range.
 */
export function forecast(scenario: Scenario, snapshot: ObservedWaits, options: ForecastOptions = {}): ForecastDocument {
  const hours = options.hours ?? 4;
  const replications = options.replications ?? 20;
  const holdHours = options.holdHours ?? 1;
  if (!Number.isInteger(hours) || hours < 1 || hours > 24) throw new RangeError(`hours: ${hours}; expected a whole number of hours from 1 to 24`);
  if (!Number.isInteger(replications) || replications < 1) throw new RangeError(`replications: ${replications}; expected a whole number, 1 or more`);
  if (!(holdHours > 0)) throw new RangeError(`holdHours: ${holdHours}; expected more than 0 hours`);
  const problems: string[] = [];
  const warnings: string[] = [];
  const file = snapshot.file;
  if (snapshot.format !== 'bwt-xml' && snapshot.format !== 'bwt-json') {
    throw new ForecastError([`${file}: a ${snapshot.format} file holds hourly averages, not a snapshot; expected a saved BWT snapshot (bwt.xml or api/bwtnew JSON)`]);
  }

  // ---- which snapshot port is each scenario port
  const snapshotPorts = [...new Map(snapshot.observations.map((o) => [o.port, o])).values()];
  const listed = snapshotPorts.map((o) => (o.portName ? `${o.port} ${o.portName}${o.crossingName ? ` – ${o.crossingName}` : ''}` : o.port)).join('; ');
  const matched: { port: Port; index: number; key: string; obs: Observation[] }[] = [];
  scenario.ports.forEach((p, index) => {
    const explicit = options.ports?.[p.id];
    const wants = explicit !== undefined ? [explicit] : [p.name, p.id];
    const found = snapshotPorts.filter((o) => wants.some((w) => portIs(o, w)));
    if (found.length > 1) {
      problems.push(`${file}: scenario port "${p.name}" (id ${p.id}) matches several snapshot ports (${found.map((o) => o.port).join(', ')}); name one by its CBP port number`);
      return;
    }
    if (found.length === 0) {
      if (explicit !== undefined) problems.push(`${file}: no port "${explicit}" in the snapshot; it has: ${listed}`);
      return;
    }
    matched.push({ port: p, index, key: found[0].port, obs: snapshot.observations.filter((o) => o.port === found[0].port) });
  });
  if (problems.length > 0) throw new ForecastError(problems);
  if (matched.length === 0) {
    const names = scenario.ports.map((p) => `"${p.name}" (id ${p.id})`).join(', ');
    throw new ForecastError([`${file}: no port matching the scenario's ${names}; the snapshot has: ${listed}. Name the snapshot port by its CBP port number (e.g. 250401) or name`]);
  }
  for (const p of scenario.ports) {
    if (!matched.some((m) => m.port === p)) warnings.push(`scenario port ${p.id} is not in the snapshot: it starts empty with its own staffing`);
  }

  // ---- the clock: the latest update among the reported delays
  let time: string | null = null;
  for (const m of matched) {
    const withDelay = m.obs.filter((o) => o.waitMinutes !== null);
    if (withDelay.length === 0) {
      problems.push(`${file}: port ${m.key} reports no delay for any lane (every delay is empty, "N/A", "Update Pending" or "Lanes Closed"); a forecast needs at least one`);
      continue;
    }
    const undated = withDelay.find((o) => o.observedAt === undefined);
    if (undated) {
      problems.push(`${file}: port ${m.key} has no date; expected the port's date (M/D/YYYY) so the day and clock time of the snapshot are known`);
      continue;
    }
    for (const o of withDelay) if (time === null || o.observedAt! > time) time = o.observedAt!;
  }
  if (problems.length > 0 || time === null) throw new ForecastError(problems);
  const date = time.slice(0, 10);
  const startClock = Number(time.slice(11, 13)) + Number(time.slice(14, 16)) / 60;
  const startDay = weekdayOf(date) as Scenario['startDay'];
  const calendarDates = (scenario.calendar?.holidays ?? []).filter((h): h is string => typeof h === 'string');
  const holiday = options.holiday ?? calendarDates.includes(date);
  const dayType: DayTypeName = holiday ? 'holiday' : startDay === 'saturday' ? 'saturday' : startDay === 'sunday' ? 'sunday' : 'weekday';
  const firstHour = Math.floor(startClock);
  const horizonHours = firstHour + hours - startClock;

  // ---- the compiled base model gives each lane group's mean time at the booth
  const base: CompiledModel = compileScenario(scenario);
  const ports: Port[] = scenario.ports.map((p) => ({ ...p, laneGroups: p.laneGroups.map((l) => ({ ...l, initialQueue: 0, initialOfficers: undefined })) }));
  const policies = shiftWindows(scenario.policies, scenario.startHour - startClock);
  const open = { ...(options.open ?? {}) };
  const openUsed = new Set<string>();
  const initialState: ForecastDocument['initialState'] = [];

  for (const m of matched) {
    const port = ports[m.index];
    const compiled = base.ports[m.index];
    const byClass = new Map<ObservedLaneType, number[]>();
    port.laneGroups.forEach((l, li) => {
      const c = classOf(l);
      if (c) byClass.set(c, [...(byClass.get(c) ?? []), li]);
    });
    const notReported = port.laneGroups.filter((l) => classOf(l) === null).map((l) => `${port.id}/${l.id}`);
    const classes: ForecastClassStart[] = [];
    for (const [laneType, lis] of byClass) {
      const reports = m.obs.filter((o) => o.laneType === laneType && o.waitMinutes !== null);
      const report = reports.sort((a, b) => (b.observedAt ?? '').localeCompare(a.observedAt ?? ''))[0];
      const lanes = lis.map((li) => port.laneGroups[li]);
      const bpl = lanes.map((l) => l.stacking?.boothsPerLane ?? 1);
      const maxLanes = lanes.map((l, k) => Math.floor(l.booths / bpl[k]));
      const ownLanes = lanes.map((l, k) => Math.floor(Math.min(l.booths, l.officers ? officersAt(l.officers, startClock, dayType) : l.booths) / bpl[k]));
      const boothSeconds = lis.map((li) => compiled.lanes[li].meanPrimarySeconds * compiled.lanes[li].stackFactor);
      let boothsOpen: number[];
      let lines: number[];
      if (!report) {
        if (options.missingDelay === 'error') {
          problems.push(`${file}: port ${m.key} gives no delay for ${laneType} lanes (missing, "N/A", "Update Pending" or "Lanes Closed"); the scenario's lane group(s) ${lanes.map((l) => `${port.id}/${l.id}`).join(', ')} need one`);
          continue;
        }
        warnings.push(`${laneType}: no delay in the snapshot; ${lanes.map((l) => `${port.id}/${l.id}`).join(', ')} start with an empty line and the scenario's staffing`);
        boothsOpen = ownLanes.map((n, k) => Math.min(lanes[k].booths, lanes[k].officers ? officersAt(lanes[k].officers!, startClock, dayType) : lanes[k].booths));
        lines = lanes.map(() => 0);
      } else {
        const reported = report.lanesOpen;
        let lanesOpen: number[];
        if (reported === null) {
          warnings.push(`${laneType}: the snapshot gives no lanes open; the scenario's own staffing at ${clockText(startClock)} is used`);
          lanesOpen = ownLanes;
        } else {
          const total = maxLanes.reduce((a, b) => a + b, 0);
          if (reported > total) warnings.push(`${laneType}: the snapshot reports ${reported} lanes open; the scenario's lane groups have ${total}, so all are open`);
          lanesOpen = share(reported, ownLanes.some((n) => n > 0) ? ownLanes : maxLanes, maxLanes);
        }
        boothsOpen = lanesOpen.map((n, k) => Math.min(lanes[k].booths, n * bpl[k]));
        const delaySeconds = report.waitMinutes! * 60;
        // Little's law on the line: a newcomer behind L vehicles at c booths of mean s waits about L·s/c.
        lines = boothsOpen.map((c, k) => Math.round((delaySeconds * c) / boothSeconds[k]));
        if (report.waitMinutes! > 0 && boothsOpen.every((c) => c === 0)) warnings.push(`${laneType}: a delay of ${report.waitMinutes} min with no lane open; the line cannot be estimated and starts empty`);
      }
      const extra = lis.map(() => 0);
      const want = open[laneType];
      if (want !== undefined) {
        openUsed.add(laneType);
        let left = want;
        while (left > 0) {
          // The next booth goes where the most booths stand closed.
          let best = -1;
          lis.forEach((_, k) => {
            if (lanes[k].booths - boothsOpen[k] - extra[k] > 0 && (best < 0 || lanes[k].booths - boothsOpen[k] - extra[k] > lanes[best].booths - boothsOpen[best] - extra[best])) best = k;
          });
          if (best < 0) break;
          extra[best]++;
          left--;
        }
        if (left > 0) warnings.push(`${laneType}: only ${want - left} of the ${want} extra booths fit (every booth of the class is open)`);
      }
      lis.forEach((li, k) => {
        const l = port.laneGroups[li];
        // A class with no report keeps the scenario's own staffing from the start.
        port.laneGroups[li] = report ? { ...l, initialQueue: lines[k], initialOfficers: { officers: boothsOpen[k], hours: holdHours } } : { ...l, initialQueue: 0 };
        if (extra[k] > 0) {
          policies.push({
            id: `forecast-open-${port.id}-${l.id}`,
            kind: 'custom',
            startHour: 0,
            endHour: horizonHours + scenario.drainCapHours,
            ports: [port.id],
            lanes: [l.id],
            extraOfficers: extra[k],
          } as Scenario['policies'][number]);
        }
      });
      classes.push({
        laneType,
        source: report ? 'reported' : 'not-reported',
        delayMinutes: report ? report.waitMinutes : null,
        reportedLanesOpen: report ? report.lanesOpen : null,
        updatedAt: report?.observedAt ?? null,
        laneGroups: lis.map((li, k) => ({
          id: `${port.id}/${port.laneGroups[li].id}`,
          boothsOpen: boothsOpen[k] + extra[k],
          lanesOpen: (boothsOpen[k] + extra[k]) / bpl[k],
          meanBoothSeconds: boothSeconds[k],
          line: lines[k],
          extraBooths: extra[k],
        })),
      });
      if (report?.observedAt && report.observedAt < time) {
        const ageHours = (Date.parse(`${time}:00Z`) - Date.parse(`${report.observedAt}:00Z`)) / (HOUR * 1000);
        if (ageHours > 1) warnings.push(`${laneType}: its delay was updated at ${report.observedAt.slice(11)}, ${ageHours.toFixed(1)} h before the snapshot time; it is used as if current`);
      }
    }
    for (const o of m.obs) {
      if (o.waitMinutes !== null && !byClass.has(o.laneType)) warnings.push(`${o.laneType}: reported by the snapshot, but the scenario's port ${port.id} has no lane group of that class; ignored`);
    }
    initialState.push({ port: port.id, laneTypes: classes, notReported });
  }
  for (const t of Object.keys(open)) {
    if (!openUsed.has(t)) problems.push(`open ${t}: the scenario's matched port has no lane group of that class`);
  }
  if (problems.length > 0) throw new ForecastError(problems);

  const warm: Scenario = {
    ...scenario,
    seed: options.seed ?? scenario.seed,
    replications,
    startHour: startClock,
    startDay,
    calendar: holiday ? { holidays: [0] } : calendarDates.length > 0 ? { startDate: date, holidays: calendarDates } : undefined,
    horizonHours,
    warmupHours: 0,
    endOfRun: 'drain',
    ports: ports.map((p) => ({ ...p, flows: p.flows.map((f) => ({ ...f, surges: shiftWindows(f.surges, scenario.startHour - startClock) })) })),
    policies,
  } as Scenario;
  if (!holiday && scenario.calendar && scenario.calendar.holidays.some((h) => typeof h === 'number')) {
    warnings.push('the scenario calendar’s holidays given as day numbers are dropped (they count from its own start); a date is a holiday when the calendar lists it as YYYY-MM-DD, or with the holiday option');
  }
  const model = compileScenario(warm, { measureInitialLines: false });
  const doc = runModel(model, { onProgress: options.onProgress });

  const laneTypes: ForecastLaneType[] = [];
  for (const st of initialState) {
    const pi = scenario.ports.findIndex((p) => p.id === st.port);
    for (const c of st.laneTypes) {
      const lis = c.laneGroups.map((g) => scenario.ports[pi].laneGroups.findIndex((l) => `${st.port}/${l.id}` === g.id));
      const rows: ForecastHour[] = [];
      for (let k = 0; k < hours; k++) {
        const hour = (firstHour + k) % 24;
        const perRun: number[] = [];
        let lanesOpenSum = 0;
        let lanesOpenN = 0;
        for (const run of doc.runs) {
          let sum = 0;
          let n = 0;
          let lanesOpen = 0;
          let haveLanes = false;
          for (const li of lis) {
            const h = run.ports[pi].lanes[li].byHour[hour];
            if (h.arrived > 0 && h.wait.mean !== null) {
              // A vehicle that reached no booth (still in line at the drain cap) has no wait: the mean is over those served.
              sum += h.wait.mean * h.arrived;
              n += h.arrived;
            }
            if (h.capacity.openLanes !== null) {
              lanesOpen += h.capacity.openLanes;
              haveLanes = true;
            }
          }
          if (n > 0) perRun.push(sum / n);
          if (haveLanes) {
            lanesOpenSum += lanesOpen;
            lanesOpenN++;
          }
        }
        const sorted = [...perRun].sort((a, b) => a - b);
        const from = k === 0 ? startClock : firstHour + k;
        rows.push({
          hour,
          window: `${clockText(from)}–${clockText(firstHour + k + 1)}`,
          mean: sorted.length > 0 ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null,
          low90: sorted.length > 0 ? percentile(sorted, 0.05) : null,
          high90: sorted.length > 0 ? percentile(sorted, 0.95) : null,
          replications: sorted.length,
          lanesOpen: lanesOpenN > 0 ? lanesOpenSum / lanesOpenN : null,
        });
      }
      laneTypes.push({ port: st.port, laneType: c.laneType, laneGroups: c.laneGroups.map((g) => g.id), hours: rows });
    }
  }

  return {
    format: FORECAST_FORMAT,
    version: 1,
    method: FORECAST_METHOD,
    scenario: { file: options.files?.scenario ?? null, name: scenario.name, hash: doc.scenario.hash, seed: model.seed, replications },
    snapshot: {
      file,
      format: snapshot.format,
      time,
      day: startDay,
      dayType,
      ports: matched.map((m) => ({ scenarioPort: m.port.id, snapshotPort: m.key, name: m.obs[0].portName ?? null })),
    },
    start: { clock: clockText(startClock), hours, horizonHours, holdHours, open },
    initialState,
    laneTypes,
    warnings,
  };
}

/** Time windows (hours from the start) of the scenario moved by `shift` hours, those over before the start dropped, those under way cut at 0. */
function shiftWindows<T extends { startHour: number; endHour: number }>(windows: readonly T[], shift: number): T[] {
  return windows
    .map((w) => ({ ...w, startHour: Math.max(0, w.startHour + shift), endHour: w.endHour + shift }))
    .filter((w) => w.endHour > w.startHour && w.endHour > 0);
}
