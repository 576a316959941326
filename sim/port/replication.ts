// Runs one replication of a scenario and reports its figures.

import { Simulation } from '../kernel/simulation.ts';
import { RandomStreams } from '../random/streams.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { Calendar } from './calendar.ts';
import { PortModel, type PortModelOptions } from './port-model.ts';
import { GroupStats } from './group-stats.ts';
import { capacityOf, figuresOf } from './figures.ts';
import type { PortRun, ReplicationResult } from '../results/document.ts';
import { HOUR } from './calendar.ts';
import { QuantileSketch } from '../stats/quantile-sketch.ts';

export interface ReplicationOptions extends PortModelOptions {
  /** Seed of the random streams (default: the scenario's). */
  seed?: number;
}

export interface ReplicationOutput {
  result: ReplicationResult;
  /** Mergeable wait sketches by port and lane (seconds), for pooled distributions across replications. */
  waitSketches: QuantileSketch[][];
}

export function runReplication(scenario: Scenario, replication: number, options: ReplicationOptions = {}): ReplicationOutput {
  const sim = new Simulation();
  const streams = new RandomStreams(options.seed ?? scenario.seed, replication);
  const calendar = new Calendar(scenario.startHour, scenario.startDay);
  const ports = scenario.ports.map((p) => new PortModel(sim, p, scenario, calendar, streams, options));
  for (const p of ports) p.start();
  sim.run({ until: scenario.horizonHours * HOUR });
  for (const p of ports) p.finish();

  const portRuns: PortRun[] = ports.map((p) => ({
    id: p.spec.id,
    summary: figuresOf(p.total),
    lanes: p.lanes.map((l, i) => {
      const s = l.stats();
      return {
        id: l.id,
        ...figuresOf(p.byLane[i]),
        capacity: capacityOf(s, s.overtimeArea),
        byHour: p.byLaneHour[i].map((g, h) => ({ ...figuresOf(g, false), capacity: capacityOf(p.laneHourMeters[i][h]) })),
        timeline: p.laneTimeline[i],
      };
    }),
    flows: p.flows.map((f, i) => ({ id: f.id, ...figuresOf(p.byFlow[i]) })),
    byHour: p.byHour.map((g) => figuresOf(g, false)),
    secondary: p.secondary ? capacityOf(p.secondary.stats(), p.secondary.stats().overtimeArea) : null,
  }));

  const total = new GroupStats();
  const conservation = { arrived: 0, exited: 0, inQueue: 0, inService: 0, inSecondary: 0 };
  for (const p of ports) {
    mergeCounts(total, p.total);
    conservation.arrived += p.arrivedAll;
    conservation.exited += p.exitedAll;
    conservation.inQueue += p.total.inQueue;
    conservation.inService += p.total.inService;
    conservation.inSecondary += p.total.inSecondary;
  }
  return {
    result: {
      replication,
      summary: ports.length === 1 ? portRuns[0].summary : figuresOf(total),
      ports: portRuns,
      events: sim.eventsProcessed,
      conservation,
    },
    waitSketches: ports.map((p) => p.byLane.map((g) => g.wait.sketch)),
  };
}

/** Port totals of several ports, for the scenario summary. */
function mergeCounts(into: GroupStats, from: GroupStats): void {
  into.arrived += from.arrived;
  into.served += from.served;
  into.exited += from.exited;
  into.referrals += from.referrals;
  into.referralsByReason.random += from.referralsByReason.random;
  into.referralsByReason.judgment += from.referralsByReason.judgment;
  into.referredInnocent += from.referredInnocent;
  into.secondaryInspections += from.secondaryInspections;
  into.seizures += from.seizures;
  into.contrabandArrivals += from.contrabandArrivals;
  into.travelers += from.travelers;
  into.wait.merge(from.wait);
  into.secondaryWait.merge(from.secondaryWait);
  into.timeInSystem.merge(from.timeInSystem);
  into.delayCost += from.delayCost;
  into.inQueue += from.inQueue;
  into.inService += from.inService;
  into.inSecondary += from.inSecondary;
}
