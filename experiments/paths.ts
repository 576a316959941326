// Field paths such as `ports[0].laneGroups[sentri].booths`: parsing, reading and writing.
//
// `[n]` picks a list item by position, `[id]` the list item whose `id` is that text, `.name`
// (or a leading `name`) a field of an object. Selecting by id keeps a factor pointing at the
// same lane group when someone reorders the scenario's lists.

import { isReservedId } from '../scenarios/ids.ts';

/** One step of a path. */
export type PathStep = { kind: 'field'; name: string } | { kind: 'index'; index: number } | { kind: 'id'; id: string };

/** Parses a path; throws an Error saying where the text stopped making sense. */
export function parsePath(text: string): PathStep[] {
  const steps: PathStep[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '[') {
      const end = text.indexOf(']', i);
      if (end < 0) throw new Error(`unclosed "[" at character ${i + 1}`);
      const inner = text.slice(i + 1, end).trim();
      if (inner === '') throw new Error(`empty "[]" at character ${i + 1}`);
      steps.push(/^\d+$/.test(inner) ? { kind: 'index', index: Number(inner) } : { kind: 'id', id: inner });
      i = end + 1;
      continue;
    }
    if (ch === '.') {
      if (i === 0) throw new Error('a path starts with a field name, not "."');
      i++;
    } else if (i > 0) {
      throw new Error(`expected "." or "[" at character ${i + 1}`);
    }
    const m = /^[^.[\]]+/.exec(text.slice(i));
    if (!m) throw new Error(`expected a field name at character ${i + 1}`);
    // A field named like an inherited property (__proto__, constructor …) would reach the
    // prototype every object shares: reading it finds a field that is not there, and setting
    // through it changes every object of the process.
    if (isReservedId(m[0])) throw new Error(`"${m[0]}" at character ${i + 1} is not a field of a scenario (names every object inherits are not allowed in a path)`);
    steps.push({ kind: 'field', name: m[0] });
    i += m[0].length;
  }
  if (steps.length === 0) throw new Error('empty path');
  return steps;
}

function stepText(s: PathStep): string {
  return s.kind === 'field' ? `.${s.name}` : s.kind === 'index' ? `[${s.index}]` : `[${s.id}]`;
}

/** The path written out again, e.g. to name where it stopped resolving. */
export function formatSteps(steps: readonly PathStep[]): string {
  return steps.map(stepText).join('').replace(/^\./, '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The key of `step` in `container`, or a reason it has none there. */
function keyIn(container: unknown, step: PathStep): { ok: true; key: string | number } | { ok: false; why: string } {
  if (step.kind === 'field') {
    if (!isObject(container)) return { ok: false, why: `"${step.name}" is a field, but this is ${describe(container)}` };
    if (isReservedId(step.name)) return { ok: false, why: `"${step.name}" is not a field of a scenario` };
    return { ok: true, key: step.name };
  }
  if (!Array.isArray(container)) return { ok: false, why: `"[${step.kind === 'index' ? step.index : step.id}]" picks a list item, but this is ${describe(container)}` };
  if (step.kind === 'index') {
    if (step.index >= container.length) return { ok: false, why: `no item [${step.index}]: the list has ${container.length}` };
    return { ok: true, key: step.index };
  }
  const at = container.findIndex((x) => isObject(x) && x.id === step.id);
  if (at < 0) {
    const ids = container.filter(isObject).map((x) => x.id).filter((x) => typeof x === 'string');
    return { ok: false, why: `no item with id "${step.id}"${ids.length ? ` (ids: ${ids.join(', ')})` : ''}` };
  }
  return { ok: true, key: at };
}

function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v} (${JSON.stringify(v)})`;
}

/**
 * Follows `steps` from `root`: the value found, or the path up to where it stopped and why.
 * A field that is absent resolves to `undefined` only as the last step.
 */
export function getAt(root: unknown, steps: readonly PathStep[]): { ok: true; value: unknown } | { ok: false; at: string; why: string } {
  let cur = root;
  for (let i = 0; i < steps.length; i++) {
    const k = keyIn(cur, steps[i]);
    if (!k.ok) return { ok: false, at: formatSteps(steps.slice(0, i + 1)), why: k.why };
    // Own fields only: nothing inherited is a field of the file.
    const next = Object.hasOwn(cur as object, k.key) ? (cur as Record<string | number, unknown>)[k.key] : undefined;
    if (next === undefined && i < steps.length - 1) return { ok: false, at: formatSteps(steps.slice(0, i + 1)), why: 'nothing there' };
    cur = next;
  }
  return { ok: true, value: cur };
}

/**
 * Sets the value at `steps` in `root` (mutating it), creating missing objects on the way, so a
 * field left to its default in the file (`programs.sentri`) can be set. Throws when a list item
 * is missing or a step goes through something that is not an object or a list.
 */
export function setAt(root: unknown, steps: readonly PathStep[], value: unknown): void {
  let cur = root;
  for (let i = 0; i < steps.length; i++) {
    const k = keyIn(cur, steps[i]);
    if (!k.ok) throw new Error(`${formatSteps(steps.slice(0, i + 1))}: ${k.why}`);
    const c = cur as Record<string | number, unknown>;
    if (i === steps.length - 1) {
      c[k.key] = value;
      return;
    }
    if (c[k.key] === undefined) c[k.key] = steps[i + 1].kind === 'field' ? {} : [];
    cur = c[k.key];
  }
}
