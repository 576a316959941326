// The plain-text report of `borderflow run`: what a planner reads first, with units in every heading.

import type { Across, Aggregated, Figures, PortResult, ResultDocument, UnstableLaneHour } from '../../sim/index.ts';
import { renderTable, type Cell, type Column } from './columns.ts';
import { cellText, clock, count, dollars, minutes, percent, ratio, seconds, withCi } from './numbers.ts';

export interface ReportOptions {
  /** The scenario sets a value of time, so the cost of delay means something (0 otherwise). */
  costOfDelay: boolean;
  /** ANSI bold and colour; only for a terminal (the caller decides). */
  color: boolean;
}

/** At or above this utilization a lane cannot keep up with its arrivals for long. */
export const SATURATED_UTILIZATION = 0.98;
/** Vehicles left in line, as a share of arrivals, above which the wait figures are visibly biased low. */
export const UNSERVED_SHARE = 0.01;

export function resultTable(doc: ResultDocument, options: ReportOptions): string {
  const style = styles(options.color);
  const out: string[] = [];
  const s = doc.scenario;
  const reps = doc.replications;

  out.push(style.bold(s.name));
  out.push(`  scenario hash  ${s.hash}`);
  out.push(`  seed           ${doc.seed}`);
  out.push(`  replications   ${reps}`);
  out.push(`  horizon        ${s.horizonHours} h, starting ${capitalize(s.startDay)} ${clock(s.startHour)}`);
  out.push(
    s.warmupHours > 0
      ? `  warm-up        ${s.warmupHours} h, discarded (figures cover the remaining ${round(s.horizonHours - s.warmupHours)} h)`
      : '  warm-up        none (figures cover the whole horizon)',
  );
  out.push(
    s.endOfRun === 'drain'
      ? `  end of run     drain: arrivals stop at the horizon and the run goes on until everyone present has left (at most ${s.drainCapHours} h; took up to ${round(Math.max(0, ...doc.runs.map((r) => r.ending.drainHours)))} h)`
      : '  end of run     cutoff: the run stops at the horizon; waits of those still in line count as censored (their wait so far)',
  );
  out.push(`  engine         ${doc.engine.name} ${doc.engine.version}`);
  out.push(
    reps > 1
      ? `Figures are means over the ${reps} replications; ± is the half-width of the 95 % confidence interval, shown instead as (low–high) where it is clipped at 0 or 100 %.`
      : 'Figures are from a single replication: no confidence intervals (use --replications 2 or more).',
  );

  for (const port of doc.ports) {
    out.push('', style.bold(`Port ${port.id} — ${port.name}`), '');
    const over = overColumn(port);
    out.push(...laneTable(port, over), '');
    out.push(...flowTable(port, over), '');
    out.push(secondaryLine(port));
    out.push(...waitOverLine(port.summary));
    out.push(...headlines(port.summary, options, reps));
    out.push(...operationsLines(port));
    for (const w of warnings(port)) out.push(style.warn(w));
    for (const w of stabilityWarnings(port)) out.push(style.warn(w));
  }
  if (doc.ports.length > 1) {
    out.push('', style.bold('All ports'));
    out.push(`Arrivals ${count(doc.summary.arrived.mean)}; mean wait ${cellText(withCi(doc.summary.wait.mean, 'minutes'))} min; p95 wait ${cellText(withCi(doc.summary.wait.p95, 'minutes'))} min`);
    out.push(...waitOverLine(doc.summary));
    out.push(...headlines(doc.summary, options, reps));
  }
  return out.join('\n') + '\n';
}

/** The threshold planners quote, 30 minutes, when the scenario reports it; else its first threshold. */
const QUOTED_THRESHOLD = '30';

/** Key in `waitOver` shown in the tables: "30" when reported, else the first threshold. */
function overColumn(port: PortResult): string {
  const keys = thresholdKeys(port.summary);
  return keys.includes(QUOTED_THRESHOLD) ? QUOTED_THRESHOLD : keys[0];
}

/** The thresholds of `waitOver`, smallest first (objects list integer keys before "7.5"). */
function thresholdKeys(f: Aggregated<Figures>): string[] {
  return Object.keys(f.waitOver).sort((a, b) => Number(a) - Number(b));
}

function overHeading(key: string): Column {
  return { heading: [`% waiting`, `over ${key} min`], align: 'right' };
}

function overCell(f: Aggregated<Figures>, key: string): Cell {
  const a = f.waitOver[key];
  return a === undefined ? 'n/a' : withCi(a, 'percent');
}

