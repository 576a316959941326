// The scenario schema: the single source of truth for scenario types, defaults, checks and the published JSON Schema.
//
// Shape first (strict objects: a typo is an error), cross-field rules after (in
// `refinements.ts`), as Astro splits its config schema. Units are in the field names
// (…Seconds, …Minutes, …Hours, perDay) because planners mix them.

import { z } from 'zod';
import * as L from './limits.ts';
import { Distribution } from './distribution.ts';
import { EndOfRun, LaneManagement, Patience, Stacking } from './behaviour-schema.ts';
import { Calibration } from './calibration-schema.ts';
import { Emissions } from './emissions-schema.ts';
import { Id, IdKey } from './ids.ts';
import { ContrabandType, ImagingNII, PolicyWindow, RadiationMonitors, Region, Risk, SecondaryInspection, Smugglers } from './screening-schema.ts';

const id = Id;
const probability = z.number().min(0).max(1);

/** How a traveler crosses: `'car'`, `'pedestrian'`, `'bus'` or `'truck'` (commercial). */
export const Mode = z
  .enum(['car', 'pedestrian', 'bus', 'truck'])
  .meta({ description: 'How the traveler crosses: passenger vehicle, on foot, bus, or commercial truck.' });
export type Mode = z.infer<typeof Mode>;

/**
 * A trusted-traveler or document program: `'ready'`, `'sentri'`, `'nexus'` or `'fast'` (trucks).
 * Travelers in no program are `'none'` (see `Eligibility`).
 */
export const Program = z
  .enum(['ready', 'sentri', 'nexus', 'fast'])
  .meta({
    description:
      'Trusted-traveler or document program: ready (RFID-enabled documents), sentri (US–Mexico), nexus (US–Canada), fast (vetted carrier, importer and driver).',
  });
export type Program = z.infer<typeof Program>;

/** Travelers in no program use the id "none". */
export const Eligibility = z.enum(['none', 'ready', 'sentri', 'nexus', 'fast']);
export type Eligibility = z.infer<typeof Eligibility>;

/**
 * Lane type as CBP reports it (general, ready, sentri, nexus, fast, pedestrian kinds, bus, custom).
 * It sets the modes and programs a lane group takes when it does not list them (see `modesOf`,
 * `programsOf`); a `custom` lane group must list its modes.
 */
export const LaneKind = z
  .enum(['general', 'ready', 'nexus', 'sentri', 'fast', 'pedestrian', 'pedestrian-ready', 'pedestrian-sentri', 'bus', 'custom'])
  .meta({ description: 'Lane type as CBP reports it; decides the default modes and programs a lane group accepts.' });
export type LaneKind = z.infer<typeof LaneKind>;

export const Source = z.strictObject({
  id: id.meta({ description: 'Short key that other fields cite, e.g. "villegas2006".' }),
  citation: z.string().min(1).meta({ description: 'Author, title, publisher, year, and where the figure is (page, table or URL).' }),
  confidence: z
    .enum(['high', 'medium', 'low', 'not-found'])
    .optional()
    .meta({ description: 'Confidence in the figure, as rated in the calibration notes.' }),
});

const hourOfDay = z.number().min(0).max(24);

export const Shift = z
  .strictObject({
    start: hourOfDay.meta({ description: 'Hour of day the shift starts (0–24, fractions allowed: 6.5 = 06:30).' }),
    end: hourOfDay.meta({ description: 'Hour of day the shift ends; an end before the start runs past midnight.' }),
    officers: z.int().min(0).max(L.MAX_OFFICERS).meta({ description: 'Officers on duty for this lane group during the shift.' }),
  })
  .refine((s) => s.start % 24 !== s.end % 24, { path: ['end'], message: 'a shift must end at a different time than it starts (for round-the-clock staffing use { constant: N })' });

/**
 * Officers on duty over one day: `{ constant: N }`, `{ byHour: [24 numbers] }` (00:00 first) or
 * `{ shifts: [{ start, end, officers }] }` (clock hours; overlapping shifts add up).
 */
