// English: the guided lessons — the panel's words, and each lesson's text, question, choices, controls, scenario names, tasks, what a run shows and why.
export default {
  ui: {
    region: "Guided lessons",
    nav: "Lessons",
    navItem: "{{title}} ({{done}} of {{total}} tasks)",
    termsUsed: "Terms used: ",
    predictFirst: "Predict first: {{question}}",
    predictionNoted: "Prediction noted. Now run the experiment.",
    run: "Run the experiment",
    running_one: "Running {{names}} ({{count}} replication, seed {{seed}})… The tasks tick themselves when the results arrive.",
    running_other: "Running {{names}} ({{count}} replications, seed {{seed}})… The tasks tick themselves when the results arrive.",
    running_many: "Running {{names}} ({{count}} replications, seed {{seed}})… The tasks tick themselves when the results arrive.",
    and: " and ",
    tasks: "Tasks",
    done: " (done)",
    notYet: " (not yet)",
    shows: "What the run shows",
    verdict: "You predicted: “{{mine}}” The simulation supports: “{{answer}}”",
    why: "Why",
    next: "Next lesson: {{title}}",
    sandbox: "Go to the free sandbox",
    resultsDone: "Results are in. Task done: {{names}}",
    resultsIn: "Results are in. Read what the run shows and why, below.",
    noData: "no data",
    oneReplication: "{{value}} (one replication: no interval)",
    ci: "{{value}} (95 % CI {{low}}–{{high}})",
    percentCi: "{{value}} (95 % CI {{low}}–{{high}} %)",
    listSep: ", ",
  },
  utilization: {
    title: "Utilization and the hockey stick",
    intro: [
      "This port is a textbook queue: three booths, each inspecting a car in 60 seconds on average (exponentially distributed times), and cars arriving at random at a steady rate (a Poisson stream), around the clock.",
      "The load per booth ρ is the arrival rate divided by what the staffed booths can inspect: cars per hour ÷ (3 booths × 60 cars per hour). In a long run it equals the utilization, the share of time a staffed booth is busy. Scenario A runs at ρ = 0.80. The slider sets the load of scenario B.",
    ],
    question: "At ρ = 0.80 cars wait about 1.1 minutes on average to reach a booth. If traffic grows by about a fifth, so that ρ = 0.95, what will the mean wait be?",
    choices: [
      "About 1.3 minutes: the wait grows in proportion to the traffic.",
      "About 2 minutes.",
      "About 6 minutes: more than five times as long.",
      "The line grows without limit.",
    ],
    controls: {
      rho: {
        label: "Load per booth ρ in scenario B",
      },
    },
    scenarios: [
      "A: ρ = 0.80",
      "B: your load",
    ],
    tasks: {
      heavy: "Run scenario B at a utilization of 0.95 or more.",
      "five-times": "Find a load at which the mean wait is at least five times scenario A’s.",
      light: "Run a light load (utilization at most 0.60) and see the mean wait fall below 0.3 minutes.",
    },
    explanation: [
      "The wait does not grow in proportion to the load. For this queue Erlang’s formula gives the mean wait as C ÷ (cμ − λ): the denominator is the spare capacity, the cars per minute the booths could inspect beyond those arriving. At ρ = 0.80 the spare capacity is 0.6 cars a minute; at ρ = 0.95 it is 0.15, a quarter as much, and the probability of having to wait (C) rises too. So the mean wait goes from about 1.1 to about 6 minutes, and it heads to infinity as ρ approaches 1: the hockey stick.",
      "Why: arrivals come in random bursts. A booth that is busy 95 % of the time has almost no idle time in which to work off the line a burst leaves behind, so each burst’s line lingers and the next burst adds to it. The last few percent of utilization cost far more waiting than the first.",
      "The simulation matches Erlang C within its confidence interval here because this scenario meets the formula’s assumptions: Poisson arrivals at a constant rate, exponential inspection times, constant staffing, and a long run measured after a warm-up. Real ports break these assumptions (see the lesson on the peak), but the hockey stick remains.",
    ],
    rhoValue: "ρ = {{rho}} ({{cars}} cars a day)",
    observe: "{{name}}: utilization {{u}}; mean wait to reach the booth {{wait}}",
    observeTheory: "; Erlang C at that utilization: {{theory}} min.",
  },
  replications: {
    title: "Replications and confidence intervals: why one run misleads",
    intro: [
      "The same three-booth queue as in the first lesson, at ρ = 0.80, but each run now covers one simulated day (two hours of warm-up, then 24 hours measured). Queueing theory says the long-run mean wait to reach the booth is 1.08 minutes.",
      "A run is one draw of random arrivals and inspection times. The seed picks which draw; the number of replications says how many independent runs to average.",
    ],
    question: "Run one simulated day and note the mean wait. If you ran the same day again with other random numbers (another seed), how different could the answer be?",
    choices: [
      "Identical: the model has not changed.",
      "Within about 1 %.",
      "Within about 10 %.",
      "It could differ by 30 % or more.",
    ],
    controls: {
      replications: {
        label: "Replications",
      },
      seed: {
        label: "Seed",
      },
    },
    scenarios: [
      "One simulated day at ρ = 0.80",
    ],
    tasks: {
      "two-seeds": "Run one replication with two different seeds and get mean waits that differ by more than 20 %.",
      narrow: "Get a 95 % confidence interval for the mean wait narrower than ±0.2 minutes.",
      "contains-theory": "Get an interval that contains the theoretical value, {{value}} minutes.",
    },
    explanation: [
      "One day of a busy queue is a noisy measurement: a few bursts of arrivals early in the day can leave a line that lasts for hours, and another day may have none. Single runs of this scenario easily differ by a third, and one run cannot tell you how far it is from the truth.",
      "Replications fix that. With n independent runs, the 95 % confidence interval is the mean ± t × s ÷ √n, where s is the spread of the runs’ results and t comes from Student’s t distribution with n − 1 degrees of freedom (about 2.09 for 20 runs; it is large for small n, so two runs give a wide interval). The half-width shrinks like 1/√n: four times the runs halve it. About 95 % of intervals built this way contain the true long-run value — so occasionally one will not.",
      "To compare two scenarios, run them on the same seed (common random numbers): the same trucks and cars arrive with the same luck in both, so the difference replication by replication is far less noisy than either figure alone, and the paired difference’s interval is much narrower than the two separate intervals suggest.",
    ],
    replicationsValue_one: "{{count}} replication",
    replicationsValue_other: "{{count}} replications",
    replicationsValue_many: "{{count}} replications",
    seedValue: "seed {{seed}}",
    observeRun_one: "Seed {{seed}}, {{count}} replication: mean wait {{wait}}.",
    observeRun_other: "Seed {{seed}}, {{count}} replications: mean wait {{wait}}.",
    observeRun_many: "Seed {{seed}}, {{count}} replications: mean wait {{wait}}.",
    observeEach: "Each replication’s own mean: {{list}}{{more}} min. Theory: {{theory}} min.",
  },
  "trusted-lanes": {
    title: "Trusted-traveler lanes: who gains when more drivers join SENTRI?",
    intro: [
      "San Ysidro on a weekday: about 41,000 cars a day northbound, in general, Ready Lane and SENTRI lanes. SENTRI members are vetted in advance, so a SENTRI inspection takes about 18 seconds against about 62 seconds in the general lanes (figures from CBP and DHS reports; the scenario file lists every source and assumption).",
      "In scenario A, 30 % of cars are SENTRI members and 25 % carry Ready Lane documents. One member in five always uses their own program lane; the rest join whichever lane they may use has the shortest expected wait. Scenario B changes the SENTRI share, and can move officers from general booths to SENTRI booths every hour (the port has 12 SENTRI booths, so there is room).",
    ],
    question: "Suppose the SENTRI share rises from 30 % to 45 % of cars and the officers stay where they are. What happens to the mean wait to reach the booth?",
    choices: [
      "Everyone waits less, in the general and the SENTRI lanes.",
      "General lanes wait much less; SENTRI lanes wait far more.",
      "Hardly anything changes.",
      "General lanes wait more.",
    ],
    controls: {
      sentri: {
        label: "SENTRI members, share of cars (scenario B)",
      },
      moved: {
        label: "Officers moved from general to SENTRI booths, every hour (scenario B)",
      },
    },
    scenarios: [
      "A: SENTRI 30 % (as calibrated)",
      "B: your SENTRI share and officers",
    ],
    tasks: {
      "halve-general": "Make the general lanes’ mean wait less than half of scenario A’s.",
      "sentri-worse": "Find a setting in which SENTRI members wait longer than general-lane drivers.",
      "all-under-10": "Find a setting in which every car lane (general, Ready, SENTRI) has a mean wait under 10 minutes.",
    },
    explanation: [
      "Moving drivers into SENTRI takes work off the general booths twice over: each driver who leaves the general line also takes a 62-second inspection with them and replaces it with an 18-second one somewhere else. With the general booths as busy as they are at San Ysidro (a line around the clock, longest in the early afternoon), a modest cut in their load brings their wait down a lot — the hockey stick in reverse.",
      "But the SENTRI booths receive the extra members. If their officers stay as they were, the SENTRI lanes run past capacity for much of the day and their wait climbs to that of the other lanes: the program’s promise of a short wait breaks, even though each SENTRI inspection is fast. Only one member in five keeps to the SENTRI lanes whatever the wait; the others spill into the Ready and general lines once the SENTRI line is the longer one, which takes back part of the general lanes’ gain.",
      "The lesson for planners: a trusted-traveler program saves inspection time only where staffing follows the members. Moving a couple of officers an hour from general to SENTRI booths lets both sides gain. The gains depend on assumptions the scenario lists (inspection times, the booth split, lane loyalty); vary them before relying on a number.",
    ],
    sentriValue: "{{pct}} % of cars in SENTRI",
    movedNone: "no officers moved",
    moved_one: "{{count}} officer moved from general to SENTRI booths",
    moved_other: "{{count}} officers moved from general to SENTRI booths",
    moved_many: "{{count}} officers moved from general to SENTRI booths",
    observe: "{{name}}: mean wait to reach the booth — {{list}}.",
  },
  "peak-staffing": {
    title: "Staffing the peak: time-varying traffic against steady-state theory",
    intro: [
      "A commercial crossing in the style of Detroit’s Ambassador Bridge, over one week: about 4,000 trucks a day enter the US, most of them between 08:00 and 15:00, fewer at weekends. A general truck inspection takes about 135 seconds on average; FAST trucks have their own lanes.",
      "The general booths are staffed by three shifts: night (22:00–06:00), day (06:00–14:00) and afternoon (14:00–22:00). Scenario A keeps the file’s 2, 8 and 7 officers (136 officer-hours a day). In scenario B you set each shift.",
      "Steady-state theory (Erlang C) answers one hour at a time as if that hour’s traffic and staffing lasted forever. Watch how the simulated day differs.",
    ],
    question: "Trucks arrive most between 08:00 and 15:00. In scenario A, trucks arriving at what time of day wait longest for a general booth?",
    choices: [
      "Around 08:00, as the peak begins.",
      "Around noon, in the middle of the peak.",
      "Between 15:00 and 18:00, after the day shift (8 officers) hands over to the afternoon shift (7).",
      "At night, when only 2 officers are on duty.",
    ],
    controls: {
      night: {
        label: "Night shift officers, 22:00–06:00 (scenario B)",
      },
      day: {
        label: "Day shift officers, 06:00–14:00 (scenario B)",
      },
      afternoon: {
        label: "Afternoon shift officers, 14:00–22:00 (scenario B)",
      },
    },
    scenarios: [
      "A: shifts 2 / 8 / 7 (as in the file)",
      "B: your shifts",
    ],
    tasks: {
      "p95-30": "Find a staffing where the p95 wait to reach a general booth is under 30 minutes.",
      "p95-30-cheap": "Do it with at most {{hours}} officer-hours a day at the general booths (one more officer on one shift than today).",
      "every-hour-10": "Keep the mean wait under 10 minutes for trucks arriving at every hour of the day.",
    },
    explanation: [
      "Waits peak after arrivals do. A line is a stock: it grows whenever trucks arrive faster than the booths inspect them and shrinks only when they arrive slower. In scenario A the day shift cannot quite keep up with the midday peak, so a line builds through the day; at 14:00 one officer leaves while trucks still arrive at nearly the peak rate, so the line keeps growing until traffic falls off in the evening. Trucks arriving between 15:00 and 18:00 wait longest.",
      "Steady-state theory misreads both ends. Just before 06:00 traffic is already rising and two night officers cannot keep up: Erlang C calls those hours unstable (an infinite wait), yet the simulated wait is finite because the overload lasts only until the day shift arrives. In the early evening arrivals have dropped below what the afternoon shift can inspect, so Erlang C predicts a wait of a few minutes, but the line carried over from the afternoon makes the simulated wait several times longer. The formula also assumes exponential inspection times; these are lognormal and more variable, which lengthens waits further.",
      "For planning this means staffing by the hour, not by the day: an extra officer placed where the line builds (the start of the afternoon shift, the last night hours) buys far more than one spread evenly. The confidence intervals tell you whether a difference between two staffings is larger than the week-to-week noise.",
    ],
    nightValue: "{{count}} officers on the night shift",
    dayValue: "{{count}} officers on the day shift",
    afternoonValue: "{{count}} officers on the afternoon shift",
    observeP95: "{{name}}: p95 wait {{p95}}; ",
    observeWorst: "longest mean wait for trucks arriving at {{hour}} ({{wait}} min)",
    observeNoHourly: "no hourly waits",
    observeBusiest: "; most arrivals at {{hour}}",
    observeHours: "; {{hours}} staffed booth-hours a day.",
  },
  screening: {
    title: "The screening trade-off: referral rate, interdiction and waiting",
    intro: [
      "Same crossing as before, one week of trucks. At primary, an officer sends a truck to secondary inspection either at random (a set share of all trucks, which deters smugglers because anyone may be checked) or by judgment (spotting about 15 % of the trucks that really carry contraband). A cargo exam in one of the secondary bays takes about 45 minutes on average and finds contraband 85 % of the time when it is there. About 0.2 % of general trucks carry contraband. Most of these figures are assumptions for illustration (no public source gives them); the scenario file says which.",
      "Scenario A refers 5 % of general trucks and 2 % of FAST trucks at random, with 12 secondary bays. In scenario B you set the random referral rate (for both lane groups) and the number of secondary bays.",
    ],
    question: "Raise random referral from 5 % to 12 % of trucks, with the same 12 bays. What happens to the wait to reach the primary booth — the figure CBP publishes?",
    choices: [
      "It rises a lot.",
      "It rises a little.",
      "It does not change.",
      "It falls.",
    ],
    controls: {
      referral: {
        label: "Random referral rate (scenario B)",
      },
      bays: {
        label: "Secondary inspection bays (scenario B)",
      },
    },
    scenarios: [
      "A: referral 5 % / 2 %, 12 bays",
      "B: your referral rate and bays",
    ],
    tasks: {
      "interdict-25": "Find a setting that interdicts at least 25 % of contraband carriers.",
      "interdict-25-fast-secondary": "… while referred trucks wait less than 15 minutes on average for a secondary bay.",
      "hidden-cost": "Find a setting in which the mean time in the port is more than twice scenario A’s.",
    },
    explanation: [
      "The wait to reach the primary booth does not move: referral happens after primary, and in this model referred trucks leave the primary lanes for the secondary lot. The cost appears elsewhere — in the time referred trucks spend waiting for a bay and being examined, in the time in the port, and in officer time. A dashboard that shows only the CBP-style wait would call more screening free. (A real lot that fills up can back trucks into the primary lanes; this model does not represent that, which is a limitation to keep in mind.)",
      "Random referral catches contraband in proportion to the share referred, but nearly every truck it stops is innocent: with 0.2 % of trucks carrying contraband, about 99 % of referrals are false positives. Going from 5 % to 12 % random referral adds only a few percentage points of interdiction, because judgment referrals already catch the carriers an officer can spot and random checks find the rest only by chance.",
      "Secondary capacity sets the limit. Each extra point of referral adds about 40 exams a day at 45 minutes each; with 12 bays the lot approaches full use near 10 % and the wait for a bay explodes — the hockey stick again. More bays (and the officers for them) make a higher referral rate possible; the trade-off is interdiction against inspection resources and travelers’ time, not against the published wait.",
    ],
    referralValue: "{{pct}} % of trucks referred at random",
    baysValue: "{{count}} secondary bays",
    observe: "{{name}}: interdiction {{interdiction}}; false positives {{fp}} of referrals; wait to reach the primary booth {{wait}}; wait for a secondary bay {{secWait}}; time in the port {{tis}}; secondary bays busy {{busy}}.",
  },
};
