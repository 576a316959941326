// A lesson's preset as cards in the tray: the lessons module builds the scenarios, this puts them in the comparison.

import { bundledFiles } from './bundled.ts';
import { fn, lessonsModule, type LessonPresetLike } from './contracts.ts';
import { fromScenario } from './entries.ts';
import type { Scenario } from './scenario-types.ts';
import type { AppState } from './state.ts';

type BuiltLesson = { ok: true; scenarios: { stem: string; scenario: Scenario }[] } | { ok: false; problems: string[] };
type BuildPreset = (preset: LessonPresetLike, files: Readonly<Record<string, string>>) =>
  | { ok: true; scenarios: { name: string; scenario: Scenario }[] }
  | { ok: false; problems: string[] };

/** The lesson's scenarios, built by the lessons module from the bundled files (null when it is absent). */
function buildLessonScenarios(p: LessonPresetLike): BuiltLesson | null {
  const mod = lessonsModule();
  const build = mod ? fn<BuildPreset>(mod, 'buildPresetScenarios') : null;
  const files = (p.files ?? p.scenarios ?? []).map(String);
  if (!build) return null;
  const texts = Object.fromEntries(bundledFiles.map((f) => [f.fileName, f.text]));
  const r = build(p, texts);
  if (!r.ok) return r;
  return { ok: true, scenarios: r.scenarios.map((x, i) => ({ stem: (files[i] ?? '').replace(/\.(ya?ml|json)$/i, ''), scenario: x.scenario })) };
}

/**
 * The state with the preset's scenarios as the comparison (baseline first as the preset says),
 * its seed, replications and horizon; other cards stay in the tray, out of the comparison.
 * Re-running a lesson updates its cards instead of piling up new ones. A string is a problem.
 */
export function applyPresetTo(s: AppState, p: LessonPresetLike): AppState | string | null {
  const built = buildLessonScenarios(p);
  if (!built) return null;
  if (!built.ok) return `The lesson could not be set up: ${built.problems.join('; ')}`;
  const entries = s.entries.map((e) => ({ ...e, chosen: false }));
  const ids: string[] = [];
  for (const { stem, scenario } of built.scenarios) {
    const i = entries.findIndex((e) => e.bundled === stem && e.scenario?.name === scenario.name && !ids.includes(e.id));
    const e = fromScenario(stem, scenario, i >= 0 ? entries[i].id : undefined);
    if (!e) continue;
    if (i >= 0) entries[i] = { ...e, run: entries[i].run };
    else entries.push(e);
    ids.push(e.id);
  }
  const baseline = ids[typeof p.baseline === 'number' ? p.baseline : 0] ?? ids[0];
  return {
    ...s,
    entries,
    baselineId: baseline ?? s.baselineId,
    leverSource: ids.find((id) => id !== baseline) ?? baseline ?? s.leverSource,
    seed: typeof p.seed === 'number' ? p.seed : s.seed,
    replications: typeof p.replications === 'number' ? p.replications : s.replications,
    horizonHours: typeof p.horizonHours === 'number' ? p.horizonHours : null,
  };
}
