// Lesson: replications and confidence intervals — why one run misleads (the M/M/3 theory scenario over one simulated day).

import { count, fixed, list, text } from './text.ts';
import type { Lesson } from './types.ts';
import type { ResultDocument } from '../../sim/index.ts';
import { lane, meanWait, withCi } from './figures.ts';

const FILE = 'mmc-theory-check.yaml';
const LANE = 'booths';
/** Erlang C mean wait for this queue (ρ = 0.8, 3 booths, 60 s), minutes. */
export const ERLANG_WAIT = 1.0787;
export const REPLICATION_STEPS = [1, 2, 3, 5, 10, 20, 40];

const mw = (d: ResultDocument | undefined) => meanWait(d, LANE);

export const replicationsLesson: Lesson = {
  id: 'replications',
  get title() {
    return text('replications', 'title');
  },
  get intro() {
    return list('replications', 'intro');
  },
  terms: ['Replication', '95 % confidence interval', 'Common random numbers', 'Warm-up'],
  prediction: {
    get question() {
      return text('replications', 'question');
    },
    get choices() {
      return list('replications', 'choices');
    },
    answer: 3,
  },
  controls: [
    {
      id: 'replications',
      get label() { return text('replications', 'controls.replications.label'); },
      min: 0,
      max: REPLICATION_STEPS.length - 1,
      step: 1,
      value: 0,
      valueText: (v) => {
        const n = REPLICATION_STEPS[v] ?? 1;
        return text('replications', 'replicationsValue', { count: n });
      },
    },
    { id: 'seed', get label() { return text('replications', 'controls.seed.label'); }, min: 1, max: 20, step: 1, value: 1, valueText: (v) => text('replications', 'seedValue', { seed: v }) },
  ],
  scenarios: [{ file: FILE, get name() { return list('replications', 'scenarios')[0]; }, edits: () => [{ set: { horizonHours: 26, warmupHours: 2 } }] }],
  seed: 1,
  replications: 1,
  settings: (v) => ({ seed: v.seed, replications: REPLICATION_STEPS[v.replications] ?? 1 }),
  tasks: [
    {
      id: 'two-seeds',
      get text() { return text('replications', 'tasks.two-seeds'); },
      check: (latest, history) => {
        const singles = [latest, ...history].map((r) => r[0]).filter((d) => d && d.replications === 1 && mw(d) !== null);
        for (const a of singles) for (const b of singles) if (a.seed !== b.seed && Math.abs(mw(a)! - mw(b)!) > 0.2 * Math.min(mw(a)!, mw(b)!)) return true;
        return false;
      },
    },
    {
      id: 'narrow',
      get text() { return text('replications', 'tasks.narrow'); },
      check: (latest, history) =>
        [latest, ...history].some((r) => {
          const h = lane(r[0], LANE)?.figures.wait.mean.halfWidth;
          return h !== null && h !== undefined && h < 0.2;
        }),
    },
    {
      id: 'contains-theory',
      get text() {
        return text('replications', 'tasks.contains-theory', { value: fixed(ERLANG_WAIT, 2) });
      },
      check: (latest, history) =>
        [latest, ...history].some((r) => {
          const m = lane(r[0], LANE)?.figures.wait.mean;
          return !!m && m.n >= 2 && m.ciLow !== null && m.ciHigh !== null && m.ciLow <= ERLANG_WAIT && ERLANG_WAIT <= m.ciHigh;
        }),
    },
  ],
  observe(latest) {
    const d = latest[0];
    if (!d) return [];
    const runs = d.runs.map((r) => r.ports[0]?.lanes.find((l) => l.id === LANE)?.wait.mean ?? null);
    const shown = runs.slice(0, 12).map((w) => (w === null ? '—' : fixed(w, 2)));
    return [
      text('replications', 'observeRun', { seed: d.seed, count: d.replications, wait: withCi(lane(d, LANE)?.figures.wait.mean, 'min', 2) }),
      text('replications', 'observeEach', { list: shown.join(text('ui', 'listSep')), more: runs.length > 12 ? `${text('ui', 'listSep')}…` : '', theory: fixed(ERLANG_WAIT, 2) }),
    ];
  },
  get explanation() {
    return list('replications', 'explanation');
  },
};
