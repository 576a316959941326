// Runs one scenario's replications off the main thread, reporting progress; the page cancels by terminating the worker.
//
// It calls runScenario, the same function the command line calls, so the numbers are
// identical for the same seed and replications.

import '../app/no-eval.ts';
import { runScenario } from '../../sim/index.ts';
import type { RunReply, RunRequest } from './protocol.ts';

const post = (m: RunReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (ev: MessageEvent<RunRequest>) => {
  const req = ev.data;
  if (req.type !== 'run') return;
  const t0 = performance.now();
  try {
    post({ type: 'progress', done: 0, total: req.replications });
    const doc = runScenario(req.scenario, {
      seed: req.seed,
      replications: req.replications,
      ...(req.horizonHours !== null ? { horizonHours: req.horizonHours } : {}),
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', doc, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
