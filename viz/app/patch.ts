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

/** Applies a patch to a copy of `base`. */
export function applyPatch<T>(base: T, patch: Patch): T {
  let root: unknown = structuredClone(base);
  for (const op of patch) {
    const [path] = op;
    if (path.length === 0) {
      root = op.length === 2 ? structuredClone(op[1]) : undefined;
      continue;
    }
    let node = root as Record<PathKey, unknown>;
    for (let i = 0; i < path.length - 1; i++) {
      const next = node[path[i]];
      if (next === null || typeof next !== 'object') node[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
      node = node[path[i]] as Record<PathKey, unknown>;
    }
    const last = path[path.length - 1];
    if (op.length === 2) node[last] = structuredClone(op[1]);
    else delete node[last];
  }
  return root as T;
}
