// Reads a scenario file from disk (Node only) and validates it.

import { readFileSync, statSync } from 'node:fs';
import { loadScenarioText, MAX_SCENARIO_BYTES, type LoadResult } from './load.ts';

export function loadScenarioFile(path: string): LoadResult {
  let text: string;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, problems: [{ file: path, path: '', message: 'is a directory; expected a scenario file (.json, .yaml or .yml)' }] };
    if (st.size > MAX_SCENARIO_BYTES) return { ok: false, problems: [{ file: path, path: '', message: `file is ${st.size} bytes; expected at most ${MAX_SCENARIO_BYTES}` }] };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, problems: [{ file: path, path: '', message: `cannot read: ${why}` }] };
  }
  return loadScenarioText(text, path);
}
