// Wall time and memory of one benchmark case.

export interface Measurement {
  wallSeconds: number;
  customers: number;
  customersPerSecond: number;
  events: number;
  eventsPerSecond: number;
  /** Heap in use after the run and a full GC (what the model still holds). */
  heapUsedAfterMB: number;
}

export function measure<R>(fn: () => R, events: (r: R) => number, customers: number): { m: Measurement; result: R } {
  const t0 = process.hrtime.bigint();
  const result = fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  (globalThis as { gc?: () => void }).gc?.();
  const ev = events(result);
  return {
    result,
    m: {
      wallSeconds: round(wall, 4),
      customers,
      customersPerSecond: Math.round(customers / wall),
      events: ev,
      eventsPerSecond: Math.round(ev / wall),
      heapUsedAfterMB: round(process.memoryUsage().heapUsed / 2 ** 20, 1),
    },
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
