// The app state a link describes, and the link a state gives: bundled stems, edited cards as patches and levers, run settings.

import { bundledByStem, bundledFiles } from './bundled.ts';
import { fromBundled, fromSpec, toSpec, type Entry } from './entries.ts';
import { chosen, DEFAULT_REPLICATIONS, type AppState } from './state.ts';
import { readLink, type EditedSpec, type UrlState } from './url-state.ts';
import { t } from '../i18n/index.ts';

/** The state a page starts in: the link's scenarios and settings, or the first two bundled scenarios. */
export function initialState(hash: string): AppState {
  const { state: url, problems } = readLink(hash);
  const entries: Entry[] = [];
  for (const token of url.scenarios ?? []) {
    if (token.startsWith('~')) {
      const spec = url.edited?.[Number(token.slice(1))];
      if (!spec) {
        // Said already when the edited list itself could not be read.
        if (url.edited) problems.push(t('app:linkProblems.noEdited', { n: Number(token.slice(1)) + 1 }));
        continue;
      }
      const e = fromSpec(spec);
      if (e) entries.push(e);
      else problems.push(t('app:linkProblems.editedFromMissing', { name: String(spec.n).slice(0, 80), file: JSON.stringify(spec.b.slice(0, 60)) }));
    } else {
      const f = bundledByStem(token);
      if (!f) problems.push(t('app:linkProblems.missingBundled', { file: JSON.stringify(token.slice(0, 60)) }));
      else if (!entries.some((e) => e.bundled === f.stem && e.kind === 'bundled')) entries.push(fromBundled(f, true));
    }
  }
  if (entries.length === 0) for (const f of bundledFiles.filter((b) => b.scenario).slice(0, 2)) entries.push(fromBundled(f, true));
  const base = entries[url.baseline ?? 0] ?? entries[0];
  return {
    entries,
    baselineId: base?.id ?? null,
    seed: url.seed ?? base?.scenario?.seed ?? 1,
    crn: url.crn ?? true,
    replications: url.replications ?? DEFAULT_REPLICATIONS,
    horizonHours: url.horizonHours ?? null,
    tab: url.tab ?? 'compare',
    selectedId: null,
    leverSource: (url.leverSource != null ? entries[url.leverSource]?.id : undefined) ?? base?.id ?? null,
    progress: null,
    announcement: '',
    announced: 0,
    linkProblems: problems,
    undoLabel: null,
    redoLabel: null,
    workspace: 'mine',
  };
}

/** What the link records: chosen cards that can travel in a link (bundled or edited from bundled). */
export function urlStateOf(s: AppState): UrlState {
  const scenarios: string[] = [];
  const edited: EditedSpec[] = [];
  const ids: string[] = [];
  for (const e of chosen(s)) {
    if (e.kind === 'bundled' && e.bundled) scenarios.push(e.bundled);
    else {
      const spec = toSpec(e);
      if (!spec) continue;
      scenarios.push(`~${edited.length}`);
      edited.push(spec);
    }
    ids.push(e.id);
  }
  const b = ids.indexOf(s.baselineId ?? '');
  const lv = ids.indexOf(s.leverSource ?? '');
  return {
    scenarios,
    edited,
    baseline: Math.max(0, b),
    seed: s.seed,
    crn: s.crn,
    replications: s.replications,
    horizonHours: s.horizonHours,
    tab: s.tab,
    leverSource: lv >= 0 ? lv : null,
  };
}
