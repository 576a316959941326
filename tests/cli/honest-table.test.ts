// The table's honest reporting: P(wait > 30 min) per lane and flow, clipped intervals shown as ranges, and warnings for unstable lanes.
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../cli/format/columns.ts';
import { cellText, withCi } from '../../cli/format/numbers.ts';
import { resultTable } from '../../cli/format/table.ts';
import { Scenario } from '../../scenarios/scenario.ts';
import { runScenario, summarize } from '../../sim/index.ts';

function port(carsPerHour: number, walkersPerHour: number, horizonHours = 72) {
  return Scenario.parse({
    name: 'two lanes',
    seed: 3,
    replications: 3,
    horizonHours,
    ports: [
      {
        id: 'p',
        name: 'P',
        flows: [
          { id: 'cars', mode: 'car', perDay: carsPerHour * 24 },
          { id: 'walkers', mode: 'pedestrian', perDay: walkersPerHour * 24 },
        ],
        laneGroups: [
          { id: 'cars', kind: 'general', booths: 1, primarySeconds: { kind: 'deterministic', value: 60 } },
          { id: 'walkers', kind: 'pedestrian', booths: 1, primarySeconds: { kind: 'deterministic', value: 60 } },
        ],
      },
    ],
  });
}

describe('clipped intervals in the table', () => {
  it('shows an interval clipped at 0 as (low–high), and an ordinary one as ± half-width', () => {
    const clipped = summarize([0, 0, 0, 5], 0.95, { lower: 0 });
    const cell = withCi(clipped, 'minutes');
    expect(cell).toEqual({ value: '1.25', pm: '3.98', range: '0.00–5.23' });
    expect(cellText(cell)).toBe('1.25 (95 % interval 0.00–5.23)');
    const share = withCi(summarize([1, 1, 1, 0.8], 0.95, { lower: 0, upper: 1 }), 'percent');
    expect(share).toMatchObject({ value: '95.0 %', range: '79.1–100.0 %' });
    expect(withCi(summarize([3, 4, 5], 0.95, { lower: 0 }), 'minutes')).toEqual({ value: '4.00', pm: '2.48' });
    // A difference may be negative: not clipped, so ±.
    expect(withCi(summarize([-1, 0, 1]), 'minutes')).toEqual({ value: '0.00', pm: '2.48' });
    const lines = renderTable([{ heading: ['w'], align: 'right' }], [[cell], [withCi(summarize([3, 4, 5]), 'minutes')]]);
    expect(lines.slice(2)).toEqual(['1.25 (0.00–5.23)', '4.00 ± 2.48']);
  });
});

describe('the report table', () => {
  it('has a "% waiting over 30 min" column and warns of the lane with ρ = 1.2, not of the one with ρ = 0.5', () => {
    const text = resultTable(runScenario(port(72, 30)), { costOfDelay: false, color: false });
    expect(text).toContain('over 30 min');
    expect(text).toMatch(/Waiting in line \(share of vehicles reaching a booth\): over 15 min .*; over 30 min .*; over 60 min /);
    expect(text).toMatch(/warning: lane cars: UNSTABLE at 00:00–24:00 \(offered load ρ up to 1\.\d+ ≥ 1\)/);
    expect(text).toMatch(/warning: lane cars: UNSTABLE, the line grows from day to day/);
    expect(text).not.toMatch(/lane walkers: UNSTABLE/);
    // The walkers' realised primary time is the deterministic 60 s.
    expect(text).toMatch(/^walkers .* 60\.0 /m);
  });

  it('prints no stability warning for two lightly loaded lanes', () => {
    const text = resultTable(runScenario(port(30, 30, 48)), { costOfDelay: false, color: false });
    expect(text).not.toContain('UNSTABLE');
    expect(text).toContain('over 30 min');
  });
});
