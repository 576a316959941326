// Turns scenario text (JSON or YAML) into a validated scenario, or into messages naming the file, the field and what was expected.
//
// Browser-safe: no file system here (see `load-file.ts` for Node).

import { LineCounter, parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { Scenario } from './scenario.ts';
import { PROTO_KEY_MESSAGE, protoKeyPaths } from './ids.ts';

/**
 * One thing wrong with a scenario: the file name as given to the loader, the field path (empty
 * for the whole file) and what was expected. `formatProblem` makes it one line.
 */
export interface ScenarioProblem {
  file: string;
  /** Field path such as `ports[0].laneGroups[2].booths`; empty for the whole file. */
  path: string;
  message: string;
}

/**
 * What loading returns: `ok: true` with the validated `scenario` (every default filled in) and the
 * `raw` value as parsed, or `ok: false` with the `problems`.
 */
export type LoadResult = { ok: true; scenario: Scenario; raw: unknown } | { ok: false; problems: ScenarioProblem[] };

/** Scenario files larger than this are refused before parsing, so a huge drop cannot freeze a page. */
export const MAX_SCENARIO_BYTES = 2_000_000;

/** One line for a problem: `file: path: message`, or `file: message` when it concerns the whole file. */
export function formatProblem(p: ScenarioProblem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** Parses JSON or YAML text; `file` is used in messages and its extension picks the parser (YAML otherwise accepts JSON too). */
export function parseText(text: string, file: string): { ok: true; value: unknown } | { ok: false; problems: ScenarioProblem[] } {
  const fail = (message: string) => ({ ok: false as const, problems: [{ file, path: '', message }] });
  // Characters are at most 3 bytes in UTF-8 (4 for a surrogate pair of 2 characters), so
  // only a text that might be over the limit pays for measuring its bytes.
  if (text.length * 3 > MAX_SCENARIO_BYTES) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_SCENARIO_BYTES) return fail(`file is ${bytes} bytes; expected at most ${MAX_SCENARIO_BYTES}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark is not content
  if (text.trim() === '') return fail('file is empty; expected a scenario (a JSON or YAML object)');
  // A NUL is never text: a binary file, or one truncated by a crash. YAML would stop at it, JSON keep it inside a string.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, col } = lineAndColumn(text, nul);
    return fail(`contains a NUL character at line ${line}, column ${col}; expected text (a binary or damaged file?)`);
  }
  if (/\.json$/i.test(file)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return fail(`not valid JSON: ${(e as Error).message}`);
    }
    // JSON.parse keeps the last of two equal keys silently; YAML refuses them, so JSON does too.
    const dup = duplicateJsonKey(text);
    if (dup) {
      const { line, col } = lineAndColumn(text, dup.at);
      return { ok: false, problems: [{ file, path: dup.path, message: `duplicate key at line ${line}, column ${col}: a field may appear once in an object` }] };
    }
    return { ok: true, value };
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (!Array.isArray(docs)) return fail('file has no content besides comments; expected a scenario');
  if (docs.length === 0) return fail('file has no content besides comments; expected a scenario');
  if (docs.length > 1) return fail(`a scenario file holds one YAML document; found ${docs.length} (separated by ---)`);
  const doc = docs[0];
  if (doc.errors.length > 0) {
    // The first error is the cause; later ones usually cascade from it.
    const err = doc.errors[0];
    const pos = lineCounter.linePos(err.pos[0]);
    return fail(`not valid YAML at line ${pos.line}, column ${pos.col}: ${err.message.split('\n')[0]}`);
  }
  let value: unknown;
  try {
    // Aliases are expanded with a budget, so a few lines of nested aliases ("billion laughs") cannot fill the memory.
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const m = (e as Error).message;
    if (/alias count/i.test(m)) return fail(`not valid YAML here: its aliases expand too far (the limit is ${MAX_ALIAS_COUNT} alias expansions, against "billion laughs" files); expected anchors and aliases used a few times`);
    return fail(`not valid YAML: ${m.split('\n')[0]}`);
  }
  if (value === null || value === undefined) return fail('file has no content besides comments; expected a scenario');
  return { ok: true, value };
}

/** What one YAML alias may expand to, counted in the nodes it copies (the yaml library's measure). */
const MAX_ALIAS_COUNT = 100;

function lineAndColumn(text: string, at: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: at - start + 1 };
}

/**
 * The first key that repeats within one object of valid JSON text: the field path of the
 * repeated key and where it is. Walks the text once, keeping the keys of each open object.
 */
function duplicateJsonKey(text: string): { path: string; at: number } | null {
  type Frame = { keys: Set<string>; key: string } | { index: number };
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top && 'keys' in top) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) {
          const segments = stack.slice(0, -1).map((f) => ('keys' in f ? f.key : f.index));
          return { path: formatPath([...segments, key]), at: i };
        }
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push({ keys: new Set(), key: '' });
      expectKey = true;
    } else if (c === '[') {
      stack.push({ index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top && 'keys' in top) expectKey = true;
      else if (top) top.index++;
    }
  }
  return null;
}

/** Validates an already-parsed value as a scenario. */
export function validateScenario(value: unknown, file: string): LoadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
    return { ok: false, problems: [{ file, path: '', message: `expected a scenario object at the top level, got ${got}` }] };
  }
  // zod drops own "__proto__" keys of records without a word; report them before it can.
  const proto = protoKeyPaths(value).map((path) => ({ file, path: formatPath(path), message: PROTO_KEY_MESSAGE }));
  const r = Scenario.safeParse(value);
  if (r.success && proto.length === 0) return { ok: true, scenario: r.data, raw: value };
  return { ok: false, problems: [...proto, ...(r.success ? [] : zodProblems(r.error, file))] };
}

/**
 * Parses scenario text (JSON or YAML; the extension of `file` picks the parser) and validates it.
 * `file` only names the scenario in problems; to read a file from disk use `loadScenarioFile`
 * from `sim/node.ts`.
 */
export function loadScenarioText(text: string, file: string): LoadResult {
  const parsed = parseText(text, file);
  if (!parsed.ok) return parsed;
  return validateScenario(parsed.value, file);
}

function zodProblems(error: z.ZodError, file: string): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ file, path: formatPath([...issue.path, key]), message: 'unknown field; check the spelling against the schema (borderflow schema)' });
      }
      continue;
    }
    out.push({ file, path: formatPath(issue.path), message: plainMessage(issue) });
  }
  return out;
}

/** zod's wording, made plainer where a planner would stumble over it. */
function plainMessage(issue: z.core.$ZodIssue): string {
  const m = issue.message;
  // A record key that fails its own check (a reserved name): that check's message, not zod's "Invalid key in record".
  if (issue.code === 'invalid_key' && issue.issues.length > 0) return issue.issues[0].message;
  if (issue.code === 'invalid_type' && /received undefined$/.test(m)) return `missing required field (expected ${issue.expected})`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'expected a whole number';
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const small = issue.code === 'too_small';
    if (issue.origin === 'number' || issue.origin === 'int') {
      const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      return `expected a number ${op} ${String(bound)}`;
    }
    if (issue.origin === 'array') return issue.exact ? `expected exactly ${String(bound)} items` : `expected ${small ? 'at least' : 'at most'} ${String(bound)} items`;
    if (issue.origin === 'string') return `expected ${small ? 'at least' : 'at most'} ${String(bound)} characters`;
  }
  return m;
}
