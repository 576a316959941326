// Reads a JSON Schema the way the scenario editor needs it: what kind of control a node takes,
// its fields, variants and blank value. The editor builds every control from these answers, so a
// field added to the scenario schema appears in the form without a line of editor code.
//
// No DOM here: the same walk lists every field the form can reach (for the tests) and fills values.

export type JsonSchema = { [key: string]: unknown };
export type Step = string | number;
export type Path = readonly Step[];

/** The control a schema node takes. */
export type Kind = 'object' | 'record' | 'array' | 'tuple' | 'union' | 'enum' | 'const' | 'number' | 'integer' | 'string' | 'boolean' | 'null' | 'any';

/** One field of an object: its key, schema and whether the file must have it. */
export interface FieldSpec {
  key: string;
  schema: JsonSchema;
  required: boolean;
}

const isObj = (x: unknown): x is JsonSchema => x !== null && typeof x === 'object' && !Array.isArray(x);

/** A field path as the validator writes it: `ports[0].laneGroups[2].booths`. */
export function pathText(path: Path): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out ? `.${step}` : step;
  }
  return out;
}

/**
 * The node itself, with a local `$ref` (`#/$defs/…`, `#/definitions/…`) followed; `true` and a
 * missing schema are "anything", `false` is nothing.
 */
export function resolve(node: unknown, root: JsonSchema): JsonSchema {
  if (node === true || node === undefined) return {};
  if (!isObj(node)) return { not: {} };
  let s = node;
  for (let hops = 0; typeof s.$ref === 'string' && hops < 32; hops++) {
    const target = (s.$ref as string)
      .replace(/^#\/?/, '')
      .split('/')
      .filter((x) => x !== '')
      .reduce<unknown>((at, seg) => (isObj(at) ? at[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), root);
    if (!isObj(target)) break;
    const { $ref: _ref, ...rest } = s;
    // Keywords beside the $ref (a description, a default) win over the target's.
    s = { ...target, ...rest };
  }
  return s;
}

function typeOf(s: JsonSchema): string | undefined {
  const t = s.type;
  if (typeof t === 'string') return t;
  // ["number", "null"] and the like: the first that is not null.
  if (Array.isArray(t)) return (t.find((x) => x !== 'null') as string | undefined) ?? (t[0] as string | undefined);
  return undefined;
}

export function kindOf(s: JsonSchema): Kind {
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) return 'union';
  if ('const' in s) return 'const';
  if (Array.isArray(s.enum)) return 'enum';
  const t = typeOf(s);
  if (t === 'object' || (!t && (isObj(s.properties) || isObj(s.additionalProperties)))) {
    if (isObj(s.properties)) return 'object';
    const names = isObj(s.propertyNames) ? s.propertyNames : null;
    // A record whose keys come from a list (programs: { sentri?: …, ready?: … }) is an object of optional fields.
    if (names && Array.isArray(names.enum)) return 'object';
    return isObj(s.additionalProperties) || s.additionalProperties === true || s.additionalProperties === undefined ? 'record' : 'object';
  }
  if (t === 'array' || (!t && (s.items !== undefined || s.prefixItems !== undefined))) return Array.isArray(s.prefixItems) ? 'tuple' : 'array';
  if (t === 'number' || t === 'integer' || t === 'string' || t === 'boolean' || t === 'null') return t;
  return 'any';
}

/** The fields of an object node, in the schema's order (for a record over a list of keys, one optional field per key). */
export function fieldsOf(s: JsonSchema, root: JsonSchema): FieldSpec[] {
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  if (isObj(s.properties)) {
    return Object.entries(s.properties).map(([key, sub]) => ({ key, schema: resolve(sub, root), required: required.has(key) }));
  }
  const names = isObj(s.propertyNames) ? s.propertyNames : null;
  if (names && Array.isArray(names.enum)) {
    const value = resolve(s.additionalProperties, root);
    return (names.enum as unknown[]).map((k) => ({ key: String(k), schema: value, required: required.has(String(k)) }));
  }
  return [];
}

/** The value schema of a record (keys chosen by the writer). */
export function recordValueOf(s: JsonSchema, root: JsonSchema): JsonSchema {
  return resolve(s.additionalProperties, root);
}

/** The item schema of a list; for a tuple, the schema at index `i`. */
export function itemOf(s: JsonSchema, root: JsonSchema, i = 0): JsonSchema {
  if (Array.isArray(s.prefixItems)) return resolve((s.prefixItems as unknown[])[i], root);
  return resolve(s.items, root);
}

/** The choices of a union; a union within a union is flattened (staffing: constant, by hour, shifts or by day type). */
export function variantsOf(s: JsonSchema, root: JsonSchema): JsonSchema[] {
  const list = (Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : []) as unknown[];
  return list.flatMap((v) => {
    const r = resolve(v, root);
    return kindOf(r) === 'union' ? variantsOf(r, root) : [r];
  });
}

/** The key whose constant value tells the variants apart (`kind` of a distribution), or null. */
export function discriminatorOf(variants: JsonSchema[], root: JsonSchema): string | null {
  if (variants.length < 2 || !variants.every((v) => kindOf(v) === 'object')) return null;
  const first = fieldsOf(variants[0], root).filter((f) => 'const' in f.schema).map((f) => f.key);
  return first.find((key) => variants.every((v) => fieldsOf(v, root).some((f) => f.key === key && 'const' in f.schema))) ?? null;
}

/** Bounds of a number node: inclusive or exclusive, as the schema states them. */
export function boundsOf(s: JsonSchema): { min?: number; max?: number; exclusiveMin?: number; exclusiveMax?: number; integer: boolean } {
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
  return {
    min: num(s.minimum),
    max: num(s.maximum),
    exclusiveMin: num(s.exclusiveMinimum),
    exclusiveMax: num(s.exclusiveMaximum),
    integer: kindOf(s) === 'integer',
  };
}

export function lengthBounds(s: JsonSchema): { min: number; max: number } {
  const min = typeof s.minItems === 'number' ? s.minItems : 0;
  const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
  return { min, max };
}

function clone<T>(x: T): T {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T);
}

