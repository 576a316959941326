// The compiled model: plain data built once from a scenario, the only thing the engine reads.

import type { Sampler } from '../random/samplers.ts';
import type { CompiledLane } from './lane.ts';
import type { ScreeningStage } from './stage.ts';
import type { StaffingTable } from './staffing.ts';
import type { Direction, Mode } from './vocabulary.ts';

export type { CompiledLane } from './lane.ts';

/**
 * What `compileScenario` returns: the validated scenario as plain data, the only thing the engine
 * reads. Compile once and run it many times with `runModel` or `runReplication`. Hours are as in
 * the scenario; times inside the ports are seconds.
 */
export interface CompiledModel {
  name: string;
  /** Content hash of the scenario it was compiled from. */
  hash: string;
  seed: number;
  replications: number;
  horizonHours: number;
  warmupHours: number;
  /** drain: arrivals stop at the horizon and the run goes on until everyone has left (at most drainCapHours); cutoff: it stops at the horizon. */
  endOfRun: 'drain' | 'cutoff';
  drainCapHours: number;
  /** Clock hour at which the run starts, and the weekday (0 = Monday; its name too). */
  startHour: number;
  startDay: string;
  startDayIndex: number;
  /** Holidays as day numbers from the start of the run (0 = the day the run starts on), sorted. */
  holidays: number[];
  contrabandTypes: { id: string; radiological: boolean }[];
  /** Referral reasons, by stage, in the order stages are checked (indices in Traveler.referral). */
  referralReasons: string[];
  /** Dollars per hour of delay by mode. */
  valueOfTimePerHour: Partial<Record<Mode, number>>;
  ports: CompiledPort[];
  region: CompiledRegion;
  /** Thresholds of P(wait > t), minutes, increasing (the scenario's `report.waitThresholdsMinutes`). */
  waitThresholdsMinutes: number[];
  /** Whether the vehicles in line at the start count in the wait figures (a forecast leaves them out: they arrived before the run). */
  measureInitialLines: boolean;
}

/**
 * A port of a `CompiledModel`: flows and lane groups in scenario order, the screening stages it
 * uses, and its secondary and imaging (null when the port has none).
 */
export interface CompiledPort {
  index: number;
  id: string;
  name: string;
  flows: CompiledFlow[];
  lanes: CompiledLane[];
  laneChoice: { volumeShares: boolean; programLaneShare: number };
  /**
   * Eligible lane indices by eligibilityKey(mode, direction, program), when eligibility
   * cannot change during the run; null when a trusted lane is suspended at some time.
   */
  eligible: number[][] | null;
  /** The screening pipeline, in order. */
  stages: ScreeningStage[];
  /** Index in `referralReasons` of each stage. */
  stageReasons: number[];
  secondary: CompiledSecondary | null;
  imaging: CompiledImaging | null;
  /** Clock hours at which any staffing at the port may change (on any day type; midnight always). */
  staffingHours: number[];
  /** Seconds from the start at which policy windows change staffing or lane use. */
  policyBoundaries: number[];
  /** Active lane management (null: booths open only as staffing says). */
  laneManagement: CompiledLaneManagement | null;
}

/** Active lane management at a port: a flex pool of officers who open extra booths where lines grow. */
export interface CompiledLaneManagement {
  /** Officers in the flex pool by clock hour. */
  flexOfficers: StaffingTable;
  openAboveSeconds: number;
  closeBelowSeconds: number;
  maxOpeningsPerHour: number;
  checkEverySeconds: number;
}

/** Patience of a flow's travelers: tolerance of waiting in line (seconds), balking, and what those who give up do. */
export interface CompiledPatience {
  /** Tolerance in seconds. */
  seconds: Sampler;
  balk: boolean;
  /** Cumulative shares of those who give up: [otherPort, otherPort + postpone]; the rest go home. */
  outcomeCum: [number, number];
}

/**
 * A flow of a `CompiledPort`: arrival-rate inputs (`perDay`, hourly shares, day-of-week factors,
 * surges in hours from the start), cumulative program and contraband-type shares. `precleared` is
 * null without pre-clearance, `occupants` null for one per vehicle.
 */
export interface CompiledFlow {
  index: number;
  id: string;
  label: string;
  mode: Mode;
  direction: Direction;
  /** Index of (mode, direction, none) in eligibility tables (see eligibilityBase). */
  eligibilityBase: number;
  perDay: number;
  /** Arrival rate inputs: hourly shares (sum 1) on weekdays, day-of-week factors, surges (hours from the start). */
  hourShares: number[];
  /** Hourly shares (each sums to 1) by day type, in the order of `DAY_TYPE`, fallbacks resolved. */
  hourSharesByDayType: number[][];
  dayOfWeek: number[];
  /** Factor on the daily volume on holidays (instead of the day-of-week factor). */
  holidayFactor: number;
  surges: { startHour: number; endHour: number; factor: number }[];
  /** Program shares in PROGRAM_ORDER, cumulative; the rest are in no program. */
  programCum: number[];
  contrabandShare: number;
  memberContrabandShare: number;
  /** Cumulative weights of contraband types (normalised). */
  typeCum: number[];
  regulatedShare: number;
  precleared: { share: number; pass: Sampler; verificationRate: number } | null;
  occupants: Sampler | null;
  valuePerHour: number;
  /** Null: travelers wait however long it takes. */
  patience: CompiledPatience | null;
  /**
   * Grams per second of idling in line of one vehicle of this flow: [CO₂, NOx, PM2.5] (zeros for
   * pedestrians and for vehicle modes without factors); null when the scenario reports no emissions.
   */
  idleGramsPerSecond: [number, number, number] | null;
}

export interface CompiledInspection {
  id: string;
  kind: string;
  modes: Mode[] | null;
  weight: number;
  minutes: Sampler;
  /** Detection probability by contraband type index. */
  detection: number[];
}

export interface CompiledSecondary {
  bays: number;
  staffing: StaffingTable | null;
  /** The inspection when no types are listed. */
  minutes: Sampler;
  detection: number[];
  inspections: CompiledInspection[];
}

export interface CompiledImaging {
  scanners: number;
  staffing: StaffingTable | null;
  scan: Sampler;
}

export interface CompiledRegion {
  /** Driving seconds between ports (Infinity: not connected; 0 on the diagonal). */
  drive: number[][];
  /** Index of flow f of port o at port p (same id), or −1: flowAt[o][f][p]. */
  flowAt: number[][][];
  switching: { share: number; thresholdSeconds: number } | null;
  smugglers: {
    adaptiveShare: number;
    choosePort: boolean;
    chooseLane: boolean;
    chooseHour: boolean;
    lagSeconds: number;
    priorDetection: number;
    priorWeight: number;
    deterrence: { maxShare: number; slope: number; midpoint: number } | null;
  } | null;
}
