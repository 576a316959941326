// One traveler crossing a port: a vehicle with its occupants, a person on foot, or a truck and its shipment.
//
// Random outcomes are not stored here: each decision draws its own keyed uniform, a pure
// function of (seed, replication, purpose, port, flow, this traveler's serial), so the
// same traveler gets the same luck in two scenarios compared side by side.
//
// A traveler waiting in line is the model's main memory cost (a line of a million is a
// million of these), so yes/no facts share one integer (`bits`, read through accessors),
// and what only some travelers need (a smuggler's chosen lane, a secondary inspection)
// lives in a record made when first needed.

import { ELIGIBILITIES, type Eligibility } from './vocabulary.ts';

const FAST = ELIGIBILITIES.indexOf('fast');

const HOUR_SHIFT = 15;
const GAVE_UP_SHIFT = HOUR_SHIFT + 5;
const SOURCE_SHIFT = GAVE_UP_SHIFT + 2;
/** Sources (1 + lane index of a warm-start line) that fit in `bits`. */
export const MAX_SOURCE = (1 << (31 - SOURCE_SHIFT)) - 1;

/** What only some travelers need: a smuggler's chosen lane, a secondary inspection (times in seconds from the start; −1: none, or not yet). */
export interface TravelerDetails {
  preferredLane: number;
  /** Inspection type index (−1: the port's default inspection, or the referring stage's own). */
  inspection: number;
  start: number;
  end: number;
}

/**
 * One traveler during a run, as screening stages and `onRecord` see it: mutable state owned by the
 * port. Indices refer to the compiled model; times are seconds since the start of the run, −1
 * where not reached. `travelerRecord` gives a flat copy with ids.
 */
export class Traveler {
  /** Port where it crosses (differs from `originPort` after switching or displacement). */
  port: number;
  /** Its enrolment as an index in ELIGIBILITIES (0: none); see `program`. */
  programIndex = 0;
  /** Contraband type index, or −1 for none. */
  type = -1;
  occupants = 1;
  lane = -1;
  /** Booth whose line it joined (per-booth lanes) or −1. */
  booth = -1;
  /** Its place among the lane's booths while inspected (where booths can close), or −1. */
  slot = -1;
  primaryStart = -1;
  primaryEnd = -1;
  /** Index of the stage (in the model's referral reasons) that referred it, or −1. */
  referral = -1;
  /** Its place in its line (a handle to leave it by), or −1. */
  ticket = -1;
  /** Made when first needed (a smuggler's lane, a referral). */
  details: TravelerDetails | null = null;
  private bits = 0;

  constructor(
    /** Serial number within its flow (arrivals) or within its lane's initial line (warm start). */
    readonly serial: number,
    source: number,
    /** The keys of its flow's random numbers, by purpose (see port/keys.ts). */
    readonly keys: Int32Array,
    /** Port whose demand it is (its flow belongs there). */
    readonly originPort: number,
    /** Flow index at the port of origin. */
    readonly flow: number,
    /** When it arrived at the port where it crosses, seconds from the start. */
    public arrivedAt: number,
    measured: boolean,
  ) {
    this.port = originPort;
    this.bits = (source << SOURCE_SHIFT) | (measured ? 128 : 0);
  }

  /** 0 for arrivals; 1 + lane index for a vehicle already in line at the start. */
  get source(): number {
    return this.bits >>> SOURCE_SHIFT;
  }

  /** It gave up waiting: 0 no, 1 balked (never joined the line), 2 reneged (left the line). */
  get gaveUp(): number {
    return (this.bits >>> GAVE_UP_SHIFT) & 3;
  }
  set gaveUp(g: number) {
    this.bits = (this.bits & ~(3 << GAVE_UP_SHIFT)) | (g << GAVE_UP_SHIFT);
  }

  /** Clock hour (0–23) of its arrival at the port where it crosses. */
  get hour(): number {
    return (this.bits >>> HOUR_SHIFT) & 31;
  }
  set hour(h: number) {
    this.bits = (this.bits & ~(31 << HOUR_SHIFT)) | (h << HOUR_SHIFT);
  }

  /** The program it is enrolled in (none, ready, sentri, nexus, fast). */
  get program(): Eligibility {
    return ELIGIBILITIES[this.programIndex];
  }
  set program(p: Eligibility) {
    this.programIndex = ELIGIBILITIES.indexOf(p);
  }

  /** Program used for lane eligibility: regulated goods lose FAST. */
  get laneProgram(): Eligibility {
    return ELIGIBILITIES[this.laneProgramIndex];
  }
  get laneProgramIndex(): number {
    return this.regulated && this.programIndex === FAST ? 0 : this.programIndex;
  }

