// Short names for chart legends: scenario names often share a long prefix ("San Ysidro northbound — …") that says nothing about the difference.

/** Drops the words every name shares at the start (up to a separator); never cuts a name short (titles wrap, legends wrap). */
export function shortLabels(names: readonly string[]): string[] {
  let cut = 0;
  if (names.length > 1) {
    const first = names[0];
    let common = 0;
    while (common < first.length && names.every((n) => n[common] === first[common])) common++;
    // Cut only after a separator, so a word is never split ("San Ysidro northbound — " → "").
    const head = first.slice(0, common);
    const m = /^(.*[—–:|,]\s+)/.exec(head);
    cut = m ? m[1].length : 0;
    if (names.some((n) => n.length - cut < 3)) cut = 0;
  }
  const out = names.map((n) => {
    return n.slice(cut).trim();
  });
  // Shortening must not merge two names into one label.
  return new Set(out).size === out.length ? out : names.slice();
}
