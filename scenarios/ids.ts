// Ids and id-keyed fields: what a scenario may call a flow, lane group, port, contraband type or policy.
//
// Ids become keys of tables (`primaryByFlow`, `contraband.mix`, `detection.byType`, the result
// document's `seizuresByType`), and a key named like a property every JavaScript object
// inherits (`constructor`, `toString`, `__proto__` …) is looked up on the prototype or, for
// `__proto__`, dropped by the parser without a word. Rather than trust every reader to guard
// against that, such names are refused outright: a planner never needs them.

import { z } from 'zod';

/**
 * Names an id or a key of an id-keyed field may not be: every property of `Object.prototype`
 * (written out, so the rule does not depend on the JavaScript engine) and `prototype`.
 */
export const RESERVED_IDS: readonly string[] = [
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  'prototype',
];

const reserved = new Set(RESERVED_IDS);

/** True when `name` may not be used as an id or a key of an id-keyed field. */
export function isReservedId(name: string): boolean {
  return reserved.has(name);
}

const reservedMessage = (name: string) =>
  `"${name}" is a reserved name (a property every JavaScript object has) and cannot be an id or a key here; expected another name (reserved: ${RESERVED_IDS.join(', ')})`;

/** An id: letters, digits, "_", "-" or "." (no spaces), starting with a letter or digit, not a reserved name. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id of letters, digits, "_", "-" or "." (no spaces)')
  .refine((s) => !reserved.has(s), { error: (iss) => reservedMessage(String(iss.input)) });

/** The key of an id-keyed field (a flow id, a contraband type id): any string but a reserved name. */
export const IdKey = z.string().refine((s) => !reserved.has(s), { error: (iss) => reservedMessage(String(iss.input)) });

/**
 * Own `__proto__` keys anywhere in a parsed value, as field paths. JSON.parse and the YAML
 * parser keep them as ordinary keys, but zod's record parsing skips them, so a table entry
 * keyed `__proto__` would vanish without an error. Iterative, so a deeply nested file cannot
 * overflow the stack.
 */
export function protoKeyPaths(value: unknown, limit = 20): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0 && out.length < limit) {
    const [v, path] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
      continue;
    }
    if (Object.hasOwn(v, '__proto__')) out.push([...path, '__proto__']);
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) if (keys[i] !== '__proto__') stack.push([(v as Record<string, unknown>)[keys[i]], [...path, keys[i]]]);
  }
  return out;
}

/** The message for an own `__proto__` key found by `protoKeyPaths`. */
export const PROTO_KEY_MESSAGE = reservedMessage('__proto__');
