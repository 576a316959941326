// SIGINT and SIGTERM while borderflow waits on worker threads: temporary files deleted, one line saying what was completed or kept, exit 130 or 143.
//
// JavaScript can only answer a signal when the event loop is free. A simulation runs
// synchronously, so every command that simulates runs it in a worker thread and waits:
// a sweep on its pool of workers, the other long commands (run, compare, staff, sensitivity,
// calibrate, forecast, compare-waits) on one worker that runs the whole command (command-thread.ts). The
// handler below then runs at once, stops the threads and deletes the temporary files.
// A sweep with one worker still simulates on the main thread: the signal ends it at once
// (the shell reports 130 or 143), runs.ndjson keeps every whole row, and the temporary files
// it leaves (named with its pid) are deleted by the next borderflow that writes to the same folder.

import { abortAllOutputs } from './atomic-file.ts';

const CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs `wait` with SIGINT and SIGTERM handled: on a signal, `stop` ends the work (terminates
 * the worker threads), every output not yet committed is deleted and `kept()` says what is
 * on disk; the process then exits 128 + the signal number.
 */
export async function interruptible<T>(wait: () => Promise<T>, stop: () => Promise<void> | void, kept: () => string): Promise<T> {
  const handlers = Object.entries(CODES).map(([signal, code]) => {
    const handler = () => {
      // A second signal while stopping: leave at once.
      for (const [s, h] of handlers) process.removeListener(s, h);
      abortAllOutputs();
      void Promise.resolve()
        .then(stop)
        .catch(() => undefined)
        .finally(() => {
          process.stderr.write(`borderflow: interrupted (${signal}): ${kept()}\n`);
          process.exit(code);
        });
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  try {
    return await wait();
  } finally {
    for (const [s, h] of handlers) process.removeListener(s, h);
  }
}

/**
 * Where a long command reports what it has completed so far ("3 of 10 replications"), for
 * the line printed if a signal stops it. Set by the worker thread that runs the command.
 */
export const completedSink: { report?: (text: string) => void } = {};

/** Reports what the command has completed so far (see `completedSink`); nothing happens when it runs on the main thread. */
export function completed(text: string): void {
  completedSink.report?.(text);
}