/**
 * The value a new field starts with: the schema's default, else the smallest valid-looking value
 * (required fields only, lists at their shortest, numbers at their lower bound, the first choice
 * of a list). Strings start empty, so the form asks for every name and id.
 */
export function blankValue(s: JsonSchema, root: JsonSchema, depth = 0): unknown {
  if ('default' in s) return clone(s.default);
  if (depth > 40) return undefined;
  switch (kindOf(s)) {
    case 'union': {
      const v = variantsOf(s, root);
      return v.length > 0 ? blankValue(v[0], root, depth + 1) : undefined;
    }
    case 'const':
      return clone(s.const);
    case 'enum':
      return clone((s.enum as unknown[])[0]);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const f of fieldsOf(s, root)) if (f.required) out[f.key] = blankValue(f.schema, root, depth + 1);
      return out;
    }
    case 'record':
      return {};
    case 'array': {
      const { min } = lengthBounds(s);
      const item = itemOf(s, root);
      return Array.from({ length: min }, () => blankValue(item, root, depth + 1));
    }
    case 'tuple':
      return (s.prefixItems as unknown[]).map((_, i) => blankValue(itemOf(s, root, i), root, depth + 1));
    case 'number':
    case 'integer': {
      const b = boundsOf(s);
      let x = b.min ?? (b.exclusiveMin !== undefined ? b.exclusiveMin + 1 : 0);
      if (b.min === undefined && b.exclusiveMin === undefined && b.max !== undefined && x > b.max) x = b.max;
      return b.integer ? Math.ceil(x) : x;
    }
    case 'string':
      return '';
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** How well a value fits a variant: negative when it cannot be that variant, higher for a closer fit. */
export function fitOf(v: JsonSchema, value: unknown, root: JsonSchema): number {
  const k = kindOf(v);
  switch (k) {
    case 'const':
      return value === v.const ? 3 : -1;
    case 'enum':
      return (v.enum as unknown[]).includes(value) ? 3 : typeof value === typeof (v.enum as unknown[])[0] ? 0 : -1;
    case 'number':
      return typeof value === 'number' ? 2 : -1;
    case 'integer':
      return typeof value === 'number' ? (Number.isInteger(value) ? 2 : 1) : -1;
    case 'string':
      return typeof value === 'string' ? 2 : -1;
    case 'boolean':
      return typeof value === 'boolean' ? 2 : -1;
    case 'null':
      return value === null ? 2 : -1;
    case 'array':
    case 'tuple':
      return Array.isArray(value) ? 2 : -1;
    case 'union':
      return Math.max(-1, ...variantsOf(v, root).map((x) => fitOf(x, value, root)));
    case 'record':
      return isObj(value) ? 1 : -1;
    case 'object': {
      if (!isObj(value)) return -1;
      const fields = fieldsOf(v, root);
      const known = new Set(fields.map((f) => f.key));
      for (const f of fields) if ('const' in f.schema && f.key in value && value[f.key] !== f.schema.const) return -1;
      const closed = v.additionalProperties === false || (isObj(v.propertyNames) && Array.isArray(v.propertyNames.enum));
      const keys = Object.keys(value);
      if (closed && keys.some((key) => !known.has(key))) return 0;
      const missing = fields.filter((f) => f.required && !(f.key in value)).length;
      return 2 + keys.filter((key) => known.has(key)).length - missing;
    }
    default:
      return 0;
  }
}

