// Runs one replication of a compiled model and reports its figures.

import { Simulation } from '../kernel/simulation.ts';
import type { CompiledModel } from '../model/compiled.ts';
import { Calendar, HOUR } from '../port/calendar.ts';
import { GroupStats } from '../port/group-stats.ts';
import { ReplicationKeys } from '../port/keys.ts';
import { PortModel, type PortOptions } from '../port/port.ts';
import { Region } from '../port/region.ts';
import type { PortRun, ReplicationResult } from '../results/document.ts';
import { capacityOf, figuresOf, realisedPrimarySeconds, type FigureKeys } from '../results/figures.ts';
import type { QuantileSketch } from '../stats/quantile-sketch.ts';

/**
 * Options of `runReplication`: `seed` (default: the model's) and `onRecord`, called with each
 * traveler and its `TravelerStatus` when it leaves, and for those still inside at the horizon.
 */
export interface ReplicationOptions extends PortOptions {
  /** Seed of the random numbers (default: the model's). */
  seed?: number;
  /**
   * Called every `sampleEveryHours` simulated hours up to the horizon with the hour and the
   * travelers present, for watching a long run (memory, lines); the run is the same with or
   * without it.
   */
  onSample?: (hour: number, present: number) => void;
  /** Hours between calls of `onSample` (default 24). */
  sampleEveryHours?: number;
}

/**
 * What `runReplication` returns: the replication's figures and its mergeable wait sketches
 * (seconds) by port and lane group, which `assembleDocument` pools across replications.
 */
export interface ReplicationOutput {
  result: ReplicationResult;
  /** Mergeable wait sketches by port and lane (seconds), for pooled distributions across replications. */
  waitSketches: QuantileSketch[][];
}

/** Builds the ports of a model on one simulation, connected through their region, and starts them. */
export function buildPorts(sim: Simulation, model: CompiledModel, replication: number, options: ReplicationOptions = {}): PortModel[] {
  const calendar = new Calendar(model.startHour, model.startDayIndex, model.holidays);
  const keys = new ReplicationKeys(options.seed ?? model.seed, replication);
  const ports = model.ports.map((p) => new PortModel(sim, p, model, calendar, keys, options));
  const region = new Region(sim, model.region, calendar);
  for (const p of ports) p.connect(region, ports);
  region.attach(ports);
  for (const p of ports) p.start();
  return ports;
}

/**
 * After the horizon (no more arrivals): runs on until nobody is left in any port, or until
 * `cap`. Stepping a quarter-hour at a time, because clocks (hourly meters, staffing) keep
 * the event list from ever emptying.
 */
function drain(sim: Simulation, ports: readonly PortModel[], cap: number): void {
  const present = () => ports.reduce((n, p) => n + p.present, 0);
  while (present() > 0 && sim.now < cap && !ports.some((p) => p.stopReason !== null)) sim.run({ until: Math.min(cap, sim.now + HOUR / 4) });
}

/** Runs replication `replication` (0-based) to the horizon, and past it to let everyone leave when the model drains. */
export function runReplication(model: CompiledModel, replication: number, options: ReplicationOptions = {}): ReplicationOutput {
  const sim = new Simulation();
  const ports = buildPorts(sim, model, replication, options);
  const horizon = model.horizonHours * HOUR;
  const stopReason = () => ports.find((p) => p.stopReason !== null)?.stopReason ?? null;
  if (options.onSample) {
    // Running in steps stops at the same events in the same order: only the clock is read in between.
    const every = (options.sampleEveryHours ?? 24) * HOUR;
    for (let t = every; t < horizon && stopReason() === null; t += every) {
      sim.run({ until: t });
      if (stopReason() === null) options.onSample(t / HOUR, ports.reduce((n, p) => n + p.present, 0));
    }
    if (stopReason() === null) sim.run({ until: horizon });
  } else sim.run({ until: horizon });
  for (const p of ports) p.atHorizon();
  if (model.endOfRun === 'drain' && stopReason() === null) drain(sim, ports, horizon + model.drainCapHours * HOUR);
  const stopped = stopReason();
  for (const p of ports) p.finish();
  const keys: FigureKeys = {
    typeIds: model.contrabandTypes.map((t) => t.id),
    reasons: model.referralReasons,
    waitThresholdsMinutes: model.waitThresholdsMinutes,
  };

  const portRuns: PortRun[] = ports.map((p) => ({
    id: p.spec.id,
    summary: figuresOf(p.total, keys),
    lanes: p.lanes.map((l, i) => {
      const lane = p.byLane[i];
      const laneSeconds = realisedPrimarySeconds(lane);
      const atHorizon = p.capacityAtHorizon();
      const lanes = { boothsPerLane: l.spec.boothsPerLane, addedBoothHours: atHorizon.addedBoothHours[i] };
      return {
        id: l.id,
        ...figuresOf(lane, keys),
        capacity: capacityOf(atHorizon.lanes[i], { arrived: lane.arrived, primarySeconds: laneSeconds }, lanes),
        // An hour's own realised primary time where inspections finished in it (the mix of flows changes by hour), else the lane's.
        byHour: p.byLaneHour[i].map((g, h) => ({
          ...figuresOf(g, keys, false),
          capacity: capacityOf(p.meters.laneHours[i][h], { arrived: g.arrived, primarySeconds: realisedPrimarySeconds(g) ?? laneSeconds }, { ...lanes, addedBoothHours: 0 }),
        })),
        timeline: p.meters.laneTimeline[i],
      };
    }),
    flows: p.flows.map((f, i) => ({ id: f.flow.id, ...figuresOf(p.byFlow[i], keys) })),
    byHour: p.byHour.map((g) => figuresOf(g, keys, false)),
    secondary: p.secondary ? capacityOf(p.capacityAtHorizon().secondary!) : null,
  }));

  const total = new GroupStats(keys.typeIds.length, keys.reasons.length, true, model.waitThresholdsMinutes.map((m) => m * 60));
  const conservation = { arrived: 0, exited: 0, gaveUp: 0, driving: 0, imaging: 0, inQueue: 0, inService: 0, inSecondary: 0 };
  for (const p of ports) {
    total.merge(p.total);
    conservation.arrived += p.arrivedAll;
    conservation.exited += p.exitedAll;
    conservation.gaveUp += p.gaveUpAll;
    conservation.driving += p.drivingNow;
    conservation.imaging += p.imagingNow;
    conservation.inQueue += p.total.inQueue;
    conservation.inService += p.total.inService;
    conservation.inSecondary += p.total.inSecondary;
  }
  return {
    result: {
      replication,
      summary: ports.length === 1 ? portRuns[0].summary : figuresOf(total, keys),
      ports: portRuns,
      events: sim.eventsProcessed,
      ending: { endOfRun: model.endOfRun, drainHours: (sim.now - horizon) / HOUR, unfinished: total.unfinishedCount },
      conservation,
      // Only when a cap stopped the run, so the documents of runs within the caps are unchanged.
      ...(stopped !== null ? { stopped: { reason: stopped, atHour: sim.now / HOUR } } : {}),
    },
    waitSketches: ports.map((p) => p.byLane.map((g) => g.wait.sketch)),
  };
}
