// A vehicle's journey as ordered stages with times: arrive, lane choice, primary, referral, secondary, released or seized.
//
// Pure: built from the live run's view of one vehicle. Stages not reached yet have no time
// ("not yet"), never a made-up one.

import type { VehicleView } from '../../sim/index.ts';
import { durationText } from './sim-clock.ts';
import { MODE_NAME, PROGRAM_NAME } from './glyphs.ts';

export type StageKey = 'arrive' | 'lane' | 'primary-start' | 'primary-end' | 'referral' | 'secondary-start' | 'secondary-end' | 'exit';

export interface JourneyStage {
  key: StageKey;
  label: string;
  /** Seconds since the start of the run; null while the stage lies ahead. */
  time: number | null;
  detail: string;
}

const REFERRAL_REASON: Record<string, string> = {
  random: 'random selection (baseline deterrence)',
  judgment: "the primary officer's judgment",
  targeting: 'targeting on a risk score',
};

/**
 * `laneLabel` names the lane group; `hasSecondary` says whether the port has secondary
 * inspection (a referral with nowhere to go leaves at once).
 */
export function journeyOf(v: VehicleView, laneLabel: string, hasSecondary: boolean): JourneyStage[] {
  const who = `${MODE_NAME[v.mode] ?? v.mode}, ${PROGRAM_NAME[v.program] ?? v.program}, flow ${v.flow}`;
  const stages: JourneyStage[] = [
    { key: 'arrive', label: 'Arrived', time: v.arrivedAt, detail: who },
    {
      key: 'lane',
      label: 'Chose a lane',
      time: v.arrivedAt,
      detail: `joined the ${laneLabel} line${v.booth !== null ? ` for booth ${v.booth + 1}` : ''}`,
    },
    {
      key: 'primary-start',
      label: 'Reached the primary booth',
      time: v.primaryStart,
      detail: v.primaryStart !== null ? `waited ${durationText(v.primaryStart - v.arrivedAt)} in line` : 'still in line',
    },
    {
      key: 'primary-end',
      label: 'Primary inspection ended',
      time: v.primaryEnd,
      detail: v.primaryEnd !== null && v.primaryStart !== null ? `inspection took ${durationText(v.primaryEnd - v.primaryStart)}` : 'not yet',
    },
  ];
  if (v.primaryEnd === null) {
    stages.push({ key: 'referral', label: 'Referral decision', time: null, detail: 'not yet' });
  } else if (v.referral) {
    stages.push({ key: 'referral', label: 'Referred to secondary', time: v.primaryEnd, detail: `reason: ${REFERRAL_REASON[v.referral] ?? v.referral}` });
    if (hasSecondary) {
      stages.push({
        key: 'secondary-start',
        label: 'Secondary inspection started',
        time: v.secondaryStart,
        detail: v.secondaryStart !== null ? `waited ${durationText(v.secondaryStart - v.primaryEnd)} for a bay` : 'waiting for a bay',
      });
      stages.push({
        key: 'secondary-end',
        label: 'Secondary inspection ended',
        time: v.secondaryEnd,
        detail: v.secondaryEnd !== null && v.secondaryStart !== null ? `inspection took ${durationText(v.secondaryEnd - v.secondaryStart)}` : 'not yet',
      });
    }
  } else {
    stages.push({ key: 'referral', label: 'Not referred', time: v.primaryEnd, detail: 'released at primary' });
  }
  const exitTime = v.stage !== 'exited' ? null : v.referral && hasSecondary ? v.secondaryEnd : v.primaryEnd;
  stages.push({
    key: 'exit',
    label: exitTime === null ? 'Leaves the port' : v.seized ? 'Contraband seized' : 'Released',
    time: exitTime,
    detail: exitTime === null ? 'not yet' : `${durationText(exitTime - v.arrivedAt)} in the port in all (time in system)`,
  });
  return stages;
}
