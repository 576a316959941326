// Parsing what to fit (`officers,service,shares`), which observations to hold out of the fit, and officer bounds.

import type { FittedInput } from '../../scenarios/calibration-schema.ts';
import { dayTypeOf, OBSERVED_DAY_TYPES, OBSERVED_LANE_TYPES, type Observation, type ObservedDayType, type ObservedLaneType } from '../../observed/observations.ts';

/** The inputs calibration can fit, in the order it fits them. */
export const FITTABLE_INPUTS: readonly FittedInput[] = ['officers', 'service', 'shares'];

/** Parses `officers,service,shares` (any non-empty subset, any order); throws `RangeError` naming what was expected. */
export function parseFit(text: string): FittedInput[] {
  const items = text.split(',').map((s) => s.trim().toLowerCase());
  if (text.trim() === '' || items.some((s) => s === '')) throw new RangeError(`"${text}": expected inputs to fit separated by commas, from ${FITTABLE_INPUTS.join(', ')}`);
  const out: FittedInput[] = [];
  for (const item of items) {
    if (!(FITTABLE_INPUTS as readonly string[]).includes(item)) throw new RangeError(`"${item}" cannot be fitted; expected ${FITTABLE_INPUTS.join(', ')}`);
    if (out.includes(item as FittedInput)) throw new RangeError(`"${item}" is given twice`);
    out.push(item as FittedInput);
  }
  return FITTABLE_INPUTS.filter((f) => out.includes(f));
}

/**
 * Observations held out of the fit:
 *  - `hours:A-B` clock hours A to B inclusive (`hours:22-2` wraps past midnight; `hours:7` one hour);
 *  - `lane:TYPE` every observation of one CBP lane class;
 *  - `day:TYPE` every observation of one day type (weekday, saturday, sunday, holiday);
 *  - `every:N` every Nth clock hour among the hours observed (of any lane class), in clock order,
 *    starting with the Nth: with hours 2, 4, 5, 6, 7, 9 … and N = 3, hours 5, 9 … are held out.
 */
export type Holdout =
  | { kind: 'hours'; from: number; to: number; text: string }
  | { kind: 'lane'; laneType: ObservedLaneType; text: string }
  | { kind: 'day'; dayType: ObservedDayType; text: string }
  | { kind: 'every'; n: number; text: string };

const HOLDOUT_FORMS = 'hours:A-B (clock hours, e.g. hours:0-5), lane:TYPE (e.g. lane:sentri), day:TYPE (weekday, saturday, sunday, holiday) or every:N (every Nth observed hour, N ≥ 2)';

/** Parses a holdout (see {@link Holdout}); throws `RangeError` naming the forms expected. */
export function parseHoldout(text: string): Holdout {
  const t = text.trim();
  const m = /^([a-z]+):(.*)$/i.exec(t);
  if (!m) throw new RangeError(`"${text}": expected ${HOLDOUT_FORMS}`);
  const kind = m[1].toLowerCase();
  const arg = m[2].trim().toLowerCase();
  if (kind === 'hours') {
    const h = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(arg);
    const from = h ? Number(h[1]) : NaN;
    const to = h ? Number(h[2] ?? h[1]) : NaN;
    if (!(from >= 0 && from <= 23 && to >= 0 && to <= 23)) throw new RangeError(`"${text}": expected clock hours 0–23, e.g. hours:0-5`);
    return { kind: 'hours', from, to, text: `hours:${from}-${to}` };
  }
  if (kind === 'lane') {
    if (!(OBSERVED_LANE_TYPES as readonly string[]).includes(arg)) throw new RangeError(`"${text}": "${arg}" is not a lane class; expected one of ${OBSERVED_LANE_TYPES.join(', ')}`);
    return { kind: 'lane', laneType: arg as ObservedLaneType, text: `lane:${arg}` };
  }
  if (kind === 'day') {
    if (!(OBSERVED_DAY_TYPES as readonly string[]).includes(arg)) throw new RangeError(`"${text}": "${arg}" is not a day type; expected one of ${OBSERVED_DAY_TYPES.join(', ')}`);
    return { kind: 'day', dayType: arg as ObservedDayType, text: `day:${arg}` };
  }
  if (kind === 'every') {
    const n = /^\d+$/.test(arg) ? Number(arg) : NaN;
    if (!(n >= 2 && n <= 24)) throw new RangeError(`"${text}": expected a whole number of hours from 2 to 24, e.g. every:3`);
    return { kind: 'every', n, text: `every:${n}` };
  }
  throw new RangeError(`"${text}": unknown holdout "${m[1]}"; expected ${HOLDOUT_FORMS}`);
}

