// A file written as PATH.tmp and renamed to PATH only when complete, so a crash or an error never leaves half a file at PATH.
//
// Writes are synchronous and buffered: the simulation runs synchronously, so an async
// WriteStream would hold every row in memory until the run ended. A full buffer goes to
// disk at once with writeSync, which keeps memory flat however many rows are written.

import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { outputError } from './errors.ts';

const FLUSH_AT = 1 << 16;

export class AtomicFile {
  readonly tmpPath: string;
  private fd: number | null;
  private buffer = '';

  /** Opens PATH.tmp now, so a bad path fails before a long run rather than after it. */
  constructor(readonly path: string) {
    this.tmpPath = `${path}.tmp`;
    try {
      this.fd = openSync(this.tmpPath, 'w');
    } catch (e) {
      throw outputError(path, e);
    }
  }

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  /** Writes what is left, closes the file and moves it into place. */
  commit(): void {
    if (this.fd === null) throw new Error(`${this.path} is already closed`);
    try {
      this.flush();
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tmpPath, this.path);
    } catch (e) {
      this.abort();
      throw outputError(this.path, e);
    }
  }

  /** Closes and deletes the temporary file; PATH is left as it was. Safe to call twice. */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Already unusable; deleting it below is all that matters.
      }
      this.fd = null;
    }
    try {
      unlinkSync(this.tmpPath);
    } catch {
      // Never created, or already renamed.
    }
    this.buffer = '';
  }

  private flush(): void {
    if (this.buffer === '' || this.fd === null) return;
    try {
      // writeSync may write less than asked (a full disk, a signal): loop until all is out.
      const bytes = Buffer.from(this.buffer, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
    } catch (e) {
      this.abort();
      throw outputError(this.path, e);
    }
    this.buffer = '';
  }
}

/** Writes a command's output to `out` (replacing the file whole) or, without one, to standard output. */
export function writeOutput(out: AtomicFile | null, text: string): void {
  if (out) {
    out.write(text);
    out.commit();
  } else {
    process.stdout.write(text);
  }
}