/** P(wait > t) at every threshold of the scenario, for a port or all ports. */
function waitOverLine(f: Aggregated<Figures>): string[] {
  const parts = thresholdKeys(f).map((t) => `over ${t} min ${cellText(withCi(f.waitOver[t], 'percent'))}`);
  return parts.length === 0 ? [] : [`Waiting in line (share of vehicles reaching a booth): ${parts.join('; ')}`];
}

const LANE_COLUMNS: Column[] = [
  { heading: ['lane'], align: 'left' },
  { heading: ['kind'], align: 'left' },
  { heading: ['booths'], align: 'right' },
  { heading: ['arrivals'], align: 'right' },
  { heading: ['served'], align: 'right' },
  { heading: ['in line', 'at end'], align: 'right' },
  { heading: ['mean wait', '(min)'], align: 'right' },
  { heading: ['p50 wait', '(min)'], align: 'right' },
  { heading: ['p95 wait', '(min)'], align: 'right' },
  { heading: ['max wait', '(min)'], align: 'right' },
  { heading: ['mean primary', '(s, measured)'], align: 'right' },
  { heading: ['utilization', '(busy/open)'], align: 'right' },
  { heading: ['referrals'], align: 'right' },
  { heading: ['seizures'], align: 'right' },
];

function laneTable(port: PortResult, over: string): string[] {
  const columns = [...LANE_COLUMNS.slice(0, 9), overHeading(over), ...LANE_COLUMNS.slice(9)];
  const rows: Cell[][] = port.lanes.map((lane) => {
    const f = lane.figures;
    return [
      lane.id,
      lane.kind,
      String(lane.booths),
      count(f.arrived.mean),
      count(f.served.mean),
      count(f.inQueueAtEnd.mean),
      withCi(f.wait.mean, 'minutes'),
      minutes(f.wait.p50.mean),
      withCi(f.wait.p95, 'minutes'),
      minutes(f.wait.max.mean),
      overCell(f, over),
      seconds(f.primarySecondsMean.mean),
      withCi(lane.capacity.utilization, 'ratio'),
      count(f.referrals.mean),
      count(f.seizures.mean),
    ];
  });
  return ['Lanes (arrivals and waits count vehicles, or people on foot, after the warm-up)', ...renderTable(columns, rows)];
}

const FLOW_COLUMNS: Column[] = [
  { heading: ['flow'], align: 'left' },
  { heading: ['mode'], align: 'left' },
  { heading: ['arrivals'], align: 'right' },
  { heading: ['people'], align: 'right' },
  { heading: ['served'], align: 'right' },
  { heading: ['mean wait', '(min)'], align: 'right' },
  { heading: ['p95 wait', '(min)'], align: 'right' },
  { heading: ['time in port', '(min)'], align: 'right' },
  { heading: ['referrals'], align: 'right' },
  { heading: ['seizures'], align: 'right' },
  { heading: ['contraband', 'arrivals'], align: 'right' },
  { heading: ['interdiction', 'rate'], align: 'right' },
];

function flowTable(port: PortResult, over: string): string[] {
  const columns = [...FLOW_COLUMNS.slice(0, 7), overHeading(over), ...FLOW_COLUMNS.slice(7)];
  const rows: Cell[][] = port.flows.map((f) => [
    f.id,
    f.mode,
    count(f.arrived.mean),
    count(f.travelers.mean),
    count(f.served.mean),
    withCi(f.wait.mean, 'minutes'),
    withCi(f.wait.p95, 'minutes'),
    overCell(f, over),
    minutes(f.timeInSystemMean.mean),
    count(f.referrals.mean),
    count(f.seizures.mean),
    count(f.contrabandArrivals.mean),
    withCi(f.interdictionRate, 'percent'),
  ]);
  return ['Flows', ...renderTable(columns, rows)];
}

function secondaryLine(port: PortResult): string {
  if (!port.secondary) return 'Secondary inspection: none at this port';
  const util = cellText(withCi(port.secondary.utilization, 'ratio'));
  const wait = port.summary.secondaryWaitMean.mean === null ? 'n/a (nobody reached secondary)' : `${cellText(withCi(port.summary.secondaryWaitMean, 'minutes'))} min`;
  return `Secondary inspection: utilization ${util} (busy/open bays); mean wait for a bay ${wait}; inspections ${count(port.summary.secondaryInspections.mean)}`;
}

