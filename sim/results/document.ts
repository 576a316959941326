// The result document: what a run reports, per replication and across replications. Versioned; documented in the README.

import type { ReplicationSummary } from '../stats/replications.ts';

/** A referral reason: the id of the screening stage that referred (rpm, imaging, targeting, random, alert, judgment …). */
export type ReferralReason = string;

/** The `format` of every result document, by which a file is recognised as one. */
export const RESULT_FORMAT = 'borderflow-result';
/** The `version` of the result document layout described in this file. */
export const RESULT_VERSION = 2;

/** Headline figures of a group of travelers (a port, a lane group, a flow, an hour) in one replication. Waits in minutes. */
export interface Figures {
  /** Arrivals after the warm-up (vehicles, or people on foot). */
  arrived: number;
  /** Finished primary inspection. */
  served: number;
  /** Left the port, released or after a seizure. */
  exited: number;
  /** Still waiting for a primary booth when the run ended (all arrivals, warm-up included); null for hourly blocks. */
  inQueueAtEnd: number | null;
  /** At a primary booth when the run ended. */
  inServiceAtEnd: number | null;
  /** Waiting for or in secondary inspection when the run ended. */
  inSecondaryAtEnd: number | null;
  /** People (occupants) who arrived. */
  travelers: number;
  /** Time to reach the primary booth (wait in line), minutes. */
  wait: { mean: number | null; p50: number | null; p90: number | null; p95: number | null; max: number | null };
  /**
   * P(wait > t): share of the vehicles (people on foot) that reached a primary booth whose wait
   * in line exceeded t minutes, keyed by t as written in the scenario's
   * `report.waitThresholdsMinutes` ("15", "30", "60" by default); null when nobody reached a booth.
   */
  waitOver: Record<string, number | null>;
  /**
   * Realised mean primary time, seconds: how long a booth was occupied per vehicle, measured
   * from the inspections that finished (pass-throughs and booth-side screening included);
   * null when none finished.
   */
  primarySecondsMean: number | null;
  /** Arrival to leaving the port, minutes. */
  timeInSystemMean: number | null;
  /** Wait for a secondary bay, minutes. */
  secondaryWaitMean: number | null;
  referrals: number;
  /** Referrals by the first reason that applied: radiation alarm, imaging, targeting, random, raised random rate under an alert, officer judgment. */
  referralsByReason: Record<ReferralReason, number>;
  /** Share of each reason's referrals that ended in a seizure; null when none had that reason. */
  hitRateByReason: Record<ReferralReason, number | null>;
  secondaryInspections: number;
  seizures: number;
  /** Seizures by contraband type id. */
  seizuresByType: Record<string, number>;
  contrabandArrivals: number;
  /** Seizures ÷ contraband carriers that arrived; null when none arrived. */
  interdictionRate: number | null;
  /** Referred travelers carrying nothing ÷ referred; null when nobody was referred. */
  falsePositiveRate: number | null;
  /** Trusted-program members caught with contraband (membership revoked). */
  revocations: number;
  /** Passed the booth without an inspection (no-primary policy, pre-cleared cargo). */
  passedWithoutStop: number;
  /** Scanned by imaging (NII) before primary. */
  scans: number;
  /** Radiation alarms from radiological contraband, and nuisance alarms. */
  trueAlarms: number;
  nuisanceAlarms: number;
  /** Would-be smugglers who gave up their contraband (deterrence). */
  deterred: number;
  /** Smugglers who put their crossing off to an hour where detection looked lower. */
  retimed: number;
  /** Smugglers who went to another port (out of this one / into this one). */
  displacedOut: number;
  displacedIn: number;
  /** Travelers who switched ports on expected waits. */
  switchedOut: number;
  switchedIn: number;
  /** Σ time in system × value of time, US dollars. */
  costOfDelay: number;
  /**
   * Vehicle-hours idling in line before the primary booth: the waits of the vehicles (not
   * pedestrians) that reached a booth, plus the waits so far of those still in line at the end.
   */
  idlingHours: number;
  /**
   * Emitted while idling in line: vehicle-hours idling × the scenario's idle factor of each
   * vehicle's mode (`emissions.idleGramsPerHour`), CO₂ in kilograms, NOx and PM2.5 in grams;
   * null when the scenario gives no emission factors.
   */
  emissions: { co2Kg: number; noxG: number; pm25G: number } | null;
  /** Saw an expected wait beyond their tolerance and did not join the line (balking). */
  balked: number;
  /** Joined the line and left it when their tolerance ran out (reneging). */
  reneged: number;
  /** (balked + reneged) ÷ arrived; null when nobody arrived. */
  gaveUpShare: number | null;
  /** What those who balked or reneged did: went home, drove to another port, put the trip off. */
  gaveUp: { home: number; otherPort: number; postponed: number };
  /** Mean time in line of those who reneged, minutes. */
  renegedWaitMean: number | null;
  /**
   * Still in line when the run ended (cutoff, or a drain that reached its cap). Their waits
   * enter the wait figures as censored observations — the wait so far, a lower bound — so
   * where this is not 0 the wait figures are lower bounds.
   */
  unfinished: number;
  /** Mean wait so far of the unfinished, minutes. */
  unfinishedWaitMean: number | null;
}

