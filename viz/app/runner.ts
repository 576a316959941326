// Runs scenarios in Web Workers, a few at a time, each cancellable on its own (by terminating its worker).

import type { ResultDocument, Scenario } from '../../sim/index.ts';
import type { RunReply, RunRequest } from '../worker/protocol.ts';
import { t } from '../i18n/index.ts';

export interface Job {
  scenario: Scenario;
  seed: number;
  replications: number;
  horizonHours: number | null;
  onProgress(done: number, total: number): void;
}

export interface JobHandle {
  promise: Promise<ResultDocument>;
  cancel(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** At most `concurrency` workers at once; the rest wait in line. */
export function createRunner(concurrency = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2))) {
  let active = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };

  function run(job: Job): JobHandle {
    let worker: Worker | null = null;
    let cancelled = false;
    let rejectFn: (e: Error) => void = () => {};
    let started = false;
    let startFn: () => void = () => {};

    const promise = new Promise<ResultDocument>((resolve, reject) => {
      rejectFn = reject;
      const start = () => {
        if (cancelled) return;
        started = true;
        active += 1;
        worker = new Worker(new URL('../worker/run-worker.ts', import.meta.url), { type: 'module' });
        const finish = () => {
          worker?.terminate();
          worker = null;
          release();
        };
        worker.onmessage = (ev: MessageEvent<RunReply>) => {
          const m = ev.data;
          if (m.type === 'progress') job.onProgress(m.done, m.total);
          else if (m.type === 'done') {
            finish();
            resolve(m.doc);
          } else {
            finish();
            reject(new Error(m.message));
          }
        };
        worker.onerror = (ev) => {
          ev.preventDefault();
          finish();
          reject(new Error(ev.message || t('app:file.workerFailed')));
        };
        const req: RunRequest = { type: 'run', scenario: job.scenario, seed: job.seed, replications: job.replications, horizonHours: job.horizonHours };
        worker.postMessage(req);
      };
      startFn = start;
      if (active < concurrency) start();
      else waiting.push(start);
    });

    return {
      promise,
      cancel() {
        if (cancelled) return;
        cancelled = true;
        if (worker) {
          (worker as Worker).terminate();
          worker = null;
          release();
        } else if (!started) {
          const i = waiting.indexOf(startFn);
          if (i >= 0) waiting.splice(i, 1);
        }
        rejectFn(new CancelledError());
      },
    };
  }

  return { run };
}

export type Runner = ReturnType<typeof createRunner>;
