// A new traveler of a flow: program, contraband and the other attributes it brings to the port, each from its own keyed draw.

import type { CompiledFlow } from '../model/compiled.ts';
import { purpose } from '../model/purposes.ts';
import { MAX_SOURCE, Traveler } from '../model/traveler.ts';
import { ELIGIBILITIES } from '../model/vocabulary.ts';
import { travelerUniform, type TravelerRng } from './keys.ts';

const PROGRAM = purpose('program');
const CONTRABAND = purpose('contraband');
const TYPE = purpose('contraband-type');
const OCCUPANTS = purpose('occupants');
const REGULATED = purpose('regulated');
const PRECLEARED = purpose('precleared');
const VERIFICATION = purpose('verification');
const ADAPTIVE = purpose('adaptive');

/** Programs in the order their shares are laid end to end on [0, 1) (as compiled), as indices in ELIGIBILITIES. */
const PROGRAM_INDEX = (['ready', 'sentri', 'nexus', 'fast'] as const).map((p) => ELIGIBILITIES.indexOf(p));

export interface Origin {
  flow: CompiledFlow;
  keys: Int32Array;
  port: number;
  /** Share of carriers who adapt (0 without adaptive smugglers). */
  adaptiveShare: number;
}

/**
 * A traveler numbered `serial` from `source` (0: arrivals; 1 + lane: the line at the
 * start). Draws that a flow's settings make pointless are skipped: with keyed numbers,
 * skipping one moves nothing else.
 */
export function newTraveler(o: Origin, serial: number, source: number, now: number, measured: boolean, rng: TravelerRng): Traveler {
  const f = o.flow;
  if (source > MAX_SOURCE) throw new RangeError(`a port with more than ${MAX_SOURCE - 1} lane groups`);
  const t = new Traveler(serial, source, o.keys, o.port, f.index, now, measured);
  const cum = f.programCum;
  if (cum[cum.length - 1] > 0) {
    const u = travelerUniform(t, PROGRAM);
    for (let i = 0; i < cum.length; i++) {
      if (u < cum[i]) {
        t.programIndex = PROGRAM_INDEX[i];
        break;
      }
    }
  }
  const share = t.programIndex === 0 ? f.contrabandShare : f.memberContrabandShare;
  if (share > 0 && travelerUniform(t, CONTRABAND) < share) {
    t.contraband = true;
    const tc = f.typeCum;
    t.type = tc.length - 1;
    if (tc.length > 1) {
      const u = travelerUniform(t, TYPE);
      for (let i = 0; i < tc.length; i++) {
        if (u < tc[i]) {
          t.type = i;
          break;
        }
      }
    }
    t.adaptive = o.adaptiveShare > 0 && travelerUniform(t, ADAPTIVE) < o.adaptiveShare;
  }
  t.regulated = f.regulatedShare > 0 && travelerUniform(t, REGULATED) < f.regulatedShare;
  if (f.occupants) t.occupants = Math.max(1, Math.round(f.occupants.sample(rng.at(t, OCCUPANTS))));
  const pc = f.precleared;
  if (pc && travelerUniform(t, PRECLEARED) < pc.share) t.precleared = !(travelerUniform(t, VERIFICATION) < pc.verificationRate);
  return t;
}
