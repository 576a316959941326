// Lesson: staffing the peak — time-varying arrivals and shifts against steady-state theory (Detroit-style commercial crossing).

import type { ResultDocument } from '../../sim/index.ts';
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
  title: 'Staffing the peak: time-varying traffic against steady-state theory',
  intro: [
    'A commercial crossing in the style of Detroit’s Ambassador Bridge, over one week: about 4,000 trucks a day enter the US, most of them between 08:00 and 15:00, fewer at weekends. A general truck inspection takes about 135 seconds on average; FAST trucks have their own lanes.',
    'The general booths are staffed by three shifts: night (22:00–06:00), day (06:00–14:00) and afternoon (14:00–22:00). Scenario A keeps the file’s 2, 8 and 7 officers (136 officer-hours a day). In scenario B you set each shift.',
    'Steady-state theory (Erlang C) answers one hour at a time as if that hour’s traffic and staffing lasted forever. Watch how the simulated day differs.',
  ],
  terms: ['Erlang C (M/M/c) reference', 'p50 / p90 / p95', 'Booths staffed', 'ρ (offered load per booth)'],
  prediction: {
    question: 'Trucks arrive most between 08:00 and 15:00. In scenario A, trucks arriving at what time of day wait longest for a general booth?',
    choices: [
      'Around 08:00, as the peak begins.',
      'Around noon, in the middle of the peak.',
      'Between 15:00 and 18:00, after the day shift (8 officers) hands over to the afternoon shift (7).',
      'At night, when only 2 officers are on duty.',
    ],
    answer: 2,
  },
  controls: [
    { id: 'night', label: 'Night shift officers, 22:00–06:00 (scenario B)', min: 1, max: 6, step: 1, value: 2, valueText: (v) => `${v} officers on the night shift` },
    { id: 'day', label: 'Day shift officers, 06:00–14:00 (scenario B)', min: 6, max: 10, step: 1, value: 9, valueText: (v) => `${v} officers on the day shift` },
    { id: 'afternoon', label: 'Afternoon shift officers, 14:00–22:00 (scenario B)', min: 5, max: 10, step: 1, value: 7, valueText: (v) => `${v} officers on the afternoon shift` },
  ],
  scenarios: [
    { file: FILE, name: 'A: shifts 2 / 8 / 7 (as in the file)', edits: () => [] },
    {
      file: FILE,
      name: 'B: your shifts',
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
      text: 'Find a staffing where the p95 wait to reach a general booth is under 30 minutes.',
      check: (latest, history) => [latest, ...history].some((r) => r.some(p95Under30)),
    },
    {
      id: 'p95-30-cheap',
      text: `Do it with at most ${BASELINE_OFFICER_HOURS + 8} officer-hours a day at the general booths (one more officer on one shift than today).`,
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
      text: 'Keep the mean wait under 10 minutes for trucks arriving at every hour of the day.',
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
        `${d.scenario.name}: p95 wait ${withCi(lane(d, LANE)?.figures.wait.p95, 'min')}; ` +
        (worst ? `longest mean wait for trucks arriving at ${hh(worst.hour)} (${worst.wait.toFixed(0)} min)` : 'no hourly waits') +
        (busiest !== null ? `; most arrivals at ${hh(busiest)}` : '') +
        (hours !== null ? `; ${hours.toFixed(0)} staffed booth-hours a day.` : '.')
      );
    });
  },
  explanation: [
    'Waits peak after arrivals do. A line is a stock: it grows whenever trucks arrive faster than the booths inspect them and shrinks only when they arrive slower. In scenario A the day shift cannot quite keep up with the midday peak, so a line builds through the day; at 14:00 one officer leaves while trucks still arrive at nearly the peak rate, so the line keeps growing until traffic falls off in the evening. Trucks arriving between 15:00 and 18:00 wait longest.',
    'Steady-state theory misreads both ends. Just before 06:00 traffic is already rising and two night officers cannot keep up: Erlang C calls those hours unstable (an infinite wait), yet the simulated wait is finite because the overload lasts only until the day shift arrives. In the early evening arrivals have dropped below what the afternoon shift can inspect, so Erlang C predicts a wait of a few minutes, but the line carried over from the afternoon makes the simulated wait several times longer. The formula also assumes exponential inspection times; these are lognormal and more variable, which lengthens waits further.',
    'For planning this means staffing by the hour, not by the day: an extra officer placed where the line builds (the start of the afternoon shift, the last night hours) buys far more than one spread evenly. The confidence intervals tell you whether a difference between two staffings is larger than the week-to-week noise.',
  ],
};
