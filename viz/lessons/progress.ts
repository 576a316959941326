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

/** Where the page keeps lesson progress (localStorage). */
export const PROGRESS_KEY = 'borderflow.lessons.v1';

interface SavedLesson {
  prediction: number | null;
  done: string[];
}

/** The progress to keep across visits: the open lesson, and each lesson's prediction and tasks done (results are not kept: they are run again). */
export function serializeProgress(current: string, progress: ReadonlyMap<string, LessonProgress>): string {
  const lessons: Record<string, SavedLesson> = {};
  for (const [id, p] of progress) if (p.prediction !== null || p.done.size > 0) lessons[id] = { prediction: p.prediction, done: [...p.done] };
  return JSON.stringify({ current, lessons });
}

/**
 * Progress read back from `serializeProgress`; anything that does not fit the lessons as they are
 * now (a task or lesson since removed, a prediction out of range, text that is not JSON) is dropped.
 */
export function parseProgress(text: string | null, lessons: readonly Lesson[]): { current: string | null; progress: Map<string, LessonProgress> } {
  const progress = new Map<string, LessonProgress>(lessons.map((l) => [l.id, newProgress()]));
  let raw: unknown = null;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  if (!raw || typeof raw !== 'object') return { current: null, progress };
  const r = raw as { current?: unknown; lessons?: unknown };
  const saved = r.lessons && typeof r.lessons === 'object' ? (r.lessons as Record<string, unknown>) : {};
  for (const l of lessons) {
    if (!Object.hasOwn(saved, l.id)) continue;
    const s = saved[l.id] as Partial<SavedLesson> | null;
    if (!s || typeof s !== 'object') continue;
    const p = progress.get(l.id)!;
    if (typeof s.prediction === 'number' && Number.isInteger(s.prediction) && s.prediction >= 0 && s.prediction < l.prediction.choices.length) p.prediction = s.prediction;
    if (Array.isArray(s.done)) for (const t of s.done) if (l.tasks.some((x) => x.id === t)) p.done.add(t as string);
  }
  const current = typeof r.current === 'string' && lessons.some((l) => l.id === r.current) ? r.current : null;
  return { current, progress };
}
