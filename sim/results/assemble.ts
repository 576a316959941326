// Builds the result document from replications computed anywhere (this process, workers, other machines).

import type { CompiledModel } from '../model/compiled.ts';
import { QuantileSketch } from '../stats/quantile-sketch.ts';
import { ENGINE_VERSION } from '../version.ts';
import { aggregate, meanSeries } from './aggregate.ts';
import { stabilityOf } from './stability.ts';
import { RESULT_FORMAT, RESULT_VERSION, UNITS, type LaneResult, type PortResult, type ReplicationResult, type ResultDocument } from './document.ts';

/** The document for `runs` (in replication order) and each run's wait sketches by port and lane. */
export function assembleDocument(model: CompiledModel, runs: ReplicationResult[], sketches: QuantileSketch[][][]): ResultDocument {
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    engine: { name: 'borderflow', version: ENGINE_VERSION },
    scenario: {
      name: model.name,
      hash: model.hash,
      horizonHours: model.horizonHours,
      warmupHours: model.warmupHours,
      startHour: model.startHour,
      startDay: model.startDay,
      endOfRun: model.endOfRun,
      drainCapHours: model.drainCapHours,
    },
    seed: model.seed,
    replications: runs.length,
    units: { ...UNITS },
    summary: aggregate(runs.map((r) => r.summary)),
    ports: model.ports.map((port, pi): PortResult => {
      const lanes = port.lanes.map((lane, li): LaneResult => {
        const laneRuns = runs.map((r) => r.ports[pi].lanes[li]);
        const pooled = new QuantileSketch();
        for (const s of sketches) pooled.merge(s[pi][li]);
        return {
          id: lane.id,
          kind: lane.kind,
          label: lane.label,
          booths: lane.booths,
          discipline: lane.discipline,
          meanPrimarySeconds: lane.meanPrimarySeconds,
          figures: aggregate(laneRuns.map(({ id: _i, capacity: _cc, byHour: _bb, timeline: _tt, ...f }) => f)),
          capacity: aggregate(laneRuns.map((l) => l.capacity)),
          byHour: aggregate(laneRuns.map((l) => l.byHour)),
          timeline: {
            queueLength: meanSeries(laneRuns.map((l) => l.timeline.queueLength)),
            openBooths: meanSeries(laneRuns.map((l) => l.timeline.openBooths)),
          },
          waitQuantiles: pooled.count === 0 ? [] : Array.from({ length: 101 }, (_, q) => pooled.quantile(q / 100) / 60),
        };
      });
      return {
        id: port.id,
        name: port.name,
        summary: aggregate(runs.map((r) => r.ports[pi].summary)),
        lanes,
        flows: port.flows.map((flow, fi) => ({
          ...aggregate(runs.map((r) => {
            const { id: _id, ...f } = r.ports[pi].flows[fi];
            return f;
          })),
          id: flow.id,
          label: flow.label,
          mode: flow.mode,
        })),
        byHour: aggregate(runs.map((r) => r.ports[pi].byHour)),
        secondary: port.secondary ? aggregate(runs.map((r) => r.ports[pi].secondary!)) : null,
        stability: stabilityOf(lanes, runs.map((r) => r.ports[pi].lanes), model.warmupHours, model.horizonHours),
      };
    }),
    runs,
    ...stoppedOf(runs),
  };
}

/** The document's `stopped` flag from the first replication a cap stopped (none otherwise, so the document is unchanged). */
function stoppedOf(runs: readonly ReplicationResult[]): Pick<ResultDocument, 'stopped'> {
  const r = runs.find((x) => x.stopped !== undefined);
  return r ? { stopped: { ...r.stopped!, replication: r.replication } } : {};
}
