// Runs one benchmark case in this process and prints its figures as JSON (the parent records peak RSS).

import { benchKernel, kernelRun } from './kernel.ts';
import { measure } from './measure.ts';

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
  default:
    throw new Error(`unknown benchmark case ${name}`);
}
process.stdout.write(JSON.stringify({ case: name, n, peakRssMB: peakRssMB(), ...(out as object) }) + '\n');
