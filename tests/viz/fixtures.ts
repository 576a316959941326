// Result documents for the chart tests, made by running the engine on tiny scenarios (no hand-faked documents).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, runScenario, type ResultDocument, type Scenario } from '../../sim/index.ts';

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));

function load(path: string): Scenario {
  const r = loadScenarioText(readFileSync(root(path), 'utf8'), path);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
}

const RUN = { replications: 3, horizonHours: 30, seed: 1 } as const;

export interface Fixture {
  scenarios: Scenario[];
  docs: ResultDocument[];
  labels: string[];
}

let mmc: Fixture | null = null;
let screening: Fixture | null = null;

/** The bundled M/M/3 check and a variant with a fourth booth, same seed (common random numbers). */
export function mmcFixture(): Fixture {
  if (mmc) return mmc;
  const base = load('../../scenarios/bundled/mmc-theory-check.yaml');
  const four: Scenario = structuredClone(base);
  four.ports[0].laneGroups[0].booths = 4;
  const scenarios = [base, four];
  mmc = { scenarios, docs: scenarios.map((s) => runScenario(s, RUN)), labels: ['3 booths', '4 booths'] };
  return mmc;
}

/** A two-lane port with screening, plus variants: more officers, more random referral, none. */
export function screeningFixture(): Fixture {
  if (screening) return screening;
  const base = load('fixtures/two-lane-screening.yaml');
  const moreOfficers: Scenario = structuredClone(base);
  moreOfficers.ports[0].laneGroups[1].officers = { byHour: [2, 2, 2, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2, 2] };
  const moreReferral: Scenario = structuredClone(base);
  moreReferral.ports[0].laneGroups[1].referral = { ...moreReferral.ports[0].laneGroups[1].referral, random: 0.1 };
  moreReferral.ports[0].secondary!.bays = 8;
  const noReferral: Scenario = structuredClone(base);
  for (const l of noReferral.ports[0].laneGroups) l.referral = { ...l.referral, random: 0 };
  const scenarios = [base, moreOfficers, moreReferral, noReferral];
  screening = {
    scenarios,
    docs: scenarios.map((s) => runScenario(s, { replications: 3, seed: 7 })),
    labels: ['Baseline', '+1 officer', '10 % random referral, 8 bays', 'No random referral'],
  };
  return screening;
}

let honest: Fixture | null = null;

/**
 * The two-lane port cut at 18:00, the evening rush: once draining (the default end of run), once
 * with `endOfRun: cutoff` and impatient car drivers, so some waits are censored and some travelers
 * balk or renege.
 */
export function honestFixture(): Fixture {
  if (honest) return honest;
  const base = load('fixtures/two-lane-screening.yaml');
  base.horizonHours = 18;
  const cutoff: Scenario = structuredClone(base);
  cutoff.endOfRun = 'cutoff';
  cutoff.ports[0].flows[0].patience = { minutes: { kind: 'lognormal', mean: 25, cv: 0.5 }, balk: true, outcome: { otherPort: 0, postpone: 0.3 } };
  const scenarios = [base, cutoff];
  honest = {
    scenarios,
    docs: scenarios.map((s) => runScenario(s, { replications: 3, seed: 7 })),
    labels: ['Drain', 'Cutoff, impatient drivers'],
  };
  return honest;
}
