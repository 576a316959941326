// What the panels can ask the app to do; the controller implements it.

import type { LessonPresetLike } from './contracts.ts';
import type { Levers } from './levers.ts';
import type { Tab } from './url-state.ts';

export interface Actions {
  runAll(force?: boolean): void;
  cancel(): void;
  setSeed(seed: number): void;
  reroll(): void;
  setCrn(on: boolean): void;
  setReplications(n: number): void;
  setBaseline(id: string): void;
  setChosen(id: string, on: boolean): void;
  remove(id: string): void;
  addBundled(stem: string): void;
  addFiles(files: File[]): void;
  editText(id: string, text: string): void;
  setLeverSource(id: string): void;
  /** `label` names the change for undo (the staffing grid says "paint staffing"). */
  setLevers(levers: Levers, label?: string): void;
  /** Keeps the current lever setting as a scenario of its own (one more point of a sweep). */
  keepSetting(): void;
  setTab(tab: Tab): void;
  /** A lesson asks for scenarios, settings and lever values. */
  applyPreset(preset: LessonPresetLike): void;
  /** Leaves a lesson's workspace for the user's own, as it was. */
  leaveLesson(): void;
  undo(): void;
  redo(): void;
  /** A chart mark was chosen: show that card and its inputs. */
  reveal(id: string): void;
}
