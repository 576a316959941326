// Runs a scenario's replications and assembles the result document.

import type { Scenario } from '../../scenarios/scenario.ts';
import { scenarioHash } from '../../scenarios/hash.ts';
import { aggregate, meanSeries } from '../results/aggregate.ts';
import { RESULT_FORMAT, RESULT_VERSION, UNITS, type ResultDocument, type ReplicationResult } from '../results/document.ts';
import { QuantileSketch } from '../stats/quantile-sketch.ts';
import { ENGINE_VERSION } from '../version.ts';
import { runReplication, type ReplicationOptions } from './replication.ts';
import type { Traveler } from './traveler.ts';
import type { LaneGroup, Port } from '../../scenarios/schema.ts';
import { meanOf } from '../random/distributions.ts';
import { modesOf } from '../../scenarios/lane-defaults.ts';

/** Mean primary time of a lane group, weighted by the daily volume of the flows it may serve. */
function meanPrimarySeconds(port: Port, lane: LaneGroup): number {
  const flows = port.flows.filter((f) => f.direction === lane.direction && modesOf(lane).includes(f.mode) && f.perDay > 0);
  const total = flows.reduce((a, f) => a + f.perDay, 0);
  if (total === 0) return meanOf(lane.primarySeconds);
  return flows.reduce((a, f) => a + (f.perDay / total) * meanOf(lane.primaryByFlow[f.id] ?? lane.primarySeconds), 0);
}

export interface RunOptions {
  seed?: number;
  replications?: number;
  /** Overrides the scenario's horizon (the warm-up is kept). */
  horizonHours?: number;
  /** Called after each replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Called for every traveler (see PortModelOptions.onRecord); replication first. */
  onRecord?: (replication: number, t: Traveler, status: string) => void;
}

/** Applies run-time overrides to a scenario (seed, replications, horizon). */
export function withOverrides(scenario: Scenario, o: Pick<RunOptions, 'seed' | 'replications' | 'horizonHours'>): Scenario {
  const s = { ...scenario };
  if (o.seed !== undefined) s.seed = o.seed;
  if (o.replications !== undefined) s.replications = o.replications;
  if (o.horizonHours !== undefined) {
    if (!(o.horizonHours > s.warmupHours)) throw new RangeError(`horizon (${o.horizonHours} h) must be longer than the warm-up (${s.warmupHours} h)`);
    s.horizonHours = o.horizonHours;
  }
  return s;
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): ResultDocument {
  const s = withOverrides(scenario, options);
  const runs: ReplicationResult[] = [];
  const sketches: QuantileSketch[][][] = [];
  for (let r = 0; r < s.replications; r++) {
    const opts: ReplicationOptions = {};
    if (options.onRecord) opts.onRecord = (t, status) => options.onRecord!(r, t, status);
    const out = runReplication(s, r, opts);
    runs.push(out.result);
    sketches.push(out.waitSketches);
    options.onProgress?.(r + 1, s.replications);
  }
  return assembleDocument(s, runs, sketches);
}

/**
 * Builds the document from replications computed anywhere (this process, workers, other
 * machines): runs in replication order, and each run's wait sketches by port and lane.
 */
export function assembleDocument(scenario: Scenario, runs: ReplicationResult[], sketches: QuantileSketch[][][]): ResultDocument {
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    engine: { name: 'borderflow', version: ENGINE_VERSION },
    scenario: {
      name: scenario.name,
      hash: scenarioHash(scenario),
      horizonHours: scenario.horizonHours,
      warmupHours: scenario.warmupHours,
      startHour: scenario.startHour,
      startDay: scenario.startDay,
    },
    seed: scenario.seed,
    replications: runs.length,
    units: { ...UNITS },
    summary: aggregate(runs.map((r) => r.summary)),
    ports: scenario.ports.map((port, pi) => ({
      id: port.id,
      name: port.name,
      summary: aggregate(runs.map((r) => r.ports[pi].summary)),
      lanes: port.laneGroups.map((lane, li) => {
        const laneRuns = runs.map((r) => r.ports[pi].lanes[li]);
        const pooled = new QuantileSketch();
        for (const s of sketches) pooled.merge(s[pi][li]);
        return {
          id: lane.id,
          kind: lane.kind,
          label: lane.label ?? lane.id,
          booths: lane.booths,
          discipline: lane.discipline,
          meanPrimarySeconds: meanPrimarySeconds(port, lane),
          figures: aggregate(laneRuns.map(({ id: _i, capacity: _cc, byHour: _bb, timeline: _tt, ...f }) => f)),
          capacity: aggregate(laneRuns.map((l) => l.capacity)),
          byHour: aggregate(laneRuns.map((l) => l.byHour)),
          timeline: {
            queueLength: meanSeries(laneRuns.map((l) => l.timeline.queueLength)),
            openBooths: meanSeries(laneRuns.map((l) => l.timeline.openBooths)),
          },
          waitQuantiles: pooled.count === 0 ? [] : Array.from({ length: 101 }, (_, q) => pooled.quantile(q / 100) / 60),
        };
      }),
      flows: port.flows.map((flow, fi) => ({
        ...aggregate(runs.map((r) => {
          const { id: _id, ...f } = r.ports[pi].flows[fi];
          return f;
        })),
        id: flow.id,
        label: flow.label ?? flow.id,
        mode: flow.mode,
      })),
      byHour: aggregate(runs.map((r) => r.ports[pi].byHour)),
      secondary: port.secondary ? aggregate(runs.map((r) => r.ports[pi].secondary!)) : null,
    })),
    runs,
  };
}