export const DailyStaffing = z
  .union([
    z.strictObject({
      constant: z.int().min(0).max(L.MAX_OFFICERS).meta({ description: 'The same number of officers around the clock.' }),
    }),
    z.strictObject({
      byHour: z
        .array(z.int().min(0).max(L.MAX_OFFICERS))
        .length(24)
        .meta({ description: 'Officers on duty in each hour of the day, 00:00 first (24 numbers).' }),
    }),
    z.strictObject({
      shifts: z
        .array(Shift)
        .min(1)
        .max(L.MAX_SHIFTS)
        .meta({ description: 'Shifts; officers of overlapping shifts add up.' }),
    }),
  ], { error: 'expected { constant: N }, { byHour: [24 numbers] } or { shifts: [{ start, end, officers }, …] }' })
  .meta({ description: 'Officers on duty over the day: { constant }, { byHour: [24] } or { shifts: [...] }.' });
export type DailyStaffing = z.infer<typeof DailyStaffing>;

/**
 * Officers on duty: one `DailyStaffing` for every day, or `{ byDayType: { weekday, saturday?,
 * sunday?, holiday? } }` with one per day type (a holiday is staffed like a Sunday, a Sunday
 * and a Saturday like a weekday, unless stated). Open booths = min(booths, officers);
 * `officersAt` reads it at a clock hour.
 */
export const Staffing = z
  .union([
    DailyStaffing,
    z.strictObject({
      byDayType: z
        .strictObject({
          weekday: DailyStaffing.meta({ description: 'Monday to Friday (and any day type not given).' }),
          saturday: DailyStaffing.optional().meta({ description: 'Saturdays. Default: as on weekdays.' }),
          sunday: DailyStaffing.optional().meta({ description: 'Sundays. Default: as on weekdays.' }),
          holiday: DailyStaffing.optional().meta({ description: 'Holidays of the calendar. Default: as on Sundays.' }),
        })
        .meta({ description: 'Staffing by day type; a holiday falls back to Sunday, Saturday and Sunday to weekday.' }),
    }),
  ], { error: 'expected { constant: N }, { byHour: [24 numbers] }, { shifts: [{ start, end, officers }, …] } or { byDayType: { weekday: …, saturday?: …, sunday?: …, holiday?: … } }' })
  .meta({ description: 'Officers on duty over the day: { constant }, { byHour: [24] }, { shifts: [...] }, or { byDayType: { weekday, saturday, sunday, holiday } } of those. Open booths = min(booths, officers).' });
export type Staffing = z.infer<typeof Staffing>;

/**
 * A window of extra (or less) traffic, in hours from the start of the run (not clock hours:
 * with `startHour: 16`, `startHour: 1` of a surge is 17:00 on the first day). Fractions are
 * exact: the rate changes at the very start and end of the window.
 */
export const Surge = z.strictObject({
  startHour: z.number().min(0).max(L.MAX_HORIZON_HOURS).meta({ description: 'Hours from the start of the run (fractions allowed: 0.25 = 15 minutes in).' }),
  endHour: z.number().min(0).max(L.MAX_HORIZON_HOURS).meta({ description: 'Hours from the start of the run (after startHour).' }),
  factor: z.number().min(0).max(L.MAX_SURGE_FACTOR).meta({ description: 'Multiplies the arrival rate during the window (2 = twice the traffic).' }),
});

const profile24 = z.array(z.number().min(0).max(L.MAX_WEIGHT)).length(24);

/**
 * An hourly profile: 24 relative weights, 00:00 first, for every day, or one per day type
 * `{ weekday, saturday?, sunday?, holiday? }`. A missing day type takes the profile of
 * another: holiday → sunday → weekday, saturday → weekday.
 */
