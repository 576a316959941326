// Reads a saved observation file from disk (Node only); never fetches anything.

import { readLimitedText } from '../scenarios/load-file.ts';
import { MAX_OBSERVED_BYTES, parseObservedText, type ObservedResult } from './observations.ts';

/** Reads observed waits from a saved BWT XML or JSON snapshot, historical hourly CSV or tidy CSV. */
export function loadObservedFile(path: string): ObservedResult {
  const problem = (message: string): ObservedResult => ({ ok: false, problems: [{ file: path, path: '', message }] });
  const read = readLimitedText(path, MAX_OBSERVED_BYTES, 'observed waits (.xml, .json or .csv)');
  if (!read.ok) return problem(read.message);
  // A NUL is never text (a binary or damaged file); the readers would report it as a puzzling bad value.
  const nul = read.text.indexOf('\u0000');
  if (nul >= 0) {
    const before = read.text.slice(0, nul);
    const line = before.split('\n').length;
    return problem(`contains a NUL character at line ${line}, column ${nul - before.lastIndexOf('\n')}; expected text (a binary or damaged file?)`);
  }
  return parseObservedText(read.text, path);
}
