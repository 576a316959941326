// The plaza seen from above, the region of several ports, and the busiest hour: pure geometry, checked against live runs and exact sums.
import { describe, expect, it } from 'vitest';
import { compileScenario, LiveRun, type PortView, type VehicleView } from '../../sim/index.ts';
import { busiestHour, driverOrigin, expectedArrivalsByHour, layoutPlaza, layoutRegion, PLAZA, type PlazaLayout } from '../../viz/port-view/index.ts';
import { loadBundled, loadText, SCREENING_YAML } from './helpers.ts';

const screening = loadText(SCREENING_YAML);

function vehicle(id: number, over: Partial<VehicleView> = {}): VehicleView {
  return {
    id,
    port: 'p',
    flow: 'cars',
    mode: 'car',
    program: 'none',
    lane: 'general',
    booth: null,
    arrivedAt: id,
    primaryStart: null,
    primaryEnd: null,
    referral: null,
    secondaryStart: null,
    secondaryEnd: null,
    contraband: false,
    seized: false,
    scanned: false,
    passed: false,
    status: 'in-line',
    stage: 'in-line',
    ...over,
  };
}

/** A port of lane groups with the given booths, staffed and line lengths. */
function port(lanes: { id: string; kind?: string; booths: number; open: number; line?: number }[], secondary: PortView['secondary'] = null): PortView {
  return {
    id: 'p',
    name: 'P',
    lanes: lanes.map((l) => ({ id: l.id, kind: l.kind ?? 'general', label: l.id, booths: l.booths, open: l.open, busy: 0, lineLength: l.line ?? 0 })),
    secondary,
    arrived: 0,
    exited: 0,
    seizures: 0,
  };
}

function inLineMarks(layout: PlazaLayout) {
  return layout.marks.filter((m) => m.vehicle.stage === 'in-line');
}

