// Compact differences between two plain JSON values, so an edited scenario can travel in a URL as "bundled file + changes".

export type PathKey = string | number;
/** [path, value] sets a value; [path] alone deletes it. */
export type PatchOp = [PathKey[], unknown] | [PathKey[]];
export type Patch = PatchOp[];

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The operations that turn `from` into `to` (arrays of equal length are compared item by item). */
export function diff(from: unknown, to: unknown, path: PathKey[] = [], out: Patch = []): Patch {
  if (deepEqual(from, to)) return out;
  if (isObject(from) && isObject(to)) {
    for (const k of Object.keys(from)) if (from[k] !== undefined && to[k] === undefined) out.push([[...path, k]]);
    for (const k of Object.keys(to)) if (to[k] !== undefined) diff(from[k], to[k], [...path, k], out);
    return out;
  }
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    to.forEach((x, i) => diff(from[i], x, [...path, i], out));
    return out;
  }
  out.push([path, structuredClone(to)]);
  return out;
}

/** Path segments that would reach an object's prototype instead of its own fields. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** A scenario is a few levels deep; a longer path is not an edit of one. */
const MAX_DEPTH = 16;
const MAX_OPS = 2000;

export type PatchCheck = { ok: true; patch: Patch } | { ok: false; message: string };

/**
 * Checks that a value read from a link is a patch: a list of operations, each a path of field
 * names and indexes (never one that reaches a prototype) with at most one value, and values
 * that are plain JSON. Nothing is applied until the whole patch passes.
 */
export function checkPatch(value: unknown): PatchCheck {
  if (!Array.isArray(value)) return { ok: false, message: `expected a list of changes, got ${kindOf(value)}` };
  if (value.length > MAX_OPS) return { ok: false, message: `expected at most ${MAX_OPS} changes, got ${value.length}` };
  for (let i = 0; i < value.length; i++) {
    const op: unknown = value[i];
    const at = `change ${i + 1}`;
    if (!Array.isArray(op) || (op.length !== 1 && op.length !== 2)) return { ok: false, message: `${at}: expected [path] or [path, value], got ${kindOf(op)}` };
    const path: unknown = op[0];
    if (!Array.isArray(path)) return { ok: false, message: `${at}: expected a path (a list of field names and indexes), got ${kindOf(path)}` };
    if (path.length > MAX_DEPTH) return { ok: false, message: `${at}: the path is ${path.length} levels deep; expected at most ${MAX_DEPTH}` };
    for (const k of path) {
      if (typeof k === 'number' ? !(Number.isInteger(k) && k >= 0 && k < 100_000) : typeof k !== 'string') {
        return { ok: false, message: `${at}: path segment ${JSON.stringify(k) ?? String(k)} is neither a field name nor an index` };
      }
      if (typeof k === 'string' && FORBIDDEN_KEYS.includes(k)) return { ok: false, message: `${at}: path segment "${k}" is not allowed (a link may only change the scenario's own fields)` };
    }
    if (op.length === 2) {
      const bad = unsafeValue(op[1], 0);
      if (bad) return { ok: false, message: `${at}: ${bad}` };
    }
  }
  return { ok: true, patch: value as Patch };
}

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return `a list of ${x.length}`;
  return typeof x === 'string' ? 'text' : `a ${typeof x}`;
}

/** Why a value is not plain scenario data (a forbidden key anywhere inside, or nesting too deep), or null. */
function unsafeValue(v: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return `the value is nested more than ${MAX_DEPTH} levels deep`;
  if (Array.isArray(v)) {
    for (const x of v) {
      const bad = unsafeValue(x, depth + 1);
      if (bad) return bad;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.includes(k)) return `field "${k}" is not allowed in a value`;
      const bad = unsafeValue((v as Record<string, unknown>)[k], depth + 1);
      if (bad) return bad;
    }
  }
  return null;
}

/** Applies a patch to a copy of `base`; a path through a prototype is refused (throws), whatever called it. */
export function applyPatch<T>(base: T, patch: Patch): T {
  let root: unknown = structuredClone(base);
  for (const op of patch) {
    const [path] = op;
    if (path.some((k) => typeof k === 'string' && FORBIDDEN_KEYS.includes(k))) throw new Error(`path ${path.join('.')} is not allowed`);
    if (path.length === 0) {
      root = op.length === 2 ? structuredClone(op[1]) : undefined;
      continue;
    }
    let node = root as Record<PathKey, unknown>;
    // A list takes indexes only: a name on a list ("length") would change the list itself, not a field.
    const listByName = (n: unknown, k: PathKey) => {
      if (Array.isArray(n) && typeof k === 'string') throw new Error(`path ${path.join('.')} names "${k}" of a list; a list's items are changed by index`);
    };
    for (let i = 0; i < path.length - 1; i++) {
      listByName(node, path[i]);
      // Own fields only: never walk into something inherited.
      const next = Object.hasOwn(node, path[i]) ? node[path[i]] : undefined;
      if (next === null || typeof next !== 'object') node[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
      node = node[path[i]] as Record<PathKey, unknown>;
    }
    const last = path[path.length - 1];
    listByName(node, last);
    if (op.length === 2) node[last] = structuredClone(op[1]);
    else delete node[last];
  }
  return root as T;
}
