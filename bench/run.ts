// `npm run bench`: runs each case in a fresh Node process (so peak memory is per case) and writes bench/results.json.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

function runCase(name: string, n: number, nodeFlags: string[] = []): Record<string, unknown> {
  const out = execFileSync(process.execPath, [...nodeFlags, '--expose-gc', '--import', 'tsx', 'bench/case.ts', name, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const results = {
  when: new Date().toISOString(),
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
  kernel: runCase('kernel', 1_000_000),
  memoryFlat: {
    note: 'M/M/10 at ρ=0.9, callback path, 1M vs 10M customers: peak RSS must not grow with the horizon',
    oneMillion: runCase('memory-callback', 1_000_000),
    tenMillion: runCase('memory-callback', 10_000_000),
  },
  port: {
    note: 'San Ysidro-style scenario (6 lane groups, 2 flows, secondary), one replication, no per-vehicle records: a week and a year',
    week: runCase('port', 7),
    year: runCase('port', 365),
    // Peak RSS grows with a long run because V8 collects lazily; capping the old generation
    // at 48 MB shows that nothing the model keeps grows with the horizon.
    yearOldSpaceCapped48MB: runCase('port', 365, ['--max-old-space-size=48']),
  },
};

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
