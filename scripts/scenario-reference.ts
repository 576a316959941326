// Generates docs/scenario-format.md, the reference of scenario files, from the JSON Schema that the
// zod schema produces (the same one `npm run schema` writes to scenarios/scenario.schema.json).
//
// Every object of the schema gets a section with a table of its fields: type, default, allowed
// values or range, and the description written next to the field in scenarios/. The JSON Schema
// inlines shared shapes (a Distribution appears wherever a time is drawn), so an object that has
// already been described is linked to, not repeated. `npm run reference` writes it; a test fails
// when it is stale.

import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../scenarios/json-schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_PATH = resolve(ROOT, 'docs/scenario-format.md');

type Schema = Record<string, unknown>;

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  default: string;
  allowed: string;
  description: string;
}

export interface ObjectSection {
  /** Where the object sits in a scenario, e.g. `ports[].flows[]`. */
  path: string;
  /** Anchor of the section in the Markdown file. */
  anchor: string;
  description: string;
  fields: FieldRow[];
}

const props = (s: Schema): Record<string, Schema> | undefined => s['properties'] as Record<string, Schema> | undefined;
const variants = (s: Schema): Schema[] | undefined => (s['anyOf'] ?? s['oneOf']) as Schema[] | undefined;

function anchorOf(path: string): string {
  return path.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'scenario';
}

