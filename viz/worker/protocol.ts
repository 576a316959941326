// Messages between the page and the run worker.

import type { ResultDocument, Scenario } from '../../sim/index.ts';

export interface RunRequest {
  type: 'run';
  scenario: Scenario;
  seed: number;
  replications: number;
  horizonHours: number | null;
}

export type RunReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; doc: ResultDocument; ms: number }
  | { type: 'error'; message: string };
