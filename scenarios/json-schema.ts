// The JSON Schema of scenario files, generated from the zod schema (editors use it for completion and checks).

import { z } from 'zod';
import { ScenarioShape } from './schema.ts';

/**
 * The JSON Schema of scenario files, generated from the zod schema for editors and other tools.
 * It describes the input side (fields with defaults are optional) but not the cross-field rules,
 * which only `validateScenario` checks.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  // The input side: defaults are optional for whoever writes a file.
  const schema = z.toJSONSchema(ScenarioShape, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $id: 'https://borderflow.dev/scenario.schema.json',
    title: 'borderflow scenario',
    ...schema,
  };
}

/**
 * `scenarioJsonSchema()` as indented JSON with a final newline: what `borderflow schema` prints
 * and `scenarios/scenario.schema.json` holds.
 */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