export const HourlyProfile = z.union([
  profile24,
  z.strictObject({
    weekday: profile24.meta({ description: 'Monday to Friday (and any day type not given), 00:00 first.' }),
    saturday: profile24.optional().meta({ description: 'Saturdays. Default: the weekday profile.' }),
    sunday: profile24.optional().meta({ description: 'Sundays. Default: the weekday profile.' }),
    holiday: profile24.optional().meta({ description: 'Holidays of the calendar. Default: the Sunday profile.' }),
  }),
], { error: 'expected 24 numbers, or { weekday: [24 numbers], saturday?: [24], sunday?: [24], holiday?: [24] }' });
export type HourlyProfile = z.infer<typeof HourlyProfile>;

/**
 * Traffic of one mode and direction arriving at a port: `perDay` mean arrivals per day, shaped by
 * `hourlyProfile` (24 weights, or by day type), `dayOfWeek` and `holidayFactor`, `surges` in hours from the start of the run, the
 * shares in each program and the contraband carried. Ids are unique within the port.
 */
export const Flow = z.strictObject({
  id: id.meta({ description: 'Unique id of the flow within the port.' }),
  label: z.string().optional().meta({ description: 'Name shown in tables and charts.' }),
  mode: Mode,
  direction: z.enum(['northbound', 'southbound']).default('northbound').meta({ description: 'Direction of travel.' }),
  perDay: z.number().min(0).max(L.MAX_PER_DAY).meta({ description: 'Mean arrivals per day (vehicles, or people on foot).' }),
  hourlyProfile: HourlyProfile.optional().meta({
    description:
      'Relative arrivals in each hour of the day, 00:00 first (24 numbers; normalised, so only ratios matter), or { weekday, saturday?, sunday?, holiday? } of those. Default: flat.',
  }),
  dayOfWeek: z
    .array(z.number().min(0).max(L.MAX_FACTOR))
    .length(7)
    .optional()
    .meta({ description: 'Factors on the daily volume, Monday first (7 numbers). Default: all 1.' }),
  holidayFactor: z
    .number()
    .min(0)
    .max(L.MAX_FACTOR)
    .optional()
    .meta({ description: 'Factor on the daily volume on holidays of the calendar. Default: the Sunday factor of dayOfWeek.' }),
  surges: z.array(Surge).max(L.MAX_SURGES).default([]).meta({ description: 'Time windows with extra (or less) traffic.' }),
  occupants: Distribution.optional().meta({ description: 'People per vehicle (cars, buses). Default: 1.' }),
  programs: z
    .partialRecord(Program, probability)
    .default({})
    .meta({ description: 'Share of the flow enrolled in each program, e.g. { sentri: 0.3, ready: 0.22 }; the rest are in none.' }),
  contraband: z
    .strictObject({
      share: probability.meta({ description: 'Share of arrivals in no program that carry contraband.' }),
      memberShare: probability
        .optional()
        .meta({ description: 'Share of trusted-program members that carry contraband (vetting lowers it; it is not zero). Default: same as share.' }),
      mix: z
        .record(IdKey, z.number().min(0).max(L.MAX_WEIGHT))
        .optional()
        .meta({ description: 'Relative weights of contraband types carried, by type id. Default: equal weights over the scenario’s types.' }),
    })
    .default({ share: 0 })
    .meta({ description: 'Contraband carried by this flow.' }),
  regulatedShare: probability
    .default(0)
    .meta({ description: 'Share of shipments with regulated goods, which may not use FAST lanes whatever the carrier’s enrolment.' }),
  precleared: z
    .strictObject({
      share: probability.meta({ description: 'Share of shipments inspected and sealed inland, which bypass primary at the border.' }),
      passSeconds: Distribution.default({ kind: 'deterministic', value: 20 }).meta({ description: 'Time to pass the booth (seal and document check), seconds.' }),
      verificationRate: probability.default(0.02).meta({ description: 'Share of pre-cleared shipments given a full primary inspection to verify the seal.' }),
    })
    .optional()
    .meta({ description: 'Inland pre-clearance of sealed cargo.' }),
  patience: Patience.optional(),
});
export type Flow = z.infer<typeof Flow>;

/**
 * A group of primary booths of one kind and direction: `booths`, `officers` (default: one per
 * booth around the clock), `primarySeconds` (inspection time in seconds; `primaryByFlow` per
 * flow id), random or risk-targeted referral to secondary, and officer detection at primary.
 */
