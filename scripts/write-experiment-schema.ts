// Regenerates experiments/experiment.schema.json from the zod schema (`node --import tsx scripts/write-experiment-schema.ts`).
import { writeFileSync } from 'node:fs';
import { experimentJsonSchemaText } from '../experiments/json-schema.ts';

writeFileSync('experiments/experiment.schema.json', experimentJsonSchemaText());
console.log('wrote experiments/experiment.schema.json');