describe('plaza layout', () => {
  it('puts every booth side by side in one row, lane groups in scenario order, each group contiguous', () => {
    const p = port([
      { id: 'general', booths: 8, open: 5 },
      { id: 'ready', kind: 'ready', booths: 4, open: 2 },
      { id: 'sentri', kind: 'sentri', booths: 3, open: 3 },
    ]);
    const layout = layoutPlaza(p, [], [], { width: 640 });
    expect(layout.rows).toBe(1);
    expect(layout.booths).toHaveLength(15);
    expect(new Set(layout.booths.map((b) => b.y)).size).toBe(1);
    const xs = layout.booths.map((b) => b.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(PLAZA.pitch);
    expect(layout.booths.map((b) => b.group)).toEqual([...Array(8).fill('lane:general'), ...Array(4).fill('lane:ready'), ...Array(3).fill('lane:sentri')]);
    expect(layout.groups.map((g) => g.laneType)).toEqual(['general', 'ready', 'nexus-sentri']);
    // Open and staffed: the first `open` booths of each group are staffed (idle with no vehicle), the rest closed.
    expect(layout.booths.filter((b) => b.group === 'lane:general').map((b) => b.state)).toEqual([...Array(5).fill('idle'), ...Array(3).fill('closed')]);
  });

  it('wraps 74 booths onto rows that fit 390 px, none overlapping, none past the edge', () => {
    const sy = loadBundled('san-ysidro-northbound.yaml');
    const run = new LiveRun(sy, { seed: 1 });
    const snap = run.snapshot();
    const total = snap.ports[0].lanes.reduce((n, l) => n + l.booths, 0);
    expect(total).toBeGreaterThanOrEqual(70);
    for (const width of [390, 640, 1200]) {
      const layout = layoutPlaza(snap.ports[0], run.vehicles(0), sy.ports[0].laneGroups, { width });
      expect(layout.booths).toHaveLength(total);
      expect(layout.rows).toBeGreaterThanOrEqual(Math.ceil(total / layout.perRow));
      expect(layout.perRow).toBe(Math.floor((width - 2 * PLAZA.margin) / PLAZA.pitch));
      for (const b of layout.booths) {
        expect(b.x - PLAZA.boothSize / 2).toBeGreaterThanOrEqual(0);
        expect(b.x + PLAZA.boothSize / 2).toBeLessThanOrEqual(width);
      }
      const byRow = new Map<number, number[]>();
      for (const b of layout.booths) byRow.set(b.row, [...(byRow.get(b.row) ?? []), b.x]);
      for (const xs of byRow.values()) for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(PLAZA.pitch);
      expect(layout.width).toBe(width);
    }
    expect(layoutPlaza(snap.ports[0], [], sy.ports[0].laneGroups, { width: 390 }).rows).toBeGreaterThan(layoutPlaza(snap.ports[0], [], sy.ports[0].laneGroups, { width: 1200 }).rows);
  });

  it('draws each waiting vehicle in a column behind a staffed booth of its group, head of the line nearest the booth', () => {
    const waiting = Array.from({ length: 10 }, (_, k) => vehicle(k + 1));
    const layout = layoutPlaza(port([{ id: 'general', booths: 5, open: 3, line: 10 }]), waiting, [{ discipline: 'pooled' }]);
    const staffed = layout.booths.filter((b) => b.state !== 'closed');
    const marks = inLineMarks(layout);
    expect(marks).toHaveLength(10);
    for (const m of marks) {
      const booth = staffed.find((b) => b.x === m.x);
      expect(booth, `vehicle ${m.vehicle.id}`).toBeDefined();
      expect(m.y).toBeLessThan(booth!.y - PLAZA.boothSize / 2);
    }
    // Dealt in turn: vehicles 1, 4, 7, 10 in the first column, the first of them nearest the booth.
    const first = layout.columns[0].marks;
    expect(first.map((m) => m.vehicle.id)).toEqual([1, 4, 7, 10]);
    for (let i = 1; i < first.length; i++) expect(first[i].y).toBeLessThan(first[i - 1].y);
    // Closed booths have no line behind them.
    expect(layout.columns.slice(3).every((c) => c.marks.length === 0)).toBe(true);
  });

  it('keeps per-booth lines behind their own booth', () => {
    const waiting = [vehicle(1, { booth: 1 }), vehicle(2, { booth: 1 }), vehicle(3, { booth: 0 })];
    const layout = layoutPlaza(port([{ id: 'general', booths: 2, open: 2, line: 3 }]), waiting, [{ discipline: 'per-booth' }]);
    expect(layout.columns[1].marks.map((m) => m.vehicle.id)).toEqual([1, 2]);
    expect(layout.columns[0].marks.map((m) => m.vehicle.id)).toEqual([3]);
    expect(layout.columns[1].marks.every((m) => m.x === layout.booths[1].x)).toBe(true);
  });

  it('cuts long lines and counts the rest: overflow = line length − vehicles drawn, per group and over its segments', () => {
    const n = 140;
    const waiting = Array.from({ length: n }, (_, k) => vehicle(k + 1));
    const layout = layoutPlaza(port([{ id: 'general', booths: 3, open: 2, line: n }]), waiting, []);
    const g = layout.groups[0];
    expect(g.drawn).toBe(2 * PLAZA.columnDepth);
    expect(g.overflow).toBe(n - 2 * PLAZA.columnDepth);
    expect(inLineMarks(layout)).toHaveLength(g.drawn);
    expect(layout.segments.reduce((s, x) => s + x.overflow, 0)).toBe(g.overflow);
    expect(layout.columns.reduce((s, c) => s + c.overflow, 0)).toBe(g.overflow);
    // A group split over two rows counts each row's own columns.
    const wide = layoutPlaza(port([{ id: 'general', booths: 40, open: 40, line: 40 * PLAZA.columnDepth + 7 }]), Array.from({ length: 40 * PLAZA.columnDepth + 7 }, (_, k) => vehicle(k + 1)), [], { width: 390 });
    expect(wide.segments.length).toBeGreaterThan(1);
    expect(wide.segments.reduce((s, x) => s + x.overflow, 0)).toBe(7);
    expect(wide.groups[0].overflow).toBe(7);
  });

  it('shows secondary and, where trucks are scanned, imaging beside it, holding exactly the vehicles in those stages', () => {
    const laredo = loadBundled('laredo-commercial-screening.yaml');
    expect(laredo.ports[0].imaging).toBeDefined();
    const run = new LiveRun(laredo, { seed: 3 });
    run.advanceTo(9.5 * 3600);
    const snap = run.snapshot();
    const vs = run.vehicles(0);
    const layout = layoutPlaza(snap.ports[0], vs, laredo.ports[0].laneGroups, { width: 640, imaging: true });
    const sec = layout.secondary!;
    const img = layout.imaging!;
    expect(sec).not.toBeNull();
    expect(img).not.toBeNull();
    // Beside each other, below every booth.
    expect(img.y).toBe(sec.y);
    expect(img.x).toBeGreaterThanOrEqual(sec.x + sec.width);
    const lowest = Math.max(...layout.booths.map((b) => b.y));
    expect(sec.y).toBeGreaterThan(lowest);
    const scanning = vs.filter((v) => v.stage === 'imaging').length;
    expect(scanning).toBeGreaterThan(0);
    expect(img.count).toBe(scanning);
    expect(img.waiting.length + img.overflow).toBe(scanning);
    const s = snap.ports[0].secondary!;
    expect(sec.bays).toHaveLength(s.bays);
    expect(sec.bays.filter((b) => b.vehicle).length).toBe(s.busy);
    expect(sec.waiting.length + sec.overflow).toBe(s.lineLength);
    for (const m of [...sec.waiting, ...img.waiting]) {
      expect(m.x).toBeGreaterThan(m.vehicle.stage === 'imaging' ? img.x : sec.x);
      expect(m.y).toBeLessThan((m.vehicle.stage === 'imaging' ? img.y + img.height : sec.y + sec.height));
    }
    // No imaging area where the port scans nothing; stacked when too narrow for both.
    expect(layoutPlaza(snap.ports[0], vs, laredo.ports[0].laneGroups, { width: 640 }).imaging).toBeNull();
    const narrow = layoutPlaza(snap.ports[0], vs, laredo.ports[0].laneGroups, { width: 300, imaging: true });
    expect(narrow.imaging!.y).toBeGreaterThanOrEqual(narrow.secondary!.y + narrow.secondary!.height);
  });

  it('draws every vehicle inside the port once: in line, at a booth, in secondary', () => {
    const run = new LiveRun(screening, { seed: 5 });
    run.advanceTo(1.5 * 3600);
    const snap = run.snapshot();
    const vs = run.vehicles(0);
    const layout = layoutPlaza(snap.ports[0], vs, screening.ports[0].laneGroups);
    const ids = layout.marks.map((m) => m.vehicle.id);
    expect(new Set(ids).size).toBe(ids.length);
    const drawnOrCounted = layout.marks.length + layout.groups.reduce((n, g) => n + g.overflow, 0) + (layout.secondary?.overflow ?? 0);
    expect(drawnOrCounted).toBe(vs.length);
  });
});

describe('busiest hour', () => {
  const profileYaml = (profile: number[], extra = '') => `
name: Busiest hour check
horizonHours: 48
startHour: 3
seed: 2
${extra}
ports:
  - id: p
    name: P
    flows:
      - id: cars
        mode: car
        perDay: 4800
        hourlyProfile: [${profile.join(', ')}]
    laneGroups:
      - id: general
        kind: general
        booths: 8
        primarySeconds: { kind: exponential, mean: 30 }
`;
  const profile = Array.from({ length: 24 }, (_, h) => 1 + (h === 17 ? 6 : h === 8 ? 4 : 0));

  it('is the first clock hour with the most arrivals expected, from the profile', () => {
    const s = loadText(profileYaml(profile));
    const b = busiestHour([s]);
    // The run starts at 03:00; 17:00 on day 1 is 14 hours in.
    expect(b.time).toBe(14 * 3600);
    expect(b.clockHours).toBe(17);
    const sum = profile.reduce((a, x) => a + x, 0);
    expect(b.arrivals).toBeCloseTo((4800 * 7) / sum, 9);
    const byHour = expectedArrivalsByHour(compileScenario(s));
    expect(byHour.reduce((a, x) => a + x, 0)).toBeCloseTo(4800 * 2, 6);
  });

  it('picks a later day when the day-of-week factors make it busier, and adds the scenarios shown together', () => {
    // Monday start; Tuesday 1.5 × the volume: Tuesday 17:00 is 38 h after the 03:00 start.
    const s = loadText(profileYaml(profile).replace('        perDay: 4800', '        perDay: 4800\n        dayOfWeek: [1, 1.5, 1, 1, 1, 1, 1]'));
    expect(busiestHour([s]).time).toBe(38 * 3600);
    // Another scenario peaking at 08:00 every day with far more traffic moves the shared choice to
    // 08:00 — of the Tuesday, when the first scenario's share is larger (32 h after the first midnight).
    const other = loadText(profileYaml(profile).replace('perDay: 4800', 'perDay: 48000').replace(/hourlyProfile: \[[^\]]*\]/, `hourlyProfile: [${Array.from({ length: 24 }, (_, h) => (h === 8 ? 9 : 1)).join(', ')}]`));
    expect(busiestHour([s, other]).clockHours).toBe(32);
  });

  it('agrees with the hour that has the most arrivals in a run', () => {
    const s = loadText(profileYaml(profile));
    const run = new LiveRun(s, { seed: 4 });
    const counts: number[] = [];
    let before = 0;
    for (let h = 1; h <= 24; h++) {
      run.advanceTo(h * 3600);
      const arrived = run.snapshot().ports[0].arrived;
      counts.push(arrived - before);
      before = arrived;
    }
    const observed = counts.indexOf(Math.max(...counts));
    expect(observed * 3600).toBe(busiestHour([s]).time);
  });
});

