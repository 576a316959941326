// Kernel benchmark: an M/M/10 queue at ρ = 0.9 through the kernel (callbacks and processes) and as a bare loop.

import { compileDistribution as compile, RandomStreams, runStation, WaitStats, type StationResult } from '../sim/index.ts';
import { measure, type Measurement } from './measure.ts';

const SERVERS = 10;
const RHO = 0.9;
const MEAN_SERVICE = 1;
const LAMBDA = (RHO * SERVERS) / MEAN_SERVICE;

function streams(seed: number) {
  const s = new RandomStreams(seed, 0);
  return { arrivalRng: s.stream('arrivals'), serviceRng: s.stream('service') };
}

export function kernelRun(customers: number, style: 'callback' | 'process'): StationResult {
  return runStation({
    servers: SERVERS,
    interarrival: compile({ kind: 'exponential', mean: 1 / LAMBDA }),
    service: compile({ kind: 'exponential', mean: MEAN_SERVICE }),
    ...streams(1),
    customers,
    style,
  });
}

/**
 * The same model with no framework: a binary heap of numbers (time, sequence, kind), a
 * counter of busy servers and a ring buffer of arrival times. Same random streams and the
 * same order of draws as the kernel's station, so the mean wait must agree exactly.
 */
export function bareLoop(customers: number): { meanWait: number; meanQueueLength: number; utilization: number; meanSojourn: number; events: number } {
  const { arrivalRng, serviceRng } = streams(1);
  const ia = compile({ kind: 'exponential', mean: 1 / LAMBDA });
  const sv = compile({ kind: 'exponential', mean: MEAN_SERVICE });
  let cap = 1024;
  let times = new Float64Array(cap);
  let seqs = new Float64Array(cap);
  let kinds = new Float64Array(cap); // 0 = arrival, ≥ 1: departure of a customer that arrived at (value − 1)
  let n = 0;
  let seq = 0;
  const push = (t: number, k: number) => {
    if (n === cap) {
      cap *= 2;
      const t2 = new Float64Array(cap); t2.set(times); times = t2;
      const s2 = new Float64Array(cap); s2.set(seqs); seqs = s2;
      const k2 = new Float64Array(cap); k2.set(kinds); kinds = k2;
    }
    let i = n++;
    const s = seq++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] < t || (times[p] === t && seqs[p] < s)) break;
      times[i] = times[p]; seqs[i] = seqs[p]; kinds[i] = kinds[p];
      i = p;
    }
    times[i] = t; seqs[i] = s; kinds[i] = k;
  };
  const popInto = (): void => {
    const last = --n;
    const t = times[last], s = seqs[last], k = kinds[last];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      if (c + 1 < last && (times[c + 1] < times[c] || (times[c + 1] === times[c] && seqs[c + 1] < seqs[c]))) c++;
      if (t < times[c] || (t === times[c] && s < seqs[c])) break;
      times[i] = times[c]; seqs[i] = seqs[c]; kinds[i] = kinds[c];
      i = c;
    }
    times[i] = t; seqs[i] = s; kinds[i] = k;
  };
  let qcap = 1024;
  let line = new Float64Array(qcap);
  let head = 0, tail = 0;
  let busy = 0, arrived = 0, events = 0;
  // The same outputs as the kernel's station: wait and time-in-system statistics and the
  // time integrals of busy servers and line length.
  const waits = new WaitStats();
  const sojourns = new WaitStats();
  let lastT = 0, busyArea = 0, lineArea = 0;
  push(ia.sample(arrivalRng), 0);
  while (n > 0) {
    const now = times[0];
    const kind = kinds[0];
    popInto();
    events++;
    busyArea += busy * (now - lastT);
    lineArea += (tail - head) * (now - lastT);
    lastT = now;
    if (kind === 0) {
      arrived++;
      if (busy < SERVERS) {
        busy++;
        waits.add(0);
        push(now + sv.sample(serviceRng), 1 + now);
      } else {
        if (tail - head === qcap) {
          const l2 = new Float64Array(qcap * 2);
          for (let i = 0; i < qcap; i++) l2[i] = line[(head + i) % qcap];
          line = l2; tail = qcap; head = 0; qcap *= 2;
        }
        line[tail % qcap] = now;
        tail++;
      }
      if (arrived < customers) push(now + ia.sample(arrivalRng), 0);
    } else {
      busy--;
      sojourns.add(now - (kind - 1));
      if (tail > head) {
        const at = line[head % qcap];
        head++;
        busy++;
        waits.add(now - at);
        push(now + sv.sample(serviceRng), 1 + at);
      }
    }
  }
  return { meanWait: waits.tally.mean, meanQueueLength: lineArea / lastT, utilization: busyArea / (SERVERS * lastT), meanSojourn: sojourns.tally.mean, events };
}

export interface KernelBench {
  customers: number;
  repeats: number;
  bare: Measurement & { meanWait: number; meanQueueLength: number };
  callback: Measurement & { meanWait: number; meanQueueLength: number; ratioToBare: number };
  process: Measurement & { meanWait: number; ratioToBare: number };
}

export function benchKernel(customers: number, repeats = 5): KernelBench {
  // Warm the JIT on a small run of each, so the comparison is of steady-state code.
  bareLoop(50_000);
  kernelRun(50_000, 'callback');
  kernelRun(50_000, 'process');
  // Interleave the three and keep each one's fastest run: the machine is shared, and the
  // minimum is the least disturbed estimate of what the code costs.
  let bare = measure(() => bareLoop(customers), (r) => r.events, customers);
  let cb = measure(() => kernelRun(customers, 'callback'), (r) => r.events, customers);
  let pr = measure(() => kernelRun(customers, 'process'), (r) => r.events, customers);
  for (let i = 1; i < repeats; i++) {
    const b = measure(() => bareLoop(customers), (r) => r.events, customers);
    if (b.m.wallSeconds < bare.m.wallSeconds) bare = b;
    const c = measure(() => kernelRun(customers, 'callback'), (r) => r.events, customers);
    if (c.m.wallSeconds < cb.m.wallSeconds) cb = c;
    const p = measure(() => kernelRun(customers, 'process'), (r) => r.events, customers);
    if (p.m.wallSeconds < pr.m.wallSeconds) pr = p;
  }
  return {
    customers,
    repeats,
    bare: { ...bare.m, meanWait: bare.result.meanWait, meanQueueLength: bare.result.meanQueueLength },
    callback: { ...cb.m, meanWait: cb.result.wait.mean ?? NaN, meanQueueLength: cb.result.meanQueueLength, ratioToBare: bare.m.wallSeconds / cb.m.wallSeconds },
    process: { ...pr.m, meanWait: pr.result.wait.mean ?? NaN, ratioToBare: bare.m.wallSeconds / pr.m.wallSeconds },
  };
}
