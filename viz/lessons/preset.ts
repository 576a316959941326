// Turns a lesson and its control values into a preset (plain data), and a preset into validated scenarios to run.

import type { Scenario } from '../../sim/index.ts';
import { buildScenario } from './edits.ts';
import type { Lesson, LessonPreset } from './types.ts';

/** The lesson's controls at their default values. */
export function defaultValues(lesson: Lesson): Record<string, number> {
  return Object.fromEntries(lesson.controls.map((c) => [c.id, c.value]));
}

export function presetOf(lesson: Lesson, values: Record<string, number> = defaultValues(lesson)): LessonPreset {
  const v = { ...defaultValues(lesson), ...values };
  const settings = lesson.settings?.(v) ?? {};
  const files = lesson.scenarios.map((s) => s.file);
  const preset: LessonPreset = {
    lesson: lesson.id,
    files,
    scenarios: files.slice(),
    names: lesson.scenarios.map((s) => s.name),
    edits: lesson.scenarios.map((s) => s.edits(v)),
    baseline: 0,
    seed: settings.seed ?? lesson.seed,
    replications: settings.replications ?? lesson.replications,
    sliders: v,
  };
  const horizon = settings.horizonHours ?? lesson.horizonHours;
  if (horizon !== undefined) preset.horizonHours = horizon;
  return preset;
}

export type PresetBuild = { ok: true; scenarios: { name: string; scenario: Scenario }[] } | { ok: false; problems: string[] };

/**
 * Loads each named file from `files` (file name → text), applies the preset's edits and
 * names, and sets its seed and replications: what to run, or every problem found.
 */
export function buildPresetScenarios(preset: LessonPreset, files: Readonly<Record<string, string>>): PresetBuild {
  const problems: string[] = [];
  const scenarios: { name: string; scenario: Scenario }[] = [];
  preset.files.forEach((file, i) => {
    const text = files[file];
    if (text === undefined) {
      problems.push(`${file}: no bundled scenario with this name`);
      return;
    }
    const name = preset.names[i] ?? file;
    const r = buildScenario(text, file, preset.edits[i] ?? [], name);
    if (!r.ok) {
      problems.push(...r.problems);
      return;
    }
    const scenario = { ...r.scenario, seed: preset.seed, replications: preset.replications };
    if (preset.horizonHours !== undefined) scenario.horizonHours = preset.horizonHours;
    scenarios.push({ name, scenario });
  });
  return problems.length ? { ok: false, problems } : { ok: true, scenarios };
}
