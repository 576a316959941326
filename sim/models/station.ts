// A single G/G/c service station: the reference model that checks the kernel against queueing theory.
//
// It comes in two styles over the same recorder — callbacks (no closure or object per
// customer: the argument carried through the line is the arrival time) and generator
// processes (one process per customer) — so that both paths of the kernel are validated
// against theory and benchmarked on the same model. The port model uses the same kernel,
// resources, random streams and statistics.

import { Simulation } from '../kernel/simulation.ts';
import { start, type ProcessGenerator } from '../kernel/process.ts';
import { ServerPool } from '../resources/server-pool.ts';
import type { Rng } from '../random/rng.ts';
import type { Sampler } from '../random/samplers.ts';
import { WaitStats } from '../stats/observations.ts';

/**
 * Options of `runStation`: servers, inter-arrival and service samplers with their own random
 * streams, when to stop and the warm-up. Times are in the unit the samplers draw.
 */
export interface StationOptions {
  servers: number;
  interarrival: Sampler;
  service: Sampler;
  /** Random stream for inter-arrival times. */
  arrivalRng: Rng;
  /** Random stream for service times (a separate stream keeps arrivals identical when service changes). */
  serviceRng: Rng;
  /** Stop generating arrivals after this many customers (the run then drains). */
  customers?: number;
  /** Stop the run at this time; whoever is still in line or in service is counted as such. */
  horizon?: number;
  /** Observations of customers arriving before this time, and time averages before it, are discarded. */
  warmup?: number;
  /** 'callback' (default, fastest) or 'process' (one generator process per customer). */
  style?: 'callback' | 'process';
}

/**
 * What `runStation` reports, in the samplers' time unit: counts, `wait` and `timeInSystem` as
 * `WaitSummary`s (null where undefined), and time averages after the warm-up.
 */
export interface StationResult {
  /** Counted from time 0, warm-up included, for conservation checks. */
  arrived: number;
  departed: number;
  inService: number;
  inQueue: number;
  /** Waits in line before service, of customers arriving after the warm-up who started service. */
  wait: ReturnType<WaitStats['toJSON']>;
  /** Share of those customers who waited at all. */
  pWait: number;
  /** Time in system of customers arriving after the warm-up who departed. */
  timeInSystem: ReturnType<WaitStats['toJSON']>;
  /** Time-averaged line length, customers in system and busy fraction after the warm-up. */
  meanQueueLength: number;
  meanInSystem: number;
  utilization: number;
  /** Arrivals per unit time after the warm-up. */
  arrivalRate: number;
  /** Simulated time measured after the warm-up. */
  observedDuration: number;
  events: number;
}

/**
 * Runs one G/G/c station, the reference model checked against queueing theory. Give `customers`
 * or `horizon`: with neither, arrivals never stop and neither does the run.
 */
export function runStation(options: StationOptions): StationResult {
  const sim = new Simulation();
  const rec = new StationRecorder(sim, options);
  if (options.style === 'process') start(sim, arrivalsProcess(rec));
  else sim.schedule(options.interarrival.sample(options.arrivalRng), arriveCallback, rec);
  sim.run({ until: options.horizon ?? Infinity });
  return rec.result();
}

/** Counters, the servers and the statistics shared by both styles. */
class StationRecorder {
  readonly pool: ServerPool;
  readonly waits = new WaitStats();
  readonly sojourns = new WaitStats();
  arrived = 0;
  arrivedAfterWarmup = 0;
  departed = 0;
  /** Customers (after the warm-up) who waited a positive time. */
  waited = 0;
  measuring: boolean;
  readonly maxCustomers: number;

  constructor(
    readonly sim: Simulation,
    readonly o: StationOptions,
  ) {
    this.pool = new ServerPool(sim, { capacity: o.servers, name: 'station' });
    this.maxCustomers = o.customers ?? Infinity;
    const warmup = o.warmup ?? 0;
    this.measuring = warmup <= 0;
    if (warmup > 0) sim.schedule(warmup, endWarmup, this);
  }

  /** Records an arrival; returns its stamp: the arrival time, or a negative number during warm-up. */
  arrival(): number {
    this.arrived++;
    if (!this.measuring) return -1;
    this.arrivedAfterWarmup++;
    return this.sim.now;
  }

  serviceStarts(stamp: number): number {
    if (stamp >= 0) {
      const w = this.sim.now - stamp;
      this.waits.add(w);
      if (w > 0) this.waited++;
    }
    return this.o.service.sample(this.o.serviceRng);
  }

  departure(stamp: number): void {
    // Callback style hands the booth to the next customer inline; processes need the hand-off.
    if (this.o.style === 'process') this.pool.release();
    else this.pool.releaseInline();
    this.departed++;
    if (stamp >= 0) this.sojourns.add(this.sim.now - stamp);
  }

  readonly startService = (stamp: number): void => {
    this.sim.schedule(this.serviceStarts(stamp), this.depart, stamp);
  };

  readonly depart = (stamp: number): void => this.departure(stamp);

  nextInterarrival(): number {
    return this.arrived < this.maxCustomers ? this.o.interarrival.sample(this.o.arrivalRng) : Infinity;
  }

  result(): StationResult {
    const s = this.pool.stats();
    const d = s.duration;
    return {
      arrived: this.arrived,
      departed: this.departed,
      inService: this.pool.busy,
      inQueue: this.pool.queueLength,
      wait: this.waits.toJSON(),
      pWait: this.waits.count > 0 ? this.waited / this.waits.count : 0,
      timeInSystem: this.sojourns.toJSON(),
      meanQueueLength: d > 0 ? s.lineArea / d : 0,
      meanInSystem: d > 0 ? (s.lineArea + s.busyArea) / d : 0,
      utilization: d > 0 && this.o.servers > 0 ? s.busyArea / (this.o.servers * d) : 0,
      arrivalRate: d > 0 ? this.arrivedAfterWarmup / d : 0,
      observedDuration: d,
      events: this.sim.eventsProcessed,
    };
  }
}

function endWarmup(rec: StationRecorder): void {
  rec.measuring = true;
  rec.pool.resetStats();
}

// Callback style: the stamp (arrival time) is the only thing carried through the line, and
// the callbacks are created once per station, so a customer allocates nothing.
function arriveCallback(rec: StationRecorder): void {
  const stamp = rec.arrival();
  if (rec.pool.tryAcquire()) rec.startService(stamp);
  else rec.pool.request(rec.startService, stamp);
  const gap = rec.nextInterarrival();
  if (gap !== Infinity) rec.sim.schedule(gap, arriveCallback, rec);
}

// Process style: one generator per customer, yielding the pool and a service time.
function* arrivalsProcess(rec: StationRecorder): ProcessGenerator {
  for (;;) {
    const gap = rec.nextInterarrival();
    if (gap === Infinity) return;
    yield gap;
    start(rec.sim, customerProcess(rec, rec.arrival()));
  }
}

function* customerProcess(rec: StationRecorder, stamp: number): ProcessGenerator {
  yield rec.pool;
  yield rec.serviceStarts(stamp);
  rec.departure(stamp);
}
