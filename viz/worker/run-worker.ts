// Runs one scenario's replications off the main thread, reporting progress; the page cancels by terminating the worker.
//
// Replication by replication, then assembleDocument: the same calls, in the same order, as
// runScenario in the CLI, so the numbers are identical for the same seed and replications.

import { assembleDocument, runReplication, withOverrides, type QuantileSketch, type ReplicationResult } from '../../sim/index.ts';
import type { RunReply, RunRequest } from './protocol.ts';

const post = (m: RunReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (ev: MessageEvent<RunRequest>) => {
  const req = ev.data;
  if (req.type !== 'run') return;
  const t0 = performance.now();
  try {
    const s = withOverrides(req.scenario, {
      seed: req.seed,
      replications: req.replications,
      ...(req.horizonHours !== null ? { horizonHours: req.horizonHours } : {}),
    });
    const runs: ReplicationResult[] = [];
    const sketches: QuantileSketch[][][] = [];
    post({ type: 'progress', done: 0, total: s.replications });
    for (let r = 0; r < s.replications; r++) {
      const out = runReplication(s, r);
      runs.push(out.result);
      sketches.push(out.waitSketches);
      post({ type: 'progress', done: r + 1, total: s.replications });
    }
    post({ type: 'done', doc: assembleDocument(s, runs, sketches), ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
