// The JSON Schema of experiment files, generated from the zod schema (editors use it for completion and checks).

import { z } from 'zod';
import { ExperimentShape } from './schema.ts';

/** The JSON Schema of experiment files (input side: fields with defaults are optional). */
export function experimentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ExperimentShape, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: 'https://borderflow.dev/experiment.schema.json', title: 'borderflow experiment', ...schema };
}

/** `experimentJsonSchema()` as indented JSON with a final newline: what `experiments/experiment.schema.json` holds. */
export function experimentJsonSchemaText(): string {
  return JSON.stringify(experimentJsonSchema(), null, 2) + '\n';
}