  /** Lane a smuggler picked, or −1. */
  get preferredLane(): number {
    return this.details?.preferredLane ?? -1;
  }
  set preferredLane(lane: number) {
    if (lane >= 0 || this.details) this.detailsRecord().preferredLane = lane;
  }
  get inspection(): number {
    return this.details?.inspection ?? -1;
  }
  set inspection(i: number) {
    this.detailsRecord().inspection = i;
  }
  get secondaryStart(): number {
    return this.details?.start ?? -1;
  }
  set secondaryStart(t: number) {
    this.detailsRecord().start = t;
  }
  get secondaryEnd(): number {
    return this.details?.end ?? -1;
  }
  set secondaryEnd(t: number) {
    this.detailsRecord().end = t;
  }

  private detailsRecord(): TravelerDetails {
    return (this.details ??= { preferredLane: -1, inspection: -1, start: -1, end: -1 });
  }

  /** Carries contraband (of type `type`). */
  get contraband(): boolean {
    return (this.bits & 1) !== 0;
  }
  set contraband(v: boolean) {
    this.bits = v ? this.bits | 1 : this.bits & ~1;
  }

  /** Pre-cleared cargo that passes the booth unless selected for verification. */
  get precleared(): boolean {
    return (this.bits & 2) !== 0;
  }
  set precleared(v: boolean) {
    this.bits = v ? this.bits | 2 : this.bits & ~2;
  }

  /** An adaptive smuggler (chooses port, lane or hour by perceived detection). */
  get adaptive(): boolean {
    return (this.bits & 4) !== 0;
  }
  set adaptive(v: boolean) {
    this.bits = v ? this.bits | 4 : this.bits & ~4;
  }

  /** Drove to another port for a shorter wait. */
  get switched(): boolean {
    return (this.bits & 8) !== 0;
  }
  set switched(v: boolean) {
    this.bits = v ? this.bits | 8 : this.bits & ~8;
  }

  /** A smuggler who went to another port. */
  get displaced(): boolean {
    return (this.bits & 16) !== 0;
  }
  set displaced(v: boolean) {
    this.bits = v ? this.bits | 16 : this.bits & ~16;
  }

  /** A would-be smuggler who crossed without contraband. */
  get deterred(): boolean {
    return (this.bits & 32) !== 0;
  }
  set deterred(v: boolean) {
    this.bits = v ? this.bits | 32 : this.bits & ~32;
  }

  /** A smuggler who put the crossing off to a clock hour where detection looks lower. */
  get retimed(): boolean {
    return (this.bits & 64) !== 0;
  }
  set retimed(v: boolean) {
    this.bits = v ? this.bits | 64 : this.bits & ~64;
  }

  /** Counted in the statistics (arrived after the warm-up). */
  get measured(): boolean {
    return (this.bits & 128) !== 0;
  }
  set measured(v: boolean) {
    this.bits = v ? this.bits | 128 : this.bits & ~128;
  }

  /** Its booth closed during its inspection and the officer stayed on overtime to finish. */
  get overtime(): boolean {
    return (this.bits & 256) !== 0;
  }
  set overtime(v: boolean) {
    this.bits = v ? this.bits | 256 : this.bits & ~256;
  }

  /** Selected for imaging before primary. */
  get scanned(): boolean {
    return (this.bits & 512) !== 0;
  }
  set scanned(v: boolean) {
    this.bits = v ? this.bits | 512 : this.bits & ~512;
  }

  /** Set off a radiation alarm. */
  get rpmAlarm(): boolean {
    return (this.bits & 1024) !== 0;
  }
  set rpmAlarm(v: boolean) {
    this.bits = v ? this.bits | 1024 : this.bits & ~1024;
  }

  /** The alarm came from radiological contraband (not a nuisance alarm). */
  get rpmTrue(): boolean {
    return (this.bits & 2048) !== 0;
  }
  set rpmTrue(v: boolean) {
    this.bits = v ? this.bits | 2048 : this.bits & ~2048;
  }

  /** Passed the booth without an inspection (no-primary policy or pre-cleared cargo). */
  get passed(): boolean {
    return (this.bits & 4096) !== 0;
  }
  set passed(v: boolean) {
    this.bits = v ? this.bits | 4096 : this.bits & ~4096;
  }

  /** Its contraband was seized in secondary. */
  get seized(): boolean {
    return (this.bits & 8192) !== 0;
  }
  set seized(v: boolean) {
    this.bits = v ? this.bits | 8192 : this.bits & ~8192;
  }

  /** A shipment with regulated goods: it may not use FAST whatever its enrolment. */
  get regulated(): boolean {
    return (this.bits & 16384) !== 0;
  }
  set regulated(v: boolean) {
    this.bits = v ? this.bits | 16384 : this.bits & ~16384;
  }
}
