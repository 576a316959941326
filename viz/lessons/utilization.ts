// Lesson: utilization and the hockey stick — why waits explode as ρ approaches 1 (the M/M/3 theory scenario).

import { mmc } from '../../sim/index.ts';
import { count, fixed, list, text } from './text.ts';
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
  get title() {
    return text('utilization', 'title');
  },
  get intro() {
    return list('utilization', 'intro');
  },
  terms: ['Utilization', 'ρ (offered load per booth)', 'Wait to reach the primary booth', 'Erlang C (M/M/c) reference'],
  prediction: {
    get question() {
      return text('utilization', 'question');
    },
    get choices() {
      return list('utilization', 'choices');
    },
    answer: 2,
  },
  controls: [
    {
      id: 'rho',
      get label() { return text('utilization', 'controls.rho.label'); },
      min: 0.5,
      max: 0.98,
      step: 0.01,
      value: 0.95,
      valueText: (v) => text('utilization', 'rhoValue', { rho: fixed(v, 2), cars: count(Math.round(v * FULL_LOAD_PER_DAY)) }),
    },
  ],
  scenarios: [
    { file: FILE, get name() { return list('utilization', 'scenarios')[0]; }, edits: () => [] },
    {
      file: FILE,
      get name() { return list('utilization', 'scenarios')[1]; },
      edits: (v) => [{ flow: 'customers', set: { perDay: Math.round(v.rho * FULL_LOAD_PER_DAY * 1000) / 1000 } }],
    },
  ],
  seed: 20240601,
  replications: 5,
  tasks: [
    {
      id: 'heavy',
      get text() { return text('utilization', 'tasks.heavy'); },
      check: (latest) => latest.some((d) => (utilization(d) ?? 0) >= 0.945),
    },
    {
      id: 'five-times',
      get text() { return text('utilization', 'tasks.five-times'); },
      check: (latest, history) =>
        [latest, ...history].some((r) => {
          const a = meanWait(r[0], LANE);
          const b = meanWait(r[1], LANE);
          return a !== null && b !== null && a > 0 && b >= 5 * a;
        }),
    },
    {
      id: 'light',
      get text() { return text('utilization', 'tasks.light'); },
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
        text('utilization', 'observe', { name: d.scenario.name, u: u === null ? text('ui', 'noData') : fixed(u, 3), wait: withCi(l?.figures.wait.mean, 'min', 2) }) +
        (theory === null ? '' : text('utilization', 'observeTheory', { theory: fixed(theory, 2) }))
      );
    });
  },
  get explanation() {
    return list('utilization', 'explanation');
  },
};
