// Forecasts the coming hours from a wait-times snapshot off the main thread, reporting progress;
// the page cancels by terminating the worker. It calls `forecast`, the function the command line
// calls, so the numbers are identical for the same scenario, snapshot, seed and replications.

import '../app/no-eval.ts';
import { forecast, ForecastError, type ForecastDocument, type ForecastOptions, type ObservedWaits, type Scenario } from '../../sim/index.ts';

export interface ForecastRequest {
  type: 'forecast';
  scenario: Scenario;
  snapshot: ObservedWaits;
  options: Pick<ForecastOptions, 'hours' | 'replications' | 'seed'>;
}

export type ForecastReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; doc: ForecastDocument; ms: number }
  | { type: 'error'; problems: string[] };

const post = (m: ForecastReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (ev: MessageEvent<ForecastRequest>) => {
  const req = ev.data;
  if (req.type !== 'forecast') return;
  const t0 = performance.now();
  try {
    const doc = forecast(req.scenario, req.snapshot, { ...req.options, onProgress: (done, total) => post({ type: 'progress', done, total }) });
    post({ type: 'done', doc, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', problems: err instanceof ForecastError ? [...err.problems] : [err instanceof Error ? err.message : String(err)] });
  }
};
