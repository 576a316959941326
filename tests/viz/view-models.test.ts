// View-model unit tests: Erlang C reference, exposure hours, pairing, Pareto frontier and ECDF readouts, on engine output.
import { describe, expect, it } from 'vitest';
import { mmc, mmcWaitQuantile, pairedDifference, summarize } from '../../sim/index.ts';
import {
  erlangHour,
  figureSpec,
  lanesOf,
  measuredHoursByClockHour,
  pairedDifferences,
  paretoFrontier,
  perReplication,
  replicationDots,
  shareAbove,
  thresholdReadout,
  tradeoff,
  waitByHour,
  waitEcdf,
  waitHeatmap,
  meanServiceSeconds,
  seriesOf,
  lineStillGrowing,
  utilization,
  referralsSeizures,
  hourRanges,
} from '../../viz/view-models/index.ts';
import { mmcFixture, screeningFixture } from './fixtures.ts';

describe('Erlang C reference', () => {
  it('equals mmc() with λ from arrivals ÷ measured hours, μ from the mean service time, c from staffed booths', () => {
    // 288 arrivals over 2 measured hours = 144/h; 60 s service; 3 booths: the bundled M/M/3 at ρ = 0.8.
    const r = erlangHour({ hour: 7, arrived: 288, measuredHours: 2, openBooths: 3, meanServiceSeconds: 60, measure: 'mean' });
    const m = mmc({ lambda: 144 / 60, mu: 1, c: 3 });
    expect(r.status).toBe('stable');
    expect(r.lambdaPerHour).toBe(144);
    expect(r.booths).toBe(3);
    expect(r.rho).toBeCloseTo(0.8, 12);
    expect(r.minutes).toBeCloseTo(m.wq, 12);
    expect(r.minutes).toBeCloseTo(1.0787, 3); // 64.7 s, the figure in mmc-theory-check.yaml
  });

  it('gives quantiles from mmcWaitQuantile and marks ρ ≥ 1 as unstable instead of a value', () => {
    const q = erlangHour({ hour: 0, arrived: 100, measuredHours: 1, openBooths: 2, meanServiceSeconds: 45, measure: 'p90' });
    expect(q.minutes).toBeCloseTo(mmcWaitQuantile({ lambda: 100 / 60, mu: 60 / 45, c: 2 }, 0.9), 12);
    const u = erlangHour({ hour: 0, arrived: 200, measuredHours: 1, openBooths: 3, meanServiceSeconds: 60, measure: 'mean' });
    expect(u).toMatchObject({ status: 'unstable', minutes: null });
    expect(u.rho).toBeCloseTo(200 / 180, 12);
  });

  it('rounds part-hour booths down and reports hours without data or booths', () => {
    expect(erlangHour({ hour: 0, arrived: 60, measuredHours: 1, openBooths: 2.5, meanServiceSeconds: 30, measure: 'mean' }).booths).toBe(2);
    expect(erlangHour({ hour: 0, arrived: 60, measuredHours: 0, openBooths: 2, meanServiceSeconds: 30, measure: 'mean' }).status).toBe('no-data');
    expect(erlangHour({ hour: 0, arrived: 60, measuredHours: 1, openBooths: 0.5, meanServiceSeconds: 30, measure: 'mean' }).status).toBe('no-booths');
  });

  it('reads the lane inputs from the document and the scenario', () => {
    const { docs, scenarios } = mmcFixture();
    const data = waitByHour(docs, { baseline: 0, scenarios });
    const lane = docs[0].ports[0].lanes[0];
    const exposure = measuredHoursByClockHour(docs[0].scenario);
    const ref = data.panels[0].reference!;
    expect(meanServiceSeconds(scenarios[0], 'station', 'booths')).toBe(60);
    for (let h = 0; h < 24; h++) {
      if (exposure[h] === 0) {
        expect(ref[h].status).toBe('no-data');
        continue;
      }
      const lambda = lane.byHour[h].arrived.mean! / exposure[h] / 60;
      const c = Math.floor(lane.byHour[h].capacity.openBooths.mean! + 1e-6);
      expect(ref[h].minutes).toBeCloseTo(mmc({ lambda, mu: 1, c }).wq, 12);
    }
  });
});

