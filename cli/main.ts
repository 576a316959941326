// Entry point of the borderflow command (imported by bin/borderflow.js): runs the CLI and sets the exit code.

import { ENGINE_VERSION } from '../sim/version.ts';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The same answer commander gives, without loading the engine, the schema and the commands.
  process.stdout.write(`${ENGINE_VERSION}\n`);
} else {
  const { EXIT, describeFsError, reportInternalError } = await import('./errors.ts');
  const { abortAllOutputs } = await import('./atomic-file.ts');
  const { LONG_COMMANDS, runInWorker } = await import('./command-thread.ts');
  // A command that simulates runs in a worker thread, so that this one can answer a signal; this
  // thread then only waits, and does not load the commands, the engine and the schema a second time.
  const long = LONG_COMMANDS.has(args[0] ?? '');
  const { reportError, runCli } = long ? { reportError: reportInternalError, runCli: null } : await import('./run-cli.ts');

  // `borderflow run … | head` closes stdout early: that is the reader's choice, not an error.
  // Any other failure (a full disk, /dev/full, a file size limit) is the user's to fix, in one line.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    abortAllOutputs();
    process.stderr.write(`borderflow: cannot write standard output: ${describeFsError(e)}\n`);
    process.exit(EXIT.invalid);
  });
  // Whatever escapes (a stream error, a stray rejection) still gets one line, not a stack trace.
  process.on('uncaughtException', (e) => process.exit(reportError(e)));
  process.on('unhandledRejection', (e) => process.exit(reportError(e)));

  // exitCode rather than process.exit(): output still buffered for a pipe is written before Node exits.
  process.exitCode = runCli ? await runCli(process.argv) : await runInWorker(process.argv).catch(reportError);
}
