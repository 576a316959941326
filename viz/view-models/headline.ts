// The answer first: for each compared scenario, the paired difference in mean wait in the lane groups
// whose inputs it changed (and across the port), with 95 % CIs, from the same pairs as the forest plot.
import type { ResultDocument, Scenario } from '../../sim/index.ts';
import { portOf } from './lanes.ts';
import type { ViewModelOptions } from './options.ts';
import { pairedDifferences, type PairedDifferenceData, type PairedRow } from './paired-difference.ts';

export interface HeadlineScenario {
  label: string;
  key: string;
  /** Lane-group ids whose inputs differ from the baseline's (empty: the change is elsewhere, e.g. demand). */
  changedLanes: string[];
  /** Rows shown: the changed lane groups (all lane groups when none changed), then the whole port. */
  rows: PairedRow[];
  /** Why there is no difference to show (different seeds, lane missing), or null. */
  unpaired: string | null;
}

export interface HeadlineData {
  baselineLabel: string;
  portName: string;
  scenarios: HeadlineScenario[];
  /** The paired-difference data cut to the headline rows, for the small forest plot. */
  chart: PairedDifferenceData;
}

type LaneGroupLike = { id: string };
function laneGroupsOf(s: Scenario | undefined, portId: string): Map<string, string> {
  const port = (s?.ports as { id: string; laneGroups: LaneGroupLike[] }[] | undefined)?.find((p) => p.id === portId);
  return new Map((port?.laneGroups ?? []).map((l) => [l.id, JSON.stringify(l)]));
}

/** Lane groups added, removed or with any input changed between two scenarios (by id, at one port). */
export function changedLaneGroups(base: Scenario | undefined, other: Scenario | undefined, portId: string): string[] {
  if (!base || !other) return [];
  const a = laneGroupsOf(base, portId);
  const b = laneGroupsOf(other, portId);
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  return ids.filter((id) => a.get(id) !== b.get(id));
}

export function headline(docs: ResultDocument[], opts: ViewModelOptions): HeadlineData {
  const all = pairedDifferences(docs, { ...opts, figure: 'wait.mean', includePort: true });
  const portId = portOf(docs, opts, opts.baseline)!.id;
  const base = opts.scenarios?.[opts.baseline];
  const scenarios: HeadlineScenario[] = [];
  const kept: PairedRow[] = [];
  docs.forEach((_, i) => {
    if (i === opts.baseline) return;
    const mine = all.rows.filter((r) => r.series.docIndex === i);
    const label = mine[0]?.series.label ?? all.unpaired.find((u) => u.series.docIndex === i)?.series.label ?? docs[i].scenario.name;
    const key = opts.keys?.[i] ?? String(i);
    const changedLanes = changedLaneGroups(base, opts.scenarios?.[i], portId);
    const lanes = mine.filter((r) => r.lane !== null && (changedLanes.length === 0 || changedLanes.includes(r.lane.id)));
    const rows = [...lanes, ...mine.filter((r) => r.lane === null)];
    const gap = all.unpaired.find((u) => u.series.docIndex === i && u.lane === null) ?? (rows.length === 0 ? all.unpaired.find((u) => u.series.docIndex === i) : undefined);
    scenarios.push({ label, key, changedLanes, rows, unpaired: rows.length === 0 && gap ? gap.reason : null });
    kept.push(...rows);
  });
  return {
    baselineLabel: all.baseline.label,
    portName: all.portName,
    scenarios,
    chart: { ...all, rows: kept, unpaired: [] },
  };
}
