// Runs one replication of a scenario and reports its figures.

import { Simulation } from '../kernel/simulation.ts';
import { RandomStreams } from '../random/streams.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { Calendar, HOUR } from './calendar.ts';
import { PortModel, type PortModelOptions } from './port-model.ts';
import { GroupStats } from './group-stats.ts';
import { capacityOf, figuresOf } from './figures.ts';
import { Region } from './region.ts';
import type { PortRun, ReplicationResult } from '../results/document.ts';
import type { QuantileSketch } from '../stats/quantile-sketch.ts';

export interface ReplicationOptions extends PortModelOptions {
  /** Seed of the random streams (default: the scenario's). */
  seed?: number;
}

export interface ReplicationOutput {
  result: ReplicationResult;
  /** Mergeable wait sketches by port and lane (seconds), for pooled distributions across replications. */
  waitSketches: QuantileSketch[][];
}

/** Builds the ports of a scenario on one simulation, connected through their region. */
export function buildPorts(sim: Simulation, scenario: Scenario, streams: RandomStreams, options: PortModelOptions = {}): PortModel[] {
  const calendar = new Calendar(scenario.startHour, scenario.startDay);
  const ports = scenario.ports.map((p, i) => new PortModel(sim, p, i, scenario, calendar, streams, options));
  const region = new Region(sim, scenario, calendar);
  for (const p of ports) p.connect(region, ports);
  region.attach(ports);
  for (const p of ports) p.start();
  return ports;
}

export function runReplication(scenario: Scenario, replication: number, options: ReplicationOptions = {}): ReplicationOutput {
  const sim = new Simulation();
  const streams = new RandomStreams(options.seed ?? scenario.seed, replication);
  const ports = buildPorts(sim, scenario, streams, options);
  sim.run({ until: scenario.horizonHours * HOUR });
  for (const p of ports) p.finish();
  const typeIds = scenario.contrabandTypes.map((t) => t.id);

  const portRuns: PortRun[] = ports.map((p) => ({
    id: p.spec.id,
    summary: figuresOf(p.total, typeIds),
    lanes: p.lanes.map((l, i) => {
      return {
        id: l.id,
        ...figuresOf(p.byLane[i], typeIds),
        capacity: capacityOf(l.stats()),
        byHour: p.byLaneHour[i].map((g, h) => ({ ...figuresOf(g, typeIds, false), capacity: capacityOf(p.laneHourMeters[i][h]) })),
        timeline: p.laneTimeline[i],
      };
    }),
    flows: p.flows.map((f, i) => ({ id: f.id, ...figuresOf(p.byFlow[i], typeIds) })),
    byHour: p.byHour.map((g) => figuresOf(g, typeIds, false)),
    secondary: p.secondary ? capacityOf(p.secondary.stats()) : null,
  }));

  const total = new GroupStats(typeIds.length);
  const conservation = { arrived: 0, exited: 0, driving: 0, imaging: 0, inQueue: 0, inService: 0, inSecondary: 0 };
  for (const p of ports) {
    total.merge(p.total);
    conservation.arrived += p.arrivedAll;
    conservation.exited += p.exitedAll;
    conservation.driving += p.drivingNow;
    conservation.imaging += p.imagingNow;
    conservation.inQueue += p.total.inQueue;
    conservation.inService += p.total.inService;
    conservation.inSecondary += p.total.inSecondary;
  }
  return {
    result: {
      replication,
      summary: ports.length === 1 ? portRuns[0].summary : figuresOf(total, typeIds),
      ports: portRuns,
      events: sim.eventsProcessed,
      conservation,
    },
    waitSketches: ports.map((p) => p.byLane.map((g) => g.wait.sketch)),
  };
}
