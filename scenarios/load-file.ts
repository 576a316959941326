// Reads a scenario file from disk (Node only) and validates it.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { loadScenarioText, MAX_SCENARIO_BYTES, type LoadResult, type ScenarioProblem } from './load.ts';

/**
 * Reads a scenario or experiment file (`what` names the kind in messages), refusing folders
 * and files over the size limit, with the reason a read failed.
 */
export function readInputFile(path: string, what: string): { ok: true; text: string } | { ok: false; problems: ScenarioProblem[] } {
  const problem = (message: string) => ({ ok: false as const, problems: [{ file: path, path: '', message }] });
  const read = readLimitedText(path, MAX_SCENARIO_BYTES, `${what} (.json, .yaml or .yml)`);
  return read.ok ? read : problem(read.message);
}

/**
 * Reads a text file of at most `limit` bytes. The size a file reports is not trusted: a device
 * (/dev/zero), a FIFO or a pipe reports 0 and never ends, so reading stops one byte past the
 * limit whatever the file is.
 */
export function readLimitedText(path: string, limit: number, what: string): { ok: true; text: string } | { ok: false; message: string } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { ok: false, message: `cannot read: ${readError(e)}` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: `is a directory; expected ${what}` };
    if (st.isFile() && st.size > limit) return { ok: false, message: `file is ${st.size} bytes; expected at most ${limit}` };
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 16, limit + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        // A pipe opened non-blocking by whoever started us: wait a moment and read on.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        throw e;
      }
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    if (total > limit) return { ok: false, message: `more than ${limit} bytes (reading stopped there; a device or an endless pipe?); expected ${what} of at most ${limit} bytes` };
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (e) {
    return { ok: false, message: `cannot read: ${readError(e)}` };
  } finally {
    closeSync(fd);
  }
}

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
}

export function loadScenarioFile(path: string): LoadResult {
  const read = readInputFile(path, 'a scenario file');
  return read.ok ? loadScenarioText(read.text, path) : read;
}
