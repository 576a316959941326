// Observed CBP waits in one tidy shape, and the parsers that read them from CBP's published formats.
//
// Browser-safe: text in, observations or problems out; no file system and no network (see `load-file.ts`).

import type { ScenarioProblem } from '../scenarios/load.ts';
import { parseXml, type XmlElement } from './xml.ts';

/**
 * CBP lane classes an observation can belong to: passenger vehicles (general, Ready, SENTRI, NEXUS,
 * FAST as a scenario lane kind), pedestrians (general, Ready, SENTRI) and commercial vehicles
 * (standard and FAST).
 */
export const OBSERVED_LANE_TYPES = [
  'general',
  'ready',
  'sentri',
  'nexus',
  'fast',
  'pedestrian',
  'pedestrian-ready',
  'pedestrian-sentri',
  'commercial-general',
  'commercial-fast',
] as const;
/** One of `OBSERVED_LANE_TYPES`. */
export type ObservedLaneType = (typeof OBSERVED_LANE_TYPES)[number];

/** Where observations were read from: the legacy BWT XML, the BWT JSON, CBP's historical hourly table, or a tidy CSV. */
export type ObservedFormat = 'bwt-xml' | 'bwt-json' | 'cbp-historical-csv' | 'tidy-csv';

/**
 * One observed wait: the port (name or CBP port number as the source gives it), the lane class, the
 * day type when the source has one (`weekday`, `monday` … as written), the clock hour (0–23), the
 * wait in minutes (null when the source gives none: empty, "N/A", "Update Pending", "Lanes
 * Closed") and the lanes open (null when empty, or the lane's status is "N/A"), and for live
 * snapshots when CBP updated it (local time of the snapshot's date, `YYYY-MM-DDTHH:MM`).
 */
export interface Observation {
  port: string;
  laneType: ObservedLaneType;
  dayType?: string;
  hour: number;
  waitMinutes: number | null;
  lanesOpen: number | null;
  observedAt?: string;
}

/** Observations read from one file, with the format they came in. */
export interface ObservedWaits {
  file: string;
  format: ObservedFormat;
  observations: Observation[];
}

/** What reading observed waits returns: the observations, or problems naming the file, the element or line, and what was expected. */
export type ObservedResult = { ok: true; observed: ObservedWaits } | { ok: false; problems: ScenarioProblem[] };

/** Observation files larger than this are refused before parsing. */
export const MAX_OBSERVED_BYTES = 20_000_000;

// Statuses CBP publishes when a lane has no figure: missing, never zero.
const NO_FIGURE = new Set(['', 'n/a', 'na', 'update pending', 'lanes closed']);

type Problems = ScenarioProblem[];

function fail(file: string, message: string, path = ''): ObservedResult {
  return { ok: false, problems: [{ file, path, message }] };
}

/**
 * Reads observed waits from text, picking the parser by the file name: `.xml` the legacy BWT
 * snapshot, `.json` the BWT JSON snapshot, `.csv` CBP's historical hourly table (it has a
 * `time_slot` column) or the tidy CSV (a `lane_type` column).
 */
export function parseObservedText(text: string, file: string): ObservedResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(file, 'file is empty; expected observed waits (BWT XML or JSON, or CSV)');
  if (/\.xml$/i.test(file)) return parseBwtXml(text, file);
  if (/\.json$/i.test(file)) return parseBwtJson(text, file);
  if (/\.csv$/i.test(file)) {
    const header = splitCsvLine(firstLine(text)).map((h) => h.trim().toLowerCase());
    if (header.includes('time_slot')) return parseHistoricalCsv(text, file);
    if (header.includes('lane_type')) return parseTidyCsv(text, file);
    return fail(file, 'line 1: expected a header with time_slot (CBP historical table) or lane_type (tidy CSV)');
  }
  return fail(file, 'unknown file type; expected .xml (BWT snapshot), .json (BWT JSON snapshot) or .csv (historical or tidy table)');
}

// ---------------------------------------------------------------- BWT snapshots (XML and JSON)

