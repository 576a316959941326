// Which lane group a traveler joins: a smuggler's pick, a loyal member's program lane, or the line that clears soonest.

import type { CompiledPort } from '../model/compiled.ts';
import type { Traveler } from '../model/traveler.ts';
import type { LaneGroupModel } from './lane-group.ts';

/**
 * A smuggler who picked a lane takes it. A share `programLaneShare` of program members
 * always take the most exclusive lane group open to them (their program lane). Everyone
 * else, by rule:
 *   shortest expected wait — the eligible group whose line clears soonest for them (ties:
 *     the first listed in the scenario);
 *   volume shares — an eligible group picked in proportion to its open booths.
 * A group with no open booth is chosen only if no eligible group has one. `u` is the
 * traveler's lane-choice uniform; loyalty and the volume share use it in turn.
 */
export function chooseLane(t: Traveler, eligible: readonly LaneGroupModel[], rule: CompiledPort['laneChoice'], now: number, u: number, flow: number): LaneGroupModel {
  if (t.preferredLane >= 0) {
    for (const l of eligible) if (l.index === t.preferredLane) return l;
  }
  if (eligible.length === 1) return eligible[0];
  const member = t.laneProgram !== 'none';
  if (member && u < rule.programLaneShare) {
    let best = eligible[0];
    for (const l of eligible) if (l.spec.exclusivity > best.spec.exclusivity) best = l;
    return best;
  }
  if (rule.volumeShares) {
    let open = 0;
    for (const l of eligible) open += l.open;
    if (open > 0) {
      // Rescale the part of u not used by the loyalty draw, so both decisions share one uniform.
      const v = member ? (u - rule.programLaneShare) / (1 - rule.programLaneShare) : u;
      let target = v * open;
      for (const l of eligible) {
        target -= l.open;
        if (target < 0) return l;
      }
    }
  }
  let best = eligible[0];
  let bestWait = Infinity;
  for (const l of eligible) {
    const w = l.expectedWait(flow, t.programIndex, now);
    if (w < bestWait) {
      best = l;
      bestWait = w;
    }
  }
  if (bestWait === Infinity) {
    // Nothing open: join the group with the most booths, which is likeliest to open first.
    for (const l of eligible) if (l.spec.booths > best.spec.booths) best = l;
  }
  return best;
}