function headlines(f: Aggregated<Figures>, options: ReportOptions, replications: number): string[] {
  const lines: string[] = [];
  const ir = f.interdictionRate;
  // A rate is undefined in replications where no contraband arrived, so it may have fewer values than replications.
  const fewer = ir.n < replications && replications > 1 ? `; defined in ${ir.n} of ${replications} replications, the others had no contraband` : '';
  lines.push(
    ir.mean === null
      ? 'Interdiction rate: n/a — no contraband arrived'
      : `Interdiction rate: ${cellText(withCi(ir, 'percent'))} (seized ÷ contraband carriers arrived: ${count(f.seizures.mean)} of ${count(f.contrabandArrivals.mean)}${fewer})`,
  );
  lines.push(
    f.falsePositiveRate.mean === null
      ? 'False-positive rate: n/a — nobody was referred'
      : `False-positive rate: ${cellText(withCi(f.falsePositiveRate, 'percent'))} (referred carrying nothing ÷ referred, of ${count(f.referrals.mean)} referrals)`,
  );
  if (options.costOfDelay) lines.push(`Cost of delay: ${moneyWithCi(f.costOfDelay)} (hours in the port × value of time, after the warm-up)`);
  const e = f.emissions;
  if ('co2Kg' in e) lines.push(`Idling in line: ${cellText(withCi(f.idlingHours, 'count'))} vehicle-hours; CO₂ ${cellText(withCi(e.co2Kg, 'count'))} kg, NOx ${cellText(withCi(e.noxG, 'count'))} g, PM2.5 ${cellText(withCi(e.pm25G, 'count'))} g`);
  lines.push(...screeningLines(f));
  return lines;
}

/** Optional screening and behaviour counts, shown only when something happened; read loosely, as the engine adds figures over time. */
const OTHER_COUNTS: [key: string, label: string][] = [
  ['scans', 'imaging scans'],
  ['trueAlarms', 'radiation alarms (true)'],
  ['nuisanceAlarms', 'radiation alarms (nuisance)'],
  ['passedWithoutStop', 'passed without a stop'],
  ['revocations', 'program memberships revoked'],
  ['deterred', 'smugglers deterred'],
  ['retimed', 'smugglers who put off their crossing to a safer-looking hour'],
  ['displacedOut', 'smugglers displaced to another port'],
  ['displacedIn', 'smugglers displaced from another port'],
  ['switchedOut', 'drivers switched to another port'],
  ['switchedIn', 'drivers switched from another port'],
];

function screeningLines(f: Aggregated<Figures>): string[] {
  const loose = f as unknown as Record<string, unknown>;
  const lines: string[] = [];
  const nonzero = (group: unknown): [string, number][] =>
    group && typeof group === 'object'
      ? Object.entries(group as Record<string, Across>).flatMap(([k, a]) => (a && typeof a.mean === 'number' && a.mean !== 0 ? [[k, a.mean] as [string, number]] : []))
      : [];

  const reasons = nonzero(loose.referralsByReason);
  if (reasons.length > 0) {
    const hits = loose.hitRateByReason as Record<string, Across> | undefined;
    const hit = (k: string) => (hits?.[k]?.mean != null ? `, ${percent(hits[k].mean)} seized` : '');
    lines.push(`Referrals by reason: ${reasons.map(([k, v]) => `${k} ${count(v)}${hit(k)}`).join('; ')}`);
  }
  const byType = nonzero(loose.seizuresByType);
  if (byType.length > 0) lines.push(`Seizures by type: ${byType.map(([k, v]) => `${k} ${count(v)}`).join('; ')}`);
  const others = OTHER_COUNTS.flatMap(([key, label]) => {
    const a = loose[key] as Across | undefined;
    return a && typeof a.mean === 'number' && a.mean !== 0 ? [`${label} ${count(a.mean)}`] : [];
  });
  if (others.length > 0) lines.push(`Also: ${others.join('; ')}`);
  return lines;
}

function moneyWithCi(a: Across): string {
  if (a.mean === null) return 'n/a';
  const decimals = Math.abs(a.mean) >= 100 ? 0 : 2;
  return a.halfWidth === null ? dollars(a.mean, decimals) : `${dollars(a.mean, decimals)} ± ${dollars(a.halfWidth, decimals)}`;
}

/**
 * Lanes whose figures understate the waits: travelers still in line when the run ended
 * (cutoff, or a drain that reached its cap) count with the wait they had so far, a lower
 * bound. Named with the clock hours where they are at least 1 % of the hour's arrivals.
 */