/** The `kind` (or other constant discriminator) of an object variant, for naming its section. */
function discriminator(s: Schema): string | undefined {
  for (const [k, v] of Object.entries(props(s) ?? {})) if (v['const'] !== undefined) return `${k}: ${String(v['const'])}`;
  return undefined;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

function literal(v: unknown): string {
  return '`' + JSON.stringify(v) + '`';
}

/** Walks the schema and collects one section per distinct object shape. */
export function referenceSections(schema: Schema = scenarioJsonSchema()): ObjectSection[] {
  const sections: ObjectSection[] = [];
  const seen = new Map<string, ObjectSection>();

  // The type column: a short phrase, with links to the sections of nested objects.
  function typeOf(s: Schema, path: string): string {
    if (s['const'] !== undefined) return literal(s['const']);
    if (Array.isArray(s['enum'])) return (s['enum'] as unknown[]).map(literal).join(' or ');
    const vs = variants(s);
    if (vs) {
      // Distributions of times and counts share one set of sections, named by kind.
      const isDistribution = vs.some((v) => props(v)?.['kind']?.['const'] === 'exponential');
      const objects = vs.filter((v) => props(v)).length;
      let form = 0;
      return vs.map((v) => {
        const d = discriminator(v);
        if (!props(v)) return typeOf(v, path);
        form++;
        const req = ((v['required'] ?? []) as string[]).join(', ');
        const name = isDistribution ? `Distribution (${d})` : d ? `${path} (${d})` : objects > 1 ? `${path} (form ${form}${req ? `: ${req}` : ''})` : path;
        return typeOf(v, name);
      }).join(' or ');
    }
    if (props(s)) {
      const sec = objectSection(s, path);
      return `[${sec.path}](#${sec.anchor})`;
    }
    const t = s['type'];
    if (t === 'array') {
      if (Array.isArray(s['prefixItems'])) return `[${(s['prefixItems'] as Schema[]).map((p, i) => typeOf(p, `${path}[${i}]`)).join(', ')}]`;
      const items = (s['items'] ?? {}) as Schema;
      const n = s['minItems'] !== undefined && s['minItems'] === s['maxItems'] ? ` of ${String(s['minItems'])}` : '';
      return `list${n} of ${typeOf(items, `${path}[]`)}`;
    }
    if (t === 'object') {
      const ap = s['additionalProperties'];
      if (ap && typeof ap === 'object') return `map of ${typeOf(s['propertyNames'] as Schema ?? { type: 'string' }, path)} → ${typeOf(ap as Schema, `${path}.*`)}`;
      return 'object';
    }
    if (t === 'integer') return 'integer';
    if (typeof t === 'string') return t;
    if (Array.isArray(t)) return (t as string[]).join(' or ');
    return 'any';
  }

  // The allowed column: ranges, lengths and patterns.
  function allowedOf(s: Schema): string {
    const out: string[] = [];
    if (s['minimum'] !== undefined && s['minimum'] !== Number.MIN_SAFE_INTEGER) out.push(`≥ ${String(s['minimum'])}`);
    if (s['exclusiveMinimum'] !== undefined) out.push(`> ${String(s['exclusiveMinimum'])}`);
    if (s['maximum'] !== undefined && s['maximum'] !== Number.MAX_SAFE_INTEGER) out.push(`≤ ${String(s['maximum'])}`);
    if (s['exclusiveMaximum'] !== undefined) out.push(`< ${String(s['exclusiveMaximum'])}`);
    if (s['type'] === 'integer') out.push('whole number');
    if (s['minLength'] !== undefined) out.push(`at least ${String(s['minLength'])} character(s)`);
    if (s['pattern'] !== undefined) out.push(`matches \`${String(s['pattern'])}\``);
    if (s['type'] === 'array' && !(s['minItems'] !== undefined && s['minItems'] === s['maxItems'])) {
      if (s['minItems'] !== undefined) out.push(`at least ${String(s['minItems'])} item(s)`);
      if (s['maxItems'] !== undefined) out.push(`at most ${String(s['maxItems'])} item(s)`);
    }
    if (s['type'] === 'array' && s['items']) {
      const inner = allowedOf(s['items'] as Schema);
      if (inner) out.push(`each ${inner}`);
    }
    return out.join(', ');
  }

  function objectSection(s: Schema, path: string): ObjectSection {
    const key = JSON.stringify(s);
    const known = seen.get(key);
    if (known) return known;
    let anchor = anchorOf(path);
    while (sections.some((o) => o.anchor === anchor)) anchor += '-';
    const sec: ObjectSection = { path, anchor, description: String(s['description'] ?? ''), fields: [] };
    seen.set(key, sec);
    sections.push(sec);
    const required = new Set((s['required'] ?? []) as string[]);
    for (const [name, f] of Object.entries(props(s) ?? {})) {
      const childPath = path === 'scenario' ? name : `${path}.${name}`;
      sec.fields.push({
        name,
        type: typeOf(f, childPath),
        required: required.has(name),
        default: f['default'] !== undefined ? literal(f['default']) : '',
        allowed: allowedOf(f),
        description: String(f['description'] ?? ''),
      });
    }
    return sec;
  }

  objectSection(schema, 'scenario');
  return sections;
}

/** The Markdown of docs/scenario-format.md. */
export function renderReference(sections: ObjectSection[] = referenceSections()): string {
  const lines: string[] = [
    '# Scenario file format',
    '',
    '<!-- Generated by scripts/scenario-reference.ts from the zod schema in scenarios/ (npm run reference). Do not edit by hand. -->',
    '',
    'A scenario is a YAML or JSON file. This reference lists every field, object by object, as the',
    'schema in `scenarios/` defines it: the type, whether it is required, the default when it is left',
    'out, the allowed values or range, and what it means. Objects used in several places (a',
    'distribution of times, a staffing plan) are described once and linked from the other places.',
    'Rules that tie fields together (a lane group naming a flow of its port, officers within booths)',
    'are checked by `borderflow validate`, which names the field path of each problem.',
    '',
    'Editors can complete and check files with the JSON Schema `scenarios/scenario.schema.json`',
    '(`"$schema": "../scenarios/scenario.schema.json"` in the file, or `borderflow schema`).',
    '',
    '## Contents',
    '',
    ...sections.map((s) => `- [${s.path}](#${s.anchor})`),
    '',
  ];
  for (const s of sections) {
    lines.push(`<a id="${s.anchor}"></a>`, '', `## ${s.path}`, '');
    if (s.description) lines.push(cell(s.description), '');
    lines.push('| Field | Type | Required | Default | Allowed | Description |', '|---|---|---|---|---|---|');
    for (const f of s.fields) {
      lines.push(`| \`${f.name}\` | ${cell(f.type)} | ${f.required ? 'yes' : ''} | ${cell(f.default)} | ${cell(f.allowed)} | ${cell(f.description)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(REFERENCE_PATH, renderReference());
  console.log('wrote docs/scenario-format.md');
}
