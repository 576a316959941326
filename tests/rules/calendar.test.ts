// Day types: a Saturday profile on Saturdays, a holiday profile and factor on the calendar's
// holidays, fallbacks on the other days, and staffing that changes at midnight with the day type.
import { describe, expect, it } from 'vitest';
import { compileScenario, runScenario, Scenario, validateScenario, type ScenarioInput } from '../../sim/index.ts';
import { lane, type LaneIn } from './helpers.ts';

const HOUR = 3600;
const oneHour = (h: number): number[] => Array.from({ length: 24 }, (_, i) => (i === h ? 1 : 0));

/** Runs from Friday 00:00 over four days (Friday, Saturday, Sunday, Monday), Monday a holiday. */
function fourDays(over: Partial<ScenarioInput>, laneGroups: LaneIn[], perDay = 1000, flowOver: object = {}): ScenarioInput {
  return {
    name: 'day types',
    seed: 9,
    replications: 4,
    horizonHours: 96,
    startDay: 'friday',
    calendar: { holidays: [3] },
    ports: [
      {
        id: 'p',
        name: 'P',
        flows: [
          {
            id: 'cars',
            mode: 'car',
            perDay,
            hourlyProfile: { weekday: oneHour(8), saturday: oneHour(14), holiday: oneHour(20) },
            holidayFactor: 0.5,
            ...flowOver,
          },
        ],
        laneGroups,
      },
    ],
    ...over,
  };
}

/** Arrivals by (day of the run, clock hour), summed over replications. */
function countsByDayHour(input: ScenarioInput): number[][] {
  const s = Scenario.parse(input);
  const counts = Array.from({ length: Math.ceil(s.horizonHours / 24) + 1 }, () => new Array<number>(24).fill(0));
  runScenario(s, {
    onRecord: (_r, rec) => {
      const clockHours = rec.arrivedAt / HOUR + s.startHour;
      counts[Math.floor(clockHours / 24)][Math.floor(clockHours % 24)]++;
    },
  });
  return counts;
}

function expectPoisson(n: number, mean: number, what: string): void {
  const sd = Math.sqrt(mean);
  expect(Math.abs(n - mean), `${what}: ${n}, expected ${mean} ± 4 × ${sd.toFixed(1)}`).toBeLessThanOrEqual(4 * sd);
}

describe('hourly profiles and volume by day type', () => {
  const R = 4;
  const counts = countsByDayHour(fourDays({}, [lane('general', 'general', 400, 1)]));
  const total = (day: number) => counts[day].reduce((a, b) => a + b, 0);

  it('weekdays use the weekday profile, Saturday its own, Sunday falls back to the weekday profile', () => {
    expect(counts[0][8], 'Friday: all in 08:00').toBe(total(0));
    expect(counts[1][14], 'Saturday: all in 14:00').toBe(total(1));
    expect(counts[2][8], 'Sunday (no profile of its own): all in 08:00').toBe(total(2));
    for (const d of [0, 1, 2]) expectPoisson(total(d), 1000 * R, `arrivals on day ${d}`);
  });

  it('a holiday uses the holiday profile and the holiday factor, whatever weekday it falls on', () => {
    expect(counts[3][20], 'Monday, a holiday: all in 20:00').toBe(total(3));
    expect(total(3)).toBeGreaterThan(0);
    expectPoisson(total(3), 0.5 * 1000 * R, 'arrivals on the holiday (factor 0.5)');
  });

  it('without holidayFactor a holiday takes the Sunday factor of dayOfWeek, and without a holiday profile the Sunday one', () => {
    const c = countsByDayHour(
      fourDays({}, [lane('general', 'general', 400, 1)], 1000, {
        hourlyProfile: { weekday: oneHour(8), sunday: oneHour(11) },
        holidayFactor: undefined,
        dayOfWeek: [1, 1, 1, 1, 1, 1, 2],
      }),
    );
    const t = (d: number) => c[d].reduce((a, b) => a + b, 0);
    expect(c[2][11], 'Sunday: all in 11:00').toBe(t(2));
    expect(c[3][11], 'holiday: the Sunday profile').toBe(t(3));
    expectPoisson(t(3), 2 * 1000 * R, 'arrivals on the holiday (Sunday factor 2)');
  });

  it('holidays given as dates with a start date are the same days as day numbers', () => {
    const byNumber = compileScenario(Scenario.parse(fourDays({}, [lane('general', 'general', 4, 1)])));
    const byDate = compileScenario(Scenario.parse(fourDays({ calendar: { startDate: '2026-12-04', holidays: ['2026-12-07'] } }, [lane('general', 'general', 4, 1)])));
    expect(byNumber.holidays).toEqual([3]);
    expect(byDate.holidays).toEqual([3]);
  });
});

describe('staffing by day type', () => {
  const officers: LaneIn['officers'] = {
    byDayType: {
      weekday: { constant: 2 },
      saturday: { shifts: [{ start: 8, end: 16, officers: 5 }, { start: 16, end: 8, officers: 3 }] },
      holiday: { constant: 6 },
    },
  };

  it('opens the booths of each day type at midnight: weekday, Saturday shifts, Sunday as a weekday, holiday', () => {
    const doc = runScenario(Scenario.parse(fourDays({ replications: 1 }, [lane('general', 'general', 6, 10, { officers })], 100)));
    const open = doc.ports[0].lanes[0].timeline.openBooths;
    const expected = [
      ...new Array<number>(24).fill(2), // Friday
      ...Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 16 ? 5 : 3)), // Saturday
      ...new Array<number>(24).fill(2), // Sunday: falls back to weekday
      ...new Array<number>(24).fill(6), // Monday: a holiday
    ];
    expect(open).toHaveLength(expected.length);
    // Time averages over each hour: equal up to rounding.
    open.forEach((x, h) => expect(x, `open booths in hour ${h} of the run`).toBeCloseTo(expected[h], 9));
  });

  it('secondary and imaging staffing by day type compile to one table per day type', () => {
    const input = fourDays({}, [lane('general', 'general', 4, 10, { referral: { random: 0.01 } })], 100);
    input.ports[0].secondary = { bays: 4, officers: { byDayType: { weekday: { constant: 1 }, sunday: { constant: 3 } } }, minutes: { kind: 'exponential', mean: 10 }, detection: 0.5 };
    const table = compileScenario(Scenario.parse(input)).ports[0].secondary!.staffing!;
    expect(table.byDayType!.map((t) => t.officers[0])).toEqual([1, 1, 3, 3]);
  });
});

describe('calendar checks', () => {
  const base = fourDays({}, [lane('general', 'general', 4, 10)]);
  const problems = (input: ScenarioInput) => {
    const r = validateScenario(input, "test.yaml");
    return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('a holiday given as a date needs a start date', () => {
    expect(problems({ ...base, calendar: { holidays: ['2026-12-07'] } }).join('\n')).toMatch(/calendar\.holidays\[0\].*needs calendar\.startDate/);
  });

  it('the start date must fall on startDay', () => {
    expect(problems({ ...base, calendar: { startDate: '2026-12-03', holidays: [] } }).join('\n')).toMatch(/startDay.*a thursday.*expected startDay: thursday/);
  });

  it('a holiday profile of all zeros is named by its day type', () => {
    const input = structuredClone(base);
    input.ports[0].flows[0].hourlyProfile = { weekday: oneHour(8), holiday: new Array<number>(24).fill(0) };
    expect(problems(input).join('\n')).toMatch(/flows\[0\]\.hourlyProfile\.holiday.*all 24 weights are 0/);
  });
});
