// Names of the purposes random numbers are drawn for; each purpose gets its own key, so its draws never move another's.
//
// A module registers the purposes it draws for when it loads; the index is only a slot in
// the per-flow key tables, while the key itself comes from the name (see keys.ts), so the
// order of registration changes no number.

const names: string[] = [];
const index = new Map<string, number>();

/** The slot of purpose `name` (registered on first use). */
export function purpose(name: string): number {
  let i = index.get(name);
  if (i === undefined) {
    i = names.length;
    names.push(name);
    index.set(name, i);
  }
  return i;
}

/** Every purpose registered so far, by slot. */
export function purposeNames(): readonly string[] {
  return names;
}
