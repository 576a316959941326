// Public surface of the random-number layer.
export { createRng, openUnit, type Rng } from './rng.ts';
export { RandomStreams, streamSeed } from './streams.ts';
export { normalCdf, normalPdf, normalQuantile } from './normal.ts';
export type { Sampler } from './samplers.ts';
export { MAX_SEGMENTS_PER_DRAW, PiecewiseRateArrivals, ScheduledRateArrivals, type PiecewiseRateOptions, type RateSchedule } from './nhpp.ts';
