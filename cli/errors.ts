// Exit codes and the errors commands throw, so run-cli.ts alone decides what reaches stderr and how the process ends.

import { formatProblem, type ScenarioProblem } from '../sim/index.ts';
import { capMessage } from './text.ts';

/** Exit codes: 1 and 2 as most Unix tools use them; 70 is EX_SOFTWARE from sysexits.h. */
export const EXIT = {
  ok: 0,
  /** A scenario file is missing, unreadable or invalid, or an output cannot be written. */
  invalid: 1,
  /** The command line itself is wrong: unknown option, missing argument, bad option value. */
  usage: 2,
  /** A bug in borderflow. */
  internal: 70,
} as const;

/** An expected failure: its lines are printed as they are, never with a stack trace. */
export class CliError extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly exitCode: number,
    /** How many of the last lines (a summary) are printed whatever else is left out. */
    readonly keep = 0,
  ) {
    super(lines.join('\n'));
    this.name = 'CliError';
  }
}

/** Bad usage found after commander has parsed the options (it depends on the scenario, or on two options together). */
export function usageError(message: string): CliError {
  return new CliError([`borderflow: error: ${message}`], EXIT.usage);
}

/** Most problems printed for one file: past a screenful the rest repeat the same mistake. */
export const MAX_PROBLEM_LINES = 20;

/** Problems as lines, one each, at most `MAX_PROBLEM_LINES` of them and then how many more there are. */
export function problemLines(problems: readonly ScenarioProblem[]): string[] {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map(formatProblem);
  const more = problems.length - MAX_PROBLEM_LINES;
  if (more > 0) lines.push(`${problems[0].file}: … and ${more} more problem${more === 1 ? '' : 's'} (fix the ones above first)`);
  return lines;
}

/** Scenario problems, one line each, already naming the file and the field path. */
export function scenarioError(problems: readonly ScenarioProblem[]): CliError {
  return new CliError(problemLines(problems), EXIT.invalid);
}

/** A file borderflow was asked to write and could not. */
export function outputError(path: string, cause: unknown): CliError {
  return new CliError([`borderflow: cannot write ${path}: ${describeFsError(cause)}`], EXIT.invalid);
}

/** The reason in words a planner understands; errno codes mean nothing to most of them. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory (does its folder exist?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory; expected a file path';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    case 'EFBIG':
      return 'file too large (a file size limit: ulimit -f?)';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** One line for an error borderflow did not expect (a bug), the stack only with BORDERFLOW_DEBUG=1; returns the exit status. */
export function reportInternalError(e: unknown): number {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`${capMessage(`borderflow: internal error: ${message.replace(/\s*\n\s*/g, ' ')}`)}\n`);
  if (process.env.BORDERFLOW_DEBUG === '1' && e instanceof Error && e.stack) {
    process.stderr.write(`${e.stack}\n`);
  } else {
    process.stderr.write('borderflow: this is a bug in borderflow; BORDERFLOW_DEBUG=1 shows where it happened\n');
  }
  return EXIT.internal;
}
