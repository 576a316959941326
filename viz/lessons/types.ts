// What a guided lesson is: a preset experiment, a prediction to make first, tasks that tick themselves, and an explanation for afterwards.

import type { ResultDocument } from '../../sim/index.ts';
import type { ScenarioEdit } from './edits.ts';

/** A slider the lesson shows; only the controls that serve the lesson's message. */
export interface LessonControl {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** What a screen reader says for a value, e.g. "ρ = 0.95 (3,420 cars a day)". */
  valueText(value: number): string;
}

export interface LessonScenario {
  /** A bundled scenario file name, e.g. "mmc-theory-check.yaml". */
  file: string;
  /** Name shown for this scenario (and given to its result document). */
  name: string;
  /** Changes to the bundled file for the current control values. */
  edits(values: Record<string, number>): ScenarioEdit[];
}

export interface Prediction {
  question: string;
  choices: string[];
  /** Index of the answer the simulation supports (revealed after the run). */
  answer: number;
}

/** A result set: the documents of one run of the lesson's scenarios, in preset order. */
export type Results = ResultDocument[];

export interface LessonTask {
  id: string;
  text: string;
  /** True once achieved, judged on the latest results and every earlier result set of this lesson. */
  check(latest: Results, history: readonly Results[]): boolean;
}

export interface Lesson {
  id: string;
  title: string;
  /** Paragraphs shown before the prediction. */
  intro: string[];
  /** Glossary terms the lesson leans on (for links and tooltips). */
  terms: string[];
  prediction: Prediction;
  controls: LessonControl[];
  scenarios: LessonScenario[];
  seed: number;
  replications: number;
  horizonHours?: number;
  /** Run settings that follow the controls (the replication lesson's seed and replications). */
  settings?(values: Record<string, number>): { seed?: number; replications?: number; horizonHours?: number };
  tasks: LessonTask[];
  /** Plain sentences on what the latest results show. */
  observe(latest: Results): string[];
  /** Paragraphs revealed after the first run. */
  explanation: string[];
}

/** What the app runs for a lesson: bundled files, their edits, names, seed and replications. Plain data (fits in a URL). */
export interface LessonPreset {
  lesson: string;
  /** Bundled file per scenario, in order (a file may appear twice, edited differently). */
  files: string[];
  /** The same list, under the name the app's tray uses. */
  scenarios: string[];
  /** Display name per scenario; the result documents carry these names. */
  names: string[];
  /** Edits per scenario, applied by `buildPresetScenarios`. */
  edits: ScenarioEdit[][];
  /** Index of the scenario the others are compared against. */
  baseline: number;
  seed: number;
  replications: number;
  horizonHours?: number;
  /** The lesson's control values. */
  sliders: Record<string, number>;
}