export const LaneGroup = z.strictObject({
  id: id.meta({ description: 'Unique id of the lane group within the port.' }),
  kind: LaneKind,
  label: z.string().optional().meta({ description: 'Name shown in tables and charts.' }),
  direction: z.enum(['northbound', 'southbound']).default('northbound').meta({ description: 'Direction of the traffic this lane group inspects; flows use lanes of their own direction.' }),
  modes: z.array(Mode).min(1).optional().meta({ description: 'Modes served. Default by kind: car lanes take cars, fast takes trucks, pedestrian kinds take pedestrians, bus takes buses.' }),
  programs: z
    .array(Eligibility)
    .min(1)
    .optional()
    .meta({
      description:
        'Who may use the lanes ("none" = travelers in no program). Default by kind: general, pedestrian and bus take everyone; ready takes ready, sentri and nexus; sentri, nexus and fast take their own members; pedestrian-ready takes ready, sentri and nexus.',
    }),
  booths: z.int().min(0).max(L.MAX_BOOTHS).meta({ description: 'Primary booths in this lane group (a double-stacked lane counts its booths).' }),
  officers: Staffing.optional().meta({ description: 'Officers on duty. Default: one per booth, around the clock.' }),
  shiftEnd: z
    .enum(['finish', 'handover'])
    .default('finish')
    .meta({
      description:
        'When a booth closes with a vehicle in it: finish — its officer stays to finish (overtime is counted) while the other booths carry on; handover — the officer leaves on time and an officer at an open booth takes the vehicle over.',
    }),
  discipline: z
    .enum(['pooled', 'per-booth'])
    .default('pooled')
    .meta({ description: 'pooled: one line feeds every open booth; per-booth: a line per booth, arrivals join the shortest.' }),
  primarySeconds: Distribution.meta({ description: 'Primary inspection time in seconds (for every flow unless primaryByFlow says otherwise).' }),
  primaryByFlow: z
    .record(IdKey, Distribution)
    .default({})
    .meta({ description: 'Primary inspection time in seconds for particular flows, by flow id (takes precedence over primaryByProgram).' }),
  primaryByProgram: z
    .partialRecord(Eligibility, Distribution)
    .default({})
    .meta({
      description:
        'Primary inspection time in seconds by the traveler\'s program ("none" = in no program), e.g. members vetted in advance are quicker; flows listed in primaryByFlow keep their own time.',
    }),
  stacking: Stacking.optional(),
  referral: z
    .strictObject({
      random: probability.default(0).meta({ description: 'Share referred to secondary at random (baseline deterrence).' }),
      targeting: z
        .strictObject({
          threshold: z.number().min(-10).max(10).meta({ description: 'Refer when the risk score is at least this (scores are standard normal for innocent travelers: 1.645 refers 5 % of them).' }),
        })
        .optional()
        .meta({ description: 'Referral by risk score (see the port’s risk block).' }),
    })
    .default({ random: 0 })
    .meta({ description: 'Referral to secondary inspection.' }),
  detection: z
    .strictObject({
      primary: probability.default(0).meta({ description: 'Probability the primary officer spots contraband a traveler carries (then refers), for an inspection of average length.' }),
      byType: z.record(IdKey, probability).default({}).meta({ description: 'The same by contraband type id.' }),
      timeDependent: z
        .boolean()
        .default(false)
        .meta({ description: 'If true, a longer inspection finds more: p(s) = 1 − (1 − p)^(s / mean inspection time).' }),
    })
    .default({ primary: 0, byType: {}, timeDependent: false })
    .meta({ description: 'Officer judgment at primary.' }),
  initialQueue: z.int().min(0).max(L.MAX_INITIAL_QUEUE).default(0).meta({ description: 'Vehicles already in line when the run starts (warm start).' }),
  initialOfficers: z
    .strictObject({
      officers: z.int().min(0).max(L.MAX_OFFICERS).meta({ description: 'Officers on duty (booths staffed) from the start of the run.' }),
      hours: z.number().positive().max(L.MAX_HORIZON_HOURS).meta({ description: 'For how many hours from the start of the run; then the lane group’s own staffing applies.' }),
    })
    .optional()
    .meta({ description: 'Warm start: the booths staffed now (e.g. the lanes open in a CBP wait-times report), in place of officers for the first hours of the run. Policy windows still add their officers. Default: the lane group’s own staffing from the start.' }),
});
export type LaneGroup = z.infer<typeof LaneGroup>;

