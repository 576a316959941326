// The hostile model corpus: every file in tests/hostile/model/ through the built command line, validate and run.
//
// A hostile file must end in exit 1 with a message that names the file and the field path,
// is shorter than 4,000 characters and has no stack trace; an odd-but-valid file must run.
// Every run is limited to a 1 GB heap and must use under 20 s of CPU (measured by the process
// itself, so a busy machine does not fail the test) and under 1 GB of memory.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../cli/helpers.ts';

const DIR = 'tests/hostile/model';

interface Expected {
  validate: 0 | 1;
  run: 0 | 1;
  /** Field path the first problem names ('' for the whole file); for a run stopped by a cap, what its reason says. */
  path: string;
}

const bad = (path: string): Expected => ({ validate: 1, run: 1, path });
const valid: Expected = { validate: 0, run: 0, path: '' };

const CASES: Record<string, Expected> = {
  // Reserved names as ids and keys, and own __proto__ keys that a parser would drop.
  'reserved-contraband-constructor.yaml': bad('contrabandTypes[0].id'),
  'reserved-flow-tostring.yaml': bad('ports[0].flows[0].id'),
  'reserved-lane-valueof.json': bad('ports[0].laneGroups[0].id'),
  'reserved-port-prototype.yaml': bad('ports[0].id'),
  'reserved-policy-hasownproperty.yaml': bad('policies[0].id'),
  'reserved-inspection-isprototypeof.yaml': bad('ports[0].secondary.inspections[0].id'),
  'reserved-key-bytype-constructor.yaml': bad('ports[0].laneGroups[0].detection.byType.constructor'),
  'reserved-key-mix-tostring.yaml': bad('ports[0].flows[0].contraband.mix.toString'),
  'proto-primary-by-flow.json': bad('ports[0].laneGroups[0].primaryByFlow.__proto__'),
  'proto-contraband-mix.yaml': bad('ports[0].flows[0].contraband.mix.__proto__'),
  'proto-detection-bytype.json': bad('ports[0].laneGroups[0].detection.byType.__proto__'),
  'proto-top-level.json': bad('__proto__'),
  'proto-in-lane.json': bad('ports[0].laneGroups[0].__proto__'),
  // Numbers far past any port, and non-numbers where numbers belong.
  'huge-booths.yaml': bad('ports[0].laneGroups[0].booths'),
  'huge-perday-1e308.json': bad('ports[0].flows[0].perDay'),
  'huge-occupants-1e308.yaml': bad('ports[0].flows[0].occupants.value'),
  'huge-horizon-1e308.json': bad('horizonHours'),
  'huge-replications.yaml': bad('replications'),
  'huge-surge-factor.yaml': bad('ports[0].flows[0].surges[0].factor'),
  'huge-initial-queue.yaml': bad('ports[0].laneGroups[0].initialQueue'),
  'huge-officers.yaml': bad('ports[0].laneGroups[0].officers.constant'),
  'huge-primary-mean.json': bad('ports[0].laneGroups[0].primarySeconds.mean'),
  'huge-cv.yaml': bad('ports[0].laneGroups[0].primarySeconds.cv'),
  'huge-day-of-week.yaml': bad('ports[0].flows[0].dayOfWeek[0]'),
  'huge-seed.json': bad('seed'),
  'huge-erlang-k.yaml': bad('ports[0].laneGroups[0].primarySeconds.k'),
  'huge-secondary-bays.yaml': bad('ports[0].secondary.bays'),
  'huge-value-of-time.yaml': bad('valueOfTimePerHour.car'),
  'huge-emissions.yaml': bad('emissions.idleGramsPerHour.car.co2'),
  'json-1e309.json': bad('ports[0].flows[0].perDay'),
  'yaml-inf.yaml': bad('ports[0].flows[0].perDay'),
  'yaml-nan.yaml': bad('ports[0].flows[0].perDay'),
  'yaml-negative-inf-mean.yaml': bad('ports[0].laneGroups[0].primarySeconds.mean'),
  'nan-string-perday.yaml': bad('ports[0].flows[0].perDay'),
  'infinity-string-booths.json': bad('ports[0].laneGroups[0].booths'),
  'hex-string-booths.yaml': bad('ports[0].laneGroups[0].booths'),
  'number-string-horizon.json': bad('horizonHours'),
  'fraction-booths.yaml': bad('ports[0].laneGroups[0].booths'),
  'bool-for-number.json': bad('ports[0].laneGroups[0].booths'),
  'null-required.json': bad('ports[0].laneGroups[0].booths'),
  // Negative values.
  'negative-booths.yaml': bad('ports[0].laneGroups[0].booths'),
  'negative-perday.json': bad('ports[0].flows[0].perDay'),
  'negative-horizon.yaml': bad('horizonHours'),
  'negative-zero-horizon.json': bad('horizonHours'),
  'negative-surge-start.yaml': bad('ports[0].flows[0].surges[0].startHour'),
  'negative-distribution-mean.yaml': bad('ports[0].laneGroups[0].primarySeconds.mean'),
  'negative-probability.yaml': bad('ports[0].laneGroups[0].referral.random'),
  // Structure: nesting, huge lists, wrong shapes, parser attacks.
  'deep-nesting.json': bad('description'),
  'deep-nesting.yaml': bad(''),
  'huge-array-flows.json': bad('ports[0].flows'),
  'huge-array-surges.yaml': bad('ports[0].flows[0].surges'),
  'huge-empirical.json': bad('ports[0].laneGroups[0].primarySeconds.values'),
  'huge-shifts.json': bad('ports[0].laneGroups[0].officers'),
  'huge-holidays.yaml': bad('calendar.holidays'),
  'many-problems.json': bad('ports[0].flows[0].perDay'),
  'top-level-array.json': bad(''),
  'top-level-string.yaml': bad(''),
  'ports-empty.yaml': bad('ports'),
  'flows-not-list.yaml': bad('ports[0].flows'),
  'distribution-as-string.yaml': bad('ports[0].laneGroups[0].primarySeconds'),
  'distribution-unknown-kind.yaml': bad('ports[0].laneGroups[0].primarySeconds.kind'),
  'empirical-zero-weights.yaml': bad('ports[0].laneGroups[0].primarySeconds.weights'),
  'yaml-alias-bomb.yaml': bad(''),
  'yaml-duplicate-keys.yaml': bad(''),
  // References to ids that do not exist, and region links.
  'missing-flow-in-primary-by-flow.yaml': bad('ports[0].laneGroups[0].primaryByFlow.ghost'),
  'missing-lane-in-policy.yaml': bad('policies[0].lanes[0]'),
  'missing-port-in-region.yaml': bad('region.drivingMinutes[0].between[1]'),
  'missing-contraband-type-in-mix.yaml': bad('ports[0].flows[0].contraband.mix.ghost'),
  'missing-lane-in-lane-management.yaml': bad('ports[0].laneManagement.lanes[0]'),
  'missing-lane-in-radiation-monitors.yaml': bad('ports[0].radiationMonitors.lanes[0]'),
  'region-self-link.yaml': bad('region.drivingMinutes[0].between'),
  'region-duplicate-link.yaml': bad('region.drivingMinutes[1].between'),
  'duplicate-flow-ids.json': bad('ports[0].flows[1].id'),
  // Nobody to serve the travelers.
  'zero-booths-with-flow.yaml': bad('ports[0].flows[0].mode'),
  'zero-officers-with-flow.yaml': bad('ports[0].flows[0].mode'),
  'zero-bays-with-referral.yaml': bad('ports[0].secondary.bays'),
  'zero-profile-with-flow.yaml': bad('ports[0].flows[0].hourlyProfile'),
  'warmup-equals-horizon.yaml': bad('warmupHours'),
  // Valid field by field, but not runnable: work and derived figures.
  'work-too-big.yaml': bad('replications'),
  'work-surges-overflow.yaml': bad('ports[0].flows[0].surges'),
  'work-initial-lines-over-cap.yaml': bad('ports[0].laneGroups[0].initialQueue'),
  'work-lognormal-quantiles-overflow.yaml': bad('ports[0].laneGroups[0].primarySeconds'),
  // Valid, but the lines grow without end (ρ = 3 for five years): the run stops at the cap, flagged.
  'run-rho3-five-years.yaml': { validate: 0, run: 1, path: 'travelers at port "p" at once' },
  // Odd but valid: they run.
  'valid-zero-perday.yaml': valid,
  'valid-ids-like-reserved.yaml': valid,
  'valid-zero-service.yaml': valid,
  'valid-max-booths.yaml': valid,
  'valid-region-cycle.yaml': valid,
  'valid-unicode-names.yaml': valid,
  'valid-at-bounds.yaml': valid,
  'valid-infinite-patience.yaml': valid,
  'valid-empty-description.json': valid,
};

