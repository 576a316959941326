// Upper bounds on scenario numbers: far beyond any land port of entry, well short of what breaks the arithmetic or the machine.
//
// Each bound is a sanity limit, not a calibration: a scenario past it is a typo (an extra
// zero, seconds given as milliseconds) or an attack, never a port. The JSON Schema publishes
// them, and the messages name the field.

/** Booths of one lane group. San Ysidro, the busiest land port, has 63 northbound vehicle booths; 500 covers any port ten times over. */
export const MAX_BOOTHS = 500;
/** Officers on duty in one staffing entry (a lane group, secondary, a flex pool, scanners): a few per booth at most. */
export const MAX_OFFICERS = 2_000;
/** Secondary bays and imaging scanners of one port: as many as booths. */
export const MAX_BAYS = 500;
/** Mean arrivals per day of one flow. The busiest crossing sees ≈ 70,000 vehicles and 25,000 pedestrians a day; 1e6 is over ten times that. */
export const MAX_PER_DAY = 1_000_000;
/** Multiplying factors (day of week, holidays, policy inspection time): traffic or time 100 × its usual level is a typo. */
export const MAX_FACTOR = 100;
/** A surge's factor: a short window (a minute, a bus unloading, a convoy released) can hold hundreds of times the mean rate. */
export const MAX_SURGE_FACTOR = 10_000;
/** Relative weights of an hourly profile, a contraband mix or inspection types (normalised, only ratios matter; bounded to keep sums finite). */
export const MAX_WEIGHT = 1_000_000;
/** Vehicles in line at the start: a 20-hour line at the busiest port is ≈ 30,000 vehicles. */
export const MAX_INITIAL_QUEUE = 100_000;
/** Horizon: five years of simulated time (leap days included). */
export const MAX_HORIZON_HOURS = 24 * 366 * 5;
/**
 * Any parameter of a distribution (a mean, a bound, a median, an observed value), in the
 * caller's unit. It must exceed a five-year horizon in minutes (2.6 million), since a
 * patience that never runs out is written as a tolerance longer than the run; 1e9 seconds is
 * 31 years, 1e9 minutes 1,900. Keeps every derived mean and variance finite (cv ≤ 100).
 */
export const MAX_DISTRIBUTION_VALUE = 1_000_000_000;
/** Coefficient of variation of a distribution: 100 is already a tail heavier than any inspection time. */
export const MAX_CV = 100;
/** Observed values of one empirical distribution. */
export const MAX_EMPIRICAL_VALUES = 10_000;
/** Minutes for thresholds, driving times and lane-management triggers: one day. */
export const MAX_MINUTES = 24 * 60;
/** Seconds a vehicle takes to pass a portal or a booth without stopping: one hour. */
export const MAX_PASS_SECONDS = 3_600;
/** US dollars per vehicle-hour of waiting. */
export const MAX_VALUE_OF_TIME = 100_000;
/** Grams of a pollutant per vehicle-hour of idling (CO₂ at idle is ≈ 1–10 kg per hour for a truck). */
export const MAX_IDLE_GRAMS = 1_000_000;
/** Items of a list: flows or lane groups of a port, ports of a scenario, surges of a flow, shifts, policies, holidays. */
export const MAX_FLOWS = 200;
export const MAX_LANE_GROUPS = 200;
export const MAX_PORTS = 50;
export const MAX_SURGES = 1_000;
export const MAX_SHIFTS = 100;
export const MAX_POLICIES = 1_000;
export const MAX_HOLIDAYS = 366 * 5;
export const MAX_CONTRABAND_TYPES = 100;
export const MAX_INSPECTIONS = 50;
