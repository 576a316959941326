// Writes bench/README.md from bench/results.json: how to run, what each case measures, targets against measured figures.

import { readFileSync, writeFileSync } from 'node:fs';

type Json = Record<string, unknown>;

const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Json;

/** The value at a dotted path of the results. */
function at(path: string): unknown {
  let v: unknown = results;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  return v;
}

/** A number at a dotted path, or undefined when the case failed, was skipped or lacks it. */
function num(path: string): number | undefined {
  const v = at(path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Why a case has no figures: its error or skip reason. */
function why(path: string): string {
  const o = (at(path) ?? {}) as Json;
  const reason = o.skipped ?? o.error;
  return reason ? `not measured: ${String(reason).replace(/\|/g, '/')}` : 'not measured';
}

const fmt = (x: number | undefined, digits = 2) => (x === undefined ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const int = (x: number | undefined) => (x === undefined ? '—' : Math.round(x).toLocaleString('en-US'));
const met = (ok: boolean | undefined) => (ok === undefined ? '—' : ok ? 'yes' : 'no');

interface Row {
  target: string;
  measured: string;
  ok: boolean | undefined;
}

function speedup(peer: 'simjs' | 'simpy', times: number, label: string): Row {
  const ours = num('mmc.borderflow.customersPerSecond');
  const theirs = num(`mmc.${peer}.customersPerSecond`);
  const target = `full-path M/M/10 ≥ ${times}× faster than ${label}`;
  if (ours === undefined || theirs === undefined) return { target, measured: why(ours === undefined ? 'mmc.borderflow' : `mmc.${peer}`), ok: undefined };
  const ratio = ours / theirs;
  return {
    target,
    measured: `${fmt(ratio, 1)}× (${int(ours)} vs ${int(theirs)} customers/s; ${fmt(num('mmc.borderflow.wallSeconds'))} s vs ${fmt(num(`mmc.${peer}.wallSeconds`))} s)`,
    ok: ratio >= times,
  };
}

function rows(): Row[] {
  const year = num('port.year.wallSeconds');
  const bytes = num('heapPerWaiting.bytesPerWaitingTraveler');
  const start = num('cliStart.versionSeconds');
  const rss1 = num('memoryFlat.oneMillion.peakRssMB');
  const rss10 = num('memoryFlat.tenMillion.peakRssMB');
  const heapWeek = num('port.week.heapUsedAfterMB');
  const heapYear = num('port.year.heapUsedAfterMB');
  const flat = rss1 === undefined || rss10 === undefined ? undefined : rss10 <= 1.25 * rss1 && (heapWeek === undefined || heapYear === undefined || heapYear <= 1.25 * heapWeek);
  return [
    speedup('simjs', 1.5, 'SIM.JS'),
    speedup('simpy', 10, 'SimPy'),
    {
      target: 'San Ysidro, one year, 1 replication < 20 s',
      measured: year === undefined ? why('port.year') : `${fmt(year, 1)} s (${int(num('port.year.vehiclesPerSecond'))} travelers/s)`,
      ok: year === undefined ? undefined : year < 20,
    },
    {
      target: '≤ 200 B of heap per traveler waiting in line',
      measured: bytes === undefined ? why('heapPerWaiting') : `${int(bytes)} B (1 M in line: ${fmt(num('heapPerWaiting.heapWithLineMB'), 1)} MB heap vs ${fmt(num('heapPerWaiting.heapWithoutLineMB'), 1)} MB)`,
      ok: bytes === undefined ? undefined : bytes <= 200,
    },
    {
      target: '`borderflow --version` starts in < 0.25 s',
      measured: start === undefined ? why('cliStart') : `${fmt(start, 3)} s${at('cliStart.compiled') === false ? ' from the TypeScript sources (no current build)' : ''} (Node alone ${fmt(num('cliStart.nodeAloneSeconds'), 3)} s; \`--help\` ${fmt(num('cliStart.helpSeconds'), 3)} s)`,
      ok: start === undefined ? undefined : start < 0.25,
    },
    {
      target: 'memory flat in the horizon (10× longer: peak RSS and heap after ≤ 1.25×)',
      measured:
        flat === undefined
          ? why('memoryFlat.tenMillion')
          : `peak RSS ${int(rss1)} → ${int(rss10)} MB (1 M → 10 M customers); San Ysidro heap after the run ${fmt(heapWeek, 1)} MB (week) → ${fmt(heapYear, 1)} MB (year)`,
      ok: flat,
    },
  ];
}

function mmcRow(label: string, key: string): string {
  const base = `mmc.${key}`;
  if (num(`${base}.wallSeconds`) === undefined) return `| ${label} | ${why(base)} | | | |`;
  return `| ${label} | ${fmt(num(`${base}.wallSeconds`))} s | ${int(num(`${base}.customers`))} | ${int(num(`${base}.customersPerSecond`))} | ${fmt(num(`${base}.meanWaitMinutes`), 3)} |`;
}

/** "24 runs on 1 worker: 1.3 runs/s, 18 s, peak RSS 131 MB". */
function sweepLine(path: string): string {
  if (num(`${path}.runs`) === undefined) return why(path);
  const workers = num(`${path}.workers`);
  return `${int(num(`${path}.points`))} points × ${int(num(`${path}.replications`))} on ${workers} worker${workers === 1 ? '' : 's'}: ${fmt(num(`${path}.runsPerSecond`))} runs/s, ${fmt(num(`${path}.wallSeconds`), 1)} s, peak RSS ${int(num(`${path}.peakTreeRssMB`))} MB`;
}

const machine = results.machine as { node: string; cpu: string; cores: number; loadAtStart?: number; loadAtEnd?: number };
// The bench keeps about one core busy; a load well above that means other work shared the cores.
const busy = Math.max(machine.loadAtStart ?? 0, machine.loadAtEnd ?? 0) > 0.75 * machine.cores;
const load =
  machine.loadAtStart === undefined
    ? ''
    : ` Load average (1 min): ${machine.loadAtStart} at the start, ${machine.loadAtEnd} at the end${busy ? ' — other work shared the cores, so times are longer than on an idle machine' : ''}.`;
const table = rows()
  .map((r) => `| ${r.target} | ${r.measured} | ${met(r.ok)} |`)
  .join('\n');

const readme = `# Benchmarks

<!-- Written by bench/report.ts from bench/results.json; run \`npm run bench\` instead of editing. -->

\`npm run bench\` runs every case below, each in a fresh process (so peak memory is per case),
writes \`bench/results.json\` and then this file (\`node --import tsx bench/report.ts\` rewrites
this file alone). It takes about ${Math.max(1, Math.round(Number(results.benchSeconds ?? 0) / 60))} minutes on the machine below.
The other simulators are installed by the bench itself, not by \`package.json\`: SIM.JS with
\`npm install --no-save --prefix bench/.peers simjs@2\`, SimPy 3 from Debian
(\`apt-get install python3-simpy3\`, run with \`/usr/bin/python3\`). A simulator that cannot be
installed is recorded as skipped.

Measured ${String(results.when).slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}.${load}

## Targets

| target | measured | met? |
|---|---|---|
${table}

## The M/M/10 queue in three simulators

λ = 9 per minute, 10 servers, exponential service with mean 60 s (ρ = 0.9), about 1,000,000
customers, best of 3 runs after a small warm-up run in the same process. Erlang C gives a mean
wait in line of ${fmt(num('mmc.borderflow.erlangCWaitMinutes') ?? num('mmc.simjs.erlangCWaitMinutes'), 3)} min.

| simulator | wall time | customers | customers/s | mean wait (min) |
|---|---|---|---|---|
${mmcRow('borderflow, full scenario path', 'borderflow')}
${mmcRow('SIM.JS (npm simjs)', 'simjs')}
${mmcRow(`SimPy ${String(at('mmc.simpy.simpy') ?? '')} (Python ${String(at('mmc.simpy.python') ?? '')})`, 'simpy')}

## Cases

| case | what it measures | result |
|---|---|---|
| \`kernel\` | M/M/10 at ρ = 0.9, 1 M customers: the event kernel with callbacks and with generator processes against a bare loop on a heap of numbers (same random streams, same outputs), best of 5 | bare ${fmt(num('kernel.bare.wallSeconds'))} s, callbacks ${fmt(num('kernel.callback.wallSeconds'))} s, processes ${fmt(num('kernel.process.wallSeconds'))} s |
| \`memory-callback\` | the kernel's M/M/10 for 1 M and 10 M customers: peak RSS and heap after the run must not grow with the horizon | peak RSS ${int(num('memoryFlat.oneMillion.peakRssMB'))} / ${int(num('memoryFlat.tenMillion.peakRssMB'))} MB, heap after ${fmt(num('memoryFlat.oneMillion.heapUsedAfterMB'), 1)} / ${fmt(num('memoryFlat.tenMillion.heapUsedAfterMB'), 1)} MB |
| \`mmc-full\` | the M/M/10 as a scenario object, parsed with the \`Scenario\` schema and run with \`runScenario\` (compile, run, result document), 1 replication, no warm-up | ${fmt(num('mmc.borderflow.wallSeconds'))} s |
| \`simjs\` | the same queue in SIM.JS: a customer entity, a 10-server FCFS \`Facility\`, its \`Random\` (bench/simjs.ts) | ${num('mmc.simjs.wallSeconds') === undefined ? why('mmc.simjs') : `${fmt(num('mmc.simjs.wallSeconds'))} s`} |
| \`simpy\` | the same queue in SimPy 3: \`simpy.Resource(capacity=10)\`, one process per customer (bench/peers/mmc_simpy.py) | ${num('mmc.simpy.wallSeconds') === undefined ? why('mmc.simpy') : `${fmt(num('mmc.simpy.wallSeconds'))} s`} |
| \`heap-per-waiting\` | one booth whose first vehicle never finishes and 1 M vehicles already in line (\`initialQueue\`): heap after a full GC while the line exists, against the same run with nobody in line. The heap is read from the first traveler record, so the port's set of travelers inside (kept only when records are asked for, ${int(num('heapPerWaiting.recordSetBytesPerEntry'))} B each, measured alongside) is subtracted | ${int(num('heapPerWaiting.bytesPerWaitingTraveler'))} B per traveler (${int(num('heapPerWaiting.bytesPerWaitingTravelerWithRecordSet'))} B with the record set) |
| \`port\` | \`san-ysidro-northbound.yaml\`, 1 replication, no traveler records: a week, a year, and the year again with the old generation capped at 48 MB | week ${fmt(num('port.week.wallSeconds'), 1)} s; year ${fmt(num('port.year.wallSeconds'), 1)} s, ${int(num('port.year.vehicles'))} travelers, heap after ${fmt(num('port.year.heapUsedAfterMB'), 1)} MB, peak RSS ${int(num('port.year.peakRssMB'))} MB (capped: ${int(num('port.yearOldSpaceCapped48MB.peakRssMB'))} MB) |
| \`sweep\` | \`borderflow sweep\` (the compiled command) of San Ysidro weekdays, one simulated day per run, a Latin hypercube over car and pedestrian volumes; wall time from starting the command to its exit, peak RSS of the process tree sampled from /proc every 50 ms (worker threads share the sweep's process) | ${sweepLine('sweep.throughputOneWorker')}; ${sweepLine('sweep.throughputTwoWorkers')}; ${sweepLine('sweep.large')} |
| \`cliStart\` | \`node bin/borderflow.js --version\` after \`npm run build:cli\`, best of 10 starts | ${fmt(num('cliStart.versionSeconds'), 3)} s |
`;

writeFileSync('bench/README.md', readme);
