// The commander program: global options, help text and the commands, configured so that usage errors can be told apart.

import { Command } from 'commander';
import { ENGINE_VERSION } from '../sim/index.ts';
import { registerCalibrate } from './commands/calibrate.ts';
import { registerCompare } from './commands/compare.ts';
import { registerCompareWaits } from './commands/compare-waits.ts';
import { registerForecast } from './commands/forecast.ts';
import { registerMerge } from './commands/merge.ts';
import { registerRun } from './commands/run.ts';
import { registerSchema } from './commands/schema.ts';
import { registerSensitivity } from './commands/sensitivity.ts';
import { registerStaff } from './commands/staff.ts';
import { registerSweep } from './commands/sweep.ts';
import { registerValidate } from './commands/validate.ts';
import { capMessage } from './text.ts';

export function buildProgram(): Command {
  const program = new Command('borderflow')
    .description('Discrete-event simulator of land border ports of entry: waits, utilization, referrals and seizures by lane, flow and hour.')
    .version(ENGINE_VERSION, '-V, --version', 'print the engine version')
    .helpOption('-h, --help', 'show help for borderflow or a command')
    // Commander errors are thrown instead of ending the process, so runCli maps them to exit 2.
    // Settings made here are copied to the subcommands created below, so order matters.
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${text.trimEnd().split('\n').map((l) => capMessage(`borderflow: ${l}`)).join('\n')}\n`) })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Exit status: 0 success, 1 invalid or unreadable scenario file, 2 bad usage, 70 internal error.

Examples:
  $ borderflow validate scenarios/bundled/*.yaml
  $ borderflow run scenarios/bundled/mmc-theory-check.yaml --replications 5 --hours 48
  $ borderflow run scenarios/bundled/mmc-theory-check.yaml --format csv --out result.csv
  $ borderflow compare base.yaml other.yaml --replications 20
  $ borderflow compare-waits scenarios/bundled/san-ysidro-northbound.yaml observed/samples/san-ysidro-weekday-hist.csv
  $ borderflow forecast scenarios/bundled/san-ysidro-northbound.yaml --from observed/samples/bwt-format-sample.xml --hours 4
  $ borderflow schema > scenario.schema.json
  $ borderflow sweep examples/experiments/sentri-booths.yaml --out sentri
  $ borderflow staff scenarios/bundled/mmc-theory-check.yaml --target "p95 wait <= 5 min" --out fitted.yaml
  $ borderflow sensitivity scenarios/bundled/mmc-theory-check.yaml --vary "volume ±10%, officers ±1"
  $ borderflow calibrate scenarios/bundled/san-ysidro-northbound.yaml --observed observed/samples/san-ysidro-weekday-tidy.csv --fit officers --holdout every:3`,
    );
  registerRun(program);
  registerCompare(program);
  registerCompareWaits(program);
  registerForecast(program);
  registerValidate(program);
  registerSchema(program);
  registerSweep(program);
  registerMerge(program);
  registerStaff(program);
  registerSensitivity(program);
  registerCalibrate(program);
  return program;
}
