// The layers import one way: dependency-cruiser checks the whole tree against the rules in .dependency-cruiser.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

async function violations(dirs: string[], baseDir: string): Promise<string[]> {
  const result = await cruise(dirs, { ...config.options, baseDir, ruleSet: { forbidden: config.forbidden }, validate: true });
  const out = result.output as ICruiseResult;
  return out.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('layers', () => {
  it('the source tree breaks no layer rule and has no import cycle', async () => {
    expect(await violations(['sim', 'scenarios', 'cli', 'viz'], root)).toEqual([]);
  }, 60_000);

  it('the rules catch an engine reading the schema, a kernel importing the engine, users bypassing the API, and a cycle', async () => {
    const found = await violations(['sim', 'scenarios', 'cli', 'viz'], fileURLToPath(new URL('./fixture', import.meta.url)));
    const rules = new Set(found.map((f) => f.split(':')[0]));
    expect([...rules].sort()).toEqual(['cli-uses-the-api', 'engine-reads-compiled-model-only', 'kernel-knows-nothing', 'no-circular', 'viz-uses-the-api']);
  }, 60_000);
});
