// Tracks a student's progress through one lesson: the prediction, the result sets seen, and the tasks achieved (once ticked, a task stays ticked).

import type { ResultDocument } from '../../sim/index.ts';
import type { Lesson, LessonPreset, Results } from './types.ts';

export interface LessonProgress {
  prediction: number | null;
  /** Result sets for this lesson, oldest first. */
  history: Results[];
  done: Set<string>;
}

export function newProgress(): LessonProgress {
  return { prediction: null, history: [], done: new Set() };
}

/**
 * The documents that belong to `preset`: the app's results in the preset's scenario order,
 * recognised by the names the preset gave the scenarios; null when they are not there.
 */
export function resultsFor(preset: LessonPreset, docs: readonly ResultDocument[] | null): Results | null {
  if (!docs || docs.length === 0) return null;
  const out: ResultDocument[] = [];
  for (const name of preset.names) {
    const d = docs.find((x) => x.scenario.name === name);
    if (!d) return null;
    out.push(d);
  }
  return out;
}

/** Adds a new result set (ignoring one already seen) and ticks the tasks it achieves; returns the tasks newly ticked. */
export function record(lesson: Lesson, p: LessonProgress, latest: Results): string[] {
  if (!p.history.some((r) => r.length === latest.length && r.every((d, i) => d === latest[i]))) p.history.push(latest);
  const earlier = p.history.filter((r) => r !== latest && !(r.length === latest.length && r.every((d, i) => d === latest[i])));
  const newly: string[] = [];
  for (const t of lesson.tasks) {
    if (p.done.has(t.id)) continue;
    if (t.check(latest, earlier)) {
      p.done.add(t.id);
      newly.push(t.id);
    }
  }
  return newly;
}
