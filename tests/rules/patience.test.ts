// Patience: balking and reneging against Erlang A, the pure queue when patience never runs out, and what those who give up do.

import { describe, expect, it } from 'vitest';
import { erlangA, runScenario, Scenario } from '../../sim/index.ts';
import { det, exp, expectShare, flow, lane, laneRuns, runPort, sum, type FlowIn } from './helpers.ts';

const patience = (minutes: FlowIn['patience'] extends infer P ? (P extends { minutes: infer M } ? M : never) : never, over: Partial<NonNullable<FlowIn['patience']>> = {}): FlowIn['patience'] => ({
  minutes,
  ...over,
});

describe('reneging with exponential patience (M/M/c+M)', () => {
  it('matches Erlang A: the share who abandon and the mean line, within 4 standard errors and 3 %', () => {
    // 100 an hour against 3 booths of 30 an hour (ρ = 1.11: without reneging the line grows for ever);
    // patience exponential, mean 5 min, and nobody balks, so it is exactly M/M/3+M.
    const lambda = 100 / 3600;
    const mu = 1 / 120;
    const theta = 1 / 300;
    const theory = erlangA(lambda, mu, 3, theta);
    const doc = runPort(
      {
        flows: [flow('cars', 2400, { patience: patience({ kind: 'exponential', mean: 5 }, { balk: false }) })],
        laneGroups: [lane('general', 'general', 3, 120)],
      },
      { seed: 11, replications: 8, horizonHours: 205, warmupHours: 5, endOfRun: 'cutoff' },
    );
    const runs = laneRuns(doc, 'general');
    const abandoned = runs.map((f) => f.reneged / f.arrived);
    const lq = runs.map((f) => f.capacity.queueLengthMean!);
    const check = (xs: number[], expected: number, what: string) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
      const se = sd / Math.sqrt(xs.length);
      expect(Math.abs(mean - expected) / se, `${what}: ${mean} vs ${expected} (se ${se})`).toBeLessThan(4);
      expect(Math.abs(mean - expected) / expected, `${what}: ${mean} vs ${expected}`).toBeLessThan(0.03);
    };
    check(abandoned, theory.abandonment, 'share who abandon');
    check(lq, theory.lq, 'mean line');
    expect(sum(runs, (f) => f.balked)).toBe(0);
    // The theory has a real effect to check: about one in five leave.
    expect(theory.abandonment).toBeGreaterThan(0.15);
  });

  it('with patience that never runs out, the results are the pure queue’s, byte for byte', () => {
    const port = (withPatience: boolean) => ({
      flows: [flow('cars', 2000, withPatience ? { patience: patience(det(1e9)) } : {})],
      laneGroups: [lane('general', 'general', 2, 80)],
    });
    const a = runPort(port(false), { seed: 3, replications: 3, horizonHours: 24 });
    const b = runPort(port(true), { seed: 3, replications: 3, horizonHours: 24 });
    expect(JSON.stringify(b.runs)).toBe(JSON.stringify(a.runs));
    expect(JSON.stringify(b.ports)).toBe(JSON.stringify(a.ports));
  });
});

describe('balking', () => {
  it('nobody waits longer than a fixed tolerance; those who would, balk or renege, and every arrival is accounted for', () => {
    const doc = runPort(
      {
        flows: [flow('cars', 3000, { patience: patience(det(10)) })],
        laneGroups: [lane('general', 'general', 2, 60)],
      },
      { seed: 5, replications: 4, horizonHours: 24 },
    );
    const runs = laneRuns(doc, 'general');
    for (const f of runs) {
      expect(f.wait.max!).toBeLessThanOrEqual(10 + 1e-9);
      expect(f.balked).toBeGreaterThan(0);
      expect(f.served + f.reneged).toBe(f.arrived - f.balked);
      expect(f.gaveUp.home).toBe(f.balked + f.reneged);
      expect(f.gaveUpShare!).toBeCloseTo((f.balked + f.reneged) / f.arrived, 12);
    }
    for (const r of doc.runs) {
      const c = r.conservation;
      expect(c.arrived).toBe(c.exited + c.gaveUp + c.driving + c.imaging + c.inQueue + c.inService + c.inSecondary);
      expect(c.gaveUp).toBeGreaterThan(0);
    }
    // Balking uses the expected wait, so most who would wait too long never join.
    expect(sum(runs, (f) => f.balked)).toBeGreaterThan(sum(runs, (f) => f.reneged));
  });

  it('counts each outcome per lane and hour: postponed trips at their configured share', () => {
    const doc = runPort(
      {
        flows: [flow('cars', 3000, { patience: patience(exp(8), { outcome: { otherPort: 0.3, postpone: 0.2 } }) })],
        laneGroups: [lane('general', 'general', 2, 60)],
      },
      { seed: 9, replications: 6, horizonHours: 48 },
    );
    const runs = laneRuns(doc, 'general');
    const gaveUp = sum(runs, (f) => f.balked + f.reneged);
    // One port: nowhere to drive, so the other-port share goes home.
    expect(sum(runs, (f) => f.gaveUp.otherPort)).toBe(0);
    expectShare(sum(runs, (f) => f.gaveUp.postponed), gaveUp, 0.2, 'postponed share');
    const hours = doc.runs.map((r) => r.ports[0].lanes[0].byHour);
    expect(hours.flat().reduce((a, h) => a + h.balked + h.reneged, 0)).toBe(gaveUp);
  });

  it('in a region, those who give up drive to the other port and cross there', () => {
    const port = (id: string, perDay: number, booths: number, withPatience: boolean) => ({
      id,
      name: id,
      flows: [flow('cars', perDay, withPatience ? { patience: patience(exp(10), { outcome: { otherPort: 1 } }) } : {})],
      laneGroups: [lane('general', 'general', booths, 60)],
    });
    const s = Scenario.parse({
      name: 'two ports',
      horizonHours: 24,
      replications: 3,
      ports: [port('busy', 3500, 2, true), port('quiet', 500, 4, false)],
      region: { drivingMinutes: [{ between: ['busy', 'quiet'], minutes: 20 }] },
    });
    const doc = runScenario(s);
    for (const r of doc.runs) {
      const [busy, quiet] = r.ports;
      expect(busy.summary.gaveUp.otherPort).toBeGreaterThan(100);
      expect(busy.summary.gaveUp.home).toBe(0);
      // The quiet port serves its own travelers and those who came over.
      expect(quiet.lanes[0].arrived).toBe(quiet.flows[0].arrived + busy.summary.gaveUp.otherPort);
      const c = r.conservation;
      expect(c.arrived).toBe(c.exited + c.gaveUp + c.driving + c.imaging + c.inQueue + c.inService + c.inSecondary);
    }
  });
});
