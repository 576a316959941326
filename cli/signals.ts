// SIGINT and SIGTERM while borderflow waits on its worker threads: temporary files deleted, one line saying what was kept, exit 130 or 143.
//
// JavaScript can only answer a signal when the event loop is free. A simulation runs
// synchronously, so while one runs (borderflow run, compare, staff, sensitivity, a sweep with
// one worker) no handler is installed: the signal ends the process at once, as it ends any
// other program (the shell reports 130 or 143), and the temporary files it leaves behind
// (named with its pid) are deleted by the next borderflow that writes to the same folder.
// A sweep with worker threads waits on them, so there the handler runs at once.

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
