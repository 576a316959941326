// How much the calibration report runs: replications per scenario (capped), sensitivity and the
// +10 % volume check. Shared by the generator and the drift test.

import type { Scenario } from '../../sim/index.ts';
import type { CalibrationBlock } from './evaluate.ts';
import { portsWithTargets } from './figures.ts';

export const REPORT_SETTINGS = {
  /** Replications of a scenario with published hourly waits (its hourly bands are the report's finest figures). */
  replicationsWithHourly: 10,
  /** Replications of every other scenario. */
  replicationsOther: 5,
  /** No run uses more, whatever a calibration record says. */
  maxReplications: 20,
  /** Replications of the base and each variant in the sensitivity runs (common random numbers make the effects paired). */
  sensitivityReplications: 3,
  /** The stability check: every flow ×1.1 for three measured days. */
  boundedVolume: 1.1,
  boundedReplications: 3,
  /**
   * Vehicles a line may grow by from one day to the next on top of 10 %: the replications' noise in
   * San Ysidro's general line at the end of a day (about 60 vehicles with 3 replications, measured);
   * a line the port cannot serve grows by thousands a day.
   */
  boundedSlack: 60,
};

/** Seed, replications and horizon of a scenario's report run: the calibration record's where there is one, capped. */
export function runSettings(scenario: Scenario, block: CalibrationBlock | null): { seed: number; replications: number; horizonHours?: number } {
  const hourly = portsWithTargets(scenario).some((p) => p.targets.hourly);
  const wanted = block?.replications ?? (hourly ? REPORT_SETTINGS.replicationsWithHourly : REPORT_SETTINGS.replicationsOther);
  return {
    seed: block?.seed ?? scenario.seed,
    replications: Math.max(2, Math.min(REPORT_SETTINGS.maxReplications, wanted)),
    ...(block?.horizonHours ? { horizonHours: block.horizonHours } : {}),
  };
}
