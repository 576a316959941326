// Lesson: staffing the peak — time-varying arrivals and shifts against steady-state theory (Detroit-style commercial crossing).

import type { ResultDocument } from '../../sim/index.ts';
import { count, fixed, list, text } from './text.ts';
import type { Lesson } from './types.ts';
import { lane, mean, p95Wait, withCi } from './figures.ts';

const FILE = 'detroit-commercial-week.yaml';
const LANE = 'general';
/** Officer-hours a day at the general booths in the bundled file (2 + 8 + 7 officers × 8 h). */
export const BASELINE_OFFICER_HOURS = 136;

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Staffed booth-hours a day, from the mean booths open over the measured period. */
export function boothHoursPerDay(doc: ResultDocument | undefined): number | null {
  const open = mean(lane(doc, LANE)?.capacity.openBooths);
  return open === null ? null : open * 24;
}

/** The clock hour whose arrivals waited longest on average, with that wait; null when no hour has data. */
export function worstHour(doc: ResultDocument | undefined): { hour: number; wait: number } | null {
  let best: { hour: number; wait: number } | null = null;
  lane(doc, LANE)?.byHour.forEach((h, hour) => {
    const w = h.wait.mean.mean;
    if (w !== null && (!best || w > best.wait)) best = { hour, wait: w };
  });
  return best;
}

function busiestHour(doc: ResultDocument | undefined): number | null {
  let best: { hour: number; n: number } | null = null;
  lane(doc, LANE)?.byHour.forEach((h, hour) => {
    const n = h.arrived.mean;
    if (n !== null && (!best || n > best.n)) best = { hour, n };
  });
  return best === null ? null : (best as { hour: number }).hour;
}

const p95Under30 = (d: ResultDocument | undefined) => {
  const p = p95Wait(d, LANE);
  return p !== null && p < 30;
};

export const peakStaffingLesson: Lesson = {
  id: 'peak-staffing',
  get title() {
    return text('peak-staffing', 'title');
  },
  get intro() {
    return list('peak-staffing', 'intro');
  },
  terms: ['Erlang C (M/M/c) reference', 'p50 / p90 / p95', 'Booths staffed', 'ρ (offered load per booth)'],
  prediction: {
    get question() {
      return text('peak-staffing', 'question');
    },
    get choices() {
      return list('peak-staffing', 'choices');
    },
    answer: 2,
  },
  controls: [
    { id: 'night', get label() { return text('peak-staffing', 'controls.night.label'); }, min: 1, max: 6, step: 1, value: 2, valueText: (v) => text('peak-staffing', 'nightValue', { count: v }) },
    { id: 'day', get label() { return text('peak-staffing', 'controls.day.label'); }, min: 6, max: 10, step: 1, value: 9, valueText: (v) => text('peak-staffing', 'dayValue', { count: v }) },
    { id: 'afternoon', get label() { return text('peak-staffing', 'controls.afternoon.label'); }, min: 5, max: 10, step: 1, value: 7, valueText: (v) => text('peak-staffing', 'afternoonValue', { count: v }) },
  ],
  scenarios: [
    { file: FILE, get name() { return list('peak-staffing', 'scenarios')[0]; }, edits: () => [] },
    {
      file: FILE,
      get name() { return list('peak-staffing', 'scenarios')[1]; },
      edits: (v) => [
        {
          lane: LANE,
          set: {
            officers: {
              shifts: [
                { start: 6, end: 14, officers: v.day },
                { start: 14, end: 22, officers: v.afternoon },
                { start: 22, end: 6, officers: v.night },
              ],
            },
          },
        },
      ],
    },
  ],
  seed: 3380001,
  replications: 5,
  tasks: [
    {
      id: 'p95-30',
      get text() { return text('peak-staffing', 'tasks.p95-30'); },
      check: (latest, history) => [latest, ...history].some((r) => r.some(p95Under30)),
    },
    {
      id: 'p95-30-cheap',
      get text() {
        return text('peak-staffing', 'tasks.p95-30-cheap', { hours: BASELINE_OFFICER_HOURS + 8 });
      },
      check: (latest, history) =>
        [latest, ...history].some((r) =>
          r.some((d) => {
            const h = boothHoursPerDay(d);
            return p95Under30(d) && h !== null && h <= BASELINE_OFFICER_HOURS + 8 + 0.5;
          }),
        ),
    },
    {
      id: 'every-hour-10',
      get text() { return text('peak-staffing', 'tasks.every-hour-10'); },
      check: (latest, history) =>
        [latest, ...history].some((r) =>
          r.some((d) => {
            const l = lane(d, LANE);
            if (!l) return false;
            const waits = l.byHour.map((h) => h.wait.mean.mean).filter((w): w is number => w !== null);
            return waits.length > 0 && waits.every((w) => w < 10);
          }),
        ),
    },
  ],
  observe(latest) {
    return latest.map((d) => {
      const worst = worstHour(d);
      const busiest = busiestHour(d);
      const hours = boothHoursPerDay(d);
      return (
        text('peak-staffing', 'observeP95', { name: d.scenario.name, p95: withCi(lane(d, LANE)?.figures.wait.p95, 'min') }) +
        (worst ? text('peak-staffing', 'observeWorst', { hour: hh(worst.hour), wait: fixed(worst.wait, 0) }) : text('peak-staffing', 'observeNoHourly')) +
        (busiest !== null ? text('peak-staffing', 'observeBusiest', { hour: hh(busiest) }) : '') +
        (hours !== null ? text('peak-staffing', 'observeHours', { hours: fixed(hours, 0) }) : '.')
      );
    });
  },
  get explanation() {
    return list('peak-staffing', 'explanation');
  },
};
