// Re-exports the view-models: pure functions from result documents to chart data.
export * from './options.ts';
export * from './lanes.ts';
export * from './hours.ts';
export * from './figures.ts';
export * from './pairing.ts';
export * from './scope.ts';
export * from './erlang-reference.ts';
export * from './wait-by-hour.ts';
export * from './wait-heatmap.ts';
export * from './wait-ecdf.ts';
export * from './tradeoff.ts';
export * from './replication-dots.ts';
export * from './paired-difference.ts';
export * from './queue-timeline.ts';
export * from './utilization.ts';
export * from './referrals-seizures.ts';
