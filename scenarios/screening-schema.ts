// Schema of screening, policies, regions and adaptive smugglers: the parts of a scenario that decide who is inspected and why.

import { z } from 'zod';
import * as L from './limits.ts';
import { Distribution } from './distribution.ts';
import { Id, IdKey } from './ids.ts';

const id = Id;
const probability = z.number().min(0).max(1);

export const ContrabandType = z.strictObject({
  id: id.meta({ description: 'Key of the contraband type, e.g. "drugs", "cash", "weapons", "people", "radiological".' }),
  label: z.string().optional().meta({ description: 'Name shown in reports.' }),
  radiological: z.boolean().default(false).meta({ description: 'Sets off radiation portal monitors (true alarms).' }),
});
export type ContrabandType = z.infer<typeof ContrabandType>;

/** Detection probability with optional per-contraband-type values. */
export const Detection = z.strictObject({
  probability: probability.meta({ description: 'Probability of finding contraband a traveler carries.' }),
  byType: z.record(IdKey, probability).default({}).meta({ description: 'Probability by contraband type id, overriding `probability` for those types.' }),
});
export type Detection = z.infer<typeof Detection>;

export const Risk = z
  .strictObject({
    signal: z
      .number()
      .min(0)
      .max(10)
      .default(0)
      .meta({
        description:
          "Separation (d′) between carriers' and innocent travelers' risk scores. Scores are standard normal for innocent travelers and normal with mean d′ for carriers (signal detection theory); 0 means targeting sees nothing.",
      }),
  })
  .meta({ description: 'Risk scores that targeting works from (advance information, databases, history).' });

export const RadiationMonitors = z.strictObject({
  lanes: z.array(z.string()).optional().meta({ description: 'Lane group ids with monitors. Default: every lane group.' }),
  passSeconds: z.number().min(0).max(L.MAX_PASS_SECONDS).default(3).meta({ description: 'Seconds a vehicle spends passing the portal (added to its time at the primary booth).' }),
  detection: probability.default(0.9).meta({ description: 'Probability that radiological contraband sets off a true alarm.' }),
  nuisanceRate: z
    .partialRecord(z.enum(['car', 'pedestrian', 'bus', 'truck']), probability)
    .default({})
    .meta({ description: 'Share of vehicles without radiological contraband that set off a nuisance alarm (naturally radioactive cargo such as ceramics or fertiliser), by mode.' }),
  resolutionMinutes: Distribution.meta({ description: 'Time in secondary to resolve an alarm, minutes.' }),
});

export const ImagingNII = z.strictObject({
  share: z
    .partialRecord(z.enum(['car', 'pedestrian', 'bus', 'truck']), probability)
    .meta({ description: 'Share of each mode scanned before primary (FY2024: ≈ 8 % of cars, ≈ 27 % of trucks).' }),
  scanners: z.int().min(0).max(L.MAX_BAYS).meta({ description: 'Scanning systems (X-ray / gamma portals).' }),
  officers: z
    .union([z.strictObject({ constant: z.int().min(0).max(L.MAX_OFFICERS) }), z.strictObject({ byHour: z.array(z.int().min(0).max(L.MAX_OFFICERS)).length(24) })])
    .optional()
    .meta({ description: 'Officers operating scanners. Default: one per scanner.' }),
  scanMinutes: Distribution.meta({ description: 'Time per scan, minutes (≈ 8 min per exam; 7–80 trucks an hour per system).' }),
  detection: Detection.meta({ description: 'Probability that a scan shows contraband.' }),
});

export const SecondaryInspection = z.strictObject({
  id: id.meta({ description: 'Inspection type id.' }),
  kind: z.enum(['document-check', 'vehicle-search', 'cargo-exam', 'k9', 'custom']).meta({ description: 'What is done in the bay.' }),
  modes: z.array(z.enum(['car', 'pedestrian', 'bus', 'truck'])).min(1).optional().meta({ description: 'Modes it applies to. Default: all.' }),
  weight: z.number().min(0).max(L.MAX_WEIGHT).default(1).meta({ description: 'Relative share among the types that apply to a referred traveler.' }),
  minutes: Distribution.meta({ description: 'Duration, minutes.' }),
  detection: Detection.meta({ description: 'Probability of finding what the traveler carries.' }),
});

const LaneSelector = {
  ports: z.array(z.string()).optional().meta({ description: 'Port ids affected. Default: every port.' }),
  lanes: z.array(z.string()).optional().meta({ description: 'Lane group ids affected. Default: every lane group of the affected ports.' }),
  direction: z.enum(['northbound', 'southbound']).optional().meta({ description: 'Only lane groups in this direction.' }),
};

