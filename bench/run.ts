// `npm run bench`: runs each case in a fresh process (so peak memory is per case), writes bench/results.json, then bench/README.md.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { round } from './measure.ts';
import { ensureSimJs, ensureSimPy } from './peers.ts';

const CUSTOMERS = 1_000_000;
const started = Date.now();

function lastJsonLine(out: string): Record<string, unknown> {
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** A failed case is recorded, not fatal: the other cases still run. */
function attempt(what: string, fn: () => Record<string, unknown>): Record<string, unknown> {
  process.stderr.write(`bench: ${what}\n`);
  try {
    return fn();
  } catch (e) {
    const err = e as Error & { stderr?: string };
    const detail = (err.stderr ?? '').trim().split('\n').filter(Boolean).slice(-3).join(' | ');
    return { error: detail || err.message.split('\n')[0] };
  }
}

function runCase(name: string, n: number, nodeFlags: string[] = [], extra: string[] = []): Record<string, unknown> {
  return attempt(`${name} ${n}`, () =>
    lastJsonLine(
      execFileSync(process.execPath, [...nodeFlags, '--expose-gc', '--import', 'tsx', 'bench/case.ts', name, String(n), ...extra], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ),
  );
}

function simjs(): Record<string, unknown> {
  const peer = ensureSimJs();
  if (!peer.ok) return { skipped: peer.skipped };
  return runCase('simjs', CUSTOMERS, [], [peer.detail]);
}

function simpy(): Record<string, unknown> {
  const peer = ensureSimPy();
  if (!peer.ok) return { skipped: peer.skipped };
  return attempt(`simpy ${CUSTOMERS}`, () => {
    const out = execFileSync(peer.detail, ['bench/peers/mmc_simpy.py', String(CUSTOMERS), '3'], { encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const r = lastJsonLine(out);
    return { ...r, customersPerSecond: Math.round(Number(r.customers) / Number(r.wallSeconds)) };
  });
}

/** Best wall time of 10 starts of `node ARGS`, each checked. */
function bestStart(args: string[], check: (stdout: string) => boolean = () => true): number {
  let best = Infinity;
  for (let i = 0; i < 10; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0 || !check(r.stdout)) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  }
  return round(best, 3);
}

/** The same test bin/borderflow.js makes: the compiled command exists and no source compiled into it changed since. */
function buildIsCurrent(): boolean {
  try {
    const built = statSync('dist-cli/borderflow.mjs').mtimeMs;
    return (JSON.parse(readFileSync('dist-cli/sources.json', 'utf8')) as string[]).every((p) => statSync(p).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** `borderflow --version` as a user starts it, after building the compiled command (again if a source changes meanwhile). */
function cliStart(): Record<string, unknown> {
  const version = String(JSON.parse(readFileSync('package.json', 'utf8')).version);
  return attempt('cli start', () => {
    let build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
    for (let tries = 1; ; tries++) {
      const figures = {
        versionSeconds: bestStart(['bin/borderflow.js', '--version'], (out) => out.trim() === version),
        helpSeconds: bestStart(['bin/borderflow.js', '--help']),
      };
      const compiled = build.status === 0 && buildIsCurrent();
      if (compiled || build.status !== 0 || tries === 3) {
        const buildError = build.status === 0 ? {} : { buildError: build.stderr.trim().split('\n').slice(0, 3).join(' | ') };
        return { compiled, ...buildError, ...figures, nodeAloneSeconds: bestStart(['-e', '0']) };
      }
      build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
    }
  });
}

/** `borderflow sweep` of San Ysidro days (bench/sweep.ts), with the compiled command built by cliStart above. */
function sweepCase(points: number, replications: number, workers: number): Record<string, unknown> {
  return attempt(`sweep ${points}×${replications} on ${workers} worker${workers === 1 ? '' : 's'}`, () =>
    lastJsonLine(
      execFileSync(process.execPath, ['--import', 'tsx', 'bench/sweep.ts', String(points), String(replications), String(workers)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ),
  );
}

// The large sweep: 100 points × 10 replications unless BENCH_SWEEP_REPLICATIONS asks for fewer (a quick run).
const SWEEP_POINTS = 100;
const SWEEP_REPLICATIONS = Number(process.env.BENCH_SWEEP_REPLICATIONS ?? 10);

const results = {
  when: new Date().toISOString(),
  // Other work on the machine slows every case: the 1-minute load average tells how busy it was.
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAtStart: round(loadavg()[0], 2), loadAtEnd: 0 },
  cliStart: cliStart(),
  kernel: runCase('kernel', CUSTOMERS),
  memoryFlat: {
    note: 'M/M/10 at ρ=0.9, callback path, 1M vs 10M customers: peak RSS must not grow with the horizon',
    oneMillion: runCase('memory-callback', CUSTOMERS),
    tenMillion: runCase('memory-callback', 10 * CUSTOMERS),
  },
  mmc: {
    note: 'M/M/10, λ = 9/min, exponential service mean 60 s (ρ = 0.9), about 1M customers, best of 3 after a warm-up run; waits in minutes',
    borderflow: runCase('mmc-full', CUSTOMERS),
    simjs: simjs(),
    simpy: simpy(),
  },
  heapPerWaiting: runCase('heap-per-waiting', CUSTOMERS),
  port: {
    note: 'San Ysidro-style scenario (6 lane groups, 2 flows, secondary), one replication, no per-vehicle records: a week and a year',
    week: runCase('port', 7),
    year: runCase('port', 365),
    // Peak RSS grows with a long run because V8 collects lazily; capping the old generation
    // at 48 MB shows that nothing the model keeps grows with the horizon.
    yearOldSpaceCapped48MB: runCase('port', 365, ['--max-old-space-size=48']),
  },
  sweep: {
    note: 'borderflow sweep (compiled command) of San Ysidro weekdays, one simulated day per run (horizon 24 h, no warm-up), a Latin hypercube over car and pedestrian volumes; runs per second include starting the command, loading the experiment and compiling each point',
    throughputOneWorker: sweepCase(10, 10, 1),
    throughputTwoWorkers: sweepCase(10, 10, 2),
    large: sweepCase(SWEEP_POINTS, SWEEP_REPLICATIONS, 2),
  },
  benchSeconds: 0,
};
results.benchSeconds = Math.round((Date.now() - started) / 1000);
results.machine.loadAtEnd = round(loadavg()[0], 2);

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
execFileSync(process.execPath, ['--import', 'tsx', 'bench/report.ts'], { stdio: 'inherit' });
console.log(JSON.stringify(results, null, 2));