describe('measured hours per clock hour', () => {
  it('covers only the hours after the warm-up', () => {
    // Horizon 30 h, warm-up 20 h, start 00:00: clock hours 20–23 and 0–5 are measured once.
    const e = measuredHoursByClockHour({ horizonHours: 30, warmupHours: 20, startHour: 0 });
    expect(e.filter((x) => x === 1).length).toBe(10);
    expect(e.slice(6, 20).every((x) => x === 0)).toBe(true);
    expect(measuredHoursByClockHour({ horizonHours: 72, warmupHours: 24, startHour: 5 }).every((x) => x === 2)).toBe(true);
    const part = measuredHoursByClockHour({ horizonHours: 1.5, warmupHours: 0, startHour: 6.5 });
    expect(part[6]).toBe(0.5);
    expect(part[7]).toBe(1);
    expect(part.reduce((a, b) => a + b, 0)).toBe(1.5);
  });

  it('names hour spans', () => {
    expect(hourRanges([6, 7, 8, 20])).toBe('06:00–09:00, 20:00–21:00');
    expect(hourRanges([23])).toBe('23:00–24:00');
  });
});

describe('series and lanes', () => {
  it('numbers repeated scenario names and keeps the baseline out of the colour order', () => {
    const { docs } = mmcFixture();
    const s = seriesOf(docs, { baseline: 1 });
    expect(s.map((x) => x.label)).toEqual([`${docs[0].scenario.name} (1)`, `${docs[0].scenario.name} (2)`]);
    expect(s.map((x) => x.styleIndex)).toEqual([0, -1]);
    expect(() => seriesOf(docs, { baseline: 2 })).toThrow(RangeError);
  });

  it('orders lane groups as CBP does (Standard before SENTRI), whatever the scenario order', () => {
    const { docs } = screeningFixture();
    expect(lanesOf(docs, { baseline: 0 }).map((l) => l.kind)).toEqual(['general', 'sentri']);
  });
});

describe('paired differences', () => {
  it('equal pairedDifference of the raw per-replication values', () => {
    const { docs } = mmcFixture();
    const data = pairedDifferences(docs, { baseline: 0, figure: 'wait.mean' });
    const row = data.rows.find((r) => r.lane?.id === 'booths')!;
    const a = docs[0].runs.map((r) => r.ports[0].lanes[0].wait.mean);
    const b = docs[1].runs.map((r) => r.ports[0].lanes[0].wait.mean);
    expect(row.difference).toEqual(pairedDifference(a, b));
    expect(row.difference.mean).toBeLessThan(0); // a fourth booth shortens the wait
    const port = data.rows.find((r) => r.lane === null)!;
    expect(port.difference).toEqual(pairedDifference(docs[0].runs.map((r) => r.summary.wait.mean), docs[1].runs.map((r) => r.summary.wait.mean)));
  });

  it('refuses to pair runs made with different seeds', () => {
    const { docs } = mmcFixture();
    const other = { ...docs[1], seed: docs[1].seed + 1 };
    const data = pairedDifferences([docs[0], other], { baseline: 0 });
    expect(data.rows).toEqual([]);
    expect(data.unpaired[0].reason).toMatch(/different seeds/);
  });

  it('heat-map differences are paired per hour', () => {
    const { docs } = mmcFixture();
    const data = waitHeatmap(docs, { baseline: 0, scenario: 1, difference: true });
    const h = 22;
    const read = (i: number) => docs[i].runs.map((r) => r.ports[0].lanes[0].byHour[h].wait.mean);
    expect(data.cells[h].value).toBe(pairedDifference(read(0), read(1)).mean);
    expect(data.cells[12].value).toBeNull(); // 12:00 is inside the warm-up window: no data, not 0
  });
});

