// Regenerates scenarios/scenario.schema.json from the zod schema (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../scenarios/json-schema.ts';

writeFileSync('scenarios/scenario.schema.json', scenarioJsonSchemaText());
console.log('wrote scenarios/scenario.schema.json');