// The feed's lane groups and sub-lanes, and the lane class each sub-lane reports.
const SUB_LANES: Record<string, Record<string, ObservedLaneType | 'nexus-sentri'>> = {
  passenger_vehicle_lanes: { standard_lanes: 'general', NEXUS_SENTRI_lanes: 'nexus-sentri', ready_lanes: 'ready' },
  pedestrian_lanes: { standard_lanes: 'pedestrian', ready_lanes: 'pedestrian-ready' },
  commercial_vehicle_lanes: { standard_lanes: 'commercial-general', FAST_lanes: 'commercial-fast' },
};

type Tree = { [key: string]: string | Tree | Tree[] };

/**
 * Reads the legacy BWT XML (`bwt.xml`): root `<border_wait_time>` with `<last_updated_date>`,
 * `<last_updated_time>` and repeated `<port>` elements, each sub-lane giving `update_time`,
 * `operational_status`, `delay_minutes` and `lanes_open`.
 */
export function parseBwtXml(text: string, file: string): ObservedResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return fail(file, `not valid XML at line ${parsed.line}: ${parsed.message}`);
  const root = parsed.root;
  if (root.name !== 'border_wait_time') return fail(file, `root element is <${root.name}> (line ${root.line}); expected <border_wait_time>`);
  const updatedTime = textOf(root, 'last_updated_time');
  const ports = root.children.filter((c) => c.name === 'port');
  if (ports.length === 0) return fail(file, 'no <port> element; expected one per port', 'border_wait_time');
  const problems: Problems = [];
  const observations: Observation[] = [];
  ports.forEach((p, i) => readPort(toTree(p), `border_wait_time.port[${i}]`, updatedTime, file, problems, observations, p.line));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, observed: { file, format: 'bwt-xml', observations } };
}

