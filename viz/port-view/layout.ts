// Lays out one port from a live snapshot: a band per lane group (label, line of vehicles, booths), then secondary inspection.
//
// Pure geometry, no DOM, so tests can check what would be drawn. Traffic moves left to
// right: the head of each line sits next to the booths. Lines longer than the drawing
// holds are cut, and the rest counted ("+132 more in line").

import type { PortView, VehicleView } from '../../sim/index.ts';
import { boothStates, type BoothMark, type Seating } from './booths.ts';
import { cbpLaneType } from './lane-types.ts';

export const GEOMETRY = {
  width: 600,
  labelWidth: 170,
  queueX: 176,
  /** Vehicle marks per row of a line. */
  queueColumns: 20,
  mark: 14,
  boothX: 464,
  boothSize: 18,
  rowHeight: 24,
  /** Rows a band gets at least, so its five label lines fit. */
  minRows: 4,
  /** Rows of vehicle marks a single line gets at most (the rest are counted, not drawn). */
  maxLineRows: 10,
  gap: 12,
} as const;

export interface PlacedVehicle {
  vehicle: VehicleView;
  x: number;
  y: number;
}

export interface PlacedBooth extends BoothMark {
  x: number;
  y: number;
}

export interface Band {
  key: string;
  title: string;
  /** Second label line, e.g. "CBP: Standard" (the lane type as CBP's feed names it). */
  subtitle: string;
  /** Third label line, e.g. "3 booths, 2 staffed". */
  staffing: string;
  y: number;
  height: number;
  booths: PlacedBooth[];
  line: PlacedVehicle[];
  /** Vehicles waiting in line (the model's count). */
  lineLength: number;
  /** lineLength − marks drawn. */
  overflow: number;
}

export interface PortLayout {
  width: number;
  height: number;
  lanes: Band[];
  secondary: Band | null;
}

export interface LaneSpec {
  discipline: 'pooled' | 'per-booth';
}

/** Booth seats remembered between frames, by band key. */
export type SeatingMemory = Map<string, Seating>;

export function layoutPort(
  port: PortView,
  vehicles: readonly VehicleView[],
  lanes: readonly LaneSpec[],
  memory: SeatingMemory = new Map(),
): PortLayout {
  const G = GEOMETRY;
  let y = 0;
  const bands: Band[] = [];
  port.lanes.forEach((lane, li) => {
    const perBooth = lanes[li]?.discipline === 'per-booth';
    const mine = vehicles.filter((v) => v.lane === lane.id);
    const key = `lane:${lane.id}`;
    const band = makeBand({
      key,
      title: lane.label,
      subtitle: `CBP: ${cbpLaneType(lane.kind)}`,
      staffing: `${plural(lane.booths, 'booth')}, ${lane.open} staffed`,
      y,
      slots: lane.booths,
      open: lane.open,
      waiting: mine.filter((v) => v.stage === 'in-line'),
      serving: mine.filter((v) => v.stage === 'at-primary'),
      lineLength: lane.lineLength,
      perBooth,
      seating: seatingFor(memory, key),
    });
    bands.push(band);
    y += band.height + G.gap;
  });
  let secondary: Band | null = null;
  if (port.secondary) {
    const s = port.secondary;
    secondary = makeBand({
      key: 'secondary',
      title: 'Secondary inspection',
      subtitle: 'referred vehicles',
      staffing: `${plural(s.bays, 'bay')}, ${s.open} staffed`,
      y,
      slots: s.bays,
      open: s.open,
      // Referred vehicles queue for a bay in the order they left primary.
      waiting: vehicles.filter((v) => v.stage === 'secondary-line').sort((a, b) => (a.primaryEnd ?? 0) - (b.primaryEnd ?? 0) || a.id - b.id),
      serving: vehicles.filter((v) => v.stage === 'at-secondary'),
      lineLength: s.lineLength,
      perBooth: false,
      seating: seatingFor(memory, 'secondary'),
    });
    y += secondary.height + G.gap;
  }
  return { width: G.width, height: Math.max(y - G.gap, G.rowHeight), lanes: bands, secondary };
}

interface BandInput {
  key: string;
  title: string;
  subtitle: string;
  staffing: string;
  y: number;
  slots: number;
  open: number;
  waiting: VehicleView[];
  serving: VehicleView[];
  lineLength: number;
  perBooth: boolean;
  seating: Seating;
}

function makeBand(b: BandInput): Band {
  const G = GEOMETRY;
  const rows = Math.max(G.minRows, b.slots);
  const height = rows * G.rowHeight;
  const booths: PlacedBooth[] = boothStates(b.slots, b.open, b.serving, b.perBooth, b.seating).map((m) => ({
    ...m,
    x: G.boothX,
    y: b.y + (m.index + 0.5) * G.rowHeight,
  }));
  const line: PlacedVehicle[] = [];
  const queueEnd = G.queueX + G.queueColumns * G.mark;
  if (b.perBooth && b.slots > 0) {
    // One line per booth, each in the booth's own row.
    const used = new Array<number>(b.slots).fill(0);
    for (const v of b.waiting) {
      const row = Math.max(0, Math.min(b.slots - 1, v.booth ?? 0));
      if (used[row] >= G.queueColumns) continue;
      const col = used[row]++;
      line.push({ vehicle: v, x: queueEnd - (col + 0.5) * G.mark, y: b.y + (row + 0.5) * G.rowHeight });
    }
  } else {
    // One line feeding every booth: fill rows from the booths outward.
    const markRows = Math.max(1, Math.min(G.maxLineRows, Math.floor(height / G.mark)));
    const capacity = markRows * G.queueColumns;
    b.waiting.slice(0, capacity).forEach((v, k) => {
      const row = Math.floor(k / G.queueColumns);
      const col = k % G.queueColumns;
      line.push({ vehicle: v, x: queueEnd - (col + 0.5) * G.mark, y: b.y + (row + 0.5) * G.mark });
    });
  }
  return {
    key: b.key,
    title: b.title,
    subtitle: b.subtitle,
    staffing: b.staffing,
    y: b.y,
    height,
    booths,
    line,
    lineLength: b.lineLength,
    overflow: Math.max(0, b.lineLength - line.length),
  };
}

function seatingFor(memory: SeatingMemory, key: string): Seating {
  let s = memory.get(key);
  if (!s) memory.set(key, (s = new Map()));
  return s;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
