// The record of a calibration: which inputs were fitted to which observed waits, how, and how well.
//
// A record only: the engine ignores it (nothing is compiled from it). `borderflow calibrate` writes
// it into the fitted scenario so a later run can check that the scenario still reproduces the fit
// (its in-sample figures within `toleranceMinutes`).

import { z } from 'zod';

const minutes = z.number().min(0);
const nullableMinutes = minutes.nullable();

/** One compared hour of a lane class. */
export const FitRowRecord = z
  .strictObject({
    hour: z.int().min(0).max(23).meta({ description: 'Clock hour of arrival.' }),
    observed: minutes.meta({ description: 'Observed mean wait, minutes.' }),
    simulated: minutes.meta({ description: 'Simulated mean wait, minutes.' }),
    difference: z.number().meta({ description: 'Simulated − observed, minutes.' }),
    observations: z.int().min(1).meta({ description: 'Observations averaged into the observed figure.' }),
  })
  .meta({ description: 'One clock hour of a lane class: observed and simulated mean waits.' });

/** The fit of one CBP lane class. */
export const LaneTypeFitRecord = z
  .strictObject({
    laneType: z.string().meta({ description: 'CBP lane class (general, ready, sentri, pedestrian …).' }),
    hours: z.int().min(0).meta({ description: 'Hours with both an observed and a simulated figure.' }),
    rmseMinutes: nullableMinutes.meta({ description: 'Root mean squared error, weighted by observations.' }),
    maeMinutes: nullableMinutes.meta({ description: 'Mean absolute error, weighted by observations.' }),
    correlation: z.number().min(-1).max(1).nullable().meta({ description: 'Pearson correlation of the hourly profiles; null under 3 hours or a flat profile.' }),
    ratioToGeneral: z
      .strictObject({ simulated: z.number().min(0), observed: z.number().min(0) })
      .nullable()
      .meta({ description: "This lane class's mean wait ÷ the general lanes' over the same hours; null for the general lanes." }),
    rows: z.array(FitRowRecord),
  })
  .meta({ description: 'How well one lane class fits.' });

/** Fit figures over a set of observations (see observed/fit.ts, `summarizeFit`). */
export const FitSummaryRecord = z
  .strictObject({
    observations: z.int().min(0).meta({ description: 'Observations behind the rows.' }),
    hours: z.int().min(0).meta({ description: '(lane class, hour) rows compared.' }),
    rmseMinutes: nullableMinutes.meta({ description: 'Root mean squared error over all rows, weighted by observations.' }),
    maeMinutes: nullableMinutes.meta({ description: 'Mean absolute error over all rows, weighted by observations.' }),
    byLaneType: z.array(LaneTypeFitRecord),
  })
  .meta({ description: 'Fit figures: error, correlation and ratios to the general lanes, overall and by lane class.' });
export type FitSummaryRecord = z.infer<typeof FitSummaryRecord>;

/** What can be fitted: officers on duty by hour, a service-time scale per lane group, program shares. */
export const FittedInput = z.enum(['officers', 'service', 'shares']);
export type FittedInput = z.infer<typeof FittedInput>;

/**
 * The record of a calibration, as `borderflow calibrate --out` writes it: the observed file, what
 * was fitted, the holdout, the method, the seed and replications of every evaluation, the number of
 * evaluations, the fit in-sample and on the held-out observations, and the drift tolerance.
 */
export const Calibration = z
  .strictObject({
    observed: z.string().min(1).meta({ description: 'The observed waits file, as given.' }),
    dayType: z.enum(['weekday', 'saturday', 'sunday', 'holiday']).optional().meta({ description: 'Day type the observations were selected by, if any.' }),
    fitted: z.array(FittedInput).min(1).meta({ description: 'Inputs fitted.' }),
    holdout: z.string().nullable().meta({ description: 'Observations held out of the fit (hours:A-B, lane:TYPE, day:TYPE, every:N), or null.' }),
    method: z.string().min(1).meta({ description: 'The search, in words.' }),
    seed: z.int().min(0).meta({ description: 'Seed of every evaluation (common random numbers).' }),
    replications: z.int().min(1).meta({ description: 'Replications of every evaluation.' }),
    horizonHours: z.number().positive().optional().meta({ description: 'Simulated hours of every evaluation, when not the scenario’s.' }),
    evaluations: z.int().min(1).meta({ description: 'Runs of the scenario the search made.' }),
    inSample: FitSummaryRecord.meta({ description: 'Fit over the observations the search fitted to.' }),
    heldOut: FitSummaryRecord.nullable().meta({ description: 'Fit over the held-out observations; null without a holdout.' }),
    toleranceMinutes: z.number().positive().meta({ description: 'Drift tolerance: a re-run should reproduce the in-sample RMSE within this many minutes.' }),
  })
  .meta({ description: 'Record of a calibration to observed waits (written by borderflow calibrate); the engine ignores it.' });
export type Calibration = z.infer<typeof Calibration>;
