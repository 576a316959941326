// The experiment file: a base scenario, the factors to vary (paths into the scenario and their values), the design, replications and the figures to report.
//
// Like the scenario schema this is data only: it names paths and values; `load.ts` checks the
// paths against the base scenario and `design.ts` turns the design into points.

import { z } from 'zod';

const Factor = z
  .strictObject({
    name: z.string().min(1).optional().meta({ description: 'Column name in the results (default: the path).' }),
    path: z
      .string()
      .min(1)
      .meta({
        description:
          'Field of the scenario to vary, e.g. `ports[0].laneGroups[sentri].booths`: `[n]` picks a list item by position, `[id]` the item with that id, `.name` a field.',
      }),
    values: z
      .array(z.unknown())
      .min(1)
      .optional()
      .meta({ description: 'Values to try (numbers, text, or whole objects such as an officers schedule). Required by full-factorial designs.' }),
    min: z.number().optional().meta({ description: 'Lower end of a numeric range (latin-hypercube designs).' }),
    max: z.number().optional().meta({ description: 'Upper end of a numeric range (latin-hypercube designs).' }),
    integer: z.boolean().default(false).meta({ description: 'Draw whole numbers from the range (booths, officers).' }),
  })
  .meta({ description: 'One factor: a scenario field and the values (or range) it takes.' });

const FullFactorial = z.strictObject({
  kind: z.literal('full-factorial'),
});

const Points = z.strictObject({
  kind: z.literal('points'),
  points: z
    .array(z.record(z.string(), z.unknown()))
    .min(1)
    .meta({ description: 'The combinations to run, each an object giving every factor (by name, or path when unnamed) its value.' }),
});

const LatinHypercube = z.strictObject({
  kind: z.literal('latin-hypercube'),
  samples: z.int().min(2).max(100_000).meta({ description: 'Number of points; each factor range is cut into this many equal strata, one sample each.' }),
  seed: z.int().min(0).max(2 ** 32 - 1).default(1).meta({ description: 'Seed of the sampling (not of the simulation).' }),
});

/** The design of an experiment: `full-factorial`, listed `points`, or a `latin-hypercube` sample. */
export const Design = z
  .discriminatedUnion('kind', [FullFactorial, Points, LatinHypercube])
  .meta({ description: 'How points are chosen: every combination of the factor values, listed points, or a Latin hypercube sample.' });

/** The zod schema of an experiment file (the JSON Schema is generated from it). */
export const ExperimentShape = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  base: z.string().min(1).meta({ description: 'The base scenario file, relative to the experiment file.' }),
  factors: z.array(Factor).min(1).max(64),
  design: Design.default({ kind: 'full-factorial' }),
  replications: z.int().min(1).max(100_000).optional().meta({ description: "Replications per point (default: the base scenario's)." }),
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional()
    .meta({ description: "Seed shared by every point, so points are compared on common random numbers (default: the base scenario's)." }),
  baseline: z.int().min(0).default(0).meta({ description: 'Index of the point the others are compared with (paired differences).' }),
  outputs: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .meta({
      description:
        'Figures to report, as paths into a replication result, e.g. `summary.wait.p95`, `ports[0].lanes[sentri].capacity.utilization`. Default: port wait mean and p95, waitOver, served, seizures, interdictionRate, and each lane’s wait mean, p95 and utilization.',
    }),
});

/** An experiment as validated (defaults filled in). */
export type Experiment = z.output<typeof ExperimentShape>;
/** One factor of an experiment. */
export type ExperimentFactor = Experiment['factors'][number];
