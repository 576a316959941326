// The engine against queueing theory, through the command line: M/M/3 at 80 % load.
import { describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../sim/index.ts';
import { cliInProcess, erlangCWait, THEORY } from './helpers.ts';

describe('borderflow run on the M/M/3 theory check', () => {
  it('has the Erlang C mean wait inside its 95 % interval and utilization near 0.8', async () => {
    const r = await cliInProcess(['run', THEORY, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as ResultDocument;
    const lane = doc.ports[0].lanes.find((l) => l.id === 'booths');
    if (!lane) throw new Error('no lane "booths"');

    const lambda = 0.04; // per second
    const mu = 1 / 60; // per second
    const wqMinutes = erlangCWait(lambda, mu, 3) / 60;
    expect(wqMinutes).toBeCloseTo(1.0787, 3);

    const wait = lane.figures.wait.mean;
    expect(wait.n).toBeGreaterThan(1);
    expect(wait.ciLow).toBeLessThanOrEqual(wqMinutes);
    expect(wait.ciHigh).toBeGreaterThanOrEqual(wqMinutes);
    expect(Math.abs(lane.capacity.utilization.mean! - lambda / (3 * mu))).toBeLessThan(0.02);
  });
});
