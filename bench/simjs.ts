// The benchmark's M/M/10 queue in SIM.JS (npm `simjs`), written as its tutorials do: a customer entity, an FCFS facility, its Random.

import { createRequire } from 'node:module';
import { ARRIVALS_PER_MINUTE, MEAN_SERVICE_SECONDS, SERVERS } from './mmc.ts';

/** The part of SIM.JS used here (the package ships no types). */
interface Request {
  done(callback: () => void): Request;
}
interface Entity {
  time(): number;
  setTimer(duration: number): Request;
  useFacility(facility: unknown, duration: number): Request;
}
interface Facility {
  queueStats(): { durationSeries: { count(): number; average(): number } };
}
/** What the bundle publishes as `window.Sim`. */
interface SimJs {
  Sim: new () => { addEntity(klass: unknown): void; simulate(endTime: number): void };
  Facility: { new (name: string, discipline: number, servers: number): Facility; FCFS: number };
  Entity: new (...args: never[]) => Entity;
  Random: new (seed: number) => { exponential(lambda: number): number };
}

/** Loads the browserify bundle from `dir` (an npm prefix); it publishes itself only as `window.Sim`. */
export function loadSimJs(dir: string): SimJs {
  const g = globalThis as { window?: { Sim?: SimJs } };
  g.window ??= {};
  createRequire(`${dir}/`)('simjs');
  if (!g.window.Sim) throw new Error('simjs did not define window.Sim');
  return g.window.Sim;
}

/** Runs `customers` arrivals to the end; waits in minutes. */
export function runSimJs(lib: SimJs, customers: number, seed: number): { customers: number; meanWaitMinutes: number } {
  const sim = new lib.Sim();
  const random = new lib.Random(seed);
  const booths = new lib.Facility('booths', lib.Facility.FCFS, SERVERS);
  const meanService = MEAN_SERVICE_SECONDS / 60;
  let arrived = 0;

  class Customer extends lib.Entity {
    start(): void {
      this.useFacility(booths, random.exponential(1 / meanService));
      if (++arrived < customers) this.setTimer(random.exponential(ARRIVALS_PER_MINUTE)).done(this.start);
    }
  }
  sim.addEntity(Customer);
  sim.simulate(Infinity);
  const waits = booths.queueStats().durationSeries;
  return { customers: waits.count(), meanWaitMinutes: waits.average() };
}
