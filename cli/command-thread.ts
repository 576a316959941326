// The commands that simulate (run, compare, compare-waits, staff, sensitivity, calibrate, forecast) run in a worker thread, so the main thread stays free to answer SIGINT and SIGTERM mid-simulation.
//
// A simulation is synchronous: in the thread that runs it, a signal handler would only run
// once it ended. The main thread here only waits: on a signal it stops the worker thread
// (terminate() interrupts even a running replication), deletes the temporary files the
// command had opened (the worker reports each one as it is created, renamed or deleted),
// prints one line saying what was completed and exits 130 or 143. Outputs are written to
// temporary files renamed into place only at the end (atomic-file.ts), so an interrupted
// command leaves every --out and --records file as it was.
//
// Worker threads share the process: its pid (the temporary files' names), its file
// descriptors and its environment. What they do not share is the event loop, so in the
// worker standard error is written synchronously (a progress line must reach the terminal
// while the simulation runs on) and standard output is posted to the main thread, which
// writes it as it would its own (a closed pipe or a full disk handled by main.ts).

import { unlinkSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';
import { tempWatch, writeAll } from './atomic-file.ts';
import { completedSink, interruptible } from './signals.ts';
import type { CommandWorkerData, CommandWorkerMessage } from './worker-messages.ts';

/** The commands run in a worker thread: those that simulate for as long as the user asks. */
export const LONG_COMMANDS: ReadonlySet<string> = new Set(['run', 'compare', 'compare-waits', 'staff', 'sensitivity', 'calibrate', 'forecast']);



/** The worker script: bin/sweep-worker.js (one worker entry for every thread borderflow starts), from the sources or from dist-cli/chunks. */
export function workerScript(): URL {
  for (const up of ['../', '../../', '../../../']) {
    const candidate = new URL(`${up}bin/sweep-worker.js`, import.meta.url);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('bin/sweep-worker.js not found beside the borderflow command');
}

/** Main thread: runs the command line in a worker thread and returns its exit code; a signal ends the process (see above). */
export async function runInWorker(argv: readonly string[]): Promise<number> {
  const data: CommandWorkerData = {
    kind: 'command',
    argv: [...argv],
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
  const worker = new Worker(workerScript(), { workerData: data });
  const temps = new Set<string>();
  let completed: string | null = null;
  let stopping = false;
  return interruptible(
    () =>
      new Promise<number>((resolve, reject) => {
        // The command's exit code is its last message, so every line of standard output it
        // posted has been written when it arrives ('exit' may come before queued messages).
        worker.on('message', (m: CommandWorkerMessage) => {
          if ('stdout' in m) process.stdout.write(m.stdout);
          else if ('completed' in m) completed = m.completed;
          else if ('opened' in m) temps.add(m.opened);
          else if ('closed' in m) temps.delete(m.closed);
          else if (!stopping) resolve(m.exitCode);
        });
        worker.on('error', (e) => {
          if (!stopping) reject(e);
        });
        // On a signal the worker exits too; the signal's own exit code is the answer then.
        // Otherwise an exit without an exit code is a thread that died (out of memory).
        worker.on('exit', () => {
          setImmediate(() => {
            if (!stopping) reject(new Error('the worker thread running the command stopped without a result'));
          });
        });
      }),
    async () => {
      stopping = true;
      await worker.terminate();
      for (const path of temps) {
        try {
          unlinkSync(path);
        } catch {
          // Already renamed into place or deleted.
        }
      }
    },
    () => `stopped ${completed === null ? 'before anything was completed' : `after ${completed}`}; no output written`,
  );
}

/** Worker thread: runs the command line as main.ts would, with the streams and reports described above. */
export async function runInThisThread(data: CommandWorkerData): Promise<void> {
  const port = parentPort!;
  const post = (m: CommandWorkerMessage) => port.postMessage(m);
  Object.defineProperty(process.stdout, 'isTTY', { value: data.stdoutIsTTY, configurable: true });
  Object.defineProperty(process.stderr, 'isTTY', { value: data.stderrIsTTY, configurable: true });
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    writeAll(2, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    post({ stdout: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8') });
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  tempWatch.opened = (path) => post({ opened: path });
  tempWatch.closed = (path) => post({ closed: path });
  completedSink.report = (text) => post({ completed: text });
  const { runCli } = await import('./run-cli.ts');
  post({ exitCode: await runCli(data.argv) });
}
