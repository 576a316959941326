// One flat row per traveler: what `--records` writes and what the animated view draws.

import type { CompiledModel } from '../model/compiled.ts';
import type { Traveler } from '../model/traveler.ts';
import type { TravelerStatus } from '../port/port.ts';

export type { TravelerStatus } from '../port/port.ts';

/**
 * One flat row per traveler: what `--records` writes and `RunOptions.onRecord` receives. Times
 * are seconds since the start of the run, null where the traveler never got; `referral` is the
 * reason (stage) that sent it to secondary, or null.
 */
export interface TravelerRecord {
  /** Traveler number within its flow's arrivals (or within its lane's line at the start). */
  id: number;
  /** Port where it crossed (or is headed, if still driving there). */
  port: string;
  /** Its flow (a flow of the port it set out for, if it switched ports). */
  flow: string;
  mode: string;
  program: string;
  /** Lane group id; null while still driving or at imaging. */
  lane: string | null;
  /** Booth whose line it joined (per-booth lanes), null for pooled lanes. */
  booth: number | null;
  /** Seconds since the start of the run; null where it never got. */
  arrivedAt: number;
  primaryStart: number | null;
  primaryEnd: number | null;
  referral: string | null;
  secondaryStart: number | null;
  secondaryEnd: number | null;
  contraband: boolean;
  seized: boolean;
  scanned: boolean;
  passed: boolean;
  /** exited, or where the traveler was when the run ended (or is now, for a live view). */
  status: TravelerStatus;
}

const orNull = (x: number): number | null => (x < 0 ? null : x);

/** The record of a traveler in `model`. */
export function travelerRecord(model: CompiledModel, t: Traveler, status: TravelerStatus): TravelerRecord {
  const origin = model.ports[t.originPort];
  return {
    id: t.serial,
    port: model.ports[t.port].id,
    flow: origin.flows[t.flow].id,
    mode: origin.flows[t.flow].mode,
    program: t.program,
    lane: t.lane >= 0 ? model.ports[t.port].lanes[t.lane].id : null,
    booth: t.booth >= 0 ? t.booth : null,
    arrivedAt: t.arrivedAt,
    primaryStart: orNull(t.primaryStart),
    primaryEnd: orNull(t.primaryEnd),
    referral: t.referral >= 0 ? model.referralReasons[t.referral] : null,
    secondaryStart: orNull(t.secondaryStart),
    secondaryEnd: orNull(t.secondaryEnd),
    contraband: t.contraband,
    seized: t.seized,
    scanned: t.scanned,
    passed: t.passed,
    status,
  };
}
