// The shapes the app uses from the chart, port-view, lessons and glossary modules, and those modules by name.

import type { ResultDocument } from '../../sim/index.ts';
import * as charts from '../charts/index.ts';
import * as viewModels from '../view-models/index.ts';
import * as glossary from '../glossary/index.ts';
import type { Scenario } from './scenario-types.ts';

export type { ChartOptions, ChartText } from '../charts/types.ts';
import type { ChartOptions, ChartText } from '../charts/types.ts';

export interface ViewModelOptions {
  baseline: number;
  port?: number;
  scenarios?: Scenario[];
}

export type ViewModel = (docs: ResultDocument[], opts: ViewModelOptions) => unknown;
export type Renderer = (data: unknown, options?: ChartOptions) => SVGSVGElement;
export type Describer = (data: unknown) => ChartText;

export interface PortViewHandle {
  destroy(): void;
  setScenarios(...args: unknown[]): void;
}
export type MountPortView = (
  container: HTMLElement,
  opts: { scenarios: { name: string; scenario: Scenario }[]; seed: number; replication?: number },
) => PortViewHandle;

/** A lesson preset as the app reads it: every field optional, because the lessons module owns the type. */
export interface LessonPresetLike {
  scenarios?: string[];
  files?: string[];
  baseline?: number | string;
  seed?: number;
  replications?: number;
  horizonHours?: number;
  levers?: Record<string, unknown>;
  sliders?: Record<string, unknown>;
  [key: string]: unknown;
}
export type MountLessons = (
  container: HTMLElement,
  opts: { onApply(preset: LessonPresetLike): void; getResults(): ResultDocument[] | null; storage?: Pick<Storage, 'getItem' | 'setItem'> | null },
) => { destroy?(): void; refresh?(): void } | void;
/** The editor takes the app's store and actions (typed in its own module, which reads them). */
export type MountEditor = (container: HTMLElement, opts: { store: unknown; actions: unknown }) => unknown;
export type MountGlossary = (container: HTMLElement) => { destroy?(): void } | void;

type Module = Record<string, unknown>;

// The chart, view-model, glossary and lesson modules are looked up by export name (the
// chart registry is data: "wait-by-hour" → viewModel + render + describe).
export const chartsModule: Module = charts as unknown as Module;
export const viewModelsModule: Module = viewModels as unknown as Module;
export const glossaryModule: Module = glossary as unknown as Module;

type Loader = () => Promise<Module>;
/** The port view, loaded the first time the Port tab is shown (it is a separate chunk). */
export const loadPortView: Loader = async () => (await import('../port-view/index.ts')) as unknown as Module;
let lessons: Module | null = null;
/** The lessons, loaded the first time the Lessons tab is shown (a separate chunk, with their texts). */
export const loadLessons: Loader = async () => (lessons ??= (await import('../lessons/index.ts')) as unknown as Module);
/** The lessons module once loaded, else null (a lesson is applied only from its own tab, after it loaded). */
export function lessonsModule(): Module | null {
  return lessons;
}
/** The scenario editor, loaded the first time the Editor tab is shown (it is a separate chunk). */
export const loadEditor: Loader = async () => (await import('../editor/index.ts')) as unknown as Module;

export function fn<T>(mod: Module, name: string): T | null {
  const f = mod[name];
  return typeof f === 'function' ? (f as T) : null;
}

/** The glossary's one-line definition of a term, for a tooltip. */
export function termTip(term: string): string {
  return glossary.termTooltip(term);
}
