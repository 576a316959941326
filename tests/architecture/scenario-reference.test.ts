// The scenario-format reference in docs/scenario-format.md is generated from the zod schema; it must be
// current, and every field the JSON Schema knows must appear in it with its description.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../scenarios/json-schema.ts';
import { referenceSections, renderReference } from '../../scripts/scenario-reference.ts';

type Schema = Record<string, unknown>;

/** Every (field name, description) pair of every object in the schema, found by walking it independently of the generator. */
function allFields(s: unknown, out: Array<{ name: string; description: string }> = []): Array<{ name: string; description: string }> {
  if (Array.isArray(s)) for (const x of s) allFields(x, out);
  else if (s && typeof s === 'object') {
    const o = s as Schema;
    const props = o['properties'];
    if (props && typeof props === 'object' && !Array.isArray(props)) {
      for (const [name, f] of Object.entries(props as Record<string, Schema>)) out.push({ name, description: String(f['description'] ?? '') });
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'properties') allFields(v, out);
    if (props && typeof props === 'object') for (const f of Object.values(props as Record<string, Schema>)) allFields(f, out);
  }
  return out;
}

const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

describe('scenario-format reference', () => {
  const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');

  it('docs/scenario-format.md is up to date (regenerate with npm run reference)', () => {
    expect(doc).toBe(renderReference());
  });

  it('every field of the JSON Schema appears as a table row with its description', () => {
    const fields = allFields(scenarioJsonSchema());
    expect(fields.length).toBeGreaterThan(100);
    const missing = fields.filter((f) => !doc.split('\n').some((line) => line.startsWith(`| \`${f.name}\` |`) && line.includes(cell(f.description))));
    expect(missing).toEqual([]);
  });

  it('has sections for the nested objects planners edit', () => {
    const paths = referenceSections().map((s) => s.path);
    for (const p of ['scenario', 'ports[]', 'ports[].flows[]', 'ports[].laneGroups[]', 'ports[].secondary', 'ports[].laneManagement', 'calendar', 'report', 'ports[].flows[].patience', 'Distribution (kind: exponential)', 'Distribution (kind: lognormal-quantiles)', 'Distribution (kind: empirical)']) expect(paths).toContain(p);
  });

  it('every link points to a section of the file', () => {
    const anchors = new Set([...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });
});
