// Scenario edits a lesson preset makes: plain data ("set these fields on lane group X"), applied to a bundled scenario and validated again.
//
// Edits name lane groups, flows and ports by id rather than by position, so a preset keeps
// working when a bundled file gains a lane group.

import { validateScenario, formatProblem, loadScenarioText, officersAt, type Scenario } from '../../sim/index.ts';

type LaneGroup = Scenario['ports'][number]['laneGroups'][number];

export interface ScenarioEdit {
  /** Port id; default: the first port. */
  port?: string;
  /** Lane-group id: `set` applies to that lane group. */
  lane?: string;
  /** Flow id: `set` applies to that flow. */
  flow?: string;
  /** `set` applies to the port's secondary inspection. */
  secondary?: boolean;
  /** Fields to replace (whole values: `{ programs: { sentri: 0.4 } }` replaces every share). */
  set?: Record<string, unknown>;
  /**
   * Lane groups only: officers added (or, if negative, removed) in every clock hour of the
   * file's own schedule, which becomes 24 hourly numbers (never below 0).
   */
  addOfficers?: number;
}

export type BuildResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** Applies `edits` to a copy of `base`, renames it, and validates the result. */
export function applyEdits(base: Scenario, edits: readonly ScenarioEdit[], name: string, file: string): BuildResult {
  const s = structuredClone(base) as Scenario & Record<string, unknown>;
  const problems: string[] = [];
  for (const e of edits) {
    const target = targetOf(s, e);
    if (typeof target === 'string') {
      problems.push(`${file}: ${target}`);
      continue;
    }
    if (e.set) Object.assign(target, structuredClone(e.set));
    if (e.addOfficers !== undefined) {
      if (e.lane === undefined) problems.push(`${file}: addOfficers applies to a lane group; name one with "lane"`);
      else addOfficers(target as unknown as LaneGroup, e.addOfficers);
    }
  }
  if (problems.length) return { ok: false, problems };
  s.name = name;
  const r = validateScenario(s, file);
  return r.ok ? { ok: true, scenario: r.scenario } : { ok: false, problems: r.problems.map(formatProblem) };
}

/** Loads a scenario file's text and applies the edits. */
export function buildScenario(text: string, file: string, edits: readonly ScenarioEdit[], name: string): BuildResult {
  const r = loadScenarioText(text, file);
  if (!r.ok) return { ok: false, problems: r.problems.map(formatProblem) };
  return applyEdits(r.scenario, edits, name, file);
}

function targetOf(s: Scenario, e: ScenarioEdit): Record<string, unknown> | string {
  if (e.lane === undefined && e.flow === undefined && !e.secondary && e.port === undefined) return s as unknown as Record<string, unknown>;
  const port = e.port === undefined ? s.ports[0] : s.ports.find((p) => p.id === e.port);
  if (!port) return `edit names port "${e.port}", which the scenario does not have`;
  if (e.lane !== undefined) {
    const lane = port.laneGroups.find((l) => l.id === e.lane);
    return lane ? (lane as unknown as Record<string, unknown>) : `edit names lane group "${e.lane}", which port "${port.id}" does not have`;
  }
  if (e.flow !== undefined) {
    const flow = port.flows.find((f) => f.id === e.flow);
    return flow ? (flow as unknown as Record<string, unknown>) : `edit names flow "${e.flow}", which port "${port.id}" does not have`;
  }
  if (e.secondary) {
    return port.secondary ? (port.secondary as unknown as Record<string, unknown>) : `edit names the secondary inspection of port "${port.id}", which has none`;
  }
  return port as unknown as Record<string, unknown>;
}

function addOfficers(lane: LaneGroup, n: number): void {
  const byHour = Array.from({ length: 24 }, (_, h) => Math.max(0, (lane.officers ? officersAt(lane.officers, h) : lane.booths) + n));
  lane.officers = { byHour };
}
