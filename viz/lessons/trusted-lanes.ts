// Lesson: trusted-traveler lanes — what moving drivers into SENTRI does to everyone's wait (San Ysidro northbound).

import { count, fixed, list, text } from './text.ts';
import type { Lesson, Results } from './types.ts';
import { lane, meanWait, withCi } from './figures.ts';

const FILE = 'san-ysidro-northbound.yaml';
const CAR_LANES = ['general', 'ready', 'sentri'];
const READY_SHARE = 0.25;

export const trustedLanesLesson: Lesson = {
  id: 'trusted-lanes',
  get title() {
    return text('trusted-lanes', 'title');
  },
  get intro() {
    return list('trusted-lanes', 'intro');
  },
  terms: ['Trusted-traveler programs', 'Wait to reach the primary booth', 'Booths staffed', 'Utilization'],
  prediction: {
    get question() {
      return text('trusted-lanes', 'question');
    },
    get choices() {
      return list('trusted-lanes', 'choices');
    },
    answer: 1,
  },
  controls: [
    {
      id: 'sentri',
      get label() { return text('trusted-lanes', 'controls.sentri.label'); },
      min: 0.1,
      max: 0.5,
      step: 0.05,
      value: 0.45,
      valueText: (v) => text('trusted-lanes', 'sentriValue', { pct: Math.round(v * 100) }),
    },
    {
      id: 'moved',
      get label() { return text('trusted-lanes', 'controls.moved.label'); },
      min: 0,
      max: 4,
      step: 1,
      value: 0,
      valueText: (v) => (v === 0 ? text('trusted-lanes', 'movedNone') : text('trusted-lanes', 'moved', { count: v })),
    },
  ],
  scenarios: [
    { file: FILE, get name() { return list('trusted-lanes', 'scenarios')[0]; }, edits: () => [] },
    {
      file: FILE,
      get name() { return list('trusted-lanes', 'scenarios')[1]; },
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
      get text() { return text('trusted-lanes', 'tasks.halve-general'); },
      check: (latest, history) => [latest, ...history].some((r) => ratio(r, 'general') !== null && ratio(r, 'general')! < 0.5),
    },
    {
      id: 'sentri-worse',
      get text() { return text('trusted-lanes', 'tasks.sentri-worse'); },
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
      get text() { return text('trusted-lanes', 'tasks.all-under-10'); },
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
        text('trusted-lanes', 'observe', { name: d.scenario.name, list: CAR_LANES.map((id) => `${lane(d, id)?.label ?? id} ${withCi(lane(d, id)?.figures.wait.mean, 'min')}`).join('; ') }),
    );
  },
  get explanation() {
    return list('trusted-lanes', 'explanation');
  },
};

function ratio(r: Results, laneId: string): number | null {
  const a = meanWait(r[0], laneId);
  const b = meanWait(r[1], laneId);
  return a !== null && b !== null && a > 0 ? b / a : null;
}
