// Driving times of a region: a port linked to itself, or a pair given twice, is refused at the link.

import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../sim/index.ts';

function region(links: { between: [string, string]; minutes: number }[]) {
  const port = (id: string) => ({ id, name: id, flows: [{ id: 'cars', mode: 'car', perDay: 100 }], laneGroups: [{ id: 'g', kind: 'general', booths: 1, primarySeconds: { kind: 'exponential', mean: 60 } }] });
  return { name: 'r', horizonHours: 24, ports: [port('a'), port('b')], region: { drivingMinutes: links, switching: { share: 0.5, thresholdMinutes: 5 } } };
}

function paths(value: unknown): string[] {
  const r = loadScenarioText(JSON.stringify(value), 'r.json');
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('region links', () => {
  it('a port linked to itself is refused', () => {
    expect(paths(region([{ between: ['a', 'a'], minutes: 10 }]))).toEqual([expect.stringMatching(/^region\.drivingMinutes\[0\]\.between: .*two different ports/)]);
  });
  it('a pair given twice (either order) is refused at the second', () => {
    expect(paths(region([{ between: ['a', 'b'], minutes: 10 }, { between: ['b', 'a'], minutes: 30 }]))).toEqual([expect.stringMatching(/^region\.drivingMinutes\[1\]\.between: .*already given at region\.drivingMinutes\[0\]/)]);
  });
  it('one link each way is fine', () => {
    expect(paths(region([{ between: ['a', 'b'], minutes: 10 }]))).toEqual([]);
  });
});
