// The API reference in docs/api.md is generated from the code; it must be current, and every export must say what it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSections, renderApi } from '../../scripts/api-reference.ts';

describe('API reference', () => {
  const sections = apiSections();

  it('lists the public API: running, results, the compiled model and scenario loading', () => {
    const names = new Set(sections.flatMap((s) => s.entries.map((e) => e.name)));
    for (const n of ['runScenario', 'runModel', 'runReplication', 'compileScenario', 'loadScenarioText', 'ResultDocument', 'TravelerRecord', 'STAGES', 'LiveRun']) expect(names).toContain(n);
  });

  it('docs/api.md is up to date (regenerate with npm run api)', () => {
    expect(readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')).toBe(renderApi(sections));
  });

  it('every export has a doc comment', () => {
    const missing = sections.flatMap((s) => s.entries.filter((e) => !e.doc).map((e) => `${e.name} (${e.file})`));
    expect(missing).toEqual([]);
  });
});
