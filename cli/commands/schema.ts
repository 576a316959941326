// `borderflow schema`: prints the JSON Schema of scenario files, for editors and other tools.

import type { Command } from 'commander';
import { scenarioJsonSchemaText } from '../../sim/index.ts';
import { writeStdout } from '../atomic-file.ts';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('Print the JSON Schema of scenario files (for editor completion and checks).')
    .addHelpText(
      'after',
      `
Examples:
  $ borderflow schema > scenario.schema.json
  # then, on the first line of a YAML scenario (VS Code and other editors with the YAML language server):
  # yaml-language-server: $schema=./scenario.schema.json`,
    )
    .action(() => {
      writeStdout(scenarioJsonSchemaText());
    });
}
