// Reads a saved observation file from disk (Node only); never fetches anything.

import { readLimitedText } from '../scenarios/load-file.ts';
import { MAX_OBSERVED_BYTES, parseObservedText, type ObservedResult } from './observations.ts';

/** Reads observed waits from a saved BWT XML or JSON snapshot, historical hourly CSV or tidy CSV. */
export function loadObservedFile(path: string): ObservedResult {
  const problem = (message: string): ObservedResult => ({ ok: false, problems: [{ file: path, path: '', message }] });
  const read = readLimitedText(path, MAX_OBSERVED_BYTES, 'observed waits (.xml, .json or .csv)');
  return read.ok ? parseObservedText(read.text, path) : problem(read.message);
}
