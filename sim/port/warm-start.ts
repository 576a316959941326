// Warm start: the vehicles already in line when the run starts, drawn like arrivals.

import type { Traveler } from '../model/traveler.ts';
import type { Eligibility } from '../model/vocabulary.ts';
import type { ReplicationKeys, TravelerRng } from './keys.ts';
import type { LaneGroupModel } from './lane-group.ts';
import { newTraveler, type Origin } from './travelers.ts';

const PROGRAM_ORDER: Eligibility[] = ['ready', 'sentri', 'nexus', 'fast'];

interface WarmPort {
  readonly spec: { id: string };
  readonly lanes: readonly LaneGroupModel[];
  readonly flows: readonly Origin[];
  readonly measuring: boolean;
}

/**
 * Each lane group's `initialQueue` vehicles, oldest first: the flow in proportion to daily
 * volume among the flows the group serves, the program among those it admits; each counts
 * as arriving at time 0 and joins that group. Unless `measured`, they count in no wait figure
 * (a forecast's vehicles already in line arrived before the run).
 */
export function initialLines(port: WarmPort, keys: ReplicationKeys, draws: TravelerRng, measured = true): { t: Traveler; lane: LaneGroupModel }[] {
  const out: { t: Traveler; lane: LaneGroupModel }[] = [];
  for (const lane of port.lanes) {
    const n = lane.spec.initialQueue;
    if (n === 0) continue;
    const pick = keys.stream('initial-line', JSON.stringify([port.spec.id, lane.id]));
    const candidates = port.flows.filter((f) => lane.spec.modes.includes(f.flow.mode) && f.flow.direction === lane.spec.direction);
    const total = candidates.reduce((a, f) => a + f.flow.perDay, 0);
    for (let k = 0; k < n; k++) {
      let target = pick() * total;
      let f = candidates[0];
      for (const c of candidates) {
        target -= c.flow.perDay;
        if (target < 0) {
          f = c;
          break;
        }
      }
      const t = newTraveler(f, k, 1 + lane.index, 0, port.measuring && measured, draws);
      if (!lane.spec.programs.includes(t.laneProgram)) {
        t.program = admittedProgram(f, lane);
        t.regulated = false;
      }
      t.precleared = false;
      out.push({ t, lane });
    }
  }
  return out;
}

/** The program, among those the lane admits, with the largest share of the flow. */
function admittedProgram(f: Origin, lane: LaneGroupModel): Eligibility {
  const cum = f.flow.programCum;
  const shareOf = (p: Eligibility) => {
    if (p === 'none') return 1 - cum[cum.length - 1];
    const i = PROGRAM_ORDER.indexOf(p);
    return cum[i] - (i > 0 ? cum[i - 1] : 0);
  };
  let best: Eligibility = lane.spec.programs[0];
  let bestShare = -1;
  for (const p of lane.spec.programs) {
    const share = shareOf(p);
    if (share > bestShare) {
      best = p;
      bestShare = share;
    }
  }
  return best;
}
