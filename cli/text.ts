// What borderflow prints from untrusted text (file names, scenario names, messages quoting a file): control characters shown escaped, each message and the whole report kept short.
//
// A scenario name holding ESC could otherwise recolour or rewrite the user's terminal, and a
// file with 20,000 problems would bury the first one; the first problems are the ones to fix.

/** C0 and C1 controls, DEL, line and paragraph separators and bidirectional overrides: shown as \u001b and so on. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text with every control character (newlines and tabs included) shown as a \uXXXX escape, so it stays on one line. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for a multi-line report (a table): control characters escaped except the line breaks. */
export function escapeControlKeepLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}

/** Every string inside a value (a result document, a report) with its control characters escaped, for a table. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControl(value) as T;
  if (Array.isArray(value)) return value.map(escapeStrings) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeStrings(v);
    return out as T;
  }
  return value;
}

/** Longest message, in characters, before the rest is cut off. */
export const MAX_MESSAGE = 500;
/** Most messages printed for one failure; the rest are counted. */
export const MAX_MESSAGES = 20;
/** The whole of what one failure prints stays under this many characters. */
export const MAX_REPORT = 4000;

/** One message: escaped, and cut at MAX_MESSAGE characters with a count of what was left out. */
export function capMessage(text: string, max = MAX_MESSAGE): string {
  const line = escapeControl(text);
  if (line.length <= max) return line;
  // Never split a surrogate pair.
  let cut = max;
  if (/[\ud800-\udbff]/.test(line[cut - 1])) cut--;
  return `${line.slice(0, cut)}… (${(line.length - cut).toLocaleString('en-US')} more characters)`;
}

/**
 * The lines of a failure as printed: each capped, at most MAX_MESSAGES of them and under
 * MAX_REPORT characters in all, then "… and N more problems". The last `keep` lines (a summary)
 * are always printed.
 */
export function boundLines(lines: readonly string[], keep = 0): string[] {
  const tail = lines.slice(lines.length - keep).map((l) => capMessage(l));
  const body = lines.slice(0, lines.length - keep);
  const out: string[] = [];
  // Room for the tail and for the "… and N more problems" line.
  let budget = MAX_REPORT - 100 - tail.reduce((n, l) => n + l.length + 1, 0);
  for (const line of body) {
    const capped = capMessage(line);
    if (out.length >= MAX_MESSAGES || capped.length + 1 > budget) break;
    out.push(capped);
    budget -= capped.length + 1;
  }
  const left = body.length - out.length;
  if (left > 0) out.push(`… and ${left.toLocaleString('en-US')} more problem${left === 1 ? '' : 's'}`);
  return [...out, ...tail];
}
