// Turns scenario text (JSON or YAML) into a validated scenario, or into messages naming the file, the field and what was expected.
//
// Browser-safe: no file system here (see `load-file.ts` for Node).

import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { Scenario } from './scenario.ts';

export interface ScenarioProblem {
  file: string;
  /** Field path such as `ports[0].laneGroups[2].booths`; empty for the whole file. */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario; raw: unknown } | { ok: false; problems: ScenarioProblem[] };

/** Scenario files larger than this are refused before parsing, so a huge drop cannot freeze a page. */
export const MAX_SCENARIO_BYTES = 2_000_000;

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
  if (text.length > MAX_SCENARIO_BYTES) {
    return { ok: false, problems: [{ file, path: '', message: `file is ${text.length} bytes; expected at most ${MAX_SCENARIO_BYTES}` }] };
  }
  if (text.trim() === '') return { ok: false, problems: [{ file, path: '', message: 'file is empty; expected a scenario (a JSON or YAML object)' }] };
  if (/\.json$/i.test(file)) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (e) {
      return { ok: false, problems: [{ file, path: '', message: `not valid JSON: ${(e as Error).message}` }] };
    }
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((err) => {
        const pos = err.linePos?.[0];
        return { file, path: '', message: `not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${err.message.split('\n')[0]}` };
      }),
    };
  }
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
}

/** Validates an already-parsed value as a scenario. */
export function validateScenario(value: unknown, file: string): LoadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
    return { ok: false, problems: [{ file, path: '', message: `expected a scenario object at the top level, got ${got}` }] };
  }
  const r = Scenario.safeParse(value);
  if (r.success) return { ok: true, scenario: r.data, raw: value };
  return { ok: false, problems: zodProblems(r.error, file) };
}

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
    out.push({ file, path: formatPath(issue.path), message: issue.message });
  }
  return out;
}

export type { Scenario };
