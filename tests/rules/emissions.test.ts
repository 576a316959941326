// Emissions of vehicles idling in line: vehicle-hours idling are the waits before primary, emissions are the idle factors times those hours, by mode.

import { describe, expect, it } from 'vitest';
import { Scenario, type Figures, type ResultDocument } from '../../sim/index.ts';
import { exp, flow, lane, laneRuns, runPort, type PortIn } from './helpers.ts';

const FACTORS = {
  car: { co2: 2700, nox: 3, pm25: 0.1 },
  truck: { co2: 8100, nox: 100, pm25: 2 },
  bus: { co2: 6000, nox: 60, pm25: 1.5 },
};

/** Cars, trucks, buses and pedestrians, each in a lane group of their own, busy enough to queue. */
const mixedPort: Omit<PortIn, 'id' | 'name'> = {
  flows: [
    flow('cars', 2000),
    flow('trucks', 500, { mode: 'truck' }),
    flow('buses', 150, { mode: 'bus' }),
    flow('walkers', 3000, { mode: 'pedestrian' }),
  ],
  laneGroups: [
    lane('general', 'general', 2, 70),
    lane('cargo', 'custom', 1, 150, { modes: ['truck'] }),
    lane('coaches', 'bus', 1, 480),
    lane('walk', 'pedestrian', 2, 50),
  ],
};

/** Waits that entered the wait figures: those who reached a booth (finished or still there at the end) and those still in line. */
function waitsCounted(f: Figures): number {
  return f.served + (f.inServiceAtEnd ?? 0) + f.unfinished;
}

const close = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe('vehicle-hours idling', () => {
  it('equal the sum of waits in line in one replication (M/M/3 at 80 % load, cut off with vehicles still in line)', () => {
    const doc = runPort(
      { flows: [flow('customers', 3456)], laneGroups: [lane('booths', 'general', 3, 60)] },
      { seed: 20240601, replications: 3, horizonHours: 50, endOfRun: 'cutoff', emissions: { idleGramsPerHour: { car: FACTORS.car } } },
    );
    for (const f of laneRuns(doc, 'booths')) {
      const n = waitsCounted(f);
      expect(n).toBeGreaterThan(5000);
      expect(f.wait.mean!).toBeGreaterThan(0.3);
      close(f.idlingHours, (f.wait.mean! * n) / 60, 'idling hours = mean wait × waits');
    }
  });

  it('counts the waits so far of vehicles still in line at a cutoff', () => {
    // 2 booths of 30 an hour against 90 an hour: the line grows, and many are still in it at the end.
    const doc = runPort(
      { flows: [flow('cars', 90 * 24)], laneGroups: [lane('general', 'general', 2, 120)] },
      { seed: 5, replications: 2, horizonHours: 6, endOfRun: 'cutoff', emissions: { idleGramsPerHour: { car: FACTORS.car } } },
    );
    for (const f of laneRuns(doc, 'general')) {
      expect(f.unfinished).toBeGreaterThan(50);
      close(f.idlingHours, (f.wait.mean! * waitsCounted(f)) / 60, 'idling hours with censored waits');
      expect(f.idlingHours).toBeGreaterThan((f.unfinished * f.unfinishedWaitMean!) / 60);
    }
  });
});

