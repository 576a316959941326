// The JSON Schema of scenario files, generated from the zod schema (editors use it for completion and checks).

import { z } from 'zod';
import { ScenarioShape } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  // The input side: defaults are optional for whoever writes a file.
  const schema = z.toJSONSchema(ScenarioShape, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $id: 'https://borderflow.dev/scenario.schema.json',
    title: 'borderflow scenario',
    ...schema,
  };
}

export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
