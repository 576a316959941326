// Lays out a region of several ports: each port a node with its lines now, each driving connection
// a link labelled with its minutes, and the drivers switching ports drawn along the link they drive.
//
// Pure geometry, no DOM and no text. The live view lists a switching driver at the port it is
// heading for, stage "driving"; the port it left is the connected port whose flow it belongs to
// (the record names the flow of the port it set out from). A driver of a flow no connected port
// has is holding off at the port for a later hour, not driving a link: it is counted at the port.
// How far along the road a driver is comes from when it set out: the caller's `setOut` (the view
// notes when it first sees each driver on the road), else its arrival at the first port — which,
// for a driver who waited in line before giving up, is earlier than its setting out, so it is drawn
// further along (never past the end).

import type { PortView, Scenario, VehicleView } from '../../sim/index.ts';
import type { PlacedVehicle } from './plaza-layout.ts';

export const REGION = {
  width: 640,
  minWidth: 300,
  height: 240,
  nodeRadius: 42,
  /** Drivers drawn on one direction of a link at most; the rest are counted. */
  maxMarks: 24,
  /** Distance of each direction's drivers from the link's centre line. */
  laneOffset: 9,
} as const;

export interface RegionNode {
  index: number;
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  /** Vehicles in line for primary now, all lane groups. */
  inLine: number;
  /** Vehicles at imaging, at primary booths and in secondary now. */
  inside: number;
  /** Drivers holding off at this port for a later hour. */
  holding: number;
}

export interface RegionLink {
  a: number;
  b: number;
  minutes: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelX: number;
  labelY: number;
  /** Drivers on the road from a to b, and from b to a. */
  towardB: number;
  towardA: number;
  marks: (PlacedVehicle & { towardB: boolean; progress: number })[];
  /** Drivers on the road not drawn (beyond maxMarks in a direction). */
  overflow: number;
}

export interface RegionLayout {
  width: number;
  height: number;
  nodes: RegionNode[];
  links: RegionLink[];
}

export interface RegionOptions {
  width?: number;
  /** When a driver set out for the port it is heading to (default: its arrival at the first port). */
  setOut?: (v: VehicleView, port: number) => number;
}

/**
 * The port a driving vehicle at port `at` set out from, with the drive's minutes, or null when it
 * is holding off at `at` (no connected port has its flow). Several candidates: the shortest drive.
 */
export function driverOrigin(scenario: Scenario, at: number, v: VehicleView): { port: number; minutes: number } | null {
  const here = scenario.ports[at]?.id;
  let best: { port: number; minutes: number } | null = null;
  for (const d of scenario.region?.drivingMinutes ?? []) {
    const [p, q] = d.between;
    const other = p === here ? q : q === here ? p : null;
    if (other === null) continue;
    const j = scenario.ports.findIndex((x) => x.id === other);
    if (j < 0 || j === at || !scenario.ports[j].flows.some((f) => f.id === v.flow)) continue;
    if (!best || d.minutes < best.minutes) best = { port: j, minutes: d.minutes };
  }
  return best;
}

export function layoutRegion(scenario: Scenario, ports: readonly PortView[], vehicles: readonly (readonly VehicleView[])[], now: number, options: RegionOptions = {}): RegionLayout {
  const R = REGION;
  const width = Math.max(R.minWidth, Math.round(options.width ?? R.width));
  const n = ports.length;
  const height = n <= 2 ? R.height : Math.round(Math.min(width, 420) * 0.9);
  // Two ports face each other across the drawing; more sit on an ellipse.
  const cx = width / 2;
  const cy = height / 2;
  // Room beside each node for its name, which is centred over it.
  const rx = width / 2 - R.nodeRadius - 64;
  const ry = height / 2 - R.nodeRadius - 24;
  const nodes: RegionNode[] = ports.map((p, i) => {
    const angle = n <= 1 ? 0 : n === 2 ? (i === 0 ? Math.PI : 0) : Math.PI + (2 * Math.PI * i) / n;
    let inLine = 0;
    let inside = 0;
    for (const l of p.lanes) {
      inLine += l.lineLength;
      inside += l.busy;
    }
    if (p.secondary) inside += p.secondary.lineLength + p.secondary.busy;
    return {
      index: i,
      id: p.id,
      name: p.name,
      x: n <= 1 ? cx : cx + rx * Math.cos(angle),
      y: n <= 1 ? cy : cy + ry * Math.sin(angle),
      r: R.nodeRadius,
      inLine,
      inside: inside + (vehicles[i] ?? []).filter((v) => v.stage === 'imaging').length,
      holding: 0,
    };
  });

  const links: RegionLink[] = [];
  const linkOf = new Map<string, RegionLink>();
  for (const d of scenario.region?.drivingMinutes ?? []) {
    const a = scenario.ports.findIndex((p) => p.id === d.between[0]);
    const b = scenario.ports.findIndex((p) => p.id === d.between[1]);
    if (a < 0 || b < 0 || !nodes[a] || !nodes[b]) continue;
    const A = nodes[a];
    const B = nodes[b];
    const len = Math.hypot(B.x - A.x, B.y - A.y) || 1;
    const ux = (B.x - A.x) / len;
    const uy = (B.y - A.y) / len;
    const link: RegionLink = {
      a,
      b,
      minutes: d.minutes,
      x1: A.x + ux * A.r,
      y1: A.y + uy * A.r,
      x2: B.x - ux * B.r,
      y2: B.y - uy * B.r,
      labelX: (A.x + B.x) / 2,
      labelY: (A.y + B.y) / 2 - R.laneOffset - 10,
      towardB: 0,
      towardA: 0,
      marks: [],
      overflow: 0,
    };
    links.push(link);
    linkOf.set(`${a}>${b}`, link);
    linkOf.set(`${b}>${a}`, link);
  }

  vehicles.forEach((list, to) => {
    for (const v of list) {
      if (v.stage !== 'driving') continue;
      const origin = driverOrigin(scenario, to, v);
      const link = origin ? linkOf.get(`${origin.port}>${to}`) : undefined;
      if (!origin || !link) {
        if (nodes[to]) nodes[to].holding++;
        continue;
      }
      const towardB = to === link.b;
      if (towardB) link.towardB++;
      else link.towardA++;
      const drawn = link.marks.filter((m) => m.towardB === towardB).length;
      if (drawn >= R.maxMarks) {
        link.overflow++;
        continue;
      }
      const since = options.setOut ? options.setOut(v, to) : v.arrivedAt;
      const progress = origin.minutes > 0 ? Math.max(0, Math.min(1, (now - since) / (origin.minutes * 60))) : 1;
      // Drivers toward b keep to one side of the road, those toward a to the other.
      const [sx, sy, ex, ey] = towardB ? [link.x1, link.y1, link.x2, link.y2] : [link.x2, link.y2, link.x1, link.y1];
      const len = Math.hypot(link.x2 - link.x1, link.y2 - link.y1) || 1;
      const nx = -(link.y2 - link.y1) / len;
      const ny = (link.x2 - link.x1) / len;
      const side = towardB ? 1 : -1;
      link.marks.push({
        vehicle: v,
        x: sx + (ex - sx) * progress + nx * side * R.laneOffset,
        y: sy + (ey - sy) * progress + ny * side * R.laneOffset,
        towardB,
        progress,
      });
    }
  });
  return { width, height, nodes, links };
}