interface Outcome {
  code: number | null;
  stderr: string;
  cpuSeconds: number;
  maxRssMB: number;
}

/** Children at a time: the machine has few cores, and each child is measured by its own CPU time anyway. */
const PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function borderflow(args: string[], tmp: string): Promise<Outcome> {
  if (running >= PARALLEL) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    const usage = join(tmp, `usage-${Math.random().toString(36).slice(2)}.json`);
    return await new Promise((done, fail) => {
      const child = spawn(process.execPath, ['--max-old-space-size=1024', '--require', join(ROOT, 'tests/hostile/usage-on-exit.cjs'), BIN, ...args], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', HOSTILE_USAGE_FILE: usage },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.resume();
      // A hard stop well past the CPU limit, for a child that hangs on a busy machine.
      const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
      child.on('error', fail);
      child.on('close', (code) => {
        clearTimeout(timer);
        const u = existsSync(usage) ? (JSON.parse(readFileSync(usage, 'utf8')) as { cpuSeconds: number; maxRssMB: number }) : { cpuSeconds: Infinity, maxRssMB: Infinity };
        done({ code, stderr, ...u });
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function checkMessage(o: Outcome, file: string, e: Expected): void {
  expect(o.stderr).toContain(file);
  if (e.path) expect(o.stderr).toContain(e.path);
  expect(o.stderr.length).toBeLessThan(4000);
  expect(o.stderr).not.toMatch(/^ {4}at /m);
  expect(o.stderr).not.toMatch(/internal error/);
}

describe('hostile model corpus', () => {
  const files = readdirSync(join(ROOT, DIR)).sort();

  it('has at least 60 files, each with a case here (and no case without a file)', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files).toEqual(Object.keys(CASES).sort());
  });

  const tmp = tempDir();
  for (const name of files) {
    const e = CASES[name];
    if (!e) continue;
    it.concurrent(`${name}: validate ${e.validate}, run ${e.run}`, async () => {
      const file = `${DIR}/${name}`;
      const [v, r] = await Promise.all([borderflow(['validate', file], tmp), borderflow(['run', file, '--format', 'json', '--out', join(tmp, `${name}.out.json`)], tmp)]);
      expect(v.code, v.stderr).toBe(e.validate);
      expect(r.code, r.stderr).toBe(e.run);
      if (e.validate === 1) checkMessage(v, file, e);
      if (e.run === 1) checkMessage(r, file, e);
      for (const o of [v, r]) {
        expect(o.cpuSeconds).toBeLessThan(20);
        expect(o.maxRssMB).toBeLessThan(1024);
      }
      if (e.validate === 0 && e.run === 1) {
        // Stopped by a cap: the partial result is written, flagged.
        const doc = JSON.parse(readFileSync(join(tmp, `${name}.out.json`), 'utf8'));
        expect(doc.stopped.reason).toContain(e.path);
      }
    }, 400_000);
  }
});