describe('region layout', () => {
  const region = loadBundled('san-diego-region.yaml');

  it('places the ports as nodes with their lines, linked with the driving minutes', () => {
    const run = new LiveRun(region, { seed: 8 });
    run.advanceTo(2 * 3600);
    const snap = run.snapshot();
    const layout = layoutRegion(region, snap.ports, snap.ports.map((_, i) => run.vehicles(i)), snap.time, { width: 640 });
    expect(layout.nodes.map((n) => n.id)).toEqual(['san-ysidro', 'otay-mesa']);
    layout.nodes.forEach((n, i) => expect(n.inLine).toBe(snap.ports[i].lanes.reduce((a, l) => a + l.lineLength, 0)));
    expect(layout.links).toHaveLength(1);
    expect(layout.links[0].minutes).toBe(25);
    expect(layout.nodes[0].x).toBeLessThan(layout.nodes[1].x);
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(640);
    }
  });

  it('draws switching drivers along the link they drive, by how far they have come, and counts those beyond the marks', () => {
    const snapPorts = new LiveRun(region, { seed: 8 }).snapshot().ports;
    const now = 5000;
    // Ten minutes on a 25-minute drive from Otay Mesa to San Ysidro: 40 % of the way.
    const toSY = vehicle(1, { port: 'san-ysidro', flow: 'cars', lane: null, stage: 'driving', status: 'driving', arrivedAt: now - 600 });
    // A flow only San Ysidro has: holding off there for a later hour, not on the road.
    const holding = vehicle(2, { port: 'san-ysidro', flow: 'cars-south', lane: null, stage: 'driving', status: 'driving', arrivedAt: now - 60 });
    const many = Array.from({ length: 30 }, (_, k) => vehicle(100 + k, { port: 'otay-mesa', flow: 'cars', lane: null, stage: 'driving', status: 'driving', arrivedAt: now - 300 }));
    expect(driverOrigin(region, 0, toSY)).toEqual({ port: 1, minutes: 25 });
    expect(driverOrigin(region, 0, holding)).toBeNull();
    const layout = layoutRegion(region, snapPorts, [[toSY, holding], many], now, { width: 640 });
    const link = layout.links[0];
    expect(link.a).toBe(0);
    expect(link.towardA).toBe(1);
    expect(link.towardB).toBe(30);
    expect(layout.nodes[0].holding).toBe(1);
    const m = link.marks.find((x) => x.vehicle.id === 1)!;
    expect(m.progress).toBeCloseTo(0.4, 12);
    // From Otay Mesa's end (x2) toward San Ysidro's (x1).
    expect(m.x).toBeCloseTo(link.x2 + (link.x1 - link.x2) * 0.4, 6);
    expect(link.marks.filter((x) => x.towardB)).toHaveLength(24);
    expect(link.overflow).toBe(30 - 24);
    // The setting-out time the view noted wins over the arrival at the first port.
    const later = layoutRegion(region, snapPorts, [[toSY], []], now, { setOut: () => now - 300 });
    expect(later.links[0].marks[0].progress).toBeCloseTo(0.2, 12);
  });

  it('counts every driver on the road in a live run exactly once, on a link or holding at a port', () => {
    const run = new LiveRun(region, { seed: 8 });
    let seen = 0;
    // Every 10 minutes over the two days, until drivers have been seen on the road a few times.
    for (let m = 10; m <= 48 * 60 && seen < 5; m += 10) {
      run.advanceTo(m * 60);
      const vs = run.snapshot().ports.map((_, i) => run.vehicles(i));
      const driving = vs.flat().filter((v) => v.stage === 'driving').length;
      const layout = layoutRegion(region, run.snapshot().ports, vs, run.now);
      const counted = layout.links.reduce((n, l) => n + l.towardA + l.towardB, 0) + layout.nodes.reduce((n, x) => n + x.holding, 0);
      expect(counted).toBe(driving);
      expect(layout.links[0].marks.length + layout.links[0].overflow).toBe(layout.links[0].towardA + layout.links[0].towardB);
      if (driving > 0) seen++;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