export const Secondary = z.strictObject({
  bays: z.int().min(0).max(L.MAX_BAYS).meta({ description: 'Secondary inspection bays.' }),
  officers: Staffing.optional().meta({ description: 'Secondary officers on duty. Default: one per bay around the clock.' }),
  minutes: Distribution.meta({ description: 'Secondary inspection time in minutes (when no inspection types are listed).' }),
  detection: probability.default(0.9).meta({ description: 'Probability that secondary finds contraband a referred traveler carries (a seizure), when no inspection types are listed.' }),
  inspections: z
    .array(SecondaryInspection)
    .max(L.MAX_INSPECTIONS)
    .default([])
    .meta({ description: 'Inspection types (document check, vehicle search, cargo exam, K9) with their durations and detection; a referred traveler gets one drawn by weight among those for its mode.' }),
});
export type Secondary = z.infer<typeof Secondary>;

export const LaneChoice = z.strictObject({
  rule: z
    .enum(['shortest-expected-wait', 'volume-shares'])
    .default('shortest-expected-wait')
    .meta({
      description:
        'shortest-expected-wait: join the eligible lane group whose line would clear soonest (people ahead ÷ (open booths × service rate)); volume-shares: pick among eligible groups in proportion to their open booths.',
    }),
  programLaneShare: probability
    .default(0)
    .meta({ description: 'Share of program members who always use their own program lane (the most exclusive one they may use), whatever the waits.' }),
});

/**
 * One port of entry: its flows, its primary lane groups, an optional secondary (bays, officers,
 * inspection time in minutes; required when anything can be referred), risk targeting, radiation
 * monitors, imaging, and the rule by which travelers choose a lane group.
 */
export const Port = z.strictObject({
  id: id.meta({ description: 'Unique id of the port.' }),
  name: z.string().min(1).meta({ description: 'Port name, e.g. "San Ysidro".' }),
  flows: z.array(Flow).min(1).max(L.MAX_FLOWS).meta({ description: 'Traffic arriving at the port.' }),
  laneGroups: z.array(LaneGroup).min(1).max(L.MAX_LANE_GROUPS).meta({ description: 'Primary inspection lane groups.' }),
  secondary: Secondary.optional().meta({ description: 'Secondary inspection; required when anything can be referred.' }),
  risk: Risk.default({ signal: 0 }),
  radiationMonitors: RadiationMonitors.optional().meta({ description: 'Radiation portal monitors before the primary booths.' }),
  imaging: ImagingNII.optional().meta({ description: 'Non-intrusive inspection (X-ray / gamma imaging) before primary.' }),
  laneChoice: LaneChoice.default({ rule: 'shortest-expected-wait', programLaneShare: 0 }),
  laneManagement: LaneManagement.optional(),
});
export type Port = z.infer<typeof Port>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/**
 * The days of the run that are holidays: day numbers from the start of the run (0 = the day
 * the run starts on) or ISO dates `YYYY-MM-DD`, which need `startDate`, the date of day 0.
 */
export const Calendar = z.strictObject({
  startDate: isoDate
    .optional()
    .meta({ description: 'Date of the day the run starts on (YYYY-MM-DD); needed for holidays given as dates, and must fall on startDay.' }),
  holidays: z
    .array(z.union([z.int().min(0), isoDate], { error: 'expected a day number from the start (0 = first day) or a date as YYYY-MM-DD' }))
    .max(L.MAX_HOLIDAYS)
    .default([])
    .meta({ description: 'Holidays: day numbers from the start of the run (0 = the first day) or dates YYYY-MM-DD (with startDate).' }),
});
export type Calendar = z.infer<typeof Calendar>;

