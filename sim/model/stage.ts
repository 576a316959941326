// A screening stage: one protocol (radiation monitor, imaging, targeting, random selection …) as a small object the port runs in order.
//
// Stages are compiled from the scenario for each port; the port calls their hooks at three
// points of a crossing and knows nothing else about them. The first stage whose `refers`
// says yes at the end of primary gives the referral its reason.

import type { Rng } from '../random/rng.ts';
import type { CompiledLane } from './lane.ts';
import type { Traveler } from './traveler.ts';
import type { Mode } from './vocabulary.ts';

/** What a stage may ask of the running port. */
export interface StageEnv {
  /** The n-th uniform (default 0) of `purpose` for this traveler: the same in every scenario that shares the traveler. */
  uniform(t: Traveler, purpose: number, n?: number): number;
  /** A generator for samplers: its draws are uniform(t, purpose, 0), (…, 1), … */
  rng(t: Traveler, purpose: number): Rng;
  mode(t: Traveler): Mode;
}

/** What is known at the booth when an inspection ends. */
export interface BoothContext {
  lane: CompiledLane;
  /** When the inspection started and how long it took, seconds. */
  started: number;
  seconds: number;
  /** Mean inspection time for this traveler's flow in this lane, seconds. */
  meanSeconds: number;
}

/**
 * The result of a stage's own secondary inspection: how long it took, in minutes, and whether it
 * ended in a seizure.
 */
export interface SecondaryOutcome {
  minutes: number;
  seized: boolean;
}

/**
 * One screening protocol compiled for a port. The port calls its optional hooks: `enter` on
 * arrival, `atBooth` as primary starts, `refers` as primary ends (the first stage that refers
 * gives the referral its reason), `secondary` for the travelers it referred. See `StageDefinition`.
 */
export interface ScreeningStage {
  /** The referral reason this stage records (its id in the result document). */
  readonly reason: string;
  /** At the port, before lane choice (e.g. selection for imaging). */
  enter?(t: Traveler, env: StageEnv): void;
  /** As primary starts at `lane`: seconds added to the stop (e.g. a radiation portal). */
  atBooth?(t: Traveler, env: StageEnv, lane: CompiledLane): number;
  /** As primary ends: whether this stage sends the traveler to secondary. */
  refers?(t: Traveler, env: StageEnv, booth: BoothContext): boolean;
  /** Secondary for travelers this stage referred, when it is not the port's usual inspection (e.g. resolving an alarm). */
  secondary?(t: Traveler, env: StageEnv): SecondaryOutcome;
}
