// Public surface of the closed-form queueing results.
export type { QueueMetrics } from './queue-metrics.ts';
export * from './erlang.ts';
export * from './pollaczek-khinchine.ts';
export * from './erlang-a.ts';
