// Turns one replication's counters into report figures: minutes, rates, and null where a figure is undefined.

import type { GroupStats } from '../port/group-stats.ts';
import type { HourMeter } from '../port/meters.ts';
import type { Figures, CapacityFigures } from './document.ts';

const minutes = (seconds: number | null): number | null => (seconds === null ? null : seconds / 60);
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Names of what figures are counted by: contraband types and referral reasons. */
export interface FigureKeys {
  typeIds: readonly string[];
  reasons: readonly string[];
  /** Thresholds of P(wait > t), minutes, in the order of `GroupStats.waitThresholds`. */
  waitThresholdsMinutes: readonly number[];
}

export function figuresOf(g: GroupStats, keys: FigureKeys, atEnd = true): Figures {
  const w = g.wait.summary();
  const byReason: Record<string, number> = {};
  const hitRate: Record<string, number | null> = {};
  keys.reasons.forEach((r, i) => {
    byReason[r] = g.referralsByReason[i];
    hitRate[r] = g.referralsByReason[i] > 0 ? g.hitsByReason[i] / g.referralsByReason[i] : null;
  });
  return {
    arrived: g.arrived,
    served: g.served,
    exited: g.exited,
    inQueueAtEnd: atEnd ? g.inQueue : null,
    inServiceAtEnd: atEnd ? g.inService : null,
    inSecondaryAtEnd: atEnd ? g.inSecondary : null,
    travelers: g.travelers,
    wait: {
      mean: minutes(w.mean),
      p50: minutes(w.p50),
      p90: minutes(w.p90),
      p95: minutes(w.p95),
      max: minutes(w.max),
    },
    waitOver: Object.fromEntries(keys.waitThresholdsMinutes.map((m, i) => [String(m), g.waitsCounted > 0 ? g.waitsOver[i] / g.waitsCounted : null])),
    primarySecondsMean: realisedPrimarySeconds(g),
    timeInSystemMean: minutes(finiteOrNull(g.timeInSystem.mean)),
    secondaryWaitMean: minutes(finiteOrNull(g.secondaryWait.mean)),
    referrals: g.referrals,
    referralsByReason: byReason,
    hitRateByReason: hitRate,
    secondaryInspections: g.secondaryInspections,
    seizures: g.seizures,
    seizuresByType: Object.fromEntries(keys.typeIds.map((id, i) => [id, g.seizuresByType[i]])),
    contrabandArrivals: g.contrabandArrivals,
    interdictionRate: g.contrabandArrivals > 0 ? g.seizures / g.contrabandArrivals : null,
    falsePositiveRate: g.referrals > 0 ? g.referredInnocent / g.referrals : null,
    revocations: g.revocations,
    passedWithoutStop: g.passedWithoutStop,
    scans: g.scans,
    trueAlarms: g.trueAlarms,
    nuisanceAlarms: g.nuisanceAlarms,
    deterred: g.deterred,
    retimed: g.retimed,
    displacedOut: g.displacedOut,
    displacedIn: g.displacedIn,
    switchedOut: g.switchedOut,
    switchedIn: g.switchedIn,
    costOfDelay: g.delayCost,
    idlingHours: g.idleSeconds / 3600,
    emissions: g.emitting ? { co2Kg: g.co2Grams / 1000, noxG: g.noxGrams, pm25G: g.pm25Grams } : null,
    balked: g.balked,
    reneged: g.reneged,
    gaveUpShare: g.arrived > 0 ? (g.balked + g.reneged) / g.arrived : null,
    gaveUp: { home: g.gaveUpHome, otherPort: g.gaveUpOtherPort, postponed: g.gaveUpPostponed },
    renegedWaitMean: g.reneged > 0 ? g.renegedWaitSum / g.reneged / 60 : null,
    unfinished: g.unfinishedCount,
    unfinishedWaitMean: g.unfinishedCount > 0 ? g.unfinishedWaitSum / g.unfinishedCount / 60 : null,
  };
}

/** Realised mean time a booth was occupied per vehicle, seconds; null when no inspection finished. */
export function realisedPrimarySeconds(g: GroupStats): number | null {
  return g.primaryInspections > 0 ? g.primarySeconds / g.primaryInspections : null;
}

/**
 * Booth (or bay) figures from time integrals (a pool's stats carry overtime; hourly meters do not).
 * `load`, for lane groups: the arrivals that joined and the realised mean primary time (seconds),
 * from which the offered load is arrivals × E[S] ÷ open booth-seconds. `lanes`: booths per lane
 * (open booths ÷ this = open lanes, as CBP counts them) and the booth-hours lane management added.
 */
export function capacityOf(
  m: HourMeter & { overtimeArea?: number },
  load?: { arrived: number; primarySeconds: number | null },
  lanes: { boothsPerLane: number; addedBoothHours: number } = { boothsPerLane: 1, addedBoothHours: 0 },
): CapacityFigures {
  const { boothsPerLane, addedBoothHours } = lanes;
  const overtimeArea = m.overtimeArea ?? 0;
  const d = m.duration;
  return {
    openLanes: d > 0 ? m.capacityArea / d / boothsPerLane : null,
    addedBoothHours,
    utilization: m.capacityArea > 0 ? m.busyArea / m.capacityArea : null,
    offeredLoad: offeredLoad(m, load),
    openBooths: d > 0 ? m.capacityArea / d : null,
    busyBooths: d > 0 ? m.busyArea / d : null,
    queueLengthMean: d > 0 ? m.lineArea / d : null,
    overtimeHours: overtimeArea / 3600,
    measuredHours: d / 3600,
  };
}

/** ρ = arrivals × E[S] ÷ open booth-seconds; 0 when nobody joined, null when it cannot be measured (see `CapacityFigures.offeredLoad`). */
function offeredLoad(m: HourMeter, load: { arrived: number; primarySeconds: number | null } | undefined): number | null {
  if (load === undefined) return null;
  if (load.arrived === 0) return 0;
  if (load.primarySeconds === null || !(m.capacityArea > 0)) return null;
  return (load.arrived * load.primarySeconds) / m.capacityArea;
}