/** Index of the variant a value is (the best fit; the first on a tie). */
export function variantIndexOf(variants: JsonSchema[], value: unknown, root: JsonSchema): number {
  let best = 0;
  let bestFit = -Infinity;
  variants.forEach((v, i) => {
    const f = fitOf(v, value, root);
    if (f > bestFit) {
      best = i;
      bestFit = f;
    }
  });
  return best;
}

/**
 * The value after switching to another variant: that variant's blank value, keeping the fields of
 * the old value the new variant also has (a distribution's mean survives exponential → gamma).
 */
export function switchVariant(to: JsonSchema, old: unknown, root: JsonSchema, discriminator: string | null): unknown {
  const fresh = blankValue(to, root);
  if (!isObj(fresh) || !isObj(old) || kindOf(to) !== 'object') return fresh;
  const keys = new Set(fieldsOf(to, root).map((f) => f.key));
  for (const [k, v] of Object.entries(old)) if (k !== discriminator && keys.has(k)) fresh[k] = v;
  return fresh;
}

/** The value at a path, or undefined. */
export function getAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = Object.prototype.hasOwnProperty.call(at, step) ? (at as Record<Step, unknown>)[step] : undefined;
  }
  return at;
}

/**
 * The value with `next` put at `path` (copies along the path, the rest shared); undefined removes
 * an object's field. Creates the objects a path needs.
 */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [step, ...rest] = path;
  if (typeof step === 'number') {
    const arr = Array.isArray(value) ? [...value] : [];
    arr[step] = setAt(arr[step], rest, next);
    return arr;
  }
  // Own-property copies only: a key such as "__proto__" stays a plain field.
  const obj: Record<string, unknown> = {};
  if (isObj(value)) for (const [k, v] of Object.entries(value)) Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
  const child = setAt(obj[step], rest, next);
  if (child === undefined && rest.length === 0) delete obj[step];
  else Object.defineProperty(obj, step, { value: child, enumerable: true, writable: true, configurable: true });
  return obj;
}

/**
 * Every field path the form can offer, with `[]` for any list index and `{}` for any record key
 * (`ports[].laneGroups[].officers.byDayType.weekday.constant`), through every variant of every
 * union: what a user can reach by adding rows, optional fields and choosing types.
 */
export function reachablePaths(root: JsonSchema): Set<string> {
  const out = new Set<string>();
  const walk = (s: JsonSchema, at: string, depth: number) => {
    if (depth > 60) return;
    switch (kindOf(s)) {
      case 'object':
        for (const f of fieldsOf(s, root)) {
          const p = at ? `${at}.${f.key}` : f.key;
          out.add(p);
          walk(f.schema, p, depth + 1);
        }
        break;
      case 'record':
        out.add(`${at}{}`);
        walk(recordValueOf(s, root), `${at}{}`, depth + 1);
        break;
      case 'array':
        walk(itemOf(s, root), `${at}[]`, depth + 1);
        break;
      case 'tuple':
        (s.prefixItems as unknown[]).forEach((_, i) => walk(itemOf(s, root, i), `${at}[${i}]`, depth + 1));
        break;
      case 'union':
        for (const v of variantsOf(s, root)) walk(v, at, depth + 1);
        break;
      default:
        break;
    }
  };
  walk(root, '', 0);
  return out;
}

/** A readable label from a key: `horizonHours` → "Horizon hours", `p95` → "P95", `laneGroups` → "Lane groups". */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/^\$/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  // Two-letter keys are abbreviations: id, cv, sd.
  if (/^[a-z]{1,2}$/.test(words)) return words.toUpperCase();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}

/** One of a list, from the list's label: "Lane groups" → "Lane group", "Policies" → "Policy". */
export function singular(label: string): string {
  if (/ies$/.test(label)) return label.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(label)) return label;
  if (/s$/.test(label)) return label.replace(/s$/, '');
  return label;
}
