// Lesson: utilization and the hockey stick — why waits explode as ρ approaches 1 (the M/M/3 theory scenario).

import { mmc } from '../../sim/index.ts';
import type { Lesson, Results } from './types.ts';
import { lane, mean, meanWait, withCi } from './figures.ts';

const FILE = 'mmc-theory-check.yaml';
/** Cars a day that make ρ = 1 with 3 booths inspecting 60 cars an hour each. */
const FULL_LOAD_PER_DAY = 3 * 60 * 24;
const LANE = 'booths';

export function erlangWaitMinutes(rho: number): number | null {
  if (rho >= 1) return null;
  return mmc({ lambda: (rho * 3) / 60, mu: 1 / 60, c: 3 }).wq / 60;
}

const utilization = (doc: Results[number] | undefined) => mean(lane(doc, LANE)?.capacity.utilization);

export const utilizationLesson: Lesson = {
  id: 'utilization',
  title: 'Utilization and the hockey stick',
  intro: [
    'This port is a textbook queue: three booths, each inspecting a car in 60 seconds on average (exponentially distributed times), and cars arriving at random at a steady rate (a Poisson stream), around the clock.',
    'The load per booth ρ is the arrival rate divided by what the staffed booths can inspect: cars per hour ÷ (3 booths × 60 cars per hour). In a long run it equals the utilization, the share of time a staffed booth is busy. Scenario A runs at ρ = 0.80. The slider sets the load of scenario B.',
  ],
  terms: ['Utilization', 'ρ (offered load per booth)', 'Wait to reach the primary booth', 'Erlang C (M/M/c) reference'],
  prediction: {
    question:
      'At ρ = 0.80 cars wait about 1.1 minutes on average to reach a booth. If traffic grows by about a fifth, so that ρ = 0.95, what will the mean wait be?',
    choices: [
      'About 1.3 minutes: the wait grows in proportion to the traffic.',
      'About 2 minutes.',
      'About 6 minutes: more than five times as long.',
      'The line grows without limit.',
    ],
    answer: 2,
  },
  controls: [
    {
      id: 'rho',
      label: 'Load per booth ρ in scenario B',
      min: 0.5,
      max: 0.98,
      step: 0.01,
      value: 0.95,
      valueText: (v) => `ρ = ${v.toFixed(2)} (${Math.round(v * FULL_LOAD_PER_DAY).toLocaleString('en-US')} cars a day)`,
    },
  ],
  scenarios: [
    { file: FILE, name: 'A: ρ = 0.80', edits: () => [] },
    {
      file: FILE,
      name: 'B: your load',
      edits: (v) => [{ flow: 'customers', set: { perDay: Math.round(v.rho * FULL_LOAD_PER_DAY * 1000) / 1000 } }],
    },
  ],
  seed: 20240601,
  replications: 5,
  tasks: [
    {
      id: 'heavy',
      text: 'Run scenario B at a utilization of 0.95 or more.',
      check: (latest) => latest.some((d) => (utilization(d) ?? 0) >= 0.945),
    },
    {
      id: 'five-times',
      text: 'Find a load at which the mean wait is at least five times scenario A’s.',
      check: (latest, history) =>
        [latest, ...history].some((r) => {
          const a = meanWait(r[0], LANE);
          const b = meanWait(r[1], LANE);
          return a !== null && b !== null && a > 0 && b >= 5 * a;
        }),
    },
    {
      id: 'light',
      text: 'Run a light load (utilization at most 0.60) and see the mean wait fall below 0.3 minutes.',
      check: (latest, history) =>
        [latest, ...history].some((r) =>
          r.some((d) => {
            const u = utilization(d);
            const w = meanWait(d, LANE);
            return u !== null && w !== null && u <= 0.605 && w < 0.3;
          }),
        ),
    },
  ],
  observe(latest) {
    return latest.map((d) => {
      const l = lane(d, LANE);
      const u = mean(l?.capacity.utilization);
      const theory = u === null ? null : erlangWaitMinutes(u);
      return (
        `${d.scenario.name}: utilization ${u === null ? 'no data' : u.toFixed(3)}; mean wait to reach the booth ${withCi(l?.figures.wait.mean, 'min', 2)}` +
        (theory === null ? '' : `; Erlang C at that utilization: ${theory.toFixed(2)} min.`)
      );
    });
  },
  explanation: [
    'The wait does not grow in proportion to the load. For this queue Erlang’s formula gives the mean wait as C ÷ (cμ − λ): the denominator is the spare capacity, the cars per minute the booths could inspect beyond those arriving. At ρ = 0.80 the spare capacity is 0.6 cars a minute; at ρ = 0.95 it is 0.15, a quarter as much, and the probability of having to wait (C) rises too. So the mean wait goes from about 1.1 to about 6 minutes, and it heads to infinity as ρ approaches 1: the hockey stick.',
    'Why: arrivals come in random bursts. A booth that is busy 95 % of the time has almost no idle time in which to work off the line a burst leaves behind, so each burst’s line lingers and the next burst adds to it. The last few percent of utilization cost far more waiting than the first.',
    'The simulation matches Erlang C within its confidence interval here because this scenario meets the formula’s assumptions: Poisson arrivals at a constant rate, exponential inspection times, constant staffing, and a long run measured after a warm-up. Real ports break these assumptions (see the lesson on the peak), but the hockey stick remains.',
  ],
};