export const PolicyWindow = z.strictObject({
  id: id.meta({ description: 'Policy id, used in reports.' }),
  kind: z
    .enum(['heightened-alert', 'no-primary', 'joint-inspection', 'southbound-inspection', 'custom'])
    .meta({ description: 'What the policy represents (reporting label; the effects below do the work).' }),
  startHour: z.number().min(0).max(L.MAX_HORIZON_HOURS).meta({ description: 'Hours from the start of the run.' }),
  endHour: z.number().min(0).max(L.MAX_HORIZON_HOURS).meta({ description: 'Hours from the start of the run (after startHour).' }),
  ...LaneSelector,
  randomReferral: probability.optional().meta({ description: 'Random referral rate during the window (1 = every vehicle goes to secondary). Replaces the lane’s own rate when higher.' }),
  primaryTimeFactor: z.number().positive().max(L.MAX_FACTOR).optional().meta({ description: 'Multiplies primary inspection times (e.g. 70 s / 34 s ≈ 2.06 for opening every trunk, Villegas et al. 2006; or a combined binational inspection).' }),
  extraOfficers: z.int().min(0).max(L.MAX_OFFICERS).optional().meta({ description: 'Officers added to each affected lane group (e.g. the partner country’s officers in a joint inspection).' }),
  trustedLanes: z
    .enum(['kept', 'suspended'])
    .optional()
    .meta({ description: 'suspended: trusted-program lane groups become general lanes (everyone may use them, at the general inspection time).' }),
  noPrimary: z
    .strictObject({
      programs: z.array(z.enum(['none', 'ready', 'sentri', 'nexus', 'fast'])).min(1).meta({ description: 'Travelers who pass without a booth stop.' }),
      passSeconds: Distribution.default({ kind: 'deterministic', value: 5 }).meta({ description: 'Time to pass the booth without stopping, seconds.' }),
      judgment: probability.default(0).meta({ description: 'Probability an officer still spots contraband on a passing traveler.' }),
    })
    .optional()
    .meta({ description: 'Eligible travelers skip primary unless targeted, judged or randomly selected (the 2021 proposal).' }),
});
export type PolicyWindow = z.infer<typeof PolicyWindow>;

export const Region = z.strictObject({
  drivingMinutes: z
    .array(
      z.strictObject({
        between: z.tuple([z.string(), z.string()]).meta({ description: 'Two port ids.' }),
        minutes: z.number().min(0).max(L.MAX_MINUTES).meta({ description: 'Driving time between them, minutes.' }),
      }),
    )
    .default([])
    .meta({ description: 'Driving times between ports; ports with no entry cannot be switched between.' }),
  switching: z
    .strictObject({
      share: probability.meta({ description: 'Share of travelers who would switch ports.' }),
      thresholdMinutes: z.number().min(0).meta({ description: 'They switch when the expected wait at another port, driving time included, is shorter by more than this.' }),
    })
    .optional()
    .meta({ description: 'Travelers switching ports on expected waits (as with a wait-time app). Omit for no switching.' }),
});

export const Smugglers = z.strictObject({
  adaptiveShare: probability.meta({ description: 'Share of contraband carriers who choose the port and lane with the least perceived risk.' }),
  choose: z
    .array(z.enum(['port', 'lane', 'hour']))
    .min(1)
    .default(['port', 'lane'])
    .meta({ description: 'What adaptive smugglers choose: the port, the lane group, and (with "hour") the clock hour of the crossing within the next day.' }),
  lagHours: z.number().positive().max(L.MAX_HORIZON_HOURS).default(24).meta({ description: 'How often their perception of detection is updated from recent seizures (the lag).' }),
  priorDetection: probability.default(0.1).meta({ description: 'Perceived detection before any evidence.' }),
  priorWeight: z.number().min(0).max(L.MAX_WEIGHT).default(20).meta({ description: 'Weight of the prior, in attempts: how many observed attempts it counts for.' }),
  deterrence: z
    .strictObject({
      maxShare: probability.meta({ description: 'Largest share of would-be smugglers deterred.' }),
      midpoint: probability.meta({ description: 'Perceived detection probability at which half of maxShare is deterred.' }),
      slope: z.number().positive().max(1000).meta({ description: 'Steepness of the logistic response.' }),
    })
    .optional()
    .meta({
      description:
        'Deterred share = maxShare / (1 + exp(−slope·(p − midpoint))), p = the lowest perceived detection among the options (an assumption: no published estimate exists). Deterred carriers cross without contraband. Omit for no deterrence.',
    }),
});
