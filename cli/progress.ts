// Progress of a long run on stderr ("replication 3/10 …"), never on stdout, which carries the results.

import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Returns the callback for runScenario's onProgress. On a terminal one line is rewritten in
 * place; into a file or a pipe (a cluster job's log) each replication gets its own line.
 */
export function progressReporter(stream: ProgressStream): (done: number, total: number) => void {
  const started = performance.now();
  const tty = stream.isTTY === true;
  return (done, total) => {
    const elapsed = (performance.now() - started) / 1000;
    const left = done > 0 && done < total ? `, about ${duration((elapsed / done) * (total - done))} left` : '';
    const line = `replication ${done}/${total} done, ${duration(elapsed)} elapsed${left}`;
    if (tty) stream.write(`\r\x1b[K${line}${done === total ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${Math.round(seconds - m * 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/**
 * Progress of a batch of tasks (a sweep). On a terminal, cli-progress draws a bar with the
 * count, the failures and the time left; into a file or a pipe (a cluster job's log) a plain
 * line at most every few seconds and at the end.
 */
export interface TaskProgress {
  update(done: number, total: number, failed: number): void;
  finish(): void;
}

export function taskProgress(stream: ProgressStream, label = 'tasks'): TaskProgress {
  return stream.isTTY === true ? terminalBar(stream, label) : plainLines(stream, label);
}

function terminalBar(stream: ProgressStream, label: string): TaskProgress {
  const bar = new SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: `${label} [{bar}] {value}/{total} done{failures}, {duration_formatted} elapsed, about {eta_formatted} left`,
      barsize: 24,
      hideCursor: false,
      etaBuffer: 50,
      noTTYOutput: false,
    },
    Presets.legacy,
  );
  let started = false;
  return {
    update(done, total, failed) {
      const failures = failed > 0 ? `, ${failed} failed` : '';
      if (!started) {
        bar.start(total, done, { failures });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { failures });
      }
    },
    finish() {
      if (started) bar.stop();
    },
  };
}

function plainLines(stream: ProgressStream, label: string): TaskProgress {
  const started = performance.now();
  let lastPlain = -Infinity;
  return {
    update(done, total, failed) {
      const now = performance.now();
      if (now - lastPlain < 5000 && done !== total) return;
      lastPlain = now;
      const elapsed = (now - started) / 1000;
      const left = done > 0 && done < total ? `, about ${duration((elapsed / done) * (total - done))} left` : '';
      const bad = failed > 0 ? `, ${failed} failed` : '';
      stream.write(`${label} ${done}/${total} done${bad}, ${duration(elapsed)} elapsed${left}\n`);
    },
    finish() {},
  };
}