function warnings(port: PortResult): string[] {
  const out: string[] = [];
  for (const lane of port.lanes) {
    const left = lane.figures.unfinished.mean ?? 0;
    const arrived = lane.figures.arrived.mean ?? 0;
    if (left < Math.max(0.5, UNSERVED_SHARE * arrived)) continue;
    const hours = lane.byHour.flatMap((h, hour) => ((h.unfinished.mean ?? 0) >= Math.max(0.5, UNSERVED_SHARE * (h.arrived.mean ?? 0)) ? [hour] : []));
    const share = arrived > 0 ? ` (${percent(left / arrived)} of arrivals)` : '';
    const where = hours.length > 0 ? ` Arrivals at ${hourRanges(hours)} are affected.` : '';
    out.push(
      `warning: lane ${lane.id}: ${count(left)} ${left === 1 ? 'vehicle' : 'vehicles'} still in line at the end${share}, after ${minutes(lane.figures.unfinishedWaitMean.mean)} min on average: their waits count as censored (the wait so far), so the wait figures are lower bounds.${where}`,
    );
  }
  return out;
}

/** Patience and operations, shown only when they happened: who gave up and what they did, booths opened by lane management. */
function operationsLines(port: PortResult): string[] {
  const lines: string[] = [];
  const gaveUp = port.lanes.filter((l) => (l.figures.balked.mean ?? 0) + (l.figures.reneged.mean ?? 0) > 0);
  if (gaveUp.length > 0) {
    const f = port.summary;
    lines.push(
      `Gave up waiting: ${gaveUp.map((l) => `${l.id} ${cellText(withCi(l.figures.gaveUpShare, 'percent'))}`).join('; ')} of arrivals (balked ${count(f.balked.mean)}, reneged ${count(f.reneged.mean)}; went home ${count(f.gaveUp.home.mean)}, to another port ${count(f.gaveUp.otherPort.mean)}, put the trip off ${count(f.gaveUp.postponed.mean)})`,
    );
  }
  const added = port.lanes.filter((l) => (l.capacity.addedBoothHours.mean ?? 0) > 0);
  if (added.length > 0) lines.push(`Active lane management added booth-hours: ${added.map((l) => `${l.id} ${cellText(withCi(l.capacity.addedBoothHours, 'minutes'))}`).join('; ')}`);
  return lines;
}

/**
 * The port's stability report as warnings: lanes whose booths could not keep up in some clock
 * hours (offered load ≥ 1), and lines that grew from day to day.
 */
function stabilityWarnings(port: PortResult): string[] {
  const out: string[] = [];
  const byLane = new Map<string, UnstableLaneHour[]>();
  for (const h of port.stability.unstableLaneHours) byLane.set(h.lane, [...(byLane.get(h.lane) ?? []), h]);
  for (const [lane, hours] of byLane) {
    const loads = hours.flatMap((h) => (h.rho === null ? [] : [h.rho]));
    const closed = hours.some((h) => h.rho === null);
    const load = loads.length > 0 ? `offered load ρ up to ${ratio(Math.max(...loads))} ≥ 1` : '';
    const noBooth = closed ? 'arrivals while no booth was open' : '';
    out.push(
      `warning: lane ${lane}: UNSTABLE at ${hourRanges(hours.map((h) => h.hour))} (${[load, noBooth].filter(Boolean).join('; ')}): arrivals outpace the open booths and the line grows through these hours`,
    );
  }
  for (const g of port.stability.growingLines) {
    out.push(
      `warning: lane ${g.lane}: UNSTABLE, the line grows from day to day (mean line by day ${g.perDay.map((x) => count(Math.round(x * 10) / 10)).join(' → ')} vehicles): the waits keep rising with a longer horizon`,
    );
  }
  return out;
}

/** Clock hours as ranges: [7, 8, 9, 17] → "07:00–10:00, 17:00–18:00". */
function hourRanges(hours: number[]): string {
  const sorted = [...hours].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    // The last hour of the day ends at 24:00, not 00:00.
    ranges.push(`${clock(sorted[i])}–${sorted[j] + 1 === 24 ? '24:00' : clock(sorted[j] + 1)}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

function styles(color: boolean): { bold: (s: string) => string; warn: (s: string) => string } {
  if (!color) return { bold: (s) => s, warn: (s) => s };
  return { bold: (s) => `\x1b[1m${s}\x1b[22m`, warn: (s) => `\x1b[33m${s}\x1b[39m` };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
