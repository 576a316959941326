// Reads an experiment file and its base scenario from disk (Node only).

import { dirname, resolve } from 'node:path';
import { loadScenarioFile, readInputFile } from '../scenarios/load-file.ts';
import { loadExperimentText, type ExperimentLoadResult } from './load.ts';

/** Loads an experiment file; its `base` is read relative to the experiment file's folder. */
export function loadExperimentFile(path: string): ExperimentLoadResult {
  const read = readInputFile(path, 'an experiment file');
  if (!read.ok) return read;
  const folder = dirname(path);
  return loadExperimentText(read.text, path, (base) => resolve(folder, base), loadScenarioFile);
}
