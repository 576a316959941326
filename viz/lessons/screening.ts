// Lesson: the screening trade-off — random referral rate against interdiction, secondary capacity and time in the port (Detroit-style commercial crossing).

import type { ResultDocument } from '../../sim/index.ts';
import type { Lesson } from './types.ts';
import { mean, percent, withCi } from './figures.ts';

const FILE = 'detroit-commercial-week.yaml';

const port = (d: ResultDocument | undefined) => d?.ports[0];
const interdiction = (d: ResultDocument | undefined) => mean(port(d)?.summary.interdictionRate);
const secondaryWait = (d: ResultDocument | undefined) => mean(port(d)?.summary.secondaryWaitMean);
const timeInSystem = (d: ResultDocument | undefined) => mean(port(d)?.summary.timeInSystemMean);

export const screeningLesson: Lesson = {
  id: 'screening',
  title: 'The screening trade-off: referral rate, interdiction and waiting',
  intro: [
    'Same crossing as before, one week of trucks. At primary, an officer sends a truck to secondary inspection either at random (a set share of all trucks, which deters smugglers because anyone may be checked) or by judgment (spotting about 15 % of the trucks that really carry contraband). A cargo exam in one of the secondary bays takes about 45 minutes on average and finds contraband 85 % of the time when it is there. About 0.2 % of general trucks carry contraband. Most of these figures are assumptions for illustration (no public source gives them); the scenario file says which.',
    'Scenario A refers 5 % of general trucks and 2 % of FAST trucks at random, with 12 secondary bays. In scenario B you set the random referral rate (for both lane groups) and the number of secondary bays.',
  ],
  terms: ['Referral', 'Random referral rate', 'Interdiction rate', 'False-positive rate', 'Secondary inspection', 'Time in system', 'Wait to reach the primary booth'],
  prediction: {
    question: 'Raise random referral from 5 % to 12 % of trucks, with the same 12 bays. What happens to the wait to reach the primary booth — the figure CBP publishes?',
    choices: ['It rises a lot.', 'It rises a little.', 'It does not change.', 'It falls.'],
    answer: 2,
  },
  controls: [
    { id: 'referral', label: 'Random referral rate (scenario B)', min: 0, max: 0.3, step: 0.01, value: 0.12, valueText: (v) => `${Math.round(v * 100)} % of trucks referred at random` },
    { id: 'bays', label: 'Secondary inspection bays (scenario B)', min: 6, max: 48, step: 2, value: 12, valueText: (v) => `${v} secondary bays` },
  ],
  scenarios: [
    { file: FILE, name: 'A: referral 5 % / 2 %, 12 bays', edits: () => [] },
    {
      file: FILE,
      name: 'B: your referral rate and bays',
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
      text: 'Find a setting that interdicts at least 25 % of contraband carriers.',
      check: (latest, history) => [latest, ...history].some((r) => r.some((d) => (interdiction(d) ?? 0) >= 0.25)),
    },
    {
      id: 'interdict-25-fast-secondary',
      text: '… while referred trucks wait less than 15 minutes on average for a secondary bay.',
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
      text: 'Find a setting in which the mean time in the port is more than twice scenario A’s.',
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
        `${d.scenario.name}: interdiction ${percent(s?.interdictionRate)}; false positives ${percent(s?.falsePositiveRate, 1)} of referrals; ` +
        `wait to reach the primary booth ${withCi(s?.wait.mean, 'min')}; wait for a secondary bay ${withCi(s?.secondaryWaitMean, 'min')}; ` +
        `time in the port ${withCi(s?.timeInSystemMean, 'min')}; secondary bays busy ${percent(port(d)?.secondary?.utilization)}.`
      );
    });
  },
  explanation: [
    'The wait to reach the primary booth does not move: referral happens after primary, and in this model referred trucks leave the primary lanes for the secondary lot. The cost appears elsewhere — in the time referred trucks spend waiting for a bay and being examined, in the time in the port, and in officer time. A dashboard that shows only the CBP-style wait would call more screening free. (A real lot that fills up can back trucks into the primary lanes; this model does not represent that, which is a limitation to keep in mind.)',
    'Random referral catches contraband in proportion to the share referred, but nearly every truck it stops is innocent: with 0.2 % of trucks carrying contraband, about 99 % of referrals are false positives. Going from 5 % to 12 % random referral adds only a few percentage points of interdiction, because judgment referrals already catch the carriers an officer can spot and random checks find the rest only by chance.',
    'Secondary capacity sets the limit. Each extra point of referral adds about 40 exams a day at 45 minutes each; with 12 bays the lot approaches full use near 10 % and the wait for a bay explodes — the hockey stick again. More bays (and the officers for them) make a higher referral rate possible; the trade-off is interdiction against inspection resources and travelers’ time, not against the published wait.',
  ],
};