/** Reads the BWT JSON snapshot (`api/bwtnew`): an array of the same port objects as the XML, with a port-level `time`. */
export function parseBwtJson(text: string, file: string): ObservedResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(file, `not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(value)) return fail(file, `expected a JSON array of port objects (as from api/bwtnew); got ${describe(value)}`);
  if (value.length === 0) return fail(file, 'the array holds no port; expected one object per port');
  const problems: Problems = [];
  const observations: Observation[] = [];
  value.forEach((p, i) => {
    if (p === null || typeof p !== 'object' || Array.isArray(p)) {
      problems.push({ file, path: `[${i}]`, message: `expected a port object; got ${describe(p)}` });
      return;
    }
    readPort(p as Tree, `[${i}]`, null, file, problems, observations, null);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, observed: { file, format: 'bwt-json', observations } };
}

function readPort(port: Tree, path: string, fallbackTime: string | null, file: string, problems: Problems, out: Observation[], line: number | null): void {
  const at = line !== null ? ` (line ${line})` : '';
  const str = (key: string): string | null => (typeof port[key] === 'string' ? (port[key] as string).trim() : null);
  const portNumber = str('port_number');
  const portName = str('port_name');
  if (!portNumber && !portName) {
    problems.push({ file, path, message: `port has neither port_number nor port_name${at}; expected at least one` });
    return;
  }
  const name = portNumber || portName!;
  const canadian = /canad/i.test(str('border') ?? '');
  const date = str('date');
  const day = date ? parseDate(date) : null;
  if (date && !day) problems.push({ file, path: `${path}.date`, message: `"${date}" is not a date; expected M/D/YYYY` });
  const portTime = str('time') || fallbackTime;
  let found = false;
  for (const [group, subs] of Object.entries(SUB_LANES)) {
    const g = port[group];
    if (g === undefined || typeof g === 'string') continue;
    if (Array.isArray(g)) {
      problems.push({ file, path: `${path}.${group}`, message: 'expected one lane group object; got several' });
      continue;
    }
    // The JSON nests sub-lanes as an array of one object in some views; accept both.
    for (const [sub, kind] of Object.entries(subs)) {
      let s = g[sub];
      if (Array.isArray(s)) s = s[0];
      if (s === undefined) continue;
      found = true;
      const subPath = `${path}.${group}.${sub}`;
      if (typeof s !== 'object' || s === null) {
        problems.push({ file, path: subPath, message: `expected an object with update_time, operational_status, delay_minutes and lanes_open; got ${describe(s)}` });
        continue;
      }
      const field = (k: string): string | null => {
        const v = (s as Tree)[k];
        if (v === undefined || v === null) return null;
        if (typeof v === 'string') return v.trim();
        if (typeof v === 'number') return String(v);
        problems.push({ file, path: `${subPath}.${k}`, message: `expected a string; got ${describe(v)}` });
        return null;
      };
      const status = (field('operational_status') ?? '').toLowerCase();
      const missing = NO_FIGURE.has(status) && status !== '';
      const waitMinutes = missing ? null : figure(field('delay_minutes'), `${subPath}.delay_minutes`, 'minutes', file, problems);
      const lanesOpen = status === 'n/a' ? null : figure(field('lanes_open'), `${subPath}.lanes_open`, 'lanes', file, problems);
      if (waitMinutes === null && lanesOpen === null) continue; // a lane the port does not have, or has no report for
      const updateText = field('update_time') || portTime;
      const hour = updateText ? parseClock(updateText) : null;
      if (hour === null) {
        problems.push({ file, path: `${subPath}.update_time`, message: `${updateText ? `"${updateText}"` : 'empty (and no port time)'}; expected a time such as "At 10:00 am PDT", "At Noon EDT" or "14:00:00"` });
        continue;
      }
      const laneType: ObservedLaneType = kind === 'nexus-sentri' ? (canadian ? 'nexus' : 'sentri') : kind;
      const o: Observation = { port: name, laneType, hour: Math.floor(hour), waitMinutes, lanesOpen };
      if (day) {
        o.dayType = day.weekday >= 5 ? 'weekend' : 'weekday';
        o.observedAt = `${day.iso}T${String(Math.floor(hour)).padStart(2, '0')}:${String(Math.round((hour % 1) * 60)).padStart(2, '0')}`;
      }
      out.push(o);
    }
  }
  if (!found) problems.push({ file, path, message: `port ${name} has no lane groups${at}; expected passenger_vehicle_lanes, pedestrian_lanes or commercial_vehicle_lanes with sub-lanes` });
}

/** A feed figure: a whole number of minutes or lanes; empty and the no-figure statuses are missing. */
function figure(v: string | null, path: string, what: string, file: string, problems: Problems): number | null {
  if (v === null || NO_FIGURE.has(v.toLowerCase())) return null;
  if (!/^\d+(\.\d+)?$/.test(v)) {
    problems.push({ file, path, message: `"${v}" is not a number of ${what}; expected a number, empty, "N/A", "Update Pending" or "Lanes Closed"` });
    return null;
  }
  return Number(v);
}

/** Hour of day (with fraction) of "At 10:00 am PDT", "At Noon EDT", "At Midnight", "10:00 am", "14:05:00". */
export function parseClock(text: string): number | null {
  const t = text.trim().replace(/^at\s+/i, '').toLowerCase();
  if (/^noon\b/.test(t)) return 12;
  if (/^midnight\b/.test(t)) return 0;
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(\s+[a-z]{2,4})?$/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (min > 59) return null;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    const pm = m[4].startsWith('p');
    h = (h % 12) + (pm ? 12 : 0);
  } else if (h > 23 || m[2] === undefined) return null;
  return h + min / 60;
}

function parseDate(text: string): { iso: string; weekday: number } | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])));
  if (d.getUTCMonth() !== Number(m[1]) - 1) return null;
  return { iso: d.toISOString().slice(0, 10), weekday: (d.getUTCDay() + 6) % 7 };
}

function textOf(el: XmlElement, name: string): string | null {
  const c = el.children.find((x) => x.name === name);
  return c ? c.text.trim() : null;
}

/** An element as the JSON feed would have it: leaves are strings, `<port>` children become arrays only when repeated. */
function toTree(el: XmlElement): Tree {
  const out: Tree = {};
  for (const c of el.children) {
    const v = c.children.length > 0 ? toTree(c) : c.text;
    const prev = out[c.name];
    if (prev === undefined) out[c.name] = v;
    else if (Array.isArray(prev)) (prev as unknown[]).push(v);
    else out[c.name] = [prev, v] as Tree[];
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string "${v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

// ---------------------------------------------------------------- CSV tables

function firstLine(text: string): string {
  const i = text.search(/\r?\n/);
  return i < 0 ? text : text.slice(0, i);
}

/** Splits one CSV line, honouring double quotes ("" inside quotes is a quote). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface CsvTable {
  header: string[];
  rows: { line: number; cells: Record<string, string> }[];
}

function readCsv(text: string, file: string, problems: Problems): CsvTable {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0]).map((h) => h.trim().toLowerCase());
  const rows: CsvTable['rows'] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '' || lines[i].startsWith('#')) continue;
    const cells = splitCsvLine(lines[i]);
    if (cells.length !== header.length) {
      problems.push({ file, path: `line ${i + 1}`, message: `${cells.length} columns; expected ${header.length} as in the header (${header.join(', ')})` });
      continue;
    }
    rows.push({ line: i + 1, cells: Object.fromEntries(header.map((h, j) => [h, cells[j].trim()])) });
  }
  return { header, rows };
}

/** Problems in line order (short rows are found before the cells are read). */
function byLine(problems: Problems): Problems {
  const line = (p: ScenarioProblem) => Number(/^line (\d+)/.exec(p.path)?.[1] ?? 0);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => line(a.p) - line(b.p) || a.i - b.i).map(({ p }) => p);
}

function csvHour(v: string, where: string, file: string, problems: Problems): number | null {
  // "14", or "14:00" as some exports write the slot.
  const m = /^(\d{1,2})(?::00(?::00)?)?$/.exec(v);
  const h = m ? Number(m[1]) : NaN;
  if (!(h >= 0 && h <= 23)) {
    problems.push({ file, path: where, message: `"${v}" is not a clock hour; expected a whole hour 0–23` });
    return null;
  }
  return h;
}

function csvNumber(v: string, where: string, what: string, file: string, problems: Problems): number | null {
  if (NO_FIGURE.has(v.toLowerCase())) return null;
  const n = Number(v);
  if (!/^-?\d+(\.\d+)?$/.test(v) || n < 0) {
    problems.push({ file, path: where, message: `"${v}" is not a number of ${what}; expected a number ≥ 0, or empty or "N/A" for none` });
    return null;
  }
  return n;
}

/** Columns of CBP's historical hourly table (`historicalwaittimes`) and the lane class each averages. */
export const HISTORICAL_COLUMNS: Record<string, ObservedLaneType> = {
  pv_time_avg: 'general',
  pv_ready_lanes_time_avg: 'ready',
  xpv_time_avg: 'sentri',
  ped_time_avg: 'pedestrian',
  ped_ready_lanes_time_avg: 'pedestrian-ready',
  cv_time_avg: 'commercial-general',
  xcv_time_avg: 'commercial-fast',
};

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Reads CBP's historical hourly table as saved to CSV (e.g. `syR-hist.csv`): `time_slot` (clock
 * hour), optional `bwt_day` (0 = Monday … 6 = Sunday, becoming the day type), optional `port`, and
 * the average columns of `HISTORICAL_COLUMNS`. A column that is zero at every hour is a lane the
 * port does not have, as CBP returns it, and is left out. The port is the `port` column, else `port`.
 */
export function parseHistoricalCsv(text: string, file: string, port?: string): ObservedResult {
  const problems: Problems = [];
  const { header, rows } = readCsv(text, file, problems);
  if (!header.includes('time_slot')) return fail(file, `line 1: no time_slot column; expected the historical table's columns (time_slot, bwt_day, ${Object.keys(HISTORICAL_COLUMNS).join(', ')})`);
  const valueColumns = header.filter((h) => h in HISTORICAL_COLUMNS);
  if (valueColumns.length === 0) return fail(file, `line 1: no wait column; expected at least one of ${Object.keys(HISTORICAL_COLUMNS).join(', ')}`);
  if (rows.length === 0 && problems.length === 0) return fail(file, 'no rows after the header; expected one row per hour');
  const present = valueColumns.filter((c) => rows.some((r) => r.cells[c] !== '' && Number(r.cells[c]) !== 0));
  const observations: Observation[] = [];
  for (const r of rows) {
    const hour = csvHour(r.cells.time_slot, `line ${r.line}, time_slot`, file, problems);
    let dayType: string | undefined;
    if (header.includes('bwt_day')) {
      const d = r.cells.bwt_day;
      if (!/^[0-6]$/.test(d)) problems.push({ file, path: `line ${r.line}, bwt_day`, message: `"${d}" is not a day; expected 0 (Monday) to 6 (Sunday)` });
      else dayType = DAY_NAMES[Number(d)];
    }
    for (const c of present) {
      const w = csvNumber(r.cells[c], `line ${r.line}, ${c}`, 'minutes', file, problems);
      if (hour === null) continue;
      const o: Observation = { port: r.cells.port || port || 'port', laneType: HISTORICAL_COLUMNS[c], hour, waitMinutes: w, lanesOpen: null };
      if (dayType) o.dayType = dayType;
      observations.push(o);
    }
  }
  return problems.length > 0 ? { ok: false, problems: byLine(problems) } : { ok: true, observed: { file, format: 'cbp-historical-csv', observations } };
}