describe('figures per replication', () => {
  it('summarize to the document’s own aggregates', () => {
    const { docs } = screeningFixture();
    const f = figureSpec('wait.p95');
    const values = perReplication(docs[0], 0, 1, f);
    expect(summarize(values)).toEqual(docs[0].ports[0].lanes[1].figures.wait.p95);
    const u = perReplication(docs[0], 0, 1, figureSpec('utilization'));
    expect(summarize(u).mean! / 100).toBeCloseTo(docs[0].ports[0].lanes[1].capacity.utilization.mean!, 12);
  });

  it('replication dots carry replicationsNeeded', () => {
    const { docs } = mmcFixture();
    const d = replicationDots(docs, { baseline: 0 });
    expect(d.rows).toHaveLength(2);
    expect(d.rows[0].values).toEqual(docs[0].runs.map((r) => r.ports[0].lanes[0].wait.mean));
    expect(d.rows[0].needed).toBeGreaterThan(3);
    expect(d.rows[0].more).toBe(d.rows[0].needed! - 3);
  });
});

describe('ECDF threshold', () => {
  it('reads out the fraction of quantiles above the threshold', () => {
    const { docs } = mmcFixture();
    const data = waitEcdf(docs, { baseline: 0 });
    for (const t of [0, 0.5, 1, 2.5, 5, 100]) {
      const r = thresholdReadout(data, t);
      r.forEach((x, i) => {
        const qs = docs[i].ports[0].lanes[0].waitQuantiles;
        expect(x.share).toBe(qs.filter((q) => q > t).length / qs.length);
      });
    }
    expect(shareAbove([], 1)).toBeNull();
    expect(data.series[0].p90).toBe(docs[0].ports[0].lanes[0].waitQuantiles[90]);
  });
});

describe('trade-off', () => {
  it('keeps exactly the non-dominated points on the frontier', () => {
    const pts = [
      { key: 'a', x: 0.2, y: 5 },
      { key: 'b', x: 0.4, y: 7 },
      { key: 'c', x: 0.3, y: 8 }, // dominated by b
      { key: 'd', x: 0.1, y: 6 }, // dominated by a
      { key: 'e', x: 0.5, y: 12 },
    ];
    expect(paretoFrontier(pts)).toEqual(['a', 'b', 'e']);
  });

  it('lists scenarios without contraband as not comparable instead of placing them at 0', () => {
    const { docs } = mmcFixture();
    const d = tradeoff(docs, { baseline: 0 });
    expect(d.points).toEqual([]);
    expect(d.notComparable.map((n) => n.reason)).toEqual([expect.stringMatching(/no contraband/), expect.stringMatching(/no contraband/)]);
  });
});

describe('utilization warnings', () => {
  it('flags a line that keeps growing, not a stable line with a few cars left', () => {
    expect(lineStillGrowing([0, 2, 3, 2, 4, 3], 1, 3)).toBe(false);
    expect(lineStillGrowing([0, 5, 10, 20, 30, 40], 1, 3)).toBe(true);
    expect(lineStillGrowing([0, 5, 10, 20, 30, 0], 1, 3)).toBe(false);
    const { docs } = mmcFixture();
    const u = utilization(docs, { baseline: 0 });
    expect(u.groups[0].bars[0].utilization).toEqual(docs[0].ports[0].lanes[0].capacity.utilization);
    expect(u.groups[0].bars.every((b) => !b.growing)).toBe(true);
  });
});

describe('referrals and seizures', () => {
  it('scales counts to a day of measured time', () => {
    const { docs } = screeningFixture();
    const d = referralsSeizures(docs, { baseline: 0 });
    const hours = docs[0].scenario.horizonHours - docs[0].scenario.warmupHours;
    const seizures = docs[0].runs.map((r) => (r.ports[0].summary.seizures * 24) / hours);
    expect(d.groups[0].perDay.seizures).toEqual(summarize(seizures));
    expect(d.groups[0].interdictionRate).toEqual(docs[0].ports[0].summary.interdictionRate);
  });
});
