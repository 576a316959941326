// Lesson: trusted-traveler lanes — what moving drivers into SENTRI does to everyone's wait (San Ysidro northbound).

import type { Lesson, Results } from './types.ts';
import { lane, meanWait, withCi } from './figures.ts';

const FILE = 'san-ysidro-northbound.yaml';
const CAR_LANES = ['general', 'ready', 'sentri'];
const READY_SHARE = 0.25;

export const trustedLanesLesson: Lesson = {
  id: 'trusted-lanes',
  title: 'Trusted-traveler lanes: who gains when more drivers join SENTRI?',
  intro: [
    'San Ysidro on a weekday: about 41,000 cars a day northbound, in general, Ready Lane and SENTRI lanes. SENTRI members are vetted in advance, so a SENTRI inspection takes about 18 seconds against about 62 seconds in the general lanes (figures from CBP and DHS reports; the scenario file lists every source and assumption).',
    'In scenario A, 30 % of cars are SENTRI members and 25 % carry Ready Lane documents. One member in five always uses their own program lane; the rest join whichever lane they may use has the shortest expected wait. Scenario B changes the SENTRI share, and can move officers from general booths to SENTRI booths every hour (the port has 12 SENTRI booths, so there is room).',
  ],
  terms: ['Trusted-traveler programs', 'Wait to reach the primary booth', 'Booths staffed', 'Utilization'],
  prediction: {
    question:
      'Suppose the SENTRI share rises from 30 % to 45 % of cars and the officers stay where they are. What happens to the mean wait to reach the booth?',
    choices: [
      'Everyone waits less, in the general and the SENTRI lanes.',
      'General lanes wait much less; SENTRI lanes wait far more.',
      'Hardly anything changes.',
      'General lanes wait more.',
    ],
    answer: 1,
  },
  controls: [
    {
      id: 'sentri',
      label: 'SENTRI members, share of cars (scenario B)',
      min: 0.1,
      max: 0.5,
      step: 0.05,
      value: 0.45,
      valueText: (v) => `${Math.round(v * 100)} % of cars in SENTRI`,
    },
    {
      id: 'moved',
      label: 'Officers moved from general to SENTRI booths, every hour (scenario B)',
      min: 0,
      max: 4,
      step: 1,
      value: 0,
      valueText: (v) => (v === 0 ? 'no officers moved' : `${v} officer${v === 1 ? '' : 's'} moved from general to SENTRI booths`),
    },
  ],
  scenarios: [
    { file: FILE, name: 'A: SENTRI 30 % (as calibrated)', edits: () => [] },
    {
      file: FILE,
      name: 'B: your SENTRI share and officers',
      edits: (v) => [
        { flow: 'cars', set: { programs: { sentri: v.sentri, ready: READY_SHARE } } },
        ...(v.moved > 0
          ? [
              { lane: 'general', addOfficers: -v.moved },
              { lane: 'sentri', addOfficers: v.moved },
            ]
          : []),
      ],
    },
  ],
  seed: 2019,
  replications: 3,
  tasks: [
    {
      id: 'halve-general',
      text: 'Make the general lanes’ mean wait less than half of scenario A’s.',
      check: (latest, history) => [latest, ...history].some((r) => ratio(r, 'general') !== null && ratio(r, 'general')! < 0.5),
    },
    {
      id: 'sentri-worse',
      text: 'Find a setting in which SENTRI members wait longer than general-lane drivers.',
      check: (latest, history) =>
        [latest, ...history].some((r) =>
          r.some((d) => {
            const s = meanWait(d, 'sentri');
            const g = meanWait(d, 'general');
            return s !== null && g !== null && s > g;
          }),
        ),
    },
    {
      id: 'all-under-10',
      text: 'Find a setting in which every car lane (general, Ready, SENTRI) has a mean wait under 10 minutes.',
      check: (latest, history) =>
        [latest, ...history].some((r) =>
          r.some((d) =>
            CAR_LANES.every((id) => {
              const w = meanWait(d, id);
              return w !== null && w < 10;
            }),
          ),
        ),
    },
  ],
  observe(latest: Results) {
    return latest.map(
      (d) =>
        `${d.scenario.name}: mean wait to reach the booth — ` +
        CAR_LANES.map((id) => `${lane(d, id)?.label ?? id} ${withCi(lane(d, id)?.figures.wait.mean, 'min')}`).join('; ') +
        '.',
    );
  },
  explanation: [
    'Moving drivers into SENTRI takes work off the general booths twice over: each driver who leaves the general line also takes a 62-second inspection with them and replaces it with an 18-second one somewhere else. With the general booths as busy as they are at San Ysidro (a line around the clock, longest in the early afternoon), a modest cut in their load brings their wait down a lot — the hockey stick in reverse.',
    'But the SENTRI booths receive the extra members. If their officers stay as they were, the SENTRI lanes run past capacity for much of the day and their wait climbs to that of the other lanes: the program’s promise of a short wait breaks, even though each SENTRI inspection is fast. Only one member in five keeps to the SENTRI lanes whatever the wait; the others spill into the Ready and general lines once the SENTRI line is the longer one, which takes back part of the general lanes’ gain.',
    'The lesson for planners: a trusted-traveler program saves inspection time only where staffing follows the members. Moving a couple of officers an hour from general to SENTRI booths lets both sides gain. The gains depend on assumptions the scenario lists (inspection times, the booth split, lane loyalty); vary them before relying on a number.',
  ],
};

function ratio(r: Results, laneId: string): number | null {
  const a = meanWait(r[0], laneId);
  const b = meanWait(r[1], laneId);
  return a !== null && b !== null && a > 0 ? b / a : null;
}
