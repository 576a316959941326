// Soak test: a simulated year (a month with --reduced) of bench/soak.yaml, every protocol on, sampling the heap to check that memory stays flat and nobody is lost.
//
//   npm run soak                 a year (8,784 h), about a minute or two
//   npm run soak -- --reduced    a month (744 h), for continuous integration
//
// Flat means: after the first tenth of the run (the JIT warms up, the lines reach their
// usual size), the least-squares trend of the heap, sampled after a full garbage collection
// every simulated day, adds up to less than FLAT_LIMIT_BYTES over the rest of the run. The
// engine keeps no per-traveler history, so what may grow with the horizon is only per-hour
// series (a few numbers per lane group and hour: ≈ 1.5 MB for a year of this scenario).
//
// It also measures memory per waiting traveler: a single booth at ρ = 3 with patience,
// occupants and contraband, whose line grows by ≈ 120 travelers an hour, sampled every
// 48 hours; the slope of heap against travelers present is the bytes each one costs.
//
// Writes bench/results/soak.json (soak-reduced.json with --reduced) and exits 1 if a check fails.

import { mkdirSync, writeFileSync } from 'node:fs';
import { loadScenarioFile } from '../scenarios/load-file.ts';
import { compileScenario, runReplication, type ReplicationResult } from '../sim/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('soak: run with node --expose-gc (npm run soak does)');
  process.exit(2);
}

const reduced = process.argv.includes('--reduced');
const HOURS = reduced ? 31 * 24 : 366 * 24;
/** The most the heap's trend may add over the run after its first tenth. */
const FLAT_LIMIT_BYTES = 8 * 1024 * 1024;

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

/** Least-squares slope of y on x. */
function slope(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : 0;
}

/** Paths of numbers that are not finite. */
function nonFinite(x: unknown, path = ''): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [`${path}: ${x}`];
  if (x === null || typeof x !== 'object') return [];
  return Object.entries(x).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
}

/** The invariants every replication must keep; the failures, in words. */
function invariantFailures(r: ReplicationResult): string[] {
  const out: string[] = [];
  const c = r.conservation;
  const accounted = c.exited + c.gaveUp + c.driving + c.imaging + c.inQueue + c.inService + c.inSecondary;
  if (c.arrived !== accounted) out.push(`conservation: arrived ${c.arrived} ≠ exited + gave up + inside ${accounted}`);
  out.push(...nonFinite(r).map((p) => `not finite: ${p}`));
  for (const p of r.ports) {
    for (const g of [p.summary, ...p.lanes, ...p.flows]) {
      for (const [k, w] of Object.entries(g.wait)) if (w !== null && w < 0) out.push(`negative wait ${k} ${w} at port ${p.id}`);
    }
    for (const l of p.lanes) {
      const u = l.capacity.utilization;
      if (u !== null && (u < 0 || u > 1 + 1e-9)) out.push(`utilization ${u} of lane ${p.id}/${l.id} outside [0, 1]`);
    }
  }
  if (r.stopped) out.push(`run stopped: ${r.stopped.reason}`);
  return out;
}

// ---- the soak ----
const loaded = loadScenarioFile('bench/soak.yaml');
if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
const model = compileScenario({ ...loaded.scenario, horizonHours: HOURS });
const samples: { hour: number; present: number; heapMB: number }[] = [];
const t0 = performance.now();
const out = runReplication(model, 0, {
  sampleEveryHours: 24,
  onSample: (hour, present) => samples.push({ hour, present, heapMB: heap() / 2 ** 20 }),
});
const seconds = (performance.now() - t0) / 1000;
const steady = samples.filter((s) => s.hour >= HOURS / 10);
const perHour = slope(steady.map((s) => s.hour), steady.map((s) => s.heapMB * 2 ** 20));
const span = steady.length > 1 ? steady[steady.length - 1].hour - steady[0].hour : 0;
const trendBytes = perHour * span;
const failures = invariantFailures(out.result);
if (!(trendBytes < FLAT_LIMIT_BYTES)) failures.push(`heap trend +${(trendBytes / 2 ** 20).toFixed(1)} MB over hours ${steady[0]?.hour}–${HOURS}, over the ${FLAT_LIMIT_BYTES / 2 ** 20} MB limit`);

// ---- memory per waiting traveler at ρ = 3 ----
const rho3 = compileScenario({
  ...loaded.scenario,
  name: 'rho3',
  horizonHours: 384,
  calendar: undefined,
  policies: [],
  region: undefined,
  smugglers: undefined,
  ports: [
    {
      ...loaded.scenario.ports[0],
      flows: [{ ...loaded.scenario.ports[0].flows[0], perDay: 4320, hourlyProfile: undefined, dayOfWeek: undefined, holidayFactor: undefined, surges: [], programs: {}, patience: { minutes: { kind: 'deterministic', value: 1e6 }, balk: false, outcome: { otherPort: 0, postpone: 0 } } }],
      laneGroups: [{ ...loaded.scenario.ports[0].laneGroups[0], booths: 1, officers: undefined, stacking: undefined, initialQueue: 0, primarySeconds: { kind: 'exponential', mean: 60 }, primaryByProgram: {} }],
      laneManagement: undefined,
      radiationMonitors: undefined,
      imaging: undefined,
    },
  ],
});
const waiting: { present: number; heap: number }[] = [];
runReplication(rho3, 0, { sampleEveryHours: 48, onSample: (_h, present) => waiting.push({ present, heap: heap() }) });
const bytesPerWaiting = slope(waiting.map((s) => s.present), waiting.map((s) => s.heap));

const c = out.result.conservation;
const report = {
  scenario: 'bench/soak.yaml',
  hours: HOURS,
  seconds: Math.round(seconds * 10) / 10,
  events: out.result.events,
  travelers: c.arrived,
  conservation: c,
  heap: {
    criterion: `least-squares heap trend over hours ${Math.round(HOURS / 10)}–${HOURS} (sampled daily after a full GC) < ${FLAT_LIMIT_BYTES / 2 ** 20} MB`,
    firstMB: Math.round(samples[0]?.heapMB ?? 0),
    lastMB: Math.round(samples[samples.length - 1]?.heapMB ?? 0),
    maxMB: Math.round(Math.max(...samples.map((s) => s.heapMB))),
    trendMB: Math.round((trendBytes / 2 ** 20) * 100) / 100,
    samples: samples.map((s) => [s.hour, s.present, Math.round(s.heapMB * 10) / 10]),
  },
  memoryPerWaitingTraveler: { scenario: 'one booth at ρ = 3 with patience, occupants and contraband, 384 h', bytes: Math.round(bytesPerWaiting), present: waiting.map((w) => w.present) },
  failures,
  ok: failures.length === 0,
};
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/soak${reduced ? '-reduced' : ''}.json`;
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
console.log(`soak: ${HOURS} h, ${c.arrived.toLocaleString('en-US')} travelers, ${out.result.events.toLocaleString('en-US')} events in ${report.seconds} s`);
console.log(`soak: heap ${report.heap.firstMB} MB at day 1, ${report.heap.lastMB} MB at the end (max ${report.heap.maxMB} MB); trend after the first tenth ${report.heap.trendMB} MB (limit ${FLAT_LIMIT_BYTES / 2 ** 20} MB)`);
console.log(`soak: memory per waiting traveler at ρ = 3: ${report.memoryPerWaitingTraveler.bytes} bytes`);
console.log(`soak: wrote ${file}`);
if (failures.length > 0) {
  for (const f of failures) console.error(`soak: FAILED: ${f}`);
  process.exit(1);
}
console.log('soak: ok');
