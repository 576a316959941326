// Lesson: replications and confidence intervals — why one run misleads (the M/M/3 theory scenario over one simulated day).

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
  title: 'Replications and confidence intervals: why one run misleads',
  intro: [
    'The same three-booth queue as in the first lesson, at ρ = 0.80, but each run now covers one simulated day (two hours of warm-up, then 24 hours measured). Queueing theory says the long-run mean wait to reach the booth is 1.08 minutes.',
    'A run is one draw of random arrivals and inspection times. The seed picks which draw; the number of replications says how many independent runs to average.',
  ],
  terms: ['Replication', '95 % confidence interval', 'Common random numbers', 'Warm-up'],
  prediction: {
    question: 'Run one simulated day and note the mean wait. If you ran the same day again with other random numbers (another seed), how different could the answer be?',
    choices: ['Identical: the model has not changed.', 'Within about 1 %.', 'Within about 10 %.', 'It could differ by 30 % or more.'],
    answer: 3,
  },
  controls: [
    {
      id: 'replications',
      label: 'Replications',
      min: 0,
      max: REPLICATION_STEPS.length - 1,
      step: 1,
      value: 0,
      valueText: (v) => {
        const n = REPLICATION_STEPS[v] ?? 1;
        return `${n} replication${n === 1 ? '' : 's'}`;
      },
    },
    { id: 'seed', label: 'Seed', min: 1, max: 20, step: 1, value: 1, valueText: (v) => `seed ${v}` },
  ],
  scenarios: [{ file: FILE, name: 'One simulated day at ρ = 0.80', edits: () => [{ set: { horizonHours: 26, warmupHours: 2 } }] }],
  seed: 1,
  replications: 1,
  settings: (v) => ({ seed: v.seed, replications: REPLICATION_STEPS[v.replications] ?? 1 }),
  tasks: [
    {
      id: 'two-seeds',
      text: 'Run one replication with two different seeds and get mean waits that differ by more than 20 %.',
      check: (latest, history) => {
        const singles = [latest, ...history].map((r) => r[0]).filter((d) => d && d.replications === 1 && mw(d) !== null);
        for (const a of singles) for (const b of singles) if (a.seed !== b.seed && Math.abs(mw(a)! - mw(b)!) > 0.2 * Math.min(mw(a)!, mw(b)!)) return true;
        return false;
      },
    },
    {
      id: 'narrow',
      text: 'Get a 95 % confidence interval for the mean wait narrower than ±0.2 minutes.',
      check: (latest, history) =>
        [latest, ...history].some((r) => {
          const h = lane(r[0], LANE)?.figures.wait.mean.halfWidth;
          return h !== null && h !== undefined && h < 0.2;
        }),
    },
    {
      id: 'contains-theory',
      text: `Get an interval that contains the theoretical value, ${ERLANG_WAIT.toFixed(2)} minutes.`,
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
    const shown = runs.slice(0, 12).map((w) => (w === null ? '—' : w.toFixed(2)));
    return [
      `Seed ${d.seed}, ${d.replications} replication${d.replications === 1 ? '' : 's'}: mean wait ${withCi(lane(d, LANE)?.figures.wait.mean, 'min', 2)}.`,
      `Each replication’s own mean: ${shown.join(', ')}${runs.length > 12 ? ', …' : ''} min. Theory: ${ERLANG_WAIT.toFixed(2)} min.`,
    ];
  },
  explanation: [
    'One day of a busy queue is a noisy measurement: a few bursts of arrivals early in the day can leave a line that lasts for hours, and another day may have none. Single runs of this scenario easily differ by a third, and one run cannot tell you how far it is from the truth.',
    'Replications fix that. With n independent runs, the 95 % confidence interval is the mean ± t × s ÷ √n, where s is the spread of the runs’ results and t comes from Student’s t distribution with n − 1 degrees of freedom (about 2.09 for 20 runs; it is large for small n, so two runs give a wide interval). The half-width shrinks like 1/√n: four times the runs halve it. About 95 % of intervals built this way contain the true long-run value — so occasionally one will not.',
    'To compare two scenarios, run them on the same seed (common random numbers): the same trucks and cars arrive with the same luck in both, so the difference replication by replication is far less noisy than either figure alone, and the paired difference’s interval is much narrower than the two separate intervals suggest.',
  ],
};
