// Runs one benchmark case in this process and prints its figures as JSON (the parent records peak RSS).

import { benchKernel, kernelRun } from './kernel.ts';
import { measure, round } from './measure.ts';
import { loadScenarioFile } from '../scenarios/load-file.ts';
import { formatProblem } from '../scenarios/load.ts';
import { runScenario, withOverrides } from '../sim/index.ts';

const [name, arg] = process.argv.slice(2);
const n = Number(arg);

function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
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
    (globalThis as { gc?: () => void }).gc?.();
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
  default:
    throw new Error(`unknown benchmark case ${name}`);
}
process.stdout.write(JSON.stringify({ case: name, n, peakRssMB: peakRssMB(), ...(out as object) }) + '\n');
