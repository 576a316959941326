// Emissions of vehicles idling in line: grams per vehicle-hour of idling, by mode and pollutant.
//
// Optional and without defaults: no emission factor for idling was found in the calibration
// notes, so a scenario states its own factors (and cites or marks them as assumptions).

import { z } from 'zod';
import * as L from './limits.ts';

const grams = z.number().min(0).max(L.MAX_IDLE_GRAMS);

/** Grams emitted per hour of idling by one vehicle: CO₂, NOx and PM2.5. */
export const IdleFactors = z
  .strictObject({
    co2: grams.meta({ description: 'Grams of CO₂ per vehicle-hour of idling.' }),
    nox: grams.meta({ description: 'Grams of NOx per vehicle-hour of idling.' }),
    pm25: grams.meta({ description: 'Grams of PM2.5 per vehicle-hour of idling.' }),
  })
  .meta({ description: 'Grams per vehicle-hour of idling, by pollutant.' });
export type IdleFactors = z.infer<typeof IdleFactors>;

/**
 * Emissions of vehicles idling in line before the primary booth: idle emission factors (grams
 * per vehicle-hour) by vehicle mode. Pedestrians emit nothing; a vehicle mode not listed emits
 * nothing either. The figures are vehicle-hours idling × the factor of each vehicle's mode.
 */
export const Emissions = z
  .strictObject({
    idleGramsPerHour: z
      .strictObject({
        car: IdleFactors.optional().meta({ description: 'Passenger vehicles.' }),
        truck: IdleFactors.optional().meta({ description: 'Commercial trucks.' }),
        bus: IdleFactors.optional().meta({ description: 'Buses.' }),
      })
      .meta({ description: 'Idle emission factors by vehicle mode (pedestrians emit nothing); a mode not listed emits nothing.' }),
    sources: z
      .array(z.string())
      .default([])
      .meta({ description: 'Ids of the scenario sources (or notes) the factors come from.' }),
  })
  .meta({ description: 'Emissions of vehicles idling in line before the primary booth, reported as vehicle-hours idling and kilograms of CO₂, grams of NOx and PM2.5.' });
export type Emissions = z.infer<typeof Emissions>;
