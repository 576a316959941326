// The port view's words in the reader's language: the day and clock, lane types, vehicles, booth states.

import type { VehicleView } from '../../sim/index.ts';
import { language, t } from './texts.ts';
import { formatFixed } from '../i18n/number.ts';
import type { BoothState } from './booths.ts';
import type { LaneTypeKey } from './plaza-layout.ts';
import { clockText } from './sim-clock.ts';

const WEEKDAY_IDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The weekday's name in the page's language (0 = Monday), from Intl. */
export function weekdayName(index: number, lang: string = language()): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + (((index % 7) + 7) % 7))));
}

/** "Day 2 (Tuesday) 06:30" in the page's language; the day of the run counts from 1 at the first simulated midnight. */
export function dayClock(clockHours: number, startDay: string, seconds = false): string {
  const day = Math.floor(clockHours / 24);
  const start = Math.max(0, WEEKDAY_IDS.indexOf(startDay));
  return t('plaza:clock.day', { day: day + 1, weekday: weekdayName(start + day), time: clockText(clockHours, seconds) });
}

/** A count with the language's digit grouping. */
export function count(n: number): string {
  return formatFixed(n, 0);
}

const TYPE_KEY: Record<LaneTypeKey, string> = {
  general: 'general',
  ready: 'ready',
  'nexus-sentri': 'nexusSentri',
  fast: 'fast',
  pedestrian: 'pedestrian',
  bus: 'bus',
  custom: 'custom',
};

export function laneTypeName(type: LaneTypeKey): string {
  return t(`plaza:laneType.${TYPE_KEY[type]}`);
}

export function laneTypeAbbr(type: LaneTypeKey): string {
  return t(`plaza:laneAbbr.${TYPE_KEY[type]}`);
}

export function boothStateText(state: BoothState): string {
  return t(`plaza:booth.${state}`);
}

export function modeName(mode: string): string {
  return ['car', 'pedestrian', 'truck', 'bus'].includes(mode) ? t(`plaza:mode.${mode}`) : mode;
}

export function programName(program: string): string {
  return ['none', 'ready', 'sentri', 'nexus', 'fast'].includes(program) ? t(`plaza:program.${program}`) : program;
}

/** "car #12" */
export function vehicleName(v: Pick<VehicleView, 'mode' | 'id'>): string {
  return t('plaza:vehicle.name', { mode: modeName(v.mode), id: v.id });
}

/** "car #12, SENTRI member" */
export function vehicleWho(v: Pick<VehicleView, 'mode' | 'id' | 'program'>): string {
  return t('plaza:vehicle.who', { mode: modeName(v.mode), id: v.id, program: programName(v.program) });
}
