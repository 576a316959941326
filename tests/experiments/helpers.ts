// Experiment files written to a temporary folder over the small station scenario of fixtures/.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

export const STATION = resolve(fileURLToPath(new URL('./fixtures/station.yaml', import.meta.url)));

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'borderflow-exp-'));
}

/** Writes an experiment (base defaults to the station fixture) and returns its path. */
export function writeExperiment(dir: string, body: Record<string, unknown>, name = 'exp.yaml'): string {
  const path = join(dir, name);
  writeFileSync(path, stringify({ base: STATION, ...body }));
  return path;
}
