// The shapes the app expects from the chart, port-view, lessons and glossary modules (the shared contract), and a loader that tolerates their absence.
//
// The other modules are written in parallel; import.meta.glob returns {} for a file that does
// not exist yet, so the page builds and shows "not available" instead of failing.

import type { ResultDocument } from '../../sim/index.ts';
import type { Scenario } from './scenario-types.ts';

export interface ChartText {
  title: string;
  summary: string;
  table: { columns: string[]; rows: (string | number | null)[][] };
}

export interface ChartOptions {
  width?: number;
  height?: number;
  document?: Document;
  onSelect?: (key: string) => void;
  threshold?: number;
  onThreshold?: (minutes: number) => void;
}

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
  opts: { onApply(preset: LessonPresetLike): void; getResults(): ResultDocument[] | null },
) => { destroy?(): void; refresh?(): void } | void;
export type MountGlossary = (container: HTMLElement) => { destroy?(): void } | void;

type Module = Record<string, unknown>;

function first(mods: Record<string, unknown>): Module {
  const m = Object.values(mods)[0];
  return (m && typeof m === 'object' ? m : {}) as Module;
}

export const chartsModule: Module = first(import.meta.glob('../charts/index.ts', { eager: true }));
export const chartExportModule: Module = first(import.meta.glob('../charts/export.ts', { eager: true }));
export const viewModelsModule: Module = first(import.meta.glob('../view-models/index.ts', { eager: true }));
export const glossaryModule: Module = first(import.meta.glob('../glossary/index.ts', { eager: true }));
// Lessons are needed by presets as soon as a lesson runs; the animated port only when its tab opens.
export const lessonsModule: Module = first(import.meta.glob('../lessons/index.ts', { eager: true }));

type Loader = () => Promise<Module>;
function lazy(mods: Record<string, () => Promise<unknown>>): Loader {
  const load = Object.values(mods)[0];
  return async () => (load ? ((await load()) as Module) : {});
}
/** The port view, loaded the first time the Port tab is shown (it is a separate chunk). */
export const loadPortView: Loader = lazy(import.meta.glob('../port-view/index.ts'));

export function fn<T>(mod: Module, name: string): T | null {
  const f = mod[name];
  return typeof f === 'function' ? (f as T) : null;
}

/** The glossary's one-line definition of a term, for a tooltip ('' while the glossary is absent). */
export function termTip(term: string): string {
  const f = fn<(t: string) => string>(glossaryModule, 'termTooltip');
  return f ? f(term) : '';
}
