// Lays out one port as planners draw a land port of entry from above: the primary inspection line
// as one row of booths across the plaza, each booth's line as a column of vehicles behind it, and
// below the booths the secondary inspection area and, where trucks are scanned, the imaging area.
//
// Pure geometry, no DOM and no text, so tests can check what would be drawn. Traffic moves down
// the drawing toward the booths: the head of each line sits just above its booth. A plaza with
// more booths than fit across the width wraps onto further rows (each row keeps its own lines
// above it), so 70 booths stay readable at 390 px. Lines longer than a column holds are cut and
// the rest counted ("+132 more").

import type { PortView, VehicleView } from '../../sim/index.ts';
import { boothStates, type BoothMark, type Seating } from './booths.ts';

/** A vehicle mark and where it is drawn (its centre). */
export interface PlacedVehicle {
  vehicle: VehicleView;
  x: number;
  y: number;
}

/** Booth seats remembered between frames, by lane group key ("lane:general", "secondary"). */
export type SeatingMemory = Map<string, Seating>;

export const PLAZA = {
  /** Default width of the drawing, px (the pane passes its own). */
  width: 640,
  /** Narrowest drawing laid out (a phone held upright). */
  minWidth: 300,
  margin: 8,
  /** Centre-to-centre distance of two booths in a row. */
  pitch: 18,
  boothSize: 14,
  /** Extra space between two lane groups in a row. */
  groupGap: 10,
  /** Vertical distance between two vehicles of a line. */
  markStep: 12,
  /** Vehicles drawn in one booth's column at most; the rest are counted. */
  columnDepth: 8,
  /** Room above the columns for the "+N more" counts. */
  countHeight: 14,
  /** Coloured lane-type band under a row of booths. */
  bandHeight: 14,
  rowGap: 12,
  /** Secondary and imaging areas: title, cell size, rows of waiting vehicles at most. */
  areaTitle: 16,
  cell: 16,
  areaWaitRows: 2,
  areaGap: 12,
} as const;

/** How a lane group is drawn: what the officers call its lanes, as CBP's feed groups them. */
export type LaneTypeKey = 'general' | 'ready' | 'nexus-sentri' | 'fast' | 'pedestrian' | 'bus' | 'custom';

/** The lane type of a lane-group kind (both NEXUS and SENTRI lanes are "NEXUS/SENTRI"; every pedestrian kind is "pedestrian"). */
export function laneTypeOf(kind: string): LaneTypeKey {
  if (kind === 'nexus' || kind === 'sentri') return 'nexus-sentri';
  if (kind.startsWith('pedestrian')) return 'pedestrian';
  if (kind === 'general' || kind === 'ready' || kind === 'fast' || kind === 'bus') return kind;
  return 'custom';
}

/** Lane-type colours (Okabe–Ito, as the program colours of the vehicles they serve). */
export const LANE_TYPE_COLOUR: Record<LaneTypeKey, string> = {
  general: '#999999',
  ready: '#0072B2',
  'nexus-sentri': '#009E73',
  fast: '#D55E00',
  pedestrian: '#E69F00',
  bus: '#CC79A7',
  custom: '#56B4E9',
};

export interface PlazaBooth extends BoothMark {
  /** Lane group key ("lane:general"). */
  group: string;
  row: number;
  /** Centre of the booth. */
  x: number;
  y: number;
}

/** The line behind one booth: the vehicles drawn (head first) and how many more are not. */
export interface PlazaColumn {
  group: string;
  booth: number;
  x: number;
  marks: PlacedVehicle[];
  overflow: number;
}

/** The part of a lane group on one row of booths. */
export interface PlazaSegment {
  group: string;
  row: number;
  x0: number;
  x1: number;
  /** Top of the lane-type band under the booths. */
  bandY: number;
  /** Baseline of the "+N more" count above the columns. */
  countY: number;
  /** Vehicles of this segment's columns not drawn. */
  overflow: number;
  first: boolean;
}

export interface PlazaGroup {
  key: string;
  id: string;
  kind: string;
  laneType: LaneTypeKey;
  title: string;
  booths: number;
  open: number;
  busy: number;
  lineLength: number;
  drawn: number;
  /** lineLength − vehicles drawn in its columns. */
  overflow: number;
  perBooth: boolean;
}

/** The secondary inspection or imaging area: its box, bays (secondary), and the vehicles in it. */
export interface PlazaArea {
  key: 'secondary' | 'imaging';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Bays with their states (secondary); empty for imaging, whose scanners the live view does not show one by one. */
  bays: (BoothMark & { x: number; y: number })[];
  /** Vehicles waiting (secondary) or at imaging, drawn in a grid. */
  waiting: PlacedVehicle[];
  /** Vehicles in the area's line (secondary) or at imaging. */
  count: number;
  overflow: number;
}

