// Output files written whole or not at all: each is written to a temporary file beside it and renamed into place only when every output of the command is complete.
//
// The rules (the README's command-line section says the same):
// - The temporary file is `.NAME.borderflow-PID-RANDOM.tmp` in the folder of the file it will
//   replace, created with O_CREAT|O_EXCL (`wx`): a name that already exists (another run's
//   temporary file, or a symlink planted there) is never opened, let alone followed.
// - A file that is replaced keeps its permission bits; a new file gets 0666 less the umask
//   (0644 with the usual umask 022), as any other tool that creates a file.
// - A symlink is written through: the file it points to is replaced, the link stays a link.
// - A device, FIFO or socket (or a symlink to one: /dev/null, /dev/stdout) cannot be replaced,
//   so it is written to directly, as the output is produced.
// - `commitAll` closes every output of a command first and renames them only when all closed
//   without error, so a failed --out never leaves a fresh --records beside a stale result.
// - Temporary files of a process that no longer exists (killed, or the machine stopped) are
//   removed when borderflow next writes to that folder.
//
// Writes are synchronous and buffered: the simulation runs synchronously, so an async
// WriteStream would hold every row in memory until the run ended. A full buffer goes to
// disk at once with writeSync, which keeps memory flat however many rows are written.

import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EXIT, describeFsError, outputError } from './errors.ts';

const FLUSH_AT = 1 << 16;

/** Temporary files of this tool: the name of the file they will become, the writer's pid, a random part. */
export const TEMP_NAME = /^\..*\.borderflow-(\d+)-[0-9a-f]{12}\.tmp$/;

/** Every output not yet committed or aborted, so an interrupted command can delete its temporary files. */
const live = new Set<AtomicFile>();

/**
 * Told of every temporary file as it is created and when it is renamed or deleted. A command
 * run in a worker thread (cli/command-thread.ts) reports them to the main thread, which
 * deletes those left when a signal stops the thread mid-run.
 */
export const tempWatch: { opened?: (path: string) => void; closed?: (path: string) => void } = {};

/** Deletes the temporary files of every output still open (on an interrupt); returns how many there were. */
export function abortAllOutputs(): number {
  const n = live.size;
  for (const f of [...live]) f.abort();
  return n;
}

/**
 * The file a path writes to: symlinks followed (even a dangling one, whose target is then
 * created). A path through /proc or /dev/fd (`/dev/stdout` is /proc/self/fd/1) names an open
 * file of this process, not a place in a folder: it is written directly, whatever it is.
 */
function resolveTarget(path: string): { target: string; stats: Stats | null; direct: boolean } {
  let p = path;
  const magic = (q: string) => /^\/(proc|dev\/fd)\//.test(resolve(q));
  for (let hops = 0; hops < 40; hops++) {
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { target: p, stats: null, direct: false };
      throw e;
    }
    if (magic(p)) return { target: p, stats: statSync(p), direct: true };
    if (!st.isSymbolicLink()) return { target: p, stats: st, direct: false };
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

const swept = new Set<string>();

/** True unless the process is known to be gone (a process of another user answers EPERM: it exists). */
function processExists(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Removes temporary files left in `folder` by borderflow processes that no longer exist (once per folder and process). */
export function sweepStaleTemps(folder: string): string[] {
  const key = resolve(folder);
  if (swept.has(key)) return [];
  swept.add(key);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || processExists(Number(m[1]))) continue;
    try {
      if (lstatSync(join(folder, name)).isFile()) {
        unlinkSync(join(folder, name));
        removed.push(name);
      }
    } catch {
      // Removed by another run meanwhile, or not ours to remove.
    }
  }
  return removed;
}

export class AtomicFile {
  /** The temporary file, or null when the target is a device or FIFO written directly. */
  readonly tmpPath: string | null;
  /** The file that ends up holding the output: `path` with symlinks followed. */
  readonly target: string;
  private fd: number | null;
  private buffer = '';
  private closed = false;
  /** A descriptor of this process (standard output), written to but never closed. */
  private borrowed = false;
  /** The reader of a pipe or FIFO closed it (`| head`): what it did not want is dropped, as for standard output. */
  private readerGone = false;

