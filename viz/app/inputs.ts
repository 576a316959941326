// The inputs of a scenario as labelled rows, so scenarios can be put side by side and their differences spotted.

import type { Scenario } from './scenario-types.ts';
import { laneKey, laneName } from './scenario-types.ts';
import { officerHoursPerDay, peakOf, staffingOf } from './staffing.ts';
import { t } from '../i18n/index.ts';
import { fmtAuto } from './format.ts';

export interface InputRow {
  /** Stable key across scenarios (lane and flow ids included). */
  key: string;
  group: string;
  label: string;
  value: string;
}

const pct = (x: number) => `${fmtAuto(Math.round(x * 1000) / 10)} %`;
const num = (x: number) => fmtAuto(Math.round(x * 100) / 100);
/** A row's label or group in the page's language. */
const L = (key: string) => t(`compare:rows.${key}`);

export function describeDistribution(d: Record<string, unknown>): string {
  const rest = Object.entries(d)
    .filter(([k]) => k !== 'kind')
    .map(([k, v]) => `${k} ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`);
  return `${String(d.kind)}${rest.length ? ` (${rest.join(', ')})` : ''}`;
}

/** A compact, readable rendering of any input value (for settings the table has no special row for). */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.length === 0 ? L('none') : v.map(describeValue).join('; ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.kind === 'string' && Object.keys(o).length <= 4) return describeDistribution(o);
    return Object.entries(o)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${k} ${typeof x === 'object' && x !== null ? `{${describeValue(x)}}` : String(x)}`)
      .join(', ');
  }
  return String(v);
}

/** "radiationMonitors" → "Radiation monitors". */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Rows for the keys of `obj` the curated rows do not cover, so no difference goes unseen as the schema grows. */
function extraRows(obj: object, known: readonly string[], keyPrefix: string, group: string, add: (key: string, group: string, label: string, value: string) => void): void {
  for (const [k, v] of Object.entries(obj)) {
    if (known.includes(k) || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    add(`${keyPrefix}:${k}`, group, humanize(k), describeValue(v));
  }
}

const SCENARIO_KEYS = ['$schema', 'name', 'description', 'sources', 'assumptions', 'calibration', 'seed', 'replications', 'horizonHours', 'warmupHours', 'startHour', 'startDay', 'ports'];
const PORT_KEYS = ['id', 'name', 'flows', 'laneGroups', 'secondary', 'laneChoice'];
const LANE_KEYS = ['id', 'kind', 'label', 'booths', 'officers', 'discipline', 'primarySeconds', 'detection'];
const FLOW_KEYS = ['id', 'label', 'perDay', 'programs', 'hourlyProfile', 'mode'];
const SECONDARY_KEYS = ['bays', 'minutes', 'detection'];

export function inputRows(s: Scenario, run?: { seed: number; replications: number; horizonHours: number | null }): InputRow[] {
  const rows: InputRow[] = [];
  const add = (key: string, group: string, label: string, value: string) => rows.push({ key, group, label, value });
  add('horizon', L('run'), L('horizon'), num(run?.horizonHours ?? s.horizonHours));
  add('warmup', L('run'), L('warmup'), num(s.warmupHours));
  add('start', L('run'), L('starts'), `${s.startDay} ${String(s.startHour).padStart(2, '0')}:00`);
  if (run) {
    add('seed', L('run'), L('seed'), String(run.seed));
    add('reps', L('run'), L('replications'), String(run.replications));
  }
  // The calibration record documents how inputs were fitted; one line says what, not the record itself.
  if (s.calibration) {
    const c = s.calibration;
    const rmse = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${num(x)} min`);
    add('calibration', L('scenarioWide'), L('calibrated'), t('compare:rows.calibratedValue', { fitted: c.fitted.join(', '), observed: c.observed, inSample: rmse(c.inSample.rmseMinutes), heldOut: rmse(c.heldOut?.rmseMinutes) }));
  }
  extraRows(s, SCENARIO_KEYS, 'scenario', L('scenarioWide'), add);
  for (const port of s.ports) {
    const pg = s.ports.length > 1 ? `${port.name}: ` : '';
    add(`${port.id}:name`, `${pg}${L('port')}`, L('port'), port.name);
    add(`${port.id}:choice`, `${pg}${L('port')}`, L('laneChoice'), t('compare:rows.laneChoiceValue', { rule: port.laneChoice.rule, share: pct(port.laneChoice.programLaneShare) }));
    extraRows(port, PORT_KEYS, port.id, `${pg}${L('port')}`, add);
    for (const lane of port.laneGroups) {
      const k = laneKey(port, lane);
      const g = `${pg}${laneName(lane)}`;
      const st = staffingOf(lane);
      add(`${k}:booths`, g, L('booths'), String(lane.booths));
      add(`${k}:officer-hours`, g, L('officerHours'), num(officerHoursPerDay(st)));
      add(`${k}:peak`, g, L('peak'), String(peakOf(st)));
      add(`${k}:primary`, g, L('primary'), describeDistribution(lane.primarySeconds as Record<string, unknown>));
      add(`${k}:referral`, g, L('referral'), pct(lane.referral.random));
      add(`${k}:detection`, g, L('detection'), pct(lane.detection.primary));
      add(`${k}:discipline`, g, L('line'), lane.discipline === 'pooled' ? L('pooled') : L('perBooth'));
      const { random: _r, ...otherReferral } = lane.referral as Record<string, unknown>;
      if (Object.keys(otherReferral).length > 0) add(`${k}:referral-other`, g, L('otherReferral'), describeValue(otherReferral));
      extraRows(lane, [...LANE_KEYS, 'referral'], k, g, add);
    }
    for (const flow of port.flows) {
      const g = `${pg}${flow.label ?? flow.id}`;
      const k = `${port.id}/${flow.id}`;
      add(`${k}:perDay`, g, L('perDay'), num(flow.perDay));
      const programs = Object.entries(flow.programs).filter(([, v]) => (v ?? 0) > 0);
      add(`${k}:programs`, g, L('programs'), programs.length ? programs.map(([p, v]) => `${p.toUpperCase()} ${pct(v ?? 0)}`).join(', ') : L('none'));
      add(`${k}:contraband`, g, L('contraband'), pct(flow.contraband.share));
      const { share: _s, ...otherContraband } = flow.contraband as Record<string, unknown>;
      if (Object.keys(otherContraband).length > 0) add(`${k}:contraband-other`, g, L('contrabandOther'), describeValue(otherContraband));
      // A profile by day type is described by its weekday.
      const profile = flow.hourlyProfile && !Array.isArray(flow.hourlyProfile) ? flow.hourlyProfile.weekday : flow.hourlyProfile;
      add(`${k}:profile`, g, L('busiest'), profile ? `${profile.indexOf(Math.max(...profile))}:00 (${describeValue(profile.map((x) => fmtAuto(Math.round(x * 100) / 100)))})` : L('flat'));
      extraRows(flow, [...FLOW_KEYS, 'contraband'], k, g, add);
    }
    if (port.secondary) {
      const g = `${pg}${L('secondary')}`;
      add(`${port.id}:sec-bays`, g, L('bays'), String(port.secondary.bays));
      add(`${port.id}:sec-minutes`, g, L('secMinutes'), describeDistribution(port.secondary.minutes as Record<string, unknown>));
      add(`${port.id}:sec-detection`, g, L('finds'), typeof port.secondary.detection === 'number' ? pct(port.secondary.detection) : describeValue(port.secondary.detection));
      extraRows(port.secondary, SECONDARY_KEYS, `${port.id}:sec`, g, add);
    }

  }
  return rows;
}