export interface PlazaLayout {
  width: number;
  height: number;
  rows: number;
  /** Booths per row at most. */
  perRow: number;
  groups: PlazaGroup[];
  booths: PlazaBooth[];
  columns: PlazaColumn[];
  segments: PlazaSegment[];
  secondary: PlazaArea | null;
  imaging: PlazaArea | null;
  /** Every vehicle mark: in line, at a booth, in secondary and at imaging. */
  marks: PlacedVehicle[];
}

export interface PlazaLaneSpec {
  discipline?: 'pooled' | 'per-booth';
}

export interface PlazaOptions {
  width?: number;
  /** Booth seats remembered between frames (pooled lanes and secondary), so vehicles do not jump. */
  memory?: SeatingMemory;
  /** Draw an imaging area (the port scans trucks before primary, or has radiation portals). */
  imaging?: boolean;
}

/** Height of one row of booths with its lines above and its lane-type band below. */
export function rowHeight(): number {
  const P = PLAZA;
  return P.countHeight + P.columnDepth * P.markStep + 4 + P.boothSize + 3 + P.bandHeight;
}

export function layoutPlaza(port: PortView, vehicles: readonly VehicleView[], lanes: readonly PlazaLaneSpec[], options: PlazaOptions = {}): PlazaLayout {
  const P = PLAZA;
  const width = Math.max(P.minWidth, Math.round(options.width ?? P.width));
  const memory = options.memory ?? new Map<string, Seating>();
  const usable = width - 2 * P.margin;
  const perRow = Math.max(1, Math.floor(usable / P.pitch));

  // Places booths left to right, wrapping onto a new row when the next would pass the edge;
  // a lane group that does not fit whole continues on the next row.
  const groups: PlazaGroup[] = [];
  const booths: PlazaBooth[] = [];
  const columns: PlazaColumn[] = [];
  const segments: PlazaSegment[] = [];
  const marks: PlacedVehicle[] = [];
  let row = 0;
  let x = P.margin;
  const rowTop = (r: number) => r * (rowHeight() + P.rowGap);
  const boothY = (r: number) => rowTop(r) + P.countHeight + P.columnDepth * P.markStep + 4 + P.boothSize / 2;

  port.lanes.forEach((lane, li) => {
    const key = `lane:${lane.id}`;
    const perBooth = lanes[li]?.discipline === 'per-booth';
    const mine = vehicles.filter((v) => v.lane === lane.id);
    const waiting = mine.filter((v) => v.stage === 'in-line');
    const serving = mine.filter((v) => v.stage === 'at-primary');
    const marksOf = boothStates(lane.booths, lane.open, serving, perBooth, seatingFor(memory, key));
    if (lane.booths > 0 && x > P.margin) x += P.groupGap;
    let segment: PlazaSegment | null = null;
    const placed: PlazaBooth[] = [];
    for (const m of marksOf) {
      if (x + P.pitch > width - P.margin + 0.01 && x > P.margin) {
        row++;
        x = P.margin;
        segment = null;
      }
      if (!segment) {
        segment = { group: key, row, x0: x, x1: x, bandY: boothY(row) + P.boothSize / 2 + 3, countY: rowTop(row) + P.countHeight - 3, overflow: 0, first: placed.length === 0 };
        segments.push(segment);
      }
      const b: PlazaBooth = { ...m, group: key, row, x: x + P.pitch / 2, y: boothY(row) };
      placed.push(b);
      booths.push(b);
      x += P.pitch;
      segment.x1 = x;
    }
    // Which column each waiting vehicle stands in: its own booth's (per-booth lanes), else the
    // one line dealt in turn to the staffed booths (to every booth when none is staffed), so
    // the k-th vehicle in line is (k ÷ booths) deep.
    const cols: PlazaColumn[] = placed.map((b) => ({ group: key, booth: b.index, x: b.x, marks: [], overflow: 0 }));
    let drawn = 0;
    if (cols.length > 0) {
      const feeding = Math.max(1, Math.min(cols.length, lane.open > 0 ? lane.open : cols.length));
      const depth = new Array<number>(cols.length).fill(0);
      waiting.forEach((v, k) => {
        const c = perBooth ? Math.max(0, Math.min(cols.length - 1, v.booth ?? 0)) : k % feeding;
        const d = depth[c]++;
        if (d >= P.columnDepth) {
          cols[c].overflow++;
          return;
        }
        const b = placed[c];
        const mark = { vehicle: v, x: b.x, y: b.y - P.boothSize / 2 - 4 - (d + 0.5) * P.markStep };
        cols[c].marks.push(mark);
        marks.push(mark);
        drawn++;
      });
    }
    columns.push(...cols);
    for (const b of placed) if (b.vehicle) marks.push({ vehicle: b.vehicle, x: b.x, y: b.y });
    const overflow = Math.max(0, lane.lineLength - drawn);
    // Each segment counts its own columns' vehicles not drawn; what the model counts beyond the
    // vehicles it listed (none, in practice) goes to the first.
    const mySegments = segments.filter((s) => s.group === key);
    for (const c of cols) {
      const b = placed.find((p) => p.index === c.booth)!;
      const s = mySegments.find((sg) => sg.row === b.row)!;
      s.overflow += c.overflow;
    }
    const counted = mySegments.reduce((n, s) => n + s.overflow, 0);
    if (mySegments.length > 0) mySegments[0].overflow += overflow - counted;
    groups.push({
      key,
      id: lane.id,
      kind: lane.kind,
      laneType: laneTypeOf(lane.kind),
      title: lane.label,
      booths: lane.booths,
      open: lane.open,
      busy: lane.busy,
      lineLength: lane.lineLength,
      drawn,
      overflow,
      perBooth,
    });
  });

  // The secondary and imaging areas sit below the booths: side by side when both fit, else stacked.
  let y = booths.length > 0 ? rowTop(row) + rowHeight() + P.areaGap : 0;
  const wantImaging = options.imaging === true;
  const halves = port.secondary && wantImaging && usable >= 2 * 160 + P.areaGap;
  const areaWidth = halves ? (usable - P.areaGap) / 2 : usable;
  let secondary: PlazaArea | null = null;
  let imaging: PlazaArea | null = null;
  if (port.secondary) {
    const s = port.secondary;
    // Referred vehicles queue for a bay in the order they left primary.
    const waiting = vehicles.filter((v) => v.stage === 'secondary-line').sort((a, b) => (a.primaryEnd ?? 0) - (b.primaryEnd ?? 0) || a.id - b.id);
    const serving = vehicles.filter((v) => v.stage === 'at-secondary');
    const bays = boothStates(s.bays, s.open, serving, false, seatingFor(memory, 'secondary'));
    secondary = area('secondary', P.margin, y, areaWidth, bays, waiting, s.lineLength);
    marks.push(...secondary.waiting);
    for (const b of secondary.bays) if (b.vehicle) marks.push({ vehicle: b.vehicle, x: b.x, y: b.y });
  }
  if (wantImaging) {
    const scanning = vehicles.filter((v) => v.stage === 'imaging').sort((a, b) => a.arrivedAt - b.arrivedAt || a.id - b.id);
    const ix = halves ? P.margin + areaWidth + P.areaGap : P.margin;
    const iy = halves || !secondary ? y : secondary.y + secondary.height + P.areaGap;
    imaging = area('imaging', ix, iy, areaWidth, [], scanning, scanning.length);
    marks.push(...imaging.waiting);
  }
  // Side by side, the two areas are as tall as each other.
  if (halves && secondary && imaging) secondary.height = imaging.height = Math.max(secondary.height, imaging.height);
  const bottom = Math.max(y - P.areaGap, secondary ? secondary.y + secondary.height : 0, imaging ? imaging.y + imaging.height : 0);
  y = Math.max(bottom, P.cell);
  return { width, height: Math.ceil(y) + 2, rows: booths.length > 0 ? row + 1 : 0, perRow, groups, booths, columns, segments, secondary, imaging, marks };
}

