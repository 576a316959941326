// Schema of how travelers and officers behave beyond the queue itself: patience, active lane management, stacked booths, how a run ends.
//
// Every block here is optional or has a default that leaves the pure queue untouched, so the
// queueing-theory checks hold when a scenario does not ask for the behaviour.

import { z } from 'zod';
import * as L from './limits.ts';
import { Distribution } from './distribution.ts';

const probability = z.number().min(0).max(1);

/**
 * How long travelers of a flow will wait in line, and what they do past it. Omit it for
 * travelers who wait however long it takes (the pure queue).
 */
export const Patience = z
  .strictObject({
    minutes: Distribution.meta({
      description: 'Tolerance: the longest a traveler will wait in line before primary, minutes (a distribution over travelers).',
    }),
    balk: z
      .boolean()
      .default(true)
      .meta({
        description:
          'A traveler who expects a wait longer than its tolerance on arrival (the line it would join ÷ open booths × mean inspection time) does not join the line at all (balking). false: everyone joins and gives up only when the tolerance runs out in line (reneging).',
      }),
    outcome: z
      .strictObject({
        otherPort: probability
          .default(0)
          .meta({ description: 'Share of those who give up who drive to the connected port with the shortest expected wait plus driving time (in a region; where no port is connected they go home).' }),
        postpone: probability.default(0).meta({ description: 'Share who put the trip off (they leave and are counted as postponed trips).' }),
      })
      .default({ otherPort: 0, postpone: 0 })
      .meta({ description: 'What those who give up do; the rest leave the line and go home.' }),
  })
  .refine((p) => p.outcome.otherPort + p.outcome.postpone <= 1 + 1e-9, {
    path: ['outcome'],
    message: 'the shares otherPort + postpone add up to more than 1; expected at most 1 (the rest go home)',
  })
  .meta({ description: 'Patience of the travelers of this flow: tolerance of waiting, balking and reneging. Default: none (everyone waits).' });
export type Patience = z.infer<typeof Patience>;

/**
 * Active lane management: supervisors open extra booths from a pool of officers on duty when a
 * line grows, and close them when it falls, as CBP does at busy ports.
 */
export const LaneManagement = z
  .strictObject({
    flexOfficers: z
      .union([z.strictObject({ constant: z.int().min(0).max(L.MAX_OFFICERS) }), z.strictObject({ byHour: z.array(z.int().min(0).max(L.MAX_OFFICERS)).length(24) })], {
        error: 'expected { constant: N } or { byHour: [24 numbers] }',
      })
      .meta({ description: 'Officers on duty who are not assigned to a booth and can open one (the flex pool): { constant } or { byHour: [24] }.' }),
    openAboveMinutes: z
      .number()
      .min(0)
      .max(L.MAX_MINUTES)
      .default(30)
      .meta({ description: 'Open an extra booth in a lane group whose expected wait (line ÷ open booths × mean inspection time) is above this, minutes.' }),
    closeBelowMinutes: z
      .number()
      .min(0)
      .max(L.MAX_MINUTES)
      .default(10)
      .meta({ description: 'Close an extra booth when the expected wait falls below this, minutes (below openAboveMinutes, so booths do not flap).' }),
    maxOpeningsPerHour: z.int().min(0).max(L.MAX_BOOTHS).default(4).meta({ description: 'Most extra booths the port opens in one clock hour (supervisors cannot redeploy without limit).' }),
    checkEveryMinutes: z.number().positive().max(60).default(5).meta({ description: 'How often supervisors look at the lines, minutes.' }),
    lanes: z.array(z.string()).optional().meta({ description: 'Lane group ids that may get extra booths. Default: every lane group.' }),
  })
  .refine((m) => m.closeBelowMinutes < m.openAboveMinutes, {
    path: ['closeBelowMinutes'],
    message: 'must be below openAboveMinutes, or booths would open and close at once',
  })
  .meta({ description: 'Active lane management: extra booths opened from a flex pool of officers when lines grow.' });
export type LaneManagement = z.infer<typeof LaneManagement>;

/**
 * Stacked booths: several booths one behind the other in one lane, as at San Ysidro. The back
 * booth waits while the front one is busy, so a lane of two gives less than twice one booth.
 */
export const Stacking = z
  .strictObject({
    boothsPerLane: z.int().min(2).max(4).meta({ description: 'Booths one behind the other in each lane (2 = double-stacked).' }),
    throughputPerLane: z
      .number()
      .min(1)
      .meta({
        description:
          'Vehicles a lane of stacked booths clears, relative to a lane with one booth (CBP: double stacking gives 50–60 % more, so 1.5–1.6). Each booth inspects at (throughputPerLane ÷ boothsPerLane) of its single-booth rate, so the lane as a whole clears exactly this.',
      }),
  })
  .refine((s) => s.throughputPerLane <= s.boothsPerLane, { path: ['throughputPerLane'], message: 'cannot exceed boothsPerLane (a lane cannot clear more than its booths)' })
  .meta({ description: 'Booths stacked one behind the other in each lane; booths counts every booth, and lanes open = open booths ÷ boothsPerLane.' });
export type Stacking = z.infer<typeof Stacking>;

/**
 * How a run ends. drain: arrivals stop at the horizon and the run goes on until everyone present
 * has left (at most `drainCapHours`). cutoff: the run stops at the horizon and those still in
 * line enter the wait figures as censored observations (their wait so far).
 */
export const EndOfRun = z
  .enum(['drain', 'cutoff'])
  .meta({
    description:
      'drain (default): arrivals stop at the horizon and the run continues until everyone present has left, so every arrival has a wait; cutoff: the run stops at the horizon and travelers still in line count with the wait they had so far (censored: a lower bound), reported as unfinished.',
  });
export type EndOfRun = z.infer<typeof EndOfRun>;
