// Runs the program on an argument list and turns every outcome into an exit code; nothing below it ends the process.

import { CommanderError, type Command } from 'commander';
import { ScenarioLimitError } from '../sim/index.ts';
import { CliError, EXIT, reportInternalError } from './errors.ts';
import { buildProgram } from './program.ts';
import { boundLines } from './text.ts';

export async function runCli(argv: readonly string[], program: Command = buildProgram()): Promise<number> {
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (e) {
    return reportError(e);
  }
}

/** Prints what the user needs to know about a failure and returns the exit code. */
export function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    // Commander has already printed its message (or the help); --help and --version exit 0.
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof CliError) {
    for (const line of boundLines(e.lines, e.keep)) process.stderr.write(`${line}\n`);
    return e.exitCode;
  }
  if (e instanceof ScenarioLimitError) {
    // A valid scenario that cannot be run (a command that knows the file names it; see run).
    for (const p of e.problems) process.stderr.write(`borderflow: ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
    return EXIT.invalid;
  }
  return reportInternalError(e);
}