function area(key: 'secondary' | 'imaging', x: number, y: number, width: number, bayMarks: BoothMark[], waiting: VehicleView[], count: number): PlazaArea {
  const P = PLAZA;
  const perLine = Math.max(1, Math.floor((width - 8) / P.cell));
  const bayRows = Math.ceil(bayMarks.length / perLine);
  const top = y + P.areaTitle + 4;
  const bays = bayMarks.map((m) => ({ ...m, x: x + 4 + ((m.index % perLine) + 0.5) * P.cell, y: top + (Math.floor(m.index / perLine) + 0.5) * P.cell }));
  const waitTop = top + bayRows * P.cell + (bayRows > 0 ? 6 : 0);
  const capacity = perLine * P.areaWaitRows;
  const placed: PlacedVehicle[] = waiting.slice(0, capacity).map((v, k) => ({
    vehicle: v,
    x: x + 4 + ((k % perLine) + 0.5) * P.cell,
    y: waitTop + (Math.floor(k / perLine) + 0.5) * P.cell,
  }));
  const height = waitTop + P.areaWaitRows * P.cell + 18 - y;
  return { key, x, y, width, height, bays, waiting: placed, count, overflow: Math.max(0, count - placed.length) };
}

function seatingFor(memory: SeatingMemory, key: string): Seating {
  let s = memory.get(key);
  if (!s) memory.set(key, (s = new Map()));
  return s;
}
