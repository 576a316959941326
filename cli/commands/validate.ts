// `borderflow validate FILE...`: checks scenario files without running them; exit 1 if any is invalid.

import type { Command } from 'commander';
import { formatProblem } from '../../sim/index.ts';
import { loadScenarioFile } from '../../sim/node.ts';
import { CliError, EXIT } from '../errors.ts';
import { runProblems } from '../scenario-file.ts';
import { capMessage } from '../text.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Check scenario files against the schema and the cross-field rules, without running them.')
    .argument('<files...>', 'scenario files (.yaml, .yml or .json)')
    .addHelpText(
      'after',
      `
Prints "FILE: ok (scenario name)" for each valid file on standard output, and one line
per problem ("FILE: field.path: what was expected") on standard error.
Exit status: 0 if every file is valid, 1 otherwise.

Examples:
  $ borderflow validate scenarios/bundled/*.yaml
  $ borderflow validate my-port.yaml && borderflow run my-port.yaml`,
    )
    .action((files: string[]) => validateCommand(files));
}

function validateCommand(files: string[]): void {
  let invalid = 0;
  const problems: string[] = [];
  // Every file is checked, so one run lists all the problems rather than the first.
  for (const file of files) {
    const loaded = loadScenarioFile(file);
    // A valid file that cannot be run (work over the limits, figures that are not finite) is refused too.
    const cannotRun = loaded.ok ? runProblems(file, loaded.scenario) : [];
    if (loaded.ok && cannotRun.length === 0) {
      process.stdout.write(`${capMessage(`${file}: ok (${loaded.scenario.name})`)}\n`);
    } else {
      invalid++;
      for (const p of loaded.ok ? cannotRun : loaded.problems) problems.push(formatProblem(p));
    }
  }
  if (invalid > 0) {
    // Printed bounded, with the summary last whatever was left out.
    const summary = files.length > 1 ? [`borderflow: ${invalid} of ${files.length} files are invalid`] : [];
    throw new CliError([...problems, ...summary], EXIT.invalid, summary.length);
  }
}
