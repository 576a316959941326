// What borderflow's worker threads are sent and post back: a sweep's tasks and rows, or a whole long command (command-thread.ts).

/** What the command sends: the experiment file and the hash it loaded, so both threads run the same experiment. */
export interface SweepWorkerData {
  file: string;
  hash: string;
}

/** What a worker posts back for a task: its row, or why it failed; `fatal` when the worker cannot start. */
export type SweepWorkerMessage = { task: number; row: unknown } | { task: number; error: string } | { fatal: string };

/** What the main thread sends: the command line, and what the worker cannot see for itself (whether the streams are terminals). */
export interface CommandWorkerData {
  kind: 'command';
  argv: string[];
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** What the worker posts back. */
export type CommandWorkerMessage =
  | { stdout: string }
  | { completed: string }
  | { opened: string }
  | { closed: string }
  | { exitCode: number };
