// Guided lessons: public surface.
export { lessons, lessonById } from './catalog.ts';
export { mountLessons, type LessonsOptions, type LessonsHandle } from './mount.ts';
export { presetOf, defaultValues, buildPresetScenarios, type PresetBuild } from './preset.ts';
export { applyEdits, buildScenario, type ScenarioEdit, type BuildResult } from './edits.ts';
export { resultsFor, record, newProgress, type LessonProgress } from './progress.ts';
export type { Lesson, LessonPreset, LessonTask, LessonControl, LessonScenario, Prediction, Results } from './types.ts';
