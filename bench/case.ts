// Runs one benchmark case in this process and prints its figures as JSON (the parent records peak RSS).

import { benchKernel, kernelRun } from './kernel.ts';
import { measure, round } from './measure.ts';
import { mmcScenario, theoryWaitMinutes } from './mmc.ts';
import { loadSimJs, runSimJs } from './simjs.ts';
import { formatProblem, runScenario, Scenario, withOverrides } from '../sim/index.ts';
import { loadScenarioFile } from '../sim/node.ts';

const [name, arg, extra] = process.argv.slice(2);
const n = Number(arg);

function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  collect();
  collect();
}

function seconds(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Best wall time of `repeats` runs after one small warm-up run, and the last run's result. */
function bestOf<R>(repeats: number, warmUp: () => unknown, run: () => R): { wallSeconds: number; result: R } {
  warmUp();
  let best = Infinity;
  let result!: R;
  for (let i = 0; i < repeats; i++) best = Math.min(best, seconds(() => (result = run())));
  return { wallSeconds: round(best, 3), result };
}

/**
 * Heap held per traveler waiting in line: one booth whose first vehicle never finishes, and
 * `waiting` vehicles already in line at the start. The heap is read after a full GC while the
 * run still holds them: asking for traveler records makes the port keep a set of everyone
 * inside and report them at the end, and the first report comes while the model is alive.
 */
function heapWithLine(waiting: number): number {
  const scenario = Scenario.parse({
    name: 'a long line',
    seed: 1,
    replications: 1,
    horizonHours: 0.01,
    ports: [
      {
        id: 'port',
        name: 'One booth',
        flows: [{ id: 'cars', mode: 'car', perDay: 1 }],
        laneGroups: [{ id: 'booth', kind: 'general', booths: 1, primarySeconds: { kind: 'deterministic', value: 1e9 }, initialQueue: 1 + waiting }],
      },
    ],
  });
  let heap = NaN;
  runScenario(scenario, {
    onRecord: () => {
      if (!Number.isNaN(heap)) return;
      gc();
      heap = process.memoryUsage().heapUsed;
    },
  });
  return heap;
}

/** Heap per entry of a Set of existing objects: the record-keeping set, not part of an ordinary run. */
function setEntryBytes(entries: number): number {
  const objects = Array.from({ length: entries }, () => ({}));
  gc();
  const before = process.memoryUsage().heapUsed;
  const set = new Set(objects);
  gc();
  const after = process.memoryUsage().heapUsed;
  return set.size === entries ? (after - before) / entries : NaN;
}

let out: unknown;
switch (name) {
  case 'kernel':
    out = benchKernel(n);
    break;
  case 'memory-callback': {
    kernelRun(50_000, 'callback');
    out = measure(() => kernelRun(n, 'callback'), (r) => r.events, n).m;
    break;
  }
  case 'port': {
    // n = simulated days of the San Ysidro–style scenario, one replication, no records.
    const loaded = loadScenarioFile('scenarios/bundled/san-ysidro-northbound.yaml');
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const scenario = withOverrides(loaded.scenario, { replications: 1, horizonHours: n * 24 });
    const t0 = process.hrtime.bigint();
    const doc = runScenario(scenario);
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const vehicles = doc.runs[0].conservation.arrived;
    gc();
    const simPeakRssMB = peakRssMB();
    out = {
      simPeakRssMB,
      heapUsedAfterMB: round(process.memoryUsage().heapUsed / 2 ** 20, 1),
      resultJsonMB: round(JSON.stringify(doc).length / 2 ** 20, 2),
      days: n,
      wallSeconds: round(wall, 3),
      vehicles,
      vehiclesPerSecond: Math.round(vehicles / wall),
      events: doc.runs[0].events,
      eventsPerSecond: Math.round(doc.runs[0].events / wall),
    };
    break;
  }
  case 'mmc-full': {
    // n = customers through the whole scenario path: parse, compile, run, result document.
    const { wallSeconds, result: doc } = bestOf(3, () => runScenario(mmcScenario(50_000)), () => runScenario(mmcScenario(n)));
    const run = doc.runs[0];
    out = {
      wallSeconds,
      customers: run.conservation.arrived,
      customersPerSecond: Math.round(run.conservation.arrived / wallSeconds),
      events: run.events,
      meanWaitMinutes: run.summary.wait.mean,
      erlangCWaitMinutes: theoryWaitMinutes(),
    };
    break;
  }
  case 'simjs': {
    // n = customers; `extra` = the npm prefix simjs is installed under.
    const lib = loadSimJs(extra);
    let seed = 1;
    const { wallSeconds, result } = bestOf(3, () => runSimJs(lib, 50_000, seed++), () => runSimJs(lib, n, seed++));
    out = { wallSeconds, ...result, customersPerSecond: Math.round(result.customers / wallSeconds), erlangCWaitMinutes: theoryWaitMinutes() };
    break;
  }
  case 'heap-per-waiting': {
    // n = travelers in line; the same run with none in line is the baseline.
    heapWithLine(0);
    const base = heapWithLine(0);
    const full = heapWithLine(n);
    const gross = (full - base) / n;
    const setEntry = setEntryBytes(n);
    out = {
      waiting: n,
      heapWithoutLineMB: round(base / 2 ** 20, 1),
      heapWithLineMB: round(full / 2 ** 20, 1),
      bytesPerWaitingTravelerWithRecordSet: Math.round(gross),
      recordSetBytesPerEntry: Math.round(setEntry),
      bytesPerWaitingTraveler: Math.round(gross - setEntry),
    };
    break;
  }
  default:
    throw new Error(`unknown benchmark case ${name}`);
}
process.stdout.write(JSON.stringify({ case: name, n, peakRssMB: peakRssMB(), ...(out as object) }) + '\n');