/** Columns of the tidy CSV, in order; `day_type`, `wait_minutes` and `lanes_open` may be empty. */
export const TIDY_COLUMNS = ['port', 'lane_type', 'day_type', 'hour', 'wait_minutes', 'lanes_open'] as const;

/**
 * Reads the tidy CSV `port, lane_type, day_type, hour, wait_minutes, lanes_open` (an optional
 * `observed_at` column is kept): one observation per row; empty or "N/A" figures are missing.
 */
export function parseTidyCsv(text: string, file: string): ObservedResult {
  const problems: Problems = [];
  const { header, rows } = readCsv(text, file, problems);
  const missing = TIDY_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) return fail(file, `line 1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected the header ${TIDY_COLUMNS.join(',')}`);
  if (rows.length === 0 && problems.length === 0) return fail(file, 'no rows after the header; expected one observation per row');
  const observations: Observation[] = [];
  for (const r of rows) {
    const at = `line ${r.line}`;
    const c = r.cells;
    if (c.port === '') problems.push({ file, path: `${at}, port`, message: 'empty; expected a port name or number' });
    const laneType = c.lane_type.toLowerCase() as ObservedLaneType;
    if (!OBSERVED_LANE_TYPES.includes(laneType)) problems.push({ file, path: `${at}, lane_type`, message: `"${c.lane_type}" is not a lane type; expected one of ${OBSERVED_LANE_TYPES.join(', ')}` });
    const hour = csvHour(c.hour, `${at}, hour`, file, problems);
    const waitMinutes = csvNumber(c.wait_minutes, `${at}, wait_minutes`, 'minutes', file, problems);
    const lanesOpen = csvNumber(c.lanes_open, `${at}, lanes_open`, 'lanes', file, problems);
    if (hour === null) continue;
    const o: Observation = { port: c.port, laneType, hour, waitMinutes, lanesOpen };
    if (c.day_type) o.dayType = c.day_type.toLowerCase();
    if (c.observed_at) o.observedAt = c.observed_at;
    observations.push(o);
  }
  return problems.length > 0 ? { ok: false, problems: byLine(problems) } : { ok: true, observed: { file, format: 'tidy-csv', observations } };
}

