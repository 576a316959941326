// English: the glossary — each term as shown, the other names that find it (separated by |), its definition and unit.
import { CONFIDENCE_NOTE } from '../../../../sim/index.ts';

export default {
  title: 'Glossary',
  filter: 'Filter terms ',
  unit: 'Unit: {{unit}}',
  count_one: '{{count}} term',
  count_other: '{{count}} terms',
  count_many: '{{count}} terms',
  matches_one: '{{shown}} of {{count}} term match “{{query}}”',
  matches_other: '{{shown}} of {{count}} terms match “{{query}}”',
  matches_many: '{{shown}} of {{count}} terms match “{{query}}”',
  // How far to trust the intervals: the engine's own note, word for word.
  confidenceNote: CONFIDENCE_NOTE,
  terms: {
    wait: {
      term: "Wait to reach the primary booth",
      aliases: "wait|wait time|primary wait|delay|border wait time",
      definition:
        "Time from joining the end of the line to arriving at the primary inspection booth. This is what CBP’s Border Wait Times site reports as “delay” for each lane type; it does not include the inspection itself, secondary inspection, or the drive to the line.",
      unit: "minutes",
    },
    timeInSystem: {
      term: "Time in system",
      aliases: "time in the port|crossing time|sojourn time",
      definition:
        "Time from joining the line to leaving the port: the wait to reach the primary booth, plus primary inspection, plus (for referred travelers) the wait for a secondary bay and the secondary inspection. Always at least as long as the wait to reach the primary booth.",
      unit: "minutes",
    },
    lane: {
      term: "Lane",
      aliases: "lanes|physical lane",
      definition:
        "A physical approach to the inspection plaza. One lane can lead to one booth or, when double-stacked, to two booths one behind the other. A lane can exist and be closed.",
      unit: "lanes (count)",
    },
    booth: {
      term: "Booth",
      aliases: "booths|primary booth",
      definition:
        "A primary inspection position where one officer inspects one vehicle (or pedestrian) at a time. borderflow counts booths, not lanes: a double-stacked lane counts two booths.",
      unit: "booths (count)",
    },
    boothsStaffed: {
      term: "Booths staffed",
      aliases: "booths open|open booths|staffed booths",
      definition:
        "Booths with an officer on duty now: the smaller of the booths in the lane group and the officers scheduled for that hour. A booth without an officer is closed. An officer whose shift has ended finishes the vehicle at the booth (the booth is then “closing”).",
      unit: "booths (count)",
    },
    lanesOpen: {
      term: "Lanes open",
      aliases: "lanes open (CBP)|lanes_open",
      definition:
        "The number CBP’s Border Wait Times feed publishes for each lane type. It is reported by officers and is usually read as the number of staffed booths, but it is not defined precisely; borderflow compares it with simulated booths staffed and says so. It is not the number of physical lanes (the feed calls that “maximum lanes”).",
      unit: "lanes (count)",
    },
    utilization: {
      term: "Utilization",
      aliases: "booth utilization|busy share",
      definition:
        "Busy booths ÷ staffed booths, averaged over time: the share of staffed booth time spent inspecting. Closed booths do not count, so a port can have high utilization with many booths closed.",
      unit: "fraction 0–1 (busy ÷ staffed booths)",
    },
    rho: {
      term: "ρ (offered load per booth)",
      aliases: "rho|ρ|offered load|load",
      definition:
        "Arrival rate ÷ (staffed booths × inspections one booth completes per unit time) = λ ÷ (c·μ). Below 1 the line stays finite in the long run; at or above 1 it grows for as long as the load lasts. In a long stable run utilization equals ρ. The results measure it per lane group and hour as vehicles that joined × realised mean primary time ÷ open booth-time; lane-hours with ρ ≥ 1 are reported as unstable.",
      unit: "dimensionless (per booth)",
    },
    erlangC: {
      term: "Erlang C (M/M/c) reference",
      aliases: "erlang c|m/m/c|mmc|steady-state theory|theory",
      definition:
        "The textbook steady-state result for c identical booths, arrivals at random (Poisson) at a constant rate λ, and exponential inspection times with rate μ: the probability of waiting is Erlang’s C(c, λ/μ) and the mean wait to reach a booth is C ÷ (cμ − λ). It assumes the hour lasts forever; real arrivals and staffing change by the hour, so lines carried over from a busy hour make the simulated wait differ, most of all at and after peaks. Undefined (unstable) when ρ ≥ 1.",
      unit: "minutes (mean wait)",
    },
    referral: {
      term: "Referral",
      aliases: "referrals|referred|referral to secondary",
      definition:
        "Sending a traveler from primary to secondary inspection. The engine counts each referral under one reason: random selection (a set share of everyone, for baseline deterrence, whatever the officer sees); targeting (a risk score from advance information); officer judgment (the primary officer notices something; only finds what is really there, with a detection probability); a radiation portal monitor alarm; an imaging (non-intrusive inspection) hit; and a heightened-alert rule, when the scenario has one.",
      unit: "travelers (count), or share of those inspected",
    },
    randomReferral: {
      term: "Random referral rate",
      aliases: "random referral|random selection",
      definition:
        "The share of travelers at primary sent to secondary at random, whether or not they carry anything.",
      unit: "fraction 0–1",
    },
    secondary: {
      term: "Secondary inspection",
      aliases: "secondary|secondary bay|bays",
      definition:
        "A closer inspection after referral, in a separate area with its own bays and officers (a vehicle search, document checks, or imaging of a truck). Referred travelers wait for a free bay; that wait is part of their time in system, not of the wait to reach the primary booth.",
      unit: "bays (count); minutes (duration)",
    },
    seizure: {
      term: "Seizure",
      aliases: "seizures|seized",
      definition:
        "Contraband found and taken in secondary inspection. A carrier who is never referred, or whose contraband secondary misses, crosses with it.",
      unit: "seizures (count)",
    },
    interdiction: {
      term: "Interdiction rate",
      aliases: "interdiction",
      definition:
        "Seizures ÷ contraband carriers who arrived, in the measured period. Missing (shown as —, not 0) when no contraband carrier arrived.",
      unit: "fraction 0–1 (seizures ÷ contraband carriers arrived)",
    },
    falsePositive: {
      term: "False-positive rate",
      aliases: "false positives|false positive",
      definition:
        "Referred travelers who carried nothing ÷ all referred travelers: the share of secondary inspections spent on innocent travelers. Missing (—) when nobody was referred.",
      unit: "fraction 0–1 (innocent referrals ÷ referrals)",
    },
    replication: {
      term: "Replication",
      aliases: "replications|run",
      definition:
        "One simulated run of the whole horizon with its own random numbers (its own stream of arrivals, inspection times and decisions). Replications of a scenario differ only by chance; their spread shows how much one run can mislead.",
      unit: "runs (count)",
    },
    ci: {
      term: "95 % confidence interval",
      aliases: "confidence interval|ci|95% ci|ci95",
      definition:
        "mean ± t × s ÷ √n across n replications, where s is the sample standard deviation of the replication results and t the 97.5th percentile of Student’s t with n − 1 degrees of freedom. If the study were repeated many times, about 95 % of such intervals would contain the scenario’s true long-run mean. Needs at least 2 replications; it narrows like 1/√n.",
      unit: "same unit as the figure",
    },
    crn: {
      term: "Common random numbers",
      aliases: "crn|paired difference|paired comparison|common random numbers / paired difference",
      definition:
        "Running two scenarios with the same seed, so that the same travelers arrive with the same luck (inspection times, referral draws) wherever the scenarios share structure. The paired difference (scenario B − scenario A, replication by replication) then removes most of the shared randomness, so its confidence interval is far narrower than comparing two separate intervals.",
      unit: "same unit as the figure (difference)",
    },
    warmup: {
      term: "Warm-up",
      aliases: "warmup|warm-up period",
      definition:
        "Hours at the start of a run that are simulated but not measured, so results do not depend on the port starting empty. Vehicles that arrive during the warm-up are not counted in the figures (they still take their place in line).",
      unit: "hours",
    },
    percentiles: {
      term: "p50 / p90 / p95",
      aliases: "p50|p90|p95|median|percentile|quantile",
      definition:
        "Percentiles of the wait to reach the primary booth: p95 is the wait that 95 % of travelers did not exceed (5 % waited longer); p50 is the median. Computed per replication from every measured traveler, then averaged across replications with a 95 % confidence interval.",
      unit: "minutes",
    },
    missing: {
      term: "Update pending / missing",
      aliases: "update pending|missing|no data|missing vs zero",
      definition:
        "No value is available: CBP’s feed says “Update Pending”, or a figure is undefined (a wait for an hour in which nobody arrived; an interdiction rate with no contraband carriers). Shown as — or “no data”, never as 0: a zero wait is a measurement, missing is the absence of one.",
    },
    costOfDelay: {
      term: "Cost of delay",
      aliases: "delay cost|value of time",
      definition:
        "Vehicle-hours spent in the port (time in system, summed over travelers) × value of time per vehicle-hour for the mode (e.g. $28.69 per car-hour and $36.28 per truck-hour, TTI 2017 dollars). An economic estimate, not a measured cost.",
      unit: "US dollars",
    },
    throughput: {
      term: "Throughput",
      aliases: "served|processed",
      definition:
        "Travelers who finished primary inspection in the measured period.",
      unit: "vehicles (people for pedestrians) per period",
    },
    queueLength: {
      term: "Queue length",
      aliases: "line length|in line",
      definition:
        "Vehicles waiting in line for a primary booth (not counting the ones being inspected), at an instant or averaged over time.",
      unit: "vehicles (people for pedestrians)",
    },
    littlesLaw: {
      term: "Little's law",
      aliases: "littles law|little’s law|l = λw",
      definition:
        "Over a long period, the time-average number in line L equals the arrival rate λ times the mean wait W: L = λW. It holds for any arrival pattern and any inspection times, which makes it a check on a simulation.",
      unit: "vehicles = (vehicles per minute) × minutes",
    },
    trustedTraveler: {
      term: "Trusted-traveler programs",
      aliases: "sentri|nexus|fast|ready lane|ready|trusted traveler",
      definition:
        "Programs whose vetted members use dedicated lanes with faster primary inspection: SENTRI (US–Mexico), NEXUS (US–Canada), FAST (commercial trucks: vetted carrier, importer and driver). Ready Lanes take travelers with RFID-enabled documents. Members are still subject to random referral.",
    },
    censored: {
      term: "Censored (unfinished) waits",
      aliases: "censored|censored wait|unfinished|still in line|lower bound|≥",
      definition:
        "Travelers still in line when a run ended (end of run: cutoff, or a drain that reached its cap) have no finished wait. Their wait so far enters the wait figures as a censored observation: a lower bound. Where an hour holds such travelers its wait is marked ≥ (at least), and the true wait was longer.",
      unit: "travelers (count); waits in minutes, lower bounds",
    },
    drainCutoff: {
      term: "Drain vs cutoff (end of run)",
      aliases: "drain|cutoff|end of run|endofrun|draincaphours",
      definition:
        "How a run ends. Drain (the default): arrivals stop at the horizon and the run goes on until everyone present has left, so every hour’s travelers have finished waits (unless the drain reaches its cap, drainCapHours). Cutoff: the run stops at the horizon, and whoever is still in line is counted as unfinished, their waits censored.",
      unit: "hours (drain time past the horizon)",
    },
    balking: {
      term: "Balking",
      aliases: "balk|balked|gave up|gave up waiting",
      definition:
        "A traveler sees an expected wait beyond their tolerance and does not join the line. Afterwards they go home, drive to another port or put the trip off. Balked + reneged ÷ arrived is the share who gave up.",
      unit: "travelers (count); share of arrivals",
    },
    reneging: {
      term: "Reneging",
      aliases: "renege|reneged|abandonment|patience",
      definition:
        "A traveler joins the line and leaves it when their patience runs out, before reaching a booth. Their time in line before leaving is reported as the mean reneged wait. Flows may set a patience; without one nobody reneges.",
      unit: "travelers (count); minutes in line before leaving",
    },
    waitOver: {
      term: "P(wait > t)",
      aliases: "share waiting over|waiting over 30 min|wait over|waitover|exceedance|threshold",
      definition:
        "The share of vehicles (people on foot) that reached a primary booth whose wait in line exceeded t minutes, at the thresholds the scenario reports (15, 30 and 60 minutes by default). Averaged over replications with a 95 % confidence interval. Censored waits count as lower bounds, so with unfinished travelers the share is a lower bound too.",
      unit: "fraction 0–1 (shown as %)",
    },
    laneManagement: {
      term: "Active lane management",
      aliases: "lane management|flex officers|added booth-hours|flex",
      definition:
        "Opening booths beyond a lane group’s own staffing when its line grows, with officers from a flexible pool, and closing them again when it shrinks. The results report the booth-hours added this way.",
      unit: "booth-hours",
    },
    stackedBooths: {
      term: "Stacked booths",
      aliases: "stacked|double-stacked|double stacking|booths per lane|boothsperlane|tandem booths",
      definition:
        "Two (or more) booths one behind the other in the same lane, each inspecting a vehicle, so a lane clears more vehicles per hour. CBP counts a stacked lane once: lanes open = open booths ÷ booths per lane.",
      unit: "booths per lane",
    },
  },
};
