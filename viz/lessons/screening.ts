// Lesson: the screening trade-off — random referral rate against interdiction, secondary capacity and time in the port (Detroit-style commercial crossing).

import type { ResultDocument } from '../../sim/index.ts';
import { count, fixed, list, text } from './text.ts';
import type { Lesson } from './types.ts';
import { mean, percent, withCi } from './figures.ts';

const FILE = 'detroit-commercial-week.yaml';

const port = (d: ResultDocument | undefined) => d?.ports[0];
const interdiction = (d: ResultDocument | undefined) => mean(port(d)?.summary.interdictionRate);
const secondaryWait = (d: ResultDocument | undefined) => mean(port(d)?.summary.secondaryWaitMean);
const timeInSystem = (d: ResultDocument | undefined) => mean(port(d)?.summary.timeInSystemMean);

export const screeningLesson: Lesson = {
  id: 'screening',
  get title() {
    return text('screening', 'title');
  },
  get intro() {
    return list('screening', 'intro');
  },
  terms: ['Referral', 'Random referral rate', 'Interdiction rate', 'False-positive rate', 'Secondary inspection', 'Time in system', 'Wait to reach the primary booth'],
  prediction: {
    get question() {
      return text('screening', 'question');
    },
    get choices() {
      return list('screening', 'choices');
    },
    answer: 2,
  },
  controls: [
    { id: 'referral', get label() { return text('screening', 'controls.referral.label'); }, min: 0, max: 0.3, step: 0.01, value: 0.12, valueText: (v) => text('screening', 'referralValue', { pct: Math.round(v * 100) }) },
    { id: 'bays', get label() { return text('screening', 'controls.bays.label'); }, min: 6, max: 48, step: 2, value: 12, valueText: (v) => text('screening', 'baysValue', { count: v }) },
  ],
  scenarios: [
    { file: FILE, get name() { return list('screening', 'scenarios')[0]; }, edits: () => [] },
    {
      file: FILE,
      get name() { return list('screening', 'scenarios')[1]; },
      edits: (v) => [
        { lane: 'general', set: { referral: { random: v.referral } } },
        { lane: 'fast', set: { referral: { random: v.referral } } },
        { secondary: true, set: { bays: v.bays } },
      ],
    },
  ],
  seed: 3380001,
  replications: 5,
  tasks: [
    {
      id: 'interdict-25',
      get text() { return text('screening', 'tasks.interdict-25'); },
      check: (latest, history) => [latest, ...history].some((r) => r.some((d) => (interdiction(d) ?? 0) >= 0.25)),
    },
    {
      id: 'interdict-25-fast-secondary',
      get text() { return text('screening', 'tasks.interdict-25-fast-secondary'); },
      check: (latest, history) =>
        [latest, ...history].some((r) =>
          r.some((d) => {
            const w = secondaryWait(d);
            return (interdiction(d) ?? 0) >= 0.25 && w !== null && w < 15;
          }),
        ),
    },
    {
      id: 'hidden-cost',
      get text() { return text('screening', 'tasks.hidden-cost'); },
      check: (latest, history) =>
        [latest, ...history].some((r) => {
          const a = timeInSystem(r[0]);
          const b = timeInSystem(r[1]);
          return a !== null && b !== null && a > 0 && b > 2 * a;
        }),
    },
  ],
  observe(latest) {
    return latest.map((d) => {
      const s = port(d)?.summary;
      return (
        text('screening', 'observe', {
          name: d.scenario.name,
          interdiction: percent(s?.interdictionRate),
          fp: percent(s?.falsePositiveRate, 1),
          wait: withCi(s?.wait.mean, 'min'),
          secWait: withCi(s?.secondaryWaitMean, 'min'),
          tis: withCi(s?.timeInSystemMean, 'min'),
          busy: percent(port(d)?.secondary?.utilization),
        })
      );
    });
  },
  get explanation() {
    return list('screening', 'explanation');
  },
};
