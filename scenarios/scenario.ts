// The full scenario schema: the shape plus cross-field rules, each reported at the path of the field at fault.

import { z } from 'zod';
import { ScenarioShape, type Eligibility, type Port } from './schema.ts';
import { modesOf, programsOf } from './lane-defaults.ts';
import { peakOfficers } from './staffing.ts';
import { epochDay, weekdayOf } from './calendar.ts';

type Issue = { path: (string | number)[]; message: string };

function checkUniqueIds(items: { id: string }[], where: (string | number)[], what: string, out: Issue[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) out.push({ path: [...where, i, 'id'], message: `duplicate ${what} id "${item.id}" (first used at index ${first})` });
    else seen.set(item.id, i);
  });
}

function checkPort(port: Port, at: (string | number)[], out: Issue[]): void {
  checkUniqueIds(port.flows, [...at, 'flows'], 'flow', out);
  checkUniqueIds(port.laneGroups, [...at, 'laneGroups'], 'lane group', out);
  const flowIds = new Set(port.flows.map((f) => f.id));

  port.flows.forEach((flow, fi) => {
    const fat = [...at, 'flows', fi];
    const enrolled = Object.values(flow.programs).reduce((a, b) => a + (b ?? 0), 0);
    if (enrolled > 1 + 1e-9) {
      out.push({ path: [...fat, 'programs'], message: `program shares add up to ${round(enrolled)}; expected at most 1` });
    }
    for (const s of flow.surges) {
      if (s.endHour <= s.startHour) out.push({ path: [...fat, 'surges'], message: `a surge must end after it starts (startHour ${s.startHour}, endHour ${s.endHour})` });
    }
    const profile = flow.hourlyProfile;
    if (profile && flow.perDay > 0) {
      const byType: [(string | number)[], number[] | undefined][] = Array.isArray(profile)
        ? [[[], profile]]
        : [[['weekday'], profile.weekday], [['saturday'], profile.saturday], [['sunday'], profile.sunday], [['holiday'], profile.holiday]];
      for (const [sub, weights] of byType) {
        if (weights && weights.every((w) => w === 0)) {
          out.push({ path: [...fat, 'hourlyProfile', ...sub], message: 'all 24 weights are 0 but perDay is positive; expected at least one positive weight' });
        }
      }
    }
    if (flow.perDay === 0) return;
    if (flow.regulatedShare > 0 && !port.laneGroups.some((l) => l.direction === flow.direction && modesOf(l).includes(flow.mode) && programsOf(l).includes('none'))) {
      out.push({ path: [...fat, 'regulatedShare'], message: 'shipments with regulated goods may not use FAST, but no lane group takes them in no program; expected a lane group whose programs include "none"' });
    }
    // Every kind of traveler in the flow needs a lane group that takes it and is ever staffed.
    const kinds: Eligibility[] = [];
    if (enrolled < 1 - 1e-9) kinds.push('none');
    for (const [p, share] of Object.entries(flow.programs)) if ((share ?? 0) > 0) kinds.push(p as Eligibility);
    for (const who of kinds) {
      const lanes = port.laneGroups.filter((l) => l.direction === flow.direction && modesOf(l).includes(flow.mode) && programsOf(l).includes(who));
      const where = who === 'none' ? [...fat, 'mode'] : [...fat, 'programs', who];
      const traveler = who === 'none' ? `${flow.mode}s in no program` : `${flow.mode}s in ${who}`;
      if (lanes.length === 0) {
        out.push({ path: where, message: `no ${flow.direction} lane group takes ${traveler}; expected a lane group with direction "${flow.direction}", modes including "${flow.mode}" and programs including "${who}"` });
      } else if (!lanes.some((l) => l.booths > 0 && (l.officers === undefined || peakOfficers(l.officers) > 0))) {
        out.push({ path: where, message: `${traveler} arrive but no lane group that takes them ever has an open booth (booths and officers both > 0)` });
      }
    }
  });

  let referralsPossible = false;
  const carriesContraband = port.flows.some((f) => f.contraband.share > 0);
  port.laneGroups.forEach((lane, li) => {
    const lat = [...at, 'laneGroups', li];
    if (lane.kind === 'custom' && !lane.modes) out.push({ path: [...lat, 'modes'], message: 'a custom lane group must list the modes it serves' });
    for (const fid of Object.keys(lane.primaryByFlow)) {
      if (!flowIds.has(fid)) out.push({ path: [...lat, 'primaryByFlow', fid], message: `unknown flow "${fid}"; expected one of ${[...flowIds].map((f) => `"${f}"`).join(', ')}` });
    }
    if (lane.referral.random > 0 || (lane.detection.primary > 0 && carriesContraband)) referralsPossible = true;
    if (lane.initialQueue > 0 && !port.flows.some((f) => f.perDay > 0 && modesOf(lane).includes(f.mode))) {
      out.push({ path: [...lat, 'initialQueue'], message: 'vehicles are queued here at the start but no flow uses this lane group' });
    }
  });

  port.laneManagement?.lanes?.forEach((lid, i) => {
    if (!port.laneGroups.some((l) => l.id === lid)) {
      out.push({ path: [...at, 'laneManagement', 'lanes', i], message: `unknown lane group "${lid}"; expected one of ${port.laneGroups.map((l) => `"${l.id}"`).join(', ')}` });
    }
  });
  port.laneGroups.forEach((lane, li) => {
    const per = lane.stacking?.boothsPerLane;
    if (per && lane.booths % per !== 0) {
      out.push({ path: [...at, 'laneGroups', li, 'booths'], message: `${lane.booths} booths do not fill whole lanes of ${per} stacked booths; expected a multiple of stacking.boothsPerLane` });
    }
  });

  if (port.radiationMonitors) {
    const sec = port.secondary;
    if (!sec) out.push({ path: [...at, 'secondary'], message: 'radiation monitor alarms are resolved in secondary, but the port has no secondary inspection' });
    for (const [i, lid] of (port.radiationMonitors.lanes ?? []).entries()) {
      if (!port.laneGroups.some((l) => l.id === lid)) out.push({ path: [...at, 'radiationMonitors', 'lanes', i], message: `unknown lane group "${lid}"` });
    }
  }
  if (port.imaging && Object.values(port.imaging.share).some((x) => (x ?? 0) > 0) && port.imaging.scanners === 0) {
    out.push({ path: [...at, 'imaging', 'scanners'], message: 'vehicles are selected for scanning but there are no scanners; expected scanners > 0' });
  }
  if (port.laneGroups.some((l) => l.referral.targeting) || port.imaging) referralsPossible = true;
  if (referralsPossible) {
    const sec = port.secondary;
    if (!sec) {
      out.push({ path: [...at, 'secondary'], message: 'travelers can be referred (random referral or primary detection) but the port has no secondary inspection; expected a secondary block' });
    } else if (sec.bays === 0 || (sec.officers !== undefined && peakOfficers(sec.officers) === 0)) {
      out.push({ path: [...at, 'secondary', 'bays'], message: 'travelers can be referred but secondary never has a staffed bay; expected bays > 0 and officers > 0' });
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The zod schema of a scenario, with the cross-field checks (unique ids, a staffed lane group for
 * every kind of traveler, a staffed secondary when anything can be referred …). `Scenario.parse`
 * fills in every default; for messages that name the file and field, use `loadScenarioText` or
 * `validateScenario`.
 */
export const Scenario = ScenarioShape.superRefine((s, ctx) => {
  const issues: Issue[] = [];
  checkUniqueIds(s.ports, ['ports'], 'port', issues);
  if (s.warmupHours >= s.horizonHours) {
    issues.push({ path: ['warmupHours'], message: `warm-up (${s.warmupHours} h) must be shorter than the horizon (${s.horizonHours} h)` });
  }
  s.ports.forEach((p, i) => checkPort(p, ['ports', i], issues));
  const cal = s.calendar ?? { holidays: [] };
  if (cal.startDate !== undefined) {
    if (Number.isNaN(epochDay(cal.startDate))) issues.push({ path: ['calendar', 'startDate'], message: `${cal.startDate} is not a date` });
    else if (weekdayOf(cal.startDate) !== s.startDay) {
      issues.push({ path: ['startDay'], message: `the run starts on ${cal.startDate} (calendar.startDate), a ${weekdayOf(cal.startDate)}, but startDay is ${s.startDay}; expected startDay: ${weekdayOf(cal.startDate)}` });
    }
  }
  cal.holidays.forEach((h, i) => {
    if (typeof h === 'number') return;
    if (Number.isNaN(epochDay(h))) issues.push({ path: ['calendar', 'holidays', i], message: `${h} is not a date` });
    else if (cal.startDate === undefined) issues.push({ path: ['calendar', 'holidays', i], message: `a holiday given as a date (${h}) needs calendar.startDate, the date of the first day of the run` });
    else if (!Number.isNaN(epochDay(cal.startDate)) && epochDay(h) < epochDay(cal.startDate)) {
      issues.push({ path: ['calendar', 'holidays', i], message: `holiday ${h} is before the run starts (${cal.startDate})` });
    }
  });
  checkUniqueIds(s.contrabandTypes, ['contrabandTypes'], 'contraband type', issues);
  checkUniqueIds(s.policies, ['policies'], 'policy', issues);
  const typeIds = new Set(s.contrabandTypes.map((t) => t.id));
  const known = (ids: Set<string>) => [...ids].map((x) => `"${x}"`).join(', ');
  const checkTypes = (rec: Record<string, unknown> | undefined, path: (string | number)[]) => {
    for (const k of Object.keys(rec ?? {})) {
      if (!typeIds.has(k)) issues.push({ path: [...path, k], message: `unknown contraband type "${k}"; expected one of ${known(typeIds)} (see contrabandTypes)` });
    }
  };
  const portIds = new Set(s.ports.map((p) => p.id));
  s.ports.forEach((p, pi) => {
    p.flows.forEach((f, fi) => checkTypes(f.contraband.mix, ['ports', pi, 'flows', fi, 'contraband', 'mix']));
    p.laneGroups.forEach((l, li) => checkTypes(l.detection.byType, ['ports', pi, 'laneGroups', li, 'detection', 'byType']));
    if (p.imaging) checkTypes(p.imaging.detection.byType, ['ports', pi, 'imaging', 'detection', 'byType']);
    p.secondary?.inspections.forEach((ins, ii) => checkTypes(ins.detection.byType, ['ports', pi, 'secondary', 'inspections', ii, 'detection', 'byType']));
  });
  s.policies.forEach((pol, i) => {
    if (pol.endHour <= pol.startHour) issues.push({ path: ['policies', i, 'endHour'], message: `a policy window must end after it starts (startHour ${pol.startHour}, endHour ${pol.endHour})` });
    pol.ports?.forEach((pid, j) => {
      if (!portIds.has(pid)) issues.push({ path: ['policies', i, 'ports', j], message: `unknown port "${pid}"; expected one of ${known(portIds)}` });
    });
    const laneIds = new Set(s.ports.filter((p) => !pol.ports || pol.ports.includes(p.id)).flatMap((p) => p.laneGroups.map((l) => l.id)));
    pol.lanes?.forEach((lid, j) => {
      if (!laneIds.has(lid)) issues.push({ path: ['policies', i, 'lanes', j], message: `unknown lane group "${lid}" in the affected ports; expected one of ${known(laneIds)}` });
    });
  });
  const pairs = new Map<string, number>();
  s.region?.drivingMinutes.forEach((d, i) => {
    d.between.forEach((pid, j) => {
      if (!portIds.has(pid)) issues.push({ path: ['region', 'drivingMinutes', i, 'between', j], message: `unknown port "${pid}"; expected one of ${known(portIds)}` });
    });
    // A port linked to itself would make staying put a drive; a pair given twice, one of the times silently lost.
    if (d.between[0] === d.between[1]) {
      issues.push({ path: ['region', 'drivingMinutes', i, 'between'], message: `a driving time links two different ports; both are "${d.between[0]}"` });
      return;
    }
    const key = JSON.stringify([...d.between].sort());
    const first = pairs.get(key);
    if (first !== undefined) issues.push({ path: ['region', 'drivingMinutes', i, 'between'], message: `the driving time between "${d.between[0]}" and "${d.between[1]}" is already given at region.drivingMinutes[${first}]` });
    else pairs.set(key, i);
  });
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof Scenario>;
/** A scenario as written in a file (defaults may be missing). */
export type ScenarioInput = z.input<typeof Scenario>;
