// Progress of a long run on stderr ("replication 3/10 …"), never on stdout, which carries the results.

import { performance } from 'node:perf_hooks';

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
 * Progress of a batch of tasks (a sweep), behind one small interface so a library bar could
 * replace it. On a terminal one line is redrawn in place: a bar, the count and the time left;
 * into a file or a pipe a plain line at most every few seconds and at the end.
 */
export interface TaskProgress {
  update(done: number, total: number, failed: number): void;
  finish(): void;
}

export function taskProgress(stream: ProgressStream, label = 'tasks'): TaskProgress {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let lastPlain = -Infinity;
  let last = '';
  return {
    update(done, total, failed) {
      const now = performance.now();
      const elapsed = (now - started) / 1000;
      const left = done > 0 && done < total ? `, about ${duration((elapsed / done) * (total - done))} left` : '';
      const bad = failed > 0 ? `, ${failed} failed` : '';
      const text = `${label} ${done}/${total} done${bad}, ${duration(elapsed)} elapsed${left}`;
      if (tty) {
        const width = 24;
        const filled = total > 0 ? Math.round((done / total) * width) : width;
        last = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`;
        stream.write(`\r\x1b[K${last}`);
      } else if (now - lastPlain >= 5000 || done === total) {
        lastPlain = now;
        stream.write(`${text}\n`);
      }
    },
    finish() {
      if (tty && last) stream.write('\n');
    },
  };
}
