// Arrival counts in surge windows agree with the integral of the rate: windows of 15 and 30
// minutes, windows that do not start on the hour, and runs that start at half past an hour.
import { describe, expect, it } from 'vitest';
import { runScenario, Scenario, type ScenarioInput } from '../../sim/index.ts';
import { flow, lane, type FlowIn } from './helpers.ts';

const HOUR = 3600;
const BASE_PER_HOUR = 100;

/** Arrival times (hours from the start of the run) of every flow in every replication of a one-port scenario. */
function arrivalHours(flows: FlowIn[], opts: Partial<ScenarioInput> & { replications: number; horizonHours: number }): Map<string, number[]> {
  const scenario = Scenario.parse({
    name: 'arrival counts',
    seed: 5,
    ...opts,
    ports: [{ id: 'p', name: 'P', flows, laneGroups: [lane('general', 'general', 400, 1)] }],
  });
  const out = new Map<string, number[]>(flows.map((f) => [f.id, []]));
  runScenario(scenario, { onRecord: (_r, rec) => out.get(rec.flow)?.push(rec.arrivedAt / HOUR) });
  return out;
}

/** The count of arrivals in [from, to) hours agrees with the Poisson mean within 4 standard deviations. */
function expectPoisson(times: number[], from: number, to: number, mean: number, what: string): void {
  const n = times.filter((t) => t >= from && t < to).length;
  const sd = Math.sqrt(mean);
  expect(Math.abs(n - mean), `${what}: ${n} arrivals in [${from}, ${to}) h, expected ${mean} ± 4 × ${sd.toFixed(1)}`).toBeLessThanOrEqual(4 * sd);
}

const flat = (id: string, surge: { startHour: number; endHour: number; factor: number }): FlowIn => flow(id, BASE_PER_HOUR * 24, { surges: [surge] });

describe('surges bring exactly the traffic of their window', () => {
  const R = 10;
  const flows = [
    flat('quarter', { startHour: 10, endHour: 10.25, factor: 5 }),
    flat('half', { startHour: 10, endHour: 10.5, factor: 5 }),
    flat('offset', { startHour: 10.25, endHour: 10.75, factor: 5 }),
  ];
  const times = arrivalHours(flows, { replications: R, horizonHours: 12 });
  const base = (hours: number) => BASE_PER_HOUR * hours * R;

  it('a 15-minute ×5 surge: five times the traffic in its quarter hour and the usual traffic in the rest of the hour', () => {
    const t = times.get('quarter')!;
    expectPoisson(t, 10, 10.25, 5 * base(0.25), '10:00–10:15 surge');
    expectPoisson(t, 10.25, 11, base(0.75), '10:15–11:00 after it');
    expectPoisson(t, 9, 10, base(1), '09:00–10:00 before it');
  });

  it('a 30-minute ×5 surge: five times the traffic in its half hour, and not in the next', () => {
    const t = times.get('half')!;
    expectPoisson(t, 10, 10.5, 5 * base(0.5), '10:00–10:30 surge');
    expectPoisson(t, 10.5, 11, base(0.5), '10:30–11:00 after it');
  });

  it('a surge from 10:15 to 10:45 stays inside its window', () => {
    const t = times.get('offset')!;
    expectPoisson(t, 10.25, 10.75, 5 * base(0.5), '10:15–10:45 surge');
    expectPoisson(t, 10, 10.25, base(0.25), '10:00–10:15 before it');
    expectPoisson(t, 10.75, 11, base(0.25), '10:45–11:00 after it');
  });

  it('with startHour 16.5, a one-hour surge (hours from the start) keeps all its traffic', () => {
    const t = arrivalHours([flat('evening', { startHour: 1, endHour: 2, factor: 5 })], { replications: R, horizonHours: 4, startHour: 16.5 }).get('evening')!;
    expectPoisson(t, 1, 2, 5 * base(1), 'surge from 17:30 to 18:30');
    expectPoisson(t, 0.5, 1, base(0.5), '17:00–17:30 before it');
    expectPoisson(t, 2, 2.5, base(0.5), '18:30–19:00 after it');
  });

  it('a surge shorter than a minute is not skipped', () => {
    const t = arrivalHours([flat('blip', { startHour: 3 + 1 / 120, endHour: 3 + 1 / 60, factor: 200 })], { replications: R, horizonHours: 4 }).get('blip')!;
    // 30 seconds at 200 × 100 per hour: about 16.7 arrivals per replication.
    expectPoisson(t, 3 + 1 / 120, 3 + 1 / 60, 200 * base(1 / 120), '30-second surge');
  });
});
