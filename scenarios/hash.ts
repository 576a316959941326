// A content hash of a scenario: FNV-1a (64-bit) over canonical JSON, the same in Node and the browser.
//
// It identifies a scenario in result documents (not a security digest), so a small,
// synchronous, dependency-free hash that runs identically everywhere is the right tool.

/**
 * JSON with object keys sorted, `undefined` members dropped and no whitespace, so equal values
 * give the same text (what `scenarioHash` hashes).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export function fnv1a64(text: string): string {
  // Two 32-bit halves: the 64-bit FNV prime 2^40 + 0x1b3 applied with carries by hand.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2; // offset basis cbf29ce484222325, 16 bits each
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i];
    // multiply by 0x100000001b3 = 2^40 + 0x1b3
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    const c1 = t1 + (t0 >>> 16);
    const c2 = t2 + (c1 >>> 16);
    h3 = (t3 + (c2 >>> 16)) & 0xffff;
    h2 = c2 & 0xffff;
    h1 = c1 & 0xffff;
    h0 = t0 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/**
 * Content hash of a scenario: 64-bit FNV-1a of its `canonicalJson`, as 16 hex digits. It is
 * `CompiledModel.hash` and the result document's `scenario.hash` (taken of the validated scenario,
 * defaults included); an identifier, not a security digest.
 */
export function scenarioHash(scenario: unknown): string {
  return fnv1a64(canonicalJson(scenario));
}
