// Runs the borderflow command as a user would (or in this process, for speed), and small readers for what it prints.

import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = 'bin/borderflow.js';
export const THEORY = 'scenarios/bundled/mmc-theory-check.yaml';

export type CliResult = SpawnSyncReturns<string> & { code: number };

export function cli(args: readonly string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return Object.assign(r, { code: r.status ?? -1 });
}

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** The same as `cli`, without blocking, so independent cases can run side by side (it.concurrent). */
export function cliAsync(args: readonly string[], env: Record<string, string> = {}): Promise<CliOutput> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

type Write = typeof process.stdout.write;

let previous: Promise<unknown> = Promise.resolve();

/**
 * The command run in this process: the same `runCli` that bin/borderflow.js runs, whose
 * return value main.ts makes the exit status, without starting Node, the TypeScript loader
 * and the engine again for every case. What it writes to process.stdout and process.stderr
 * is captured; neither is a terminal (as in a pipe) and NO_COLOR is set, as for `cli`. Calls
 * run one at a time, since they share the process's streams and environment.
 *
 * Use `cli` or `cliAsync` for what only a separate process shows: its exit status as the
 * shell sees it, signals, crashes, a closed pipe.
 */
export function cliInProcess(args: readonly string[], env: Record<string, string> = {}): Promise<CliOutput> {
  const run = previous.then(() => runCaptured(args, env));
  previous = run.catch(() => undefined);
  return run;
}

async function runCaptured(args: readonly string[], env: Record<string, string>): Promise<CliOutput> {
  if (process.cwd() !== ROOT) throw new Error(`cliInProcess resolves paths against the working directory, which must be ${ROOT} (it is ${process.cwd()})`);
  const { runCli } = await import('../../cli/run-cli.ts');
  const out = { stdout: '', stderr: '' };
  const streams = [
    [process.stdout, 'stdout'],
    [process.stderr, 'stderr'],
  ] as const;
  const saved = streams.map(([stream]) => ({ write: stream.write, isTTY: Object.getOwnPropertyDescriptor(stream, 'isTTY') }));
  const savedEnv = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries({ NO_COLOR: '1', ...env })) {
    savedEnv.set(k, process.env[k]);
    process.env[k] = v;
  }
  for (const [stream, key] of streams) {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      out[key] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as Write;
    Object.defineProperty(stream, 'isTTY', { value: false, configurable: true, writable: true });
  }
  try {
    const code = await runCli(['node', 'borderflow', ...args]);
    return { code, ...out };
  } finally {
    streams.forEach(([stream], i) => {
      stream.write = saved[i].write;
      if (saved[i].isTTY) Object.defineProperty(stream, 'isTTY', saved[i].isTTY!);
      else delete (stream as { isTTY?: boolean }).isTTY;
    });
    for (const [k, v] of savedEnv) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Bundled scenarios, as `scenarios/bundled/*.yaml` would glob them (Node 20 has no fs.glob). */
export function bundledScenarios(): string[] {
  return readdirSync(join(ROOT, 'scenarios/bundled'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `scenarios/bundled/${f}`);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'borderflow-cli-'));
}

/** Lines of stderr that look like a JavaScript stack frame. */
export function stackLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^\s+at /.test(l));
}

/**
 * A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF): it throws on a
 * stray quote, so a test that parses the output also checks its quoting.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && !',\r\n'.includes(text[i])) throw new Error(`character after closing quote at ${i}`);
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Erlang C mean wait in line of M/M/c (same units as 1/λ), from the textbook formula. */
export function erlangCWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let sum = 0;
  let term = 1; // a^k / k!
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  // term is now a^c / c!
  const tail = term / (1 - rho);
  const pWait = tail / (sum + tail);
  return pWait / (c * mu - lambda);
}