/** Booths (or secondary bays) over time. */
export interface CapacityFigures {
  /** Busy ÷ open (staffed) booths. */
  utilization: number | null;
  /**
   * Offered load ρ = λ·E[S] ÷ open booths: arrivals that joined per second × realised mean
   * primary time ÷ mean open booths (= arrivals × E[S] ÷ open booth-seconds). At or above 1 the
   * booths cannot keep up. Lane groups and their hours only (null for secondary, when no booth
   * was open, or when no inspection finished to measure E[S]).
   */
  offeredLoad: number | null;
  /** Mean booths open (staffed). */
  openBooths: number | null;
  busyBooths: number | null;
  /** Mean vehicles waiting in line. */
  queueLengthMean: number | null;
  /** Officer-hours worked past a booth's closing to finish a vehicle. */
  overtimeHours: number;
  /** Mean lanes open as CBP counts them: open booths ÷ booths per lane (stacked booths count once per lane). */
  openLanes: number | null;
  /** Booth-hours opened beyond the lane's own staffing by active lane management (flex officers); 0 for hourly blocks. */
  addedBoothHours: number;
  /** Hours over which these averages were measured (after the warm-up). */
  measuredHours: number;
}

/**
 * One lane group in one replication: its `Figures`, booth capacity, 24 hourly blocks by clock
 * hour of arrival (00:00 first), and a timeline per hour since the start.
 */
export interface LaneRun extends Figures {
  id: string;
  capacity: CapacityFigures;
  /** By clock hour of arrival, 00:00 first. */
  byHour: (Figures & { capacity: CapacityFigures })[];
  /** Per hour since the start: mean line length and open booths. */
  timeline: { queueLength: number[]; openBooths: number[] };
}

/**
 * One port in one replication: summary, lane groups and flows in scenario order, 24 hourly
 * blocks by clock hour of arrival, and secondary bay capacity (null when the port has none).
 */
export interface PortRun {
  id: string;
  summary: Figures;
  lanes: LaneRun[];
  flows: (Figures & { id: string })[];
  byHour: Figures[];
  secondary: CapacityFigures | null;
}

/** One replication. */
export interface ReplicationResult {
  replication: number;
  summary: Figures;
  ports: PortRun[];
  /** Every event processed, for the record. */
  events: number;
  /** How the run ended: `endOfRun`, hours run past the horizon to let those present leave, and travelers still in line at the very end. */
  ending: { endOfRun: 'drain' | 'cutoff'; drainHours: number; unfinished: number };
  /** Checks that nobody was lost: arrived (all, warm-up included) = exited + gave up + driving between ports + at imaging + in line + at primary + in secondary. */
  conservation: { arrived: number; exited: number; gaveUp: number; driving: number; imaging: number; inQueue: number; inService: number; inSecondary: number };
  /** Present only when a run-time cap (`RunLimits`) stopped this replication: why, and at which simulated hour. */
  stopped?: { reason: string; atHour: number };
}

/**
 * A figure across replications: mean, sd and 95 % Student-t confidence interval, clipped to the
 * figure's natural range (≥ 0; shares in [0, 1]); `halfWidth` is the unclipped t half-width.
 */
export type Across = ReplicationSummary;

/**
 * How to read the intervals of a result document, in a sentence or three a report or a chart
 * can show beside them.
 */
export const CONFIDENCE_NOTE =
  'Intervals are 95 % Student-t intervals over independent replications, clipped at 0 (and at 100 % for shares) where the t interval would pass a bound the figure cannot cross. ' +
  'With few replications of a busy queue they run a little narrow: waits are skewed from one replication to the next, and on M/M/1 and M/M/3 queues at 90 % load the 95 % interval covered the true mean wait 92–93 % of the time (1,000 sets of 5 or 10 replications). ' +
  'Treat them as approximate, and run more replications (or longer ones) where a decision hangs on the last digit.';

/** Replace every number (or null) leaf of T by its across-replication summary. */
export type Aggregated<T> = T extends number | null
  ? Across
  : T extends (infer U)[]
    ? Aggregated<U>[]
    : T extends object
      ? { [K in keyof T]: Aggregated<T[K]> }
      : T;

