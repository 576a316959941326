// Reading the command's other input files (a scenario's text for --out, a sweep's runs.ndjson and manifest.json, merge's shard folders) within a byte limit, with one clear line when a file is too big or unreadable.

import { readLimitedText } from '../sim/node.ts';
import { CliError, EXIT } from './errors.ts';

/**
 * Most bytes of a runs.ndjson borderflow reads back (sweep --resume, merge): a Node string holds
 * at most about 536 million characters, so a bigger file could not be read as one anyway.
 */
export const MAX_RUNS_BYTES = 500_000_000;
/** Most bytes of a manifest.json: a few kilobytes in practice, however large the design. */
export const MAX_MANIFEST_BYTES = 1_000_000;

/** The text of `path`, of at most `limit` bytes; otherwise a CliError `borderflow: PREFIXpath: why`. */
export function readInput(path: string, limit: number, what: string, prefix = ''): string {
  const read = readLimitedText(path, limit, what);
  if (!read.ok) throw new CliError([`borderflow: ${prefix}${path}: ${read.message}`], EXIT.invalid);
  return read.text;
}
