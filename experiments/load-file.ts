// Reads an experiment file and its base scenario from disk (Node only).

import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadScenarioFile } from '../scenarios/load-file.ts';
import { MAX_SCENARIO_BYTES } from '../scenarios/load.ts';
import { loadExperimentText, type ExperimentLoadResult } from './load.ts';

/** Loads an experiment file; its `base` is read relative to the experiment file's folder. */
export function loadExperimentFile(path: string): ExperimentLoadResult {
  let text: string;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, problems: [{ file: path, path: '', message: 'is a directory; expected an experiment file (.json, .yaml or .yml)' }] };
    if (st.size > MAX_SCENARIO_BYTES) return { ok: false, problems: [{ file: path, path: '', message: `file is ${st.size} bytes; expected at most ${MAX_SCENARIO_BYTES}` }] };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, problems: [{ file: path, path: '', message: `cannot read: ${why}` }] };
  }
  const folder = dirname(path);
  return loadExperimentText(text, path, (base) => resolve(folder, base), loadScenarioFile);
}