/**
 * One lane group across replications: each figure as an `Across` (mean, sd, 95 % interval), the
 * mean timeline, and pooled wait quantiles in minutes (empty when no wait was recorded).
 */
export interface LaneResult {
  id: string;
  kind: string;
  label: string;
  booths: number;
  discipline: 'pooled' | 'per-booth';
  /** Mean primary inspection time, seconds, weighted by the daily volume of the flows the lane group may serve (for reference lines). */
  meanPrimarySeconds: number;
  figures: Aggregated<Figures>;
  capacity: Aggregated<CapacityFigures>;
  byHour: Aggregated<Figures & { capacity: CapacityFigures }>[];
  /** Mean over replications of the hourly timeline. */
  timeline: { queueLength: number[]; openBooths: number[] };
  /** Wait quantiles in minutes at q = 0, 0.01, …, 1, all replications pooled (for distribution plots). */
  waitQuantiles: number[];
}

/**
 * One port across replications: each figure as an `Across`; flows carry their id, label and mode;
 * `secondary` is null when the port has no secondary.
 */
export interface PortResult {
  id: string;
  name: string;
  summary: Aggregated<Figures>;
  lanes: LaneResult[];
  flows: (Aggregated<Figures> & { id: string; label: string; mode: string })[];
  byHour: Aggregated<Figures>[];
  secondary: Aggregated<CapacityFigures> | null;
  /** Lane-hours whose booths could not keep up, and lines that grew from day to day. */
  stability: Stability;
}

/**
 * A lane group's clock hour (0–23, all days pooled) whose mean offered load over the
 * replications was at or above 1: the line grows through that hour. `rho` is that mean; null
 * when vehicles joined while no booth was open at all in that hour.
 */
export interface UnstableLaneHour {
  lane: string;
  hour: number;
  rho: number | null;
}

/**
 * A lane group whose line grew from day to day: `perDay` is the mean line length (vehicles,
 * mean over replications) in each complete 24-hour block after the warm-up, so each block spans
 * the same clock hours; `growthCi` the 95 % interval of last block − first block over replications
 * (null with one replication).
 */
export interface GrowingLine {
  lane: string;
  perDay: number[];
  growthCi: [number, number] | null;
}

/**
 * Whether the port's lines were stable. `unstableLaneHours`: lane-hours with mean offered load
 * ρ ≥ 1. `growingLines`: lines longer each day than the day before, the last day significantly
 * longer than the first (interval of the difference above 0; with one replication, more than 10 %
 * and one vehicle longer). Both empty for a stable port; a growing line needs two complete days
 * after the warm-up, and demand that rises from day to day (day-of-week factors) shows the same way.
 */
export interface Stability {
  unstableLaneHours: UnstableLaneHour[];
  growingLines: GrowingLine[];
}

/**
 * What `runScenario` and `runModel` return and the command line writes as JSON: the scenario's
 * identity and hash, figures across replications (`summary`, `ports`) and each replication's
 * own (`runs`). Waits are in minutes; `units` gives the unit of each figure.
 */
export interface ResultDocument {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  engine: { name: 'borderflow'; version: string };
  /** The scenario's identity, and how its run ended (`endOfRun`; a drain runs at most `drainCapHours` past the horizon). */
  scenario: { name: string; hash: string; horizonHours: number; warmupHours: number; startHour: number; startDay: string; endOfRun: 'drain' | 'cutoff'; drainCapHours: number };
  seed: number;
  replications: number;
  units: Record<string, string>;
  summary: Aggregated<Figures>;
  ports: PortResult[];
  runs: ReplicationResult[];
  /**
   * Present only when a run-time cap (`RunLimits`) stopped the run: why, at which simulated hour,
   * in which replication. The figures are then those of the replications so far, the last one
   * cut short, and are no estimate of the scenario.
   */
  stopped?: { reason: string; atHour: number; replication: number };
}

/** Units of the figures, copied into every `ResultDocument.units`. */
export const UNITS = {
  wait: 'minutes',
  waitOver: 'share of vehicles reaching a booth whose wait exceeded the threshold (minutes, the key)',
  primarySecondsMean: 'seconds',
  offeredLoad: 'arrivals × mean primary time ÷ open booth-time',
  timeInSystemMean: 'minutes',
  secondaryWaitMean: 'minutes',
  costOfDelay: 'US dollars',
  idlingHours: 'vehicle-hours idling in line before primary (vehicles only)',
  emissions: 'emitted idling in line: co2Kg kilograms, noxG and pm25G grams; null without idle emission factors',
  overtimeHours: 'officer-hours',
  interdictionRate: 'seizures ÷ contraband arrivals',
  falsePositiveRate: 'innocent referrals ÷ referrals',
  utilization: 'busy ÷ staffed booths',
  counts: 'vehicles (people for pedestrians)',
} as const;