/** What the result document reports beyond the standard figures: the wait thresholds of P(wait > t). */
export const Report = z.strictObject({
  waitThresholdsMinutes: z
    .array(z.number().min(0).max(24 * 60))
    .min(1)
    .max(12)
    .default([15, 30, 60])
    .refine((a) => a.every((x, i) => i === 0 || x > a[i - 1]), { message: 'wait thresholds must be in increasing order, without repeats' })
    .meta({ description: 'Thresholds, minutes, of the share of travelers whose wait in line exceeds them (P(wait > t)); increasing.' }),
});
export type Report = z.infer<typeof Report>;

export const ScenarioShape = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
  name: z.string().min(1).meta({ description: 'Scenario name.' }),
  description: z.string().default('').meta({ description: 'What the scenario represents and what it is for.' }),
  sources: z.array(Source).default([]).meta({ description: 'Citations for every calibrated figure.' }),
  assumptions: z.array(z.string()).default([]).meta({ description: 'Numbers that are assumptions rather than sourced figures, each with its reason.' }),
  seed: z.int().min(0).default(1).meta({ description: 'Seed of every random stream; the same seed gives the same results.' }),
  replications: z.int().min(1).max(100_000).default(10).meta({ description: 'Independent replications (different random numbers, same scenario).' }),
  horizonHours: z.number().positive().max(L.MAX_HORIZON_HOURS).meta({ description: 'Simulated hours, warm-up included.' }),
  warmupHours: z.number().min(0).max(L.MAX_HORIZON_HOURS).default(0).meta({ description: 'Hours at the start whose observations are discarded.' }),
  endOfRun: EndOfRun.default('drain'),
  drainCapHours: z
    .number()
    .positive()
    .max(24 * 30)
    .default(48)
    .meta({ description: 'With endOfRun drain: the longest the run goes on past the horizon; whoever is still in line then counts as unfinished (censored), with a warning.' }),
  startHour: z.number().min(0).max(24).default(0).meta({ description: 'Clock hour at which the run starts (16 = 4 pm), e.g. for a warm start from the lines seen now.' }),
  startDay: z
    .enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
    .default('monday')
    .meta({ description: 'Day of the week the run starts on (for dayOfWeek factors).' }),
  calendar: Calendar.optional().meta({ description: 'Holidays, which take the holiday profiles, factors and staffing. Default: no holidays.' }),
  valueOfTimePerHour: z
    .partialRecord(Mode, z.number().min(0).max(L.MAX_VALUE_OF_TIME))
    .default({})
    .meta({ description: 'US dollars per vehicle-hour (per person-hour for pedestrians) of waiting, by mode, for the cost of delay.' }),
  emissions: Emissions.optional().meta({ description: 'Idle emission factors by vehicle mode, for emissions of vehicles idling in line. Default: none (no emissions reported).' }),
  ports: z.array(Port).min(1).max(L.MAX_PORTS).meta({ description: 'Ports of entry in the scenario.' }),
  contrabandTypes: z
    .array(ContrabandType)
    .min(1)
    .max(L.MAX_CONTRABAND_TYPES)
    .default([{ id: 'contraband', radiological: false }])
    .meta({ description: 'Kinds of contraband, for seizures by type and type-specific detection.' }),
  policies: z.array(PolicyWindow).max(L.MAX_POLICIES).default([]).meta({ description: 'Alert levels and policy variants, each in a time window.' }),
  region: Region.optional().meta({ description: 'Several ports within driving distance: driving times and port switching.' }),
  smugglers: Smugglers.optional().meta({ description: 'Adaptive smugglers: displacement and deterrence. Omit for smugglers who do not adapt.' }),
  report: Report.default({ waitThresholdsMinutes: [15, 30, 60] }).meta({ description: 'What the result document reports beyond the standard figures.' }),
  calibration: Calibration.optional().meta({ description: 'Record of a calibration to observed waits (written by borderflow calibrate): what was fitted, how, and how well. The engine ignores it.' }),
});