// ---------------------------------------------------------------- day types

/** Day types an observation can be selected by, as a scenario's calendar names them. */
export const OBSERVED_DAY_TYPES = ['weekday', 'saturday', 'sunday', 'holiday'] as const;
/** One of `OBSERVED_DAY_TYPES`. */
export type ObservedDayType = (typeof OBSERVED_DAY_TYPES)[number];

/**
 * The calendar day type of an observation's `dayType` as sources write it: `weekday` and
 * `monday` … `friday` are weekdays; `saturday`, `sunday`, `holiday` are themselves; `weekend` (a
 * live snapshot's) is Saturday or Sunday by its `observedAt` date; anything else, or none, is null.
 */
export function dayTypeOf(o: Observation): ObservedDayType | null {
  const d = o.dayType?.toLowerCase();
  if (d === undefined) return null;
  if (d === 'weekday' || DAY_NAMES.slice(0, 5).includes(d)) return 'weekday';
  if (d === 'saturday' || d === 'sunday' || d === 'holiday') return d;
  if (d === 'weekend' && o.observedAt) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(o.observedAt);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay() === 6 ? 'saturday' : 'sunday';
  }
  return null;
}

/**
 * The observations of one calendar day type (see `dayTypeOf`); observations without a day type
 * are left out, and `untyped` counts them so a caller can say why a selection came out empty.
 */
export function observationsOfDayType(observed: ObservedWaits, dayType: ObservedDayType): { observed: ObservedWaits; untyped: number } {
  let untyped = 0;
  const observations = observed.observations.filter((o) => {
    const t = dayTypeOf(o);
    if (t === null) untyped++;
    return t === dayType;
  });
  return { observed: { ...observed, observations }, untyped };
}
