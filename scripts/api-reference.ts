// Generates docs/api.md, the reference of the public API, from sim/index.ts and the TSDoc comments of what it exports.
//
// It follows the export statements of sim/index.ts (re-exports, `export *`) to each
// declaration and takes the comment right above it, so the reference says exactly what
// the code says. `npm run api` writes it; a test fails when it is stale.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'sim/index.ts';

export interface ApiEntry {
  name: string;
  kind: string;
  /** File (relative to the project) where it is declared. */
  file: string;
  signature: string;
  doc: string;
}

export interface ApiSection {
  title: string;
  entries: ApiEntry[];
}

const EXPORT_FROM = /^export\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';/;
const EXPORT_ALL = /^export\s+\*\s+(as\s+\w+\s+)?from\s+'([^']+)';/;

function read(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/** Names exported by a file, each with the file and local name that declares it. */
function exportsOf(file: string): Map<string, { file: string; local: string }> {
  const out = new Map<string, { file: string; local: string }>();
  const text = read(file);
  const joined = text.replace(/\{[^}]*\}/gs, (m) => m.replace(/\s+/g, ' '));
  for (const line of joined.split('\n')) {
    const from = EXPORT_FROM.exec(line);
    if (from) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), from[3]));
      for (const part of from[2].split(',').map((p) => p.trim()).filter(Boolean)) {
        const [orig, alias] = part.replace(/^type\s+/, '').split(/\s+as\s+/);
        const inner = exportsOf(target).get(orig);
        out.set(alias ?? orig, inner ?? { file: target, local: orig });
      }
      continue;
    }
    const all = EXPORT_ALL.exec(line);
    if (all && !all[1]) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), all[2]));
      for (const [k, v] of exportsOf(target)) out.set(k, v);
      continue;
    }
    const decl = /^export\s+(?:declare\s+)?(?:abstract\s+)?(async\s+function\*?|function\*?|class|const|let|interface|type|enum)\s+([A-Za-z_$][\w$]*)/.exec(line);
    if (decl) out.set(decl[2], { file, local: decl[2] });
  }
  return out;
}

/** The declaration of `name` in `file`: its kind, first line and the TSDoc comment above it. */
function declaration(file: string, name: string): Omit<ApiEntry, 'name' | 'file'> {
  const lines = read(file).split('\n');
  const re = new RegExp(`^export\\s+(?:declare\\s+)?(?:abstract\\s+)?(async\\s+function\\*?|function\\*?|class|const|let|interface|type|enum)\\s+${name.replace(/\$/g, '\\$')}\\b`);
  const at = lines.findIndex((l) => re.test(l));
  if (at < 0) return { kind: 'value', signature: name, doc: '' };
  const kind = re.exec(lines[at])![1].replace(/async\s+/, 'async ');
  let signature = lines[at].replace(/\s*\{\s*$/, '').replace(/^export\s+/, '').trim();
  if (signature.length > 160) signature = signature.slice(0, 157) + '…';
  let doc = '';
  let j = at - 1;
  if (j >= 0 && lines[j].trim().endsWith('*/')) {
    const end = j;
    while (j >= 0 && !lines[j].trim().startsWith('/**')) j--;
    if (j >= 0) {
      doc = lines
        .slice(j, end + 1)
        .map((l) => l.trim().replace(/^\/\*\*\s?/, '').replace(/\s?\*\/$/, '').replace(/^\*\s?/, ''))
        .join('\n')
        .trim()
        .replace(/\n{2,}/g, '\n\n');
    }
  }
  return { kind, signature, doc };
}

/** The public API, in the sections sim/index.ts groups it by (its `// Title.` comments). */
export function apiSections(): ApiSection[] {
  const sections: ApiSection[] = [];
  let current: ApiSection = { title: 'API', entries: [] };
  const text = read(ENTRY).replace(/\{[^}]*\}/gs, (m) => m.replace(/\s+/g, ' '));
  for (const line of text.split('\n')) {
    const heading = /^\/\/\s*(.+?)[.:]?\s*$/.exec(line);
    if (heading && !line.startsWith('///')) {
      current = { title: heading[1].replace(/[.:].*$/, ''), entries: [] };
      sections.push(current);
      continue;
    }
    if (!line.startsWith('export')) continue;
    const names = new Map<string, { file: string; local: string }>();
    const from = EXPORT_FROM.exec(line);
    const all = EXPORT_ALL.exec(line);
    if (from || all) {
      const target = relative(ROOT, resolve(ROOT, 'sim', (from ?? all)![from ? 3 : 2]));
      const inner = exportsOf(target);
      if (from) {
        for (const part of from[2].split(',').map((p) => p.trim()).filter(Boolean)) {
          const [orig, alias] = part.replace(/^type\s+/, '').split(/\s+as\s+/);
          names.set(alias ?? orig, inner.get(orig) ?? { file: target, local: orig });
        }
      } else for (const [k, v] of inner) names.set(k, v);
    }
    for (const [name, where] of names) current.entries.push({ name, file: where.file, ...declaration(where.file, where.local) });
  }
  return sections.filter((s) => s.entries.length > 0);
}

export function renderApi(sections: ApiSection[]): string {
  const out: string[] = [
    '# borderflow API reference',
    '',
    'Generated from `sim/index.ts` and the comments in the code by `npm run api`; do not edit by hand.',
    'Import from `sim/index.ts` (and `sim/node.ts` for loading files in Node).',
    '',
  ];
  for (const s of sections) {
    out.push(`## ${s.title}`, '');
    for (const e of s.entries) {
      out.push(`### \`${e.name}\``, '', `${e.kind} · \`${e.file}\``, '', '```ts', e.signature, '```', '');
      if (e.doc) out.push(e.doc, '');
    }
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(ROOT, 'docs/api.md'), renderApi(apiSections()));
  console.log('wrote docs/api.md');
}