describe('emissions', () => {
  const doc = runPort(mixedPort, { seed: 7, replications: 2, horizonHours: 24, emissions: { idleGramsPerHour: FACTORS } });

  it('are the factor of the mode × vehicle-hours idling, in every lane, hour and replication', () => {
    const byLane: [string, keyof typeof FACTORS][] = [['general', 'car'], ['cargo', 'truck'], ['coaches', 'bus']];
    for (const [id, mode] of byLane) {
      for (const f of laneRuns(doc, id)) {
        expect(f.idlingHours, `${id} idles`).toBeGreaterThan(0.5);
        const g = FACTORS[mode];
        close(f.emissions!.co2Kg, (f.idlingHours * g.co2) / 1000, `${id} CO₂`);
        close(f.emissions!.noxG, f.idlingHours * g.nox, `${id} NOx`);
        close(f.emissions!.pm25G, f.idlingHours * g.pm25, `${id} PM2.5`);
        for (const h of f.byHour) {
          close(h.emissions!.noxG, h.idlingHours * g.nox, `${id} NOx by hour`);
        }
      }
    }
  });

  it('pedestrians wait but neither idle nor emit', () => {
    for (const f of laneRuns(doc, 'walk')) {
      expect(f.wait.mean!).toBeGreaterThan(0);
      expect(f.idlingHours).toBe(0);
      expect(f.emissions).toEqual({ co2Kg: 0, noxG: 0, pm25G: 0 });
    }
  });

  it('of the port are the sum over its lane groups', () => {
    doc.runs.forEach((r) => {
      const lanes = r.ports[0].lanes;
      const s = r.ports[0].summary;
      close(s.idlingHours, lanes.reduce((a, l) => a + l.idlingHours, 0), 'port idling hours');
      close(s.emissions!.co2Kg, lanes.reduce((a, l) => a + l.emissions!.co2Kg, 0), 'port CO₂');
    });
    expect(doc.summary.emissions).toHaveProperty('co2Kg.mean');
  });

  it('a vehicle mode without factors idles but emits nothing', () => {
    const d = runPort(mixedPort, { seed: 7, replications: 1, horizonHours: 24, emissions: { idleGramsPerHour: { car: FACTORS.car } } });
    const cargo = laneRuns(d, 'cargo')[0];
    expect(cargo.idlingHours).toBeGreaterThan(0.5);
    expect(cargo.emissions).toEqual({ co2Kg: 0, noxG: 0, pm25G: 0 });
  });
});

/** The document with every `emissions` field taken out. */
function withoutEmissions(doc: ResultDocument): unknown {
  return JSON.parse(JSON.stringify(doc, (k, v) => (k === 'emissions' ? undefined : v)));
}

describe('a scenario without emission factors', () => {
  const opts = { seed: 9, replications: 2, horizonHours: 24 };
  const without = runPort(mixedPort, opts);
  const withFactors = runPort(mixedPort, { ...opts, emissions: { idleGramsPerHour: FACTORS } });

  it('reports null emissions in every replication, lane, flow and hour', () => {
    for (const r of without.runs) {
      const p = r.ports[0];
      const all: Figures[] = [r.summary, p.summary, ...p.lanes, ...p.flows, ...p.byHour, ...p.lanes.flatMap((l) => l.byHour)];
      for (const f of all) expect(f.emissions).toBeNull();
    }
    expect(without.summary.emissions).toHaveProperty('mean', null);
  });

  it('gives the same figures otherwise: the factors change no draw and no other figure', () => {
    const a = withoutEmissions(without) as { scenario: unknown };
    const b = withoutEmissions(withFactors) as { scenario: unknown };
    // The scenario (and so its hash) differs by the block itself.
    expect(a.scenario).not.toEqual(b.scenario);
    expect({ ...a, scenario: null }).toEqual({ ...b, scenario: null });
  });
});

describe('the emissions block', () => {
  const base = { name: 'x', horizonHours: 1, ports: [{ id: 'p', name: 'P', flows: [flow('cars', 100)], laneGroups: [lane('g', 'general', 1, 30, { primarySeconds: exp(30) })] }] };

  it('rejects a negative factor, naming the field', () => {
    const r = Scenario.safeParse({ ...base, emissions: { idleGramsPerHour: { truck: { co2: 8100, nox: -1, pm25: 2 } } } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['emissions', 'idleGramsPerHour', 'truck', 'nox']);
  });

  it('rejects factors for pedestrians, who emit nothing', () => {
    const r = Scenario.safeParse({ ...base, emissions: { idleGramsPerHour: { pedestrian: { co2: 1, nox: 1, pm25: 1 } } } });
    expect(r.success).toBe(false);
  });

  it('is optional, with no default', () => {
    expect(Scenario.parse(base).emissions).toBeUndefined();
  });
});