/** Splits observations into those fitted to and those held out. */
export function splitObservations(observations: readonly Observation[], holdout: Holdout | null): { inSample: Observation[]; heldOut: Observation[] } {
  if (holdout === null) return { inSample: [...observations], heldOut: [] };
  let out: (o: Observation) => boolean;
  switch (holdout.kind) {
    case 'hours':
      out = (o) => (holdout.from <= holdout.to ? o.hour >= holdout.from && o.hour <= holdout.to : o.hour >= holdout.from || o.hour <= holdout.to);
      break;
    case 'lane':
      out = (o) => o.laneType === holdout.laneType;
      break;
    case 'day':
      out = (o) => dayTypeOf(o) === holdout.dayType;
      break;
    case 'every': {
      const hours = [...new Set(observations.filter((o) => o.waitMinutes !== null).map((o) => o.hour))].sort((a, b) => a - b);
      const held = new Set(hours.filter((_, i) => (i + 1) % holdout.n === 0));
      out = (o) => held.has(o.hour);
      break;
    }
  }
  const inSample: Observation[] = [];
  const heldOut: Observation[] = [];
  for (const o of observations) (out(o) ? heldOut : inSample).push(o);
  return { inSample, heldOut };
}

/** One end of the officer bounds: a number of officers, or a multiple of the scenario's officers in that hour. */
export type OfficerBound = { officers: number } | { times: number };

/** Bounds on the officers on duty in each hour; each kept within 0 and the lane group's booths. */
export interface OfficerBounds {
  min: OfficerBound;
  max: OfficerBound;
  text: string;
}

/** The default: 0 to twice the scenario's officers in each hour (at least 1), within the booths. */
export const DEFAULT_OFFICER_BOUNDS = '0..2x';

/** Parses `MIN..MAX`, each a whole number of officers or a multiple `Nx` of the scenario's officers in that hour (e.g. `0..2x`, `1..30`, `0.5x..1.5x`). */
export function parseOfficerBounds(text: string): OfficerBounds {
  const m = /^\s*([0-9.]+x?)\s*\.\.\s*([0-9.]+x?)\s*$/i.exec(text);
  const end = (s: string): OfficerBound | null => {
    if (/x$/i.test(s)) {
      const f = Number(s.slice(0, -1));
      return /^\d+(\.\d+)?$/.test(s.slice(0, -1)) && f >= 0 ? { times: f } : null;
    }
    return /^\d+$/.test(s) ? { officers: Number(s) } : null;
  };
  const min = m ? end(m[1]) : null;
  const max = m ? end(m[2]) : null;
  if (!min || !max) throw new RangeError(`"${text}": expected MIN..MAX, each a whole number of officers or a multiple of the scenario's officers such as 2x (e.g. 0..2x, 1..30)`);
  if ('officers' in min && 'officers' in max && min.officers > max.officers) throw new RangeError(`"${text}": the least (${min.officers}) is more than the most (${max.officers})`);
  if ('times' in min && 'times' in max && min.times > max.times) throw new RangeError(`"${text}": the least (${min.times}x) is more than the most (${max.times}x)`);
  return { min, max, text: text.trim() };
}

/** The officer bounds in one hour of a lane group with `booths` booths and `current` officers: [least, most], integers within 0 and the booths. */
export function officerRange(b: OfficerBounds, current: number, booths: number): [number, number] {
  const at = (x: OfficerBound, up: boolean) => ('officers' in x ? x.officers : up ? Math.max(1, Math.ceil(x.times * current)) : Math.floor(x.times * current));
  const hi = Math.min(booths, at(b.max, true));
  const lo = Math.min(hi, Math.max(0, at(b.min, false)));
  return [lo, hi];
}
