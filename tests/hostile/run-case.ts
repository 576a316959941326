// Runs one hostile-input case through the built command, as a user would, and checks what every such case must satisfy: the expected exit status, a message naming the file (and the field), short, without a stack trace, in time.

import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Whatever a case prints for one failure must stay under this many characters. */
export const MAX_STDERR = 4000;
/** A case that runs longer is a hang, not a slow answer. */
export const CASE_TIMEOUT_MS = 20_000;

export interface CaseResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs `borderflow ARGS…` from the project folder; killed after `timeoutMs`. */
export function runCase(args: readonly string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CaseResult> {
  const timeoutMs = options.timeoutMs ?? CASE_TIMEOUT_MS;
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['bin/borderflow.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout.length < 1 << 24 ? (stdout += d) : undefined));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

export interface Expectation {
  /** Exit status: 0 (odd but valid input runs), 1 (bad input), 2 (bad usage). */
  code: number;
  /** Texts stderr must contain when the case fails: the file's name, the field path, the reason. */
  names?: readonly string[];
}

/** The checks every hostile case must pass, with the case's name in each failure. */
export function expectOutcome(label: string, r: CaseResult, want: Expectation): void {
  expect(r.timedOut, `${label}: still running after ${r.ms} ms`).toBe(false);
  expect(r.code, `${label}: exit status (stderr: ${r.stderr.slice(0, 600)})`).toBe(want.code);
  expect(r.stderr.length, `${label}: stderr is ${r.stderr.length} characters`).toBeLessThan(MAX_STDERR);
  expect(r.stderr, `${label}: a stack trace`).not.toContain('    at ');
  expect(r.stderr, `${label}: called a bug`).not.toMatch(/internal error|this is a bug/);
  // A raw ESC or other control character would reach the user's terminal.
  expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(r.stderr), `${label}: a control character in stderr`).toBe(false);
  for (const n of want.names ?? []) expect(r.stderr, `${label}: stderr should name ${n}`).toContain(n);
  if (want.code !== 0) expect(r.stderr.trim(), `${label}: no message`).not.toBe('');
}
