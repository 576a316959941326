// Runs `borderflow sweep` (the compiled command, as a planner runs it) on an experiment of
// San Ysidro days and prints its figures as JSON: wall time, runs per second, and the peak
// memory of the process tree (worker threads live in the sweep's process, so its peak RSS
// covers them; child processes, if any, are added by walking /proc).
//
//   node --import tsx bench/sweep.ts POINTS REPLICATIONS WORKERS

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { round } from './measure.ts';

const [points, replications, workers] = process.argv.slice(2).map(Number);
if (!(points >= 2 && replications >= 1 && workers >= 1)) throw new Error('usage: bench/sweep.ts POINTS REPLICATIONS WORKERS');

/**
 * The experiment: the bundled San Ysidro weekday as one simulated day (no warm-up day), and a
 * Latin hypercube over car and pedestrian volumes (±12 % around 2019), so every point is a different
 * model to compile and run.
 */
function writeExperiment(dir: string): string {
  const base = parse(readFileSync('scenarios/bundled/san-ysidro-northbound.yaml', 'utf8')) as Record<string, unknown>;
  base.horizonHours = 24;
  base.warmupHours = 0;
  writeFileSync(join(dir, 'san-ysidro-day.json'), JSON.stringify(base));
  const experiment = {
    name: `bench: ${points} San Ysidro days × ${replications}`,
    base: 'san-ysidro-day.json',
    factors: [
      { name: 'cars', path: 'ports[san-ysidro].flows[cars].perDay', min: 36000, max: 46000, integer: true },
      { name: 'pedestrians', path: 'ports[san-ysidro].flows[pedestrians].perDay', min: 24000, max: 34000, integer: true },
    ],
    design: { kind: 'latin-hypercube', samples: points, seed: 1 },
    replications,
    seed: 2019,
    outputs: ['summary.wait.mean', 'summary.served'],
  };
  const file = join(dir, 'experiment.json');
  writeFileSync(file, JSON.stringify(experiment));
  return file;
}

/** Resident memory of a process from /proc (kB): now and its high-water mark; 0 once it is gone. */
function rss(pid: number): { now: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { now: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { now: 0, peak: 0 };
  }
}

/** The process and every descendant, from the parent links in /proc/<pid>/stat. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'borderflow-bench-sweep-'));
try {
  const file = writeExperiment(dir);
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [resolve('bin/borderflow.js'), 'sweep', file, '--workers', String(workers), '--out', join(dir, 'out'), '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Sampled every 50 ms: the sum of current RSS over the tree, and the sweep process's own high-water mark (exact, read until it exits).
  let peakTreeKb = 0;
  let peakOwnKb = 0;
  let samples = 0;
  const timer = setInterval(() => {
    const members = tree(child.pid!);
    const sizes = members.map(rss);
    peakTreeKb = Math.max(peakTreeKb, sizes.reduce((s, r) => s + r.now, 0));
    peakOwnKb = Math.max(peakOwnKb, sizes[0].peak);
    samples++;
  }, 50);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (code !== 0) throw new Error(`borderflow sweep exited ${code}: ${stderr.trim()}`);
  const rows = readFileSync(join(dir, 'out', 'runs.ndjson'), 'utf8').trimEnd().split('\n').length;
  if (rows !== points * replications) throw new Error(`expected ${points * replications} rows, found ${rows}`);
  process.stdout.write(
    JSON.stringify({
      case: 'sweep',
      points,
      replications,
      workers,
      runs: rows,
      simulatedDaysPerRun: 1,
      wallSeconds: round(wall, 2),
      runsPerSecond: round(rows / wall, 2),
      peakRssMB: Math.round(peakOwnKb / 1024),
      peakTreeRssMB: Math.round(peakTreeKb / 1024),
      memorySamples: samples,
    }) + '\n',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
