// Reads a saved observation file from disk (Node only); never fetches anything.

import { readFileSync, statSync } from 'node:fs';
import { MAX_OBSERVED_BYTES, parseObservedText, type ObservedResult } from './observations.ts';

/** Reads observed waits from a saved BWT XML or JSON snapshot, historical hourly CSV or tidy CSV. */
export function loadObservedFile(path: string): ObservedResult {
  const problem = (message: string): ObservedResult => ({ ok: false, problems: [{ file: path, path: '', message }] });
  try {
    const st = statSync(path);
    if (st.isDirectory()) return problem('is a directory; expected observed waits (.xml, .json or .csv)');
    if (st.size > MAX_OBSERVED_BYTES) return problem(`file is ${st.size} bytes; expected at most ${MAX_OBSERVED_BYTES}`);
    return parseObservedText(readFileSync(path, 'utf8'), path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return problem(`cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
}