  /** Opens the temporary file now, so a bad path fails before a long run rather than after it. */
  constructor(readonly path: string) {
    try {
      const { target, stats, direct } = resolveTarget(path);
      this.target = target;
      if (stats?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (direct || (stats && !stats.isFile())) {
        // /dev/null, /dev/stdout, a FIFO: nothing to replace, so the output goes straight there.
        this.tmpPath = null;
        // /dev/stdout, /proc/self/fd/N: the descriptor this process already holds, used as it
        // is (a socket cannot be opened again, and reopening a file opened with >> would empty it).
        const own = /^\/(?:proc\/(?:self|\d+)|dev)\/fd\/(\d+)$/.exec(target);
        this.borrowed = own !== null && (target.startsWith('/dev/') || /^\/proc\/self\//.test(target) || target.startsWith(`/proc/${process.pid}/`));
        this.fd = this.borrowed ? Number(own![1]) : openSync(target, direct ? 'a' : 'w');
      } else {
        const folder = dirname(target);
        sweepStaleTemps(folder);
        this.tmpPath = join(folder, `.${basename(target)}.borderflow-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
        this.fd = openSync(this.tmpPath, 'wx', 0o666);
        tempWatch.opened?.(this.tmpPath);
        if (stats) fchmodSync(this.fd, stats.mode & 0o7777);
      }
    } catch (e) {
      throw outputError(path, e);
    }
    live.add(this);
  }

  write(text: string): void {
    if (this.readerGone) return;
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  /** Writes what is left and closes the file, without moving it into place yet (see `commitAll`). */
  close(): void {
    if (this.fd === null) throw new Error(`${this.path} is already closed`);
    try {
      this.flush();
      if (!this.borrowed) closeSync(this.fd);
      this.fd = null;
      this.closed = true;
    } catch (e) {
      this.abort();
      throw e instanceof CliError ? e : outputError(this.path, e);
    }
  }

  /** Moves the closed temporary file into place. */
  publish(): void {
    if (!this.closed) throw new Error(`${this.path} is not closed`);
    try {
      if (this.tmpPath !== null) {
        renameSync(this.tmpPath, this.target);
        tempWatch.closed?.(this.tmpPath);
      }
      live.delete(this);
    } catch (e) {
      this.abort();
      throw outputError(this.path, e);
    }
  }

  /** Writes what is left, closes the file and moves it into place: `commitAll([this])`. */
  commit(): void {
    commitAll([this]);
  }

  /** Closes and deletes the temporary file; PATH is left as it was. Safe to call twice. */
  abort(): void {
    if (this.fd !== null && !this.borrowed) {
      try {
        closeSync(this.fd);
      } catch {
        // Already unusable; deleting it below is all that matters.
      }
    }
    this.fd = null;
    if (this.tmpPath !== null && live.has(this)) {
      try {
        unlinkSync(this.tmpPath);
        tempWatch.closed?.(this.tmpPath);
      } catch {
        // Never created, or already renamed.
      }
    }
    live.delete(this);
    this.buffer = '';
  }

  private flush(): void {
    if (this.buffer === '' || this.fd === null) return;
    try {
      // writeSync may write less than asked (a full disk, a signal): loop until all is out.
      writeAll(this.fd, Buffer.from(this.buffer, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EPIPE' && this.tmpPath === null) {
        this.readerGone = true;
        this.buffer = '';
        return;
      }
      this.abort();
      throw outputError(this.path, e);
    }
    this.buffer = '';
  }
}

/** Writes every byte: writeSync may write less than asked, and a non-blocking pipe may be full for a moment. */
export function writeAll(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/**
 * Commits the outputs of one command together: all are closed first, and renamed into place
 * only if every one closed without error; otherwise every temporary file is deleted and no
 * output is replaced.
 */
export function commitAll(files: readonly (AtomicFile | null | undefined)[]): void {
  const all = files.filter((f): f is AtomicFile => f != null);
  try {
    for (const f of all) f.close();
  } catch (e) {
    for (const f of all) f.abort();
    throw e;
  }
  for (const f of all) f.publish();
}

/** Writes a command's output to `out` (replacing the file whole) or, without one, to standard output. */
export function writeOutput(out: AtomicFile | null, text: string): void {
  if (out) {
    out.write(text);
    out.commit();
  } else {
    writeStdout(text);
  }
}

/**
 * Writes to standard output. When that is a file or a device (`> result.csv`, `> /dev/full`),
 * the bytes are written here, synchronously and all of them: Node's own stream writes a file
 * once and drops what a short write left out (a full disk, a file size limit) without a word.
 * A pipe or a terminal goes through process.stdout, whose errors main.ts reports.
 */
export function writeStdout(text: string): void {
  let direct = false;
  try {
    const st = fstatSync(1);
    direct = st.isFile() || st.isCharacterDevice() && !process.stdout.isTTY;
  } catch {
    direct = false;
  }
  if (!direct) {
    process.stdout.write(text);
    return;
  }
  try {
    writeAll(1, Buffer.from(text, 'utf8'));
  } catch (e) {
    throw new CliError([`borderflow: cannot write standard output: ${describeFsError(e)}`], EXIT.invalid);
  }
}

/** Writes a whole file (a folder's summary, a merged table) at once. */
export function writeWhole(path: string, text: string): AtomicFile {
  const f = new AtomicFile(path);
  try {
    f.write(text);
  } catch (e) {
    f.abort();
    throw e;
  }
  return f;
}
