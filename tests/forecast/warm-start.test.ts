// The warm-start features a forecast stands on: booths held open at the start (initialOfficers)
// before the lane group's own staffing, and vehicles in line at the start left out of the figures.

import { describe, expect, it } from 'vitest';
import { compileScenario, runModel, runScenario, validateScenario } from '../../sim/index.ts';
import { oneLane } from './helpers.ts';

describe('initialOfficers', () => {
  it('holds the booths staffed now for its hours, then hands over to the staffing at the exact time', () => {
    const base = oneLane({ perDay: 2_000, officers: 10, horizonHours: 5 });
    const s = { ...base, replications: 1, ports: [{ ...base.ports[0], laneGroups: [{ ...base.ports[0].laneGroups[0], initialOfficers: { officers: 4, hours: 2.5 } }] }] };
    const doc = runScenario(s);
    // Mean booths open per hour since the start: 4, 4, then half an hour of 4 and half of 10, then 10.
    const open = doc.runs[0].ports[0].lanes[0].timeline.openBooths;
    expect(open.slice(0, 5).map((x) => Math.round(x * 1000) / 1000)).toEqual([4, 4, 7, 10, 10]);
  });

  it('is checked like any field: whole officers, positive hours', () => {
    const base = oneLane({ perDay: 1_000 });
    const bad = { ...base, ports: [{ ...base.ports[0], laneGroups: [{ ...base.ports[0].laneGroups[0], initialOfficers: { officers: 1.5, hours: 0 } }] }] };
    const r = validateScenario(bad, 'x.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.problems.map((p) => p.path);
      expect(paths).toContain('ports[0].laneGroups[0].initialOfficers.officers');
      expect(paths).toContain('ports[0].laneGroups[0].initialOfficers.hours');
    }
  });
});

describe('vehicles in line at the start', () => {
  it('count in the figures by default, and in none when a forecast leaves them out', () => {
    // No arrivals to speak of: only the 50 vehicles in line at the start are served.
    const base = oneLane({ perDay: 0.001, officers: 5, horizonHours: 2 });
    const s = { ...base, replications: 1, ports: [{ ...base.ports[0], laneGroups: [{ ...base.ports[0].laneGroups[0], initialQueue: 50 }] }] };
    const counted = runModel(compileScenario(s));
    const left = runModel(compileScenario(s, { measureInitialLines: false }));
    expect(counted.runs[0].ports[0].lanes[0].arrived).toBe(50);
    expect(counted.runs[0].ports[0].lanes[0].wait.mean!).toBeGreaterThan(0);
    expect(left.runs[0].ports[0].lanes[0].arrived).toBe(0);
    // Still served and accounted for: conservation counts them.
    expect(left.runs[0].conservation.arrived).toBe(50);
    expect(left.runs[0].conservation.exited).toBe(50);
  });
});
