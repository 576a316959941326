// Lane groups as CBP reports them: matched across documents by id and ordered by lane type.
import { t } from '../i18n/index.ts';
import type { PortResult, LaneResult, ResultDocument } from '../../sim/index.ts';
import type { ViewModelOptions } from './options.ts';
import enCharts from '../i18n/locales/en/charts.ts';

/** CBP's order: passenger vehicles (Standard, Ready, SENTRI, NEXUS), commercial (FAST), pedestrians, buses. */
export const LANE_KIND_ORDER = [
  'general',
  'ready',
  'sentri',
  'nexus',
  'fast',
  'pedestrian',
  'pedestrian-ready',
  'pedestrian-sentri',
  'bus',
  'custom',
] as const;

/** The lane type as the CBP Border Wait Times site names it. */
export const LANE_KIND_NAMES: Record<string, string> = enCharts.laneKind;

export interface LaneRef {
  id: string;
  kind: string;
  /** The scenario's label for the lane group. */
  label: string;
  /** CBP lane type name. */
  kindName: string;
  /** What charts print: the label, with the CBP type when the label does not already say it. */
  name: string;
}

/** The lane type's name in the page's language (CBP's names, which stay as they are where CBP keeps them: SENTRI, NEXUS, FAST). */
export function laneKindName(kind: string): string {
  return kind in LANE_KIND_NAMES ? t(`charts:laneKind.${kind}`) : kind;
}

export function laneName(label: string, kind: string): string {
  const kindName = laneKindName(kind);
  const words = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  // A label that already names the type, in English (the scenario's words) or in the page's language, keeps its name.
  return words(label).includes(words(kindName)) || words(label).includes(words(LANE_KIND_NAMES[kind] ?? kind)) ? label : `${label} (${kindName})`;
}

/** The port shown: the baseline's `opts.port`-th port, and the port with the same id elsewhere. */
export function portOf(docs: readonly ResultDocument[], opts: ViewModelOptions, docIndex: number): PortResult | null {
  const basePorts = docs[opts.baseline].ports;
  const pi = opts.port ?? 0;
  const base = basePorts[pi];
  if (!base) throw new RangeError(`view-model: port ${pi} not in the baseline document (it has ${basePorts.length})`);
  if (docIndex === opts.baseline) return base;
  return docs[docIndex].ports.find((p) => p.id === base.id) ?? null;
}

export function portIndexOf(doc: ResultDocument, port: PortResult): number {
  return doc.ports.indexOf(port);
}

export function laneIndexOf(port: PortResult | null, laneId: string): number {
  return port ? port.lanes.findIndex((l) => l.id === laneId) : -1;
}

export function laneOf(port: PortResult | null, laneId: string): LaneResult | null {
  return port?.lanes.find((l) => l.id === laneId) ?? null;
}

function kindRank(kind: string): number {
  const i = (LANE_KIND_ORDER as readonly string[]).indexOf(kind);
  return i < 0 ? LANE_KIND_ORDER.length : i;
}

/** Every lane group in any document's port (variants may add one), in CBP order, then first appearance. */
export function lanesOf(docs: readonly ResultDocument[], opts: ViewModelOptions): LaneRef[] {
  const seen = new Map<string, { ref: LaneRef; order: number }>();
  let order = 0;
  const visit = (i: number) => {
    const port = portOf(docs, opts, i);
    for (const l of port?.lanes ?? []) {
      if (seen.has(l.id)) continue;
      const kindName = laneKindName(l.kind);
      seen.set(l.id, { ref: { id: l.id, kind: l.kind, label: l.label, kindName, name: laneName(l.label, l.kind) }, order: order++ });
    }
  };
  visit(opts.baseline);
  docs.forEach((_, i) => i !== opts.baseline && visit(i));
  return [...seen.values()]
    .sort((a, b) => kindRank(a.ref.kind) - kindRank(b.ref.kind) || a.order - b.order)
    .map((e) => e.ref);
}

/** The lane asked for, or the first in CBP order. */
export function pickLane(lanes: readonly LaneRef[], laneId: string | undefined): LaneRef {
  if (lanes.length === 0) throw new RangeError('view-model: the port has no lane groups');
  if (laneId === undefined) return lanes[0];
  const lane = lanes.find((l) => l.id === laneId);
  if (!lane) throw new RangeError(`view-model: no lane group "${laneId}"; expected one of ${lanes.map((l) => `"${l.id}"`).join(', ')}`);
  return lane;
}
