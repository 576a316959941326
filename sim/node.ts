/** The part of the API that needs Node (files): loading a scenario file with size and encoding checks. */
export { loadScenarioFile } from '../scenarios/load-file.ts';
/** Reading a text file of at most a given number of bytes, whatever it is (a device or an endless pipe stops one byte past the limit). */
export { readLimitedText } from '../scenarios/load-file.ts';
/** Loading an experiment file and its base scenario (relative to the experiment file). */
export { loadExperimentFile } from '../experiments/load-file.ts';
/** Reading saved observed CBP waits (BWT XML or JSON snapshot, historical hourly CSV, tidy CSV) from a file; never fetches. */
export { loadObservedFile } from '../observed/load-file.ts';
