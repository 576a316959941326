// Reads a scenario file from disk (Node only) and validates it.

import { readFileSync, statSync } from 'node:fs';
import { loadScenarioText, MAX_SCENARIO_BYTES, type LoadResult, type ScenarioProblem } from './load.ts';

/**
 * Reads a scenario or experiment file (`what` names the kind in messages), refusing folders
 * and files over the size limit, with the reason a read failed.
 */
export function readInputFile(path: string, what: string): { ok: true; text: string } | { ok: false; problems: ScenarioProblem[] } {
  const problem = (message: string) => ({ ok: false as const, problems: [{ file: path, path: '', message }] });
  try {
    const st = statSync(path);
    if (st.isDirectory()) return problem(`is a directory; expected ${what} (.json, .yaml or .yml)`);
    if (st.size > MAX_SCENARIO_BYTES) return problem(`file is ${st.size} bytes; expected at most ${MAX_SCENARIO_BYTES}`);
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return problem(`cannot read: ${why}`);
  }
}

export function loadScenarioFile(path: string): LoadResult {
  const read = readInputFile(path, 'a scenario file');
  return read.ok ? loadScenarioText(read.text, path) : read;
}
