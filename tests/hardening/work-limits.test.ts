// Derived figures that would not be finite, runs that cannot finish, and runs that outgrow memory: refused before the run or stopped with a flagged partial result, never a crash.

import { describe, expect, it } from 'vitest';
import { DEFAULT_RUN_LIMITS, estimateWork, loadScenarioText, runScenario, ScenarioLimitError, type Scenario } from '../../sim/index.ts';
import { cliInProcess, tempDir } from '../cli/helpers.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function scenario(over: (s: any) => void = () => {}): Scenario {
  const s: any = {
    name: 'work',
    replications: 1,
    horizonHours: 48,
    endOfRun: 'cutoff',
    ports: [
      {
        id: 'p',
        name: 'P',
        flows: [{ id: 'cars', mode: 'car', perDay: 4320 }],
        laneGroups: [{ id: 'g', kind: 'general', booths: 1, primarySeconds: { kind: 'exponential', mean: 60 } }],
      },
    ],
  };
  over(s);
  const r = loadScenarioText(JSON.stringify(s), 'x.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

function limitError(f: () => unknown): ScenarioLimitError {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioLimitError) return e;
    throw e;
  }
  throw new Error('expected a ScenarioLimitError');
}

describe('finite derived figures', () => {
  it('overlapping surges whose product overflows are refused at the surges, before the run', () => {
    const s = scenario((x) => (x.ports[0].flows[0].surges = Array.from({ length: 200 }, () => ({ startHour: 1, endHour: 2, factor: 100 }))));
    const e = limitError(() => runScenario(s));
    expect(e.problems[0].path).toBe('ports[0].flows[0].surges');
    expect(e.problems[0].message).toMatch(/not a finite number|overflow/);
  });

  it('a lognormal given by quantiles whose mean overflows is refused at the field', () => {
    const r = loadScenarioText(
      JSON.stringify({
        name: 'x',
        horizonHours: 24,
        ports: [{ id: 'p', name: 'P', flows: [{ id: 'c', mode: 'car', perDay: 10 }], laneGroups: [{ id: 'g', kind: 'general', booths: 1, primarySeconds: { kind: 'lognormal-quantiles', median: 1e-300, p95: 1e6 } }] }],
      }),
      'x.json',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('ports[0].laneGroups[0].primarySeconds');
  });
});

describe('work estimate', () => {
  it('counts arrivals over the horizon, surges and replications', () => {
    const s = scenario((x) => {
      x.replications = 3;
      x.ports[0].flows[0].surges = [{ startHour: 0, endHour: 24, factor: 2 }];
      x.ports[0].laneGroups[0].initialQueue = 100;
    });
    const w = estimateWork(s);
    // 4320/day × 2 days, plus a day at twice the rate, plus the line at the start; × 3 replications.
    expect(w.travelers).toBeCloseTo(3 * (4320 * 2 + 4320 + 100), 6);
    expect(w.events).toBeGreaterThan(w.travelers);
  });

  it('refuses a run that cannot finish, with the estimate, the limit and how to lower it', () => {
    const s = scenario((x) => {
      x.horizonHours = 24 * 366 * 5;
      x.replications = 1000;
      x.ports[0].flows[0].perDay = 1e6;
    });
    const e = limitError(() => runScenario(s));
    expect(e.problems[0].message).toMatch(/travelers/);
    expect(e.problems[0].message).toContain(DEFAULT_RUN_LIMITS.maxTravelers.toLocaleString('en-US'));
    expect(e.problems[0].message).toMatch(/replications|horizon/);
  });

  it('the CLI refuses it with exit 1, naming the file, before running', async () => {
    const dir = tempDir();
    const file = join(dir, 'huge.json');
    writeFileSync(file, JSON.stringify({ name: 'huge', replications: 1000, horizonHours: 43920, ports: [{ id: 'p', name: 'P', flows: [{ id: 'c', mode: 'car', perDay: 1e6 }], laneGroups: [{ id: 'g', kind: 'general', booths: 500, primarySeconds: { kind: 'exponential', mean: 10 } }] }] }));
    const t0 = Date.now();
    for (const cmd of ['run', 'validate']) {
      const r = await cliInProcess([cmd, file]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(/travelers/);
      expect(r.stderr).not.toMatch(/ {4}at /);
    }
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('caps during the run', () => {
  it('ρ = 3 stops when the travelers present pass the cap, with a flagged partial result', () => {
    const s = scenario((x) => (x.horizonHours = 24 * 366 * 5));
    const doc = runScenario(s, { limits: { maxPresent: 20_000 } });
    expect(doc.stopped).toBeDefined();
    expect(doc.stopped!.reason).toMatch(/20,000 travelers/);
    // λ − μ = 180 − 60 = 120 an hour build up: 20,000 after ≈ 167 hours.
    expect(doc.stopped!.atHour).toBeGreaterThan(150);
    expect(doc.stopped!.atHour).toBeLessThan(185);
    const c = doc.runs[0].conservation;
    expect(c.arrived).toBe(c.exited + c.gaveUp + c.driving + c.imaging + c.inQueue + c.inService + c.inSecondary);
    expect(c.inQueue).toBeGreaterThan(19_000);
    expect(JSON.stringify(doc)).not.toMatch(/NaN|Infinity/);
  });

  it('a run that passes the event cap stops with its reason, and later replications are not run', () => {
    const s = scenario((x) => {
      x.replications = 5;
      x.ports[0].laneGroups[0].booths = 4;
    });
    const doc = runScenario(s, { limits: { maxEventsPerReplication: 5_000 } });
    expect(doc.stopped!.reason).toMatch(/events/);
    expect(doc.runs.length).toBe(1);
  });

  it('a run within the caps has no stopped field (documents stay as they were)', () => {
    const doc = runScenario(scenario((x) => (x.ports[0].laneGroups[0].booths = 4)));
    expect('stopped' in doc).toBe(false);
  });

  it('the CLI writes the partial result and exits 1 with the reason', async () => {
    const dir = tempDir();
    const file = join(dir, 'rho3.json');
    writeFileSync(file, JSON.stringify({ name: 'rho3', replications: 1, horizonHours: 43920, endOfRun: 'cutoff', ports: [{ id: 'p', name: 'P', flows: [{ id: 'c', mode: 'car', perDay: 43200 }], laneGroups: [{ id: 'g', kind: 'general', booths: 10, primarySeconds: { kind: 'exponential', mean: 60 } }] }] }));
    const out = join(dir, 'out.json');
    const r = await cliInProcess(['run', file, '--format', 'json', '--out', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/stopped/);
    expect(r.stderr).not.toMatch(/ {4}at /);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.stopped.reason).toMatch(/travelers/);
  }, 60_000);
});
