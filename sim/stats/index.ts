// Public surface of the streaming statistics package.
export * from './tally.ts';
export * from './quantile-sketch.ts';
export * from './time-weighted.ts';
export * from './hourly.ts';
export * from './observations.ts';
export * from './student-t.ts';
export * from './special-functions.ts';
export { summarize, pairedDifference, replicationsNeeded, type ReplicationSummary, type NaturalBounds } from './replications.ts';
