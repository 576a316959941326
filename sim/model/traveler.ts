// One traveler crossing a port: a vehicle with its occupants, a person on foot, or a truck and its shipment.
//
// Random outcomes are not stored here: each decision draws its own keyed uniform, a pure
// function of (seed, replication, purpose, port, flow, this traveler's serial), so the
// same traveler gets the same luck in two scenarios compared side by side.

import type { Eligibility } from './vocabulary.ts';

export interface Traveler {
  /** Serial number within its flow (arrivals) or within its lane's initial line (warm start). */
  serial: number;
  /** 0 for arrivals; 1 + lane index for a vehicle already in line at the start. */
  source: number;
  /** The keys of its flow's random numbers, by purpose (see keys.ts). */
  keys: Int32Array;
  /** Port whose demand it is (its flow belongs there). */
  originPort: number;
  /** Port where it crosses (differs after switching or displacement). */
  port: number;
  flow: number;
  /** Index of the same flow id at the port where it crosses, or −1 (for per-flow inspection times). */
  localFlow: number;
  program: Eligibility;
  /** Program used for lane eligibility (regulated goods lose FAST). */
  laneProgram: Eligibility;
  /** Contraband type index, or −1 for none. */
  type: number;
  contraband: boolean;
  occupants: number;
  precleared: boolean;
  adaptive: boolean;
  switched: boolean;
  displaced: boolean;
  deterred: boolean;
  /** A smuggler who put the crossing off to a clock hour where detection looks lower. */
  retimed: boolean;
  arrivedAt: number;
  /** Clock hour (0–23) of its arrival at the port where it crosses. */
  hour: number;
  /** Counted in the statistics (arrived after the warm-up). */
  measured: boolean;
  lane: number;
  /** Booth whose line it joined (per-booth lanes) or −1. */
  booth: number;
  request: number;
  /** Its booth closed during its inspection and the officer stayed on overtime to finish. */
  overtime: boolean;
  /** Lane a smuggler picked, or −1. */
  preferredLane: number;
  /** Selected for imaging before primary. */
  scanned: boolean;
  rpmAlarm: boolean;
  /** The alarm was set off by radiological contraband (not a nuisance alarm). */
  rpmTrue: boolean;
  /** Passed the booth without an inspection (no-primary policy or pre-cleared cargo). */
  passed: boolean;
  /** Chance an officer still spots contraband on a traveler who passed without a stop. */
  passJudgment: number;
  primaryStart: number;
  primaryEnd: number;
  /** Index of the stage (in the model's referral reasons) that referred it, or −1. */
  referral: number;
  /** Secondary inspection type index (−1: the default inspection or the referring stage's own). */
  inspection: number;
  secondaryStart: number;
  secondaryEnd: number;
  seized: boolean;
}
