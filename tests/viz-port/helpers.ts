// Test helpers: bundled and inline scenarios for the port-view tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText, formatProblem, type Scenario } from '../../sim/index.ts';

export const BUNDLED_DIR = join(import.meta.dirname, '../../scenarios/bundled');

export function bundledFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(BUNDLED_DIR)) if (/\.(ya?ml|json)$/.test(f)) out[f] = readFileSync(join(BUNDLED_DIR, f), 'utf8');
  return out;
}

export function loadBundled(file: string): Scenario {
  return loadText(readFileSync(join(BUNDLED_DIR, file), 'utf8'), file);
}

export function loadText(text: string, file = 'inline.yaml'): Scenario {
  const r = loadScenarioText(text, file);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.scenario;
}

/** A small port with a staffing drop at 01:00, a per-booth lane group, random referral and secondary. */
export const SCREENING_YAML = `
name: Test port with screening
horizonHours: 3
seed: 7
ports:
  - id: p
    name: Test port
    flows:
      - id: cars
        mode: car
        perDay: 2400
        programs: { sentri: 0.3 }
        contraband: { share: 0.05 }
    laneGroups:
      - id: general
        kind: general
        booths: 4
        officers: { shifts: [ { start: 0, end: 1, officers: 4 }, { start: 1, end: 24, officers: 2 } ] }
        primarySeconds: { kind: exponential, mean: 60 }
        referral: { random: 0.3 }
        detection: { primary: 0.5 }
      - id: sentri
        kind: sentri
        booths: 2
        discipline: per-booth
        primarySeconds: { kind: exponential, mean: 20 }
        referral: { random: 0.3 }
    secondary:
      bays: 2
      minutes: { kind: exponential, mean: 10 }
      detection: 0.9
`;
