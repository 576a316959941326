// Secondary inspection at a port: which inspection type a referred traveler gets, how long it takes, and whether it finds the contraband.

import type { CompiledSecondary } from '../model/compiled.ts';
import type { SecondaryOutcome } from '../model/stage.ts';
import type { Traveler } from '../model/traveler.ts';
import type { Mode } from '../model/vocabulary.ts';
import type { Rng } from '../random/rng.ts';

/** The inspection type for a referred traveler (by weight among those for its mode), or −1 for the default. */
export function chooseInspection(s: CompiledSecondary, mode: Mode, u: number): number {
  const list = s.inspections;
  if (list.length === 0) return -1;
  let total = 0;
  for (const ins of list) if (!ins.modes || ins.modes.includes(mode)) total += ins.weight;
  if (total <= 0) return -1;
  let target = u * total;
  let last = -1;
  for (let i = 0; i < list.length; i++) {
    const ins = list[i];
    if (ins.modes && !ins.modes.includes(mode)) continue;
    last = i;
    target -= ins.weight;
    if (target < 0) return i;
  }
  return last;
}

/** Duration (minutes) and seizure of the port's own inspection of type `t.inspection`. */
export function inspect(s: CompiledSecondary, t: Traveler, minutesRng: Rng, uSeizure: number): SecondaryOutcome {
  const ins = t.inspection >= 0 ? s.inspections[t.inspection] : null;
  const minutes = ins ? ins.minutes.sample(minutesRng) : s.minutes.sample(minutesRng);
  const p = t.contraband ? (ins ? ins.detection[t.type] : s.detection[t.type]) : 0;
  return { minutes, seized: t.contraband && uSeizure < p };
}
