// The staffing search against cases with a known answer: M/M/c lanes where Erlang C gives the fewest officers exactly.
import { describe, expect, it } from 'vitest';
import { fittedScenarioYaml, loadScenarioText, mmc, staff, type Scenario } from '../../sim/index.ts';

const SERVICE_SECONDS = 30;
const LIMIT_MINUTES = 0.3;

/**
 * One lane group of 8 booths, exponential 30-s inspections, arrivals at `perDay` shaped by
 * `profile`. Half-minute inspections keep the line's memory to a few minutes, so each clock
 * hour behaves like a steady-state M/M/c queue at its own rate.
 */
function scenario(perDay: number, profile: number[] | null, horizonHours: number, replications: number): Scenario {
  const text = `
name: staffing search check
seed: 11
replications: ${replications}
horizonHours: ${horizonHours}
warmupHours: 1
ports:
  - id: station
    name: Station
    flows:
      - { id: cars, mode: car, perDay: ${perDay}${profile ? `, hourlyProfile: [${profile.join(', ')}]` : ''} }
    laneGroups:
      - id: general
        kind: general
        booths: 8
        primarySeconds: { kind: exponential, mean: ${SERVICE_SECONDS} }
`;
  const loaded = loadScenarioText(text, 'staffing-check.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.scenario;
}

/** Erlang C: mean wait in line of M/M/c, minutes. */
function meanWaitMinutes(perHour: number, c: number): number {
  return mmc({ lambda: perHour / 3600, mu: 1 / SERVICE_SECONDS, c }).wq / 60;
}

/** The fewest officers whose steady-state mean wait is within the limit; checks the limit is far from both sides. */
function erlangAnswer(perHour: number): number {
  let c = 1;
  while (meanWaitMinutes(perHour, c) > LIMIT_MINUTES) c++;
  // Far from the boundary: one fewer waits at least twice the limit, c* at most half of it.
  expect(meanWaitMinutes(perHour, c - 1)).toBeGreaterThan(2 * LIMIT_MINUTES);
  expect(meanWaitMinutes(perHour, c)).toBeLessThan(LIMIT_MINUTES / 2);
  return c;
}

describe('staff', () => {
  it('finds Erlang C’s fewest officers in every hour of a flat M/M/c day', { timeout: 120_000 }, () => {
    // λ = 180 per hour, E[S] = 30 s: offered load 1.5. c = 2 waits 0.64 min, c = 3 waits 0.08 min.
    const cStar = erlangAnswer(180);
    expect(cStar).toBe(3);
    const result = staff(scenario(180 * 24, null, 25, 6), { target: `mean wait <= ${LIMIT_MINUTES} min` });
    expect(result.met).toBe(true);
    expect(result.capHit).toBe(false);
    expect(result.lanes[0].officersByHour).toEqual(new Array(24).fill(cStar));
    expect(result.officerHoursPerDay).toBe(24 * cStar);
    // Started from the offered-load bound ⌊1.5⌋ + 1 = 2 and grew from there.
    expect(result.lanes[0].hours.every((h) => h.lowerBound === 2)).toBe(true);
    for (const h of result.lanes[0].hours) {
      expect(h.meets).toBe(true);
      expect(h.upperBound!).toBeLessThanOrEqual(LIMIT_MINUTES);
      expect(h.upperBound!).toBeGreaterThanOrEqual(h.estimate!);
    }
    // The fitted scenario carries the staffing found.
    expect(result.scenario.ports[0].laneGroups[0].officers).toEqual({ byHour: new Array(24).fill(cStar) });
  });

  it('gives a busy half-day and a quiet half-day their own Erlang C answers', { timeout: 120_000 }, () => {
    // 180 per hour from 00:00 to 12:00, 72 per hour after: offered loads 1.5 and 0.6.
    const busy = erlangAnswer(180);
    const quiet = erlangAnswer(72);
    expect([busy, quiet]).toEqual([3, 2]);
    const profile = [...new Array(12).fill(5), ...new Array(12).fill(2)];
    const result = staff(scenario(180 * 12 + 72 * 12, profile, 25, 6), { target: `mean wait <= ${LIMIT_MINUTES} min` });
    expect(result.met).toBe(true);
    const byHour = result.lanes[0].officersByHour;
    // Two hours into each period the line of the one before has faded: Erlang C exactly.
    for (let h = 2; h < 12; h++) expect(byHour[h], `hour ${h}`).toBe(busy);
    for (let h = 14; h < 24; h++) expect(byHour[h], `hour ${h}`).toBe(quiet);
    // The first hours of each period may go either way, never outside the two answers.
    for (const h of [0, 1, 12, 13]) expect([quiet, busy]).toContain(byHour[h]);
  });

  it('keeps a day shift and a night shift and finds each one’s Erlang C officers', { timeout: 60_000 }, () => {
    // 180 per hour from 06:00 to 18:00, 72 per hour overnight: the day shift needs 3 officers, the night shift 2.
    const busy = erlangAnswer(180);
    const quiet = erlangAnswer(72);
    expect([busy, quiet]).toEqual([3, 2]);
    const profile = Array.from({ length: 24 }, (_, h) => (h >= 6 && h < 18 ? 5 : 2));
    const s = scenario(180 * 12 + 72 * 12, profile, 25, 6);
    s.ports[0].laneGroups[0].officers = {
      shifts: [
        { start: 6, end: 18, officers: 8 },
        { start: 18, end: 6, officers: 8 },
      ],
    };
    const result = staff(s, { target: `mean wait <= ${LIMIT_MINUTES} min` });
    expect(result.met).toBe(true);
    const lane = result.lanes[0];
    expect(lane.staffedBy).toBe('shifts');
    expect(lane.writtenAs).toBe('shifts');
    expect(lane.shifts).toEqual([
      { start: 6, end: 18, officers: busy },
      { start: 18, end: 6, officers: quiet },
    ]);
    expect(result.scenario.ports[0].laneGroups[0].officers).toEqual({ shifts: lane.shifts });
    expect(lane.officersByHour).toEqual(profile.map((p) => (p === 5 ? busy : quiet)));
    // Officer-hours count the shifts' lengths.
    expect(result.officerHoursPerDay).toBe(12 * busy + 12 * quiet);
    // The fitted file keeps the shift pattern, one shift a line.
    const yaml = fittedScenarioYaml(JSON.stringify(s), result);
    expect(yaml).toMatch(/shifts:\n\s+- \{ start: 6, end: 18, officers: 3 \}\n\s+- \{ start: 18, end: 6, officers: 2 \}/);
    const reloaded = loadScenarioText(yaml, 'fitted.yaml');
    expect(reloaded.ok && reloaded.scenario.ports[0].laneGroups[0].officers).toEqual({ shifts: lane.shifts });
  });

  it('staffs overlapping shifts so that every hour meets the target, within the booths', { timeout: 60_000 }, () => {
    // Three shifts, the evening one overlapping the day and night shifts; a busy 10:00–20:00 peak.
    const profile = Array.from({ length: 24 }, (_, h) => (h >= 10 && h < 20 ? 6 : 2));
    const s = scenario(216 * 10 + 72 * 14, profile, 25, 4);
    const shifts = [
      { start: 6, end: 14, officers: 1 },
      { start: 12, end: 22, officers: 1 },
      { start: 22, end: 6, officers: 1 },
    ];
    s.ports[0].laneGroups[0].officers = { shifts };
    const result = staff(s, { target: `mean wait <= ${LIMIT_MINUTES} min` });
    expect(result.met).toBe(true);
    const lane = result.lanes[0];
    expect(lane.shifts!.map(({ start, end }) => ({ start, end }))).toEqual(shifts.map(({ start, end }) => ({ start, end })));
    const n = lane.shifts!.map((x) => x.officers);
    // Hours on duty add up where shifts overlap; the booth limit holds in every hour.
    for (let h = 0; h < 24; h++) {
      const onDuty = (h >= 6 && h < 14 ? n[0] : 0) + (h >= 12 && h < 22 ? n[1] : 0) + (h >= 22 || h < 6 ? n[2] : 0);
      expect(lane.officersByHour[h], `hour ${h}`).toBe(onDuty);
      expect(onDuty).toBeLessThanOrEqual(8);
    }
    expect(result.officerHoursPerDay).toBe(8 * n[0] + 10 * n[1] + 8 * n[2]);
    // 216 per hour needs at least 3 on duty at the peak (Erlang C, as above), 72 per hour needs 2 overnight.
    expect(erlangAnswer(216)).toBe(3);
    for (let h = 10; h < 20; h++) expect(lane.officersByHour[h], `hour ${h}`).toBeGreaterThanOrEqual(3);
    expect(n[2]).toBe(2);
    // Trimmed: one officer fewer on any shift fails some hour it met.
    for (let i = 0; i < 3; i++) {
      if (n[i] === 0) continue;
      const fewer = structuredClone(result.scenario);
      fewer.ports[0].laneGroups[0].officers = { shifts: lane.shifts!.map((x, j) => ({ ...x, officers: x.officers - (j === i ? 1 : 0) })) };
      // The first evaluation runs the scenario as given, on the same seed and replications as the search did.
      let failing = -1;
      staff(fewer, { target: `mean wait <= ${LIMIT_MINUTES} min`, maxEvaluations: 1, onProgress: (p) => (failing = p.failing) });
      expect(failing, `shift ${i}`).toBeGreaterThan(0);
    }
  });

  it('searches hour by hour when asked, and says how other staffings were searched', { timeout: 30_000 }, () => {
    const s = scenario(180 * 24, null, 25, 2);
    s.ports[0].laneGroups[0].officers = { shifts: [{ start: 6, end: 18, officers: 4 }, { start: 18, end: 6, officers: 4 }] };
    const hourly = staff(s, { target: `mean wait <= ${LIMIT_MINUTES} min`, byHour: true, maxEvaluations: 3 });
    expect(hourly.lanes[0].writtenAs).toBe('byHour');
    expect(hourly.lanes[0].shifts).toBeNull();
    expect(hourly.scenario.ports[0].laneGroups[0].officers).toHaveProperty('byHour');
    expect(hourly.notes.join('\n')).toMatch(/station\/general was staffed by shifts; searched hour by hour/);
    s.ports[0].laneGroups[0].officers = { constant: 4 };
    const constant = staff(s, { target: `mean wait <= ${LIMIT_MINUTES} min`, maxEvaluations: 2 });
    expect(constant.lanes[0].writtenAs).toBe('byHour');
    expect(constant.notes.join('\n')).toMatch(/had a constant 4 officers; searched hour by hour/);
    s.ports[0].laneGroups[0].officers = { byDayType: { weekday: { constant: 4 } } };
    const byDay = staff(s, { target: `mean wait <= ${LIMIT_MINUTES} min`, maxEvaluations: 2 });
    expect(byDay.notes.join('\n')).toMatch(/staffed by day type; searched hour by hour and written as one byHour for every day/);
  });

  it('reports the hours no shift covers as infeasible', { timeout: 30_000 }, () => {
    const s = scenario(72 * 24, null, 25, 2);
    s.ports[0].laneGroups[0].officers = { shifts: [{ start: 6, end: 20, officers: 1 }] };
    const result = staff(s, { target: `mean wait <= ${LIMIT_MINUTES} min`, maxEvaluations: 10 });
    expect(result.met).toBe(false);
    expect(result.notes.join('\n')).toMatch(/no shift covers 00:00, 01:00, 02:00, 03:00, 04:00, 05:00, 20:00, 21:00, 22:00, 23:00,/);
    const uncovered = result.failing.filter((f) => f.reason === 'noShift').map((f) => f.hour);
    expect(uncovered).toEqual([0, 1, 2, 3, 4, 5, 20, 21, 22, 23]);
    expect(result.lanes[0].shifts).toHaveLength(1);
    expect(result.lanes[0].officersByHour.filter((n, h) => h < 6 || h >= 20)).toEqual(new Array(10).fill(0));
  });

  it('names the hours a budget cannot cover, and by how much they fail', { timeout: 30_000 }, () => {
    const profile = [...new Array(12).fill(5), ...new Array(12).fill(2)];
    // The answer needs about 12 × 3 + 12 × 2 = 60 officer-hours; the bound starts at 12 × 2 + 12 × 1 = 36.
    const result = staff(scenario(180 * 12 + 72 * 12, profile, 25, 3), { target: `mean wait <= ${LIMIT_MINUTES} min`, budget: 40, officerCostPerHour: 80 });
    expect(result.met).toBe(false);
    expect(result.budgetExhausted).toBe(true);
    expect(result.officerHoursPerDay).toBeLessThanOrEqual(40);
    expect(result.costPerDay).toBe(result.officerHoursPerDay * 80);
    expect(result.failing.length).toBeGreaterThan(0);
    for (const f of result.failing) {
      expect(f.reason).toBe('budget');
      expect(f.excess!).toBeGreaterThan(0);
      expect(f.upperBound!).toBeCloseTo(LIMIT_MINUTES + f.excess!, 9);
    }
    // The quiet afternoon, still at one officer, waits about a minute: it must be among the failures.
    const failingHours = new Set(result.failing.map((f) => f.hour));
    for (let h = 14; h < 24; h++) expect(failingHours.has(h), `hour ${h}`).toBe(true);
    // Officers went to the earliest failing hours first.
    expect(result.lanes[0].officersByHour.slice(0, 4)).toEqual([3, 3, 3, 3]);
  });

  it('stops at the booths and reports those hours as infeasible', { timeout: 30_000 }, () => {
    const s = scenario(180 * 24, null, 25, 2);
    s.ports[0].laneGroups[0].booths = 2;
    const result = staff(s, { target: `mean wait <= ${LIMIT_MINUTES} min` });
    expect(result.met).toBe(false);
    expect(result.lanes[0].officersByHour).toEqual(new Array(24).fill(2));
    expect(result.failing.length).toBeGreaterThan(12);
    for (const f of result.failing) expect(f.reason).toBe('booths');
    expect(result.lanes[0].hours.filter((h) => !h.meets).every((h) => h.infeasible)).toBe(true);
  });

  it('searches only the lane groups named, adds a missing wait threshold, and reports progress', () => {
    const s = scenario(60 * 24, null, 13, 2);
    const progress: string[] = [];
    const result = staff(s, { target: 'P(wait > 7 min) <= 0.2', lanes: ['general'], maxEvaluations: 3, onProgress: (p) => progress.push(p.phase) });
    expect(result.scenario.report.waitThresholdsMinutes).toEqual([7, 15, 30, 60]);
    expect(result.notes.join('\n')).toMatch(/added 7 min/);
    expect(result.evaluations).toBeLessThanOrEqual(3);
    expect(progress[0]).toBe('bound');
    expect(progress.length).toBe(result.evaluations);
    // 13 h with a 1-h warm-up measures 01:00–12:00 only: the other hours keep the scenario's officers (one per booth).
    expect(result.notes.join('\n')).toMatch(/12 clock hours were not measured.*00:00, 13:00, 14:00/);
    for (const h of [0, ...Array.from({ length: 11 }, (_, i) => 13 + i)]) expect(result.lanes[0].officersByHour[h], `hour ${h}`).toBe(8);
    // From a JSON file, the fitted scenario is written as block YAML that loads with the staffing found.
    const yaml = fittedScenarioYaml(JSON.stringify(s), result);
    expect(yaml).toMatch(/^name: staffing search check$/m);
    const reloaded = loadScenarioText(yaml, 'fitted.yaml');
    expect(reloaded.ok).toBe(true);
    if (reloaded.ok) {
      expect(reloaded.scenario.ports[0].laneGroups[0].officers).toEqual({ byHour: result.lanes[0].officersByHour });
      expect(reloaded.scenario.report.waitThresholdsMinutes).toEqual([7, 15, 30, 60]);
    }
    expect(() => staff(s, { target: 'mean wait <= 5 min', lanes: ['ready'] })).toThrow(/no lane group "ready".*station\/general/);
    expect(() => staff(s, { target: 'mean wait <= 5 min', confidence: 1.5 })).toThrow(/confidence/);
  });

  it('is the same search on the same seed, and stops when aborted', () => {
    const s = scenario(60 * 24, null, 13, 2);
    const a = staff(s, { target: 'p95 wait <= 3 min', maxEvaluations: 10 });
    const b = staff(s, { target: 'p95 wait <= 3 min', maxEvaluations: 10 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const controller = new AbortController();
    expect(() =>
      staff(s, { target: 'p95 wait <= 3 min', signal: controller.signal, onProgress: () => controller.abort(new Error('stopped by the planner')) }),
    ).toThrow('stopped by the planner');
  });
});
