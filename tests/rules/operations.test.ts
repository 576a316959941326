// How officers run the booths: active lane management, stacked booths, inspection times by program, and how a run ends.

import { describe, expect, it } from 'vitest';
import { det, exp, flow, lane, laneRuns, runPort, sum } from './helpers.ts';

describe('active lane management', () => {
  // 200 cars an hour against 2 staffed booths of 60 an hour each: a day-long overload.
  const port = (flexOfficers: number) => ({
    flows: [flow('cars', 4800)],
    laneGroups: [lane('general', 'general', 8, 60, { officers: { constant: 2 } })],
    laneManagement: { flexOfficers: { constant: flexOfficers }, openAboveMinutes: 10, closeBelowMinutes: 3, maxOpeningsPerHour: 4 },
  });

  it('keeps a day-long overload bounded by opening booths from the flex pool', () => {
    const managed = laneRuns(runPort(port(6), { seed: 2, replications: 3, horizonHours: 24 }), 'general');
    const unmanaged = laneRuns(runPort(port(0), { seed: 2, replications: 3, horizonHours: 24 }), 'general');
    for (const [i, f] of managed.entries()) {
      // Without flex officers the line grows by ~80 an hour; with them it stays near the threshold.
      expect(unmanaged[i].timeline.queueLength.at(-1)!).toBeGreaterThan(1000);
      expect(f.timeline.queueLength.at(-1)!).toBeLessThan(100);
      expect(f.wait.mean!).toBeLessThan(15);
      // Booth-hours added: about the 1.33 booths the overload needs around the clock, at most the pool.
      expect(f.capacity.addedBoothHours).toBeGreaterThan(24 * 1.2);
      expect(f.capacity.addedBoothHours).toBeLessThanOrEqual(24 * 6);
      // A closing flex booth's officer finishes the vehicle at hand, and that booth counts as open until then.
      expect(f.capacity.openBooths!).toBeCloseTo(2 + (f.capacity.addedBoothHours + f.capacity.overtimeHours) / 24, 6);
      expect(unmanaged[i].capacity.addedBoothHours).toBe(0);
    }
  });

  it('opens no more booths in an hour than the limit', () => {
    const s = port(6);
    s.laneManagement.maxOpeningsPerHour = 1;
    const runs = laneRuns(runPort(s, { seed: 2, replications: 1, horizonHours: 6, endOfRun: 'cutoff' }), 'general');
    // Open booths rise by at most one an hour: 2, ≤3, ≤4, …
    runs[0].timeline.openBooths.forEach((open, h) => expect(open).toBeLessThanOrEqual(2 + h + 1 + 1e-9));
  });
});

describe('stacked booths', () => {
  it('a lane of two stacked booths clears throughputPerLane booths’ worth, and open lanes are counted as CBP does', () => {
    // 4 booths in 2 double-stacked lanes at 1.5 × a single booth; always a line; 60 s inspections.
    const doc = runPort(
      {
        flows: [flow('cars', 24 * 400)],
        laneGroups: [lane('general', 'general', 4, 60, { primarySeconds: det(60), stacking: { boothsPerLane: 2, throughputPerLane: 1.5 } })],
      },
      { seed: 1, replications: 1, horizonHours: 10, endOfRun: 'cutoff' },
    );
    const f = laneRuns(doc, 'general')[0];
    // 2 lanes × 1.5 × 60 an hour × 10 h, give or take the vehicles at the booths at the end.
    expect(Math.abs(f.served - 1800)).toBeLessThanOrEqual(4);
    expect(f.capacity.openLanes).toBeCloseTo(2, 9);
    expect(f.capacity.openBooths).toBeCloseTo(4, 9);
  });
});

describe('inspection time by program', () => {
  it('members inspected faster lower the mean time at a shared booth in proportion to their share', () => {
    const run = (sentriShare: number) =>
      runPort(
        {
          flows: [flow('cars', 2400, { programs: { sentri: sentriShare } })],
          laneGroups: [lane('general', 'general', 4, 60, { programs: ['none', 'sentri'], primaryByProgram: { none: exp(60), sentri: exp(20) } })],
        },
        { seed: 4, replications: 4, horizonHours: 48, warmupHours: 2 },
      );
    for (const share of [0, 0.5]) {
      const doc = run(share);
      const expected = (1 - share) * 60 + share * 20;
      expect(doc.ports[0].lanes[0].meanPrimarySeconds).toBeCloseTo(expected, 9);
      // Utilization = λ·E[S] ÷ booths.
      const u = laneRuns(doc, 'general').reduce((a, f) => a + f.capacity.utilization!, 0) / 4;
      expect(Math.abs(u - ((2400 / 86400) * expected) / 4)).toBeLessThan(0.02);
    }
  });
});

describe('how a run ends', () => {
  it('drain serves everyone who arrived before the horizon; cutoff leaves some in line and reports them as unfinished', () => {
    const port = { flows: [flow('cars', 2600)], laneGroups: [lane('general', 'general', 2, 60)] };
    const drained = laneRuns(runPort(port, { seed: 8, replications: 4, horizonHours: 12 }), 'general');
    const cut = laneRuns(runPort(port, { seed: 8, replications: 4, horizonHours: 12, endOfRun: 'cutoff' }), 'general');
    for (const [i, f] of drained.entries()) {
      expect(f.unfinished).toBe(0);
      expect(f.served).toBe(f.arrived);
      // Same arrivals (common random numbers); cutoff leaves the last ones unfinished.
      expect(cut[i].arrived).toBe(f.arrived);
      expect(cut[i].unfinished).toBe(cut[i].inQueueAtEnd);
      expect(cut[i].served + cut[i].unfinished + cut[i].inServiceAtEnd!).toBe(f.arrived);
    }
    expect(sum(cut, (f) => f.unfinished)).toBeGreaterThan(0);
  });

  it('a two-hour warm start from 16:00: drained waits are the true waits; cut off, they are lower bounds', () => {
    // 150 vehicles already in line, 4 booths of 60 s (240 an hour) against 300 arriving an hour.
    const port = { flows: [flow('cars', 300 * 24)], laneGroups: [lane('general', 'general', 4, 60, { initialQueue: 150 })] };
    const opts = { seed: 12, replications: 3, startHour: 16 };
    const drained = runPort(port, { ...opts, horizonHours: 2 });
    const cut = runPort(port, { ...opts, horizonHours: 2, endOfRun: 'cutoff' });
    // The truth: a long run, where everyone who arrived by 18:00 has long been served.
    const long = runPort(port, { ...opts, horizonHours: 8, endOfRun: 'cutoff' });
    for (let r = 0; r < 3; r++) {
      for (const h of [16, 17]) {
        const truth = long.runs[r].ports[0].lanes[0].byHour[h];
        const d = drained.runs[r].ports[0].lanes[0].byHour[h];
        const c = cut.runs[r].ports[0].lanes[0].byHour[h];
        expect(truth.unfinished).toBe(0);
        // First come, first served: later arrivals do not change earlier waits, so draining recovers them exactly.
        expect(d.wait.mean).toBe(truth.wait.mean);
        expect(d.arrived).toBe(truth.arrived);
        expect(c.wait.mean!).toBeLessThanOrEqual(truth.wait.mean! + 1e-9);
      }
      expect(cut.runs[r].ports[0].lanes[0].unfinished).toBeGreaterThan(100);
      expect(cut.runs[r].ports[0].lanes[0].wait.mean!).toBeLessThan(drained.runs[r].ports[0].lanes[0].wait.mean! - 5);
    }
  });
});
