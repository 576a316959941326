// Scenario cards as data: where each comes from (bundled file, dropped file, edit) and how its scenario is rebuilt and re-validated.

import { stringify } from 'yaml';
import { loadScenarioText, validateScenario, type ResultDocument, type ScenarioProblem } from '../../sim/index.ts';
import { bundledByStem, type BundledFile } from './bundled.ts';
import { applyLevers, checkLevers, isEmpty, type Levers } from './levers.ts';
import { applyPatch, checkPatch, diff, type Patch, type PatchCheck } from './patch.ts';
import type { Scenario } from './scenario-types.ts';
import type { EditedSpec } from './url-state.ts';

/** 'refused': not started, because the work estimate passed a limit (the reason is in `error`). */
export type RunStatus = 'idle' | 'queued' | 'running' | 'done' | 'error' | 'cancelled' | 'refused';

export interface RunState {
  status: RunStatus;
  done: number;
  total: number;
  result: ResultDocument | null;
  /** The scenario the result was computed from (the card may have changed since). */
  ran: Scenario | null;
  /** What the result was computed from (scenario hash, seed, replications, horizon). */
  key: string | null;
  seed: number | null;
  error: string | null;
}

export interface Entry {
  id: string;
  kind: 'bundled' | 'file' | 'edited';
  fileName: string;
  /** The bundled file this card derives from; with patch and levers it rebuilds the card from a link. Null for dropped files. */
  bundled: string | null;
  /** Changes made by editing the text, relative to the bundled file's validated scenario. */
  patch: Patch;
  levers: Levers | null;
  /** The scenario the levers apply to (the source card's, when the edit began). */
  leverBase: Scenario | null;
  /** Card the levers started from. */
  from: string | null;
  text: string;
  scenario: Scenario | null;
  /** "field.path: message" lines; empty when valid. */
  problems: string[];
  chosen: boolean;
  run: RunState;
}

let next = 0;
function newId(prefix: string): string {
  next += 1;
  return `${prefix}${next}`;
}

export const idleRun = (): RunState => ({ status: 'idle', done: 0, total: 0, result: null, ran: null, key: null, seed: null, error: null });

export function problemLine(p: ScenarioProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

export function fromBundled(f: BundledFile, chosen: boolean): Entry {
  const r = loadScenarioText(f.text, f.fileName);
  return {
    id: `b-${f.stem}`,
    kind: 'bundled',
    fileName: f.fileName,
    bundled: f.stem,
    patch: [],
    levers: null,
    leverBase: null,
    from: null,
    text: f.text,
    scenario: r.ok ? r.scenario : null,
    problems: r.ok ? [] : r.problems.map(problemLine),
    chosen,
    run: idleRun(),
  };
}

export function fromFile(fileName: string, text: string): Entry {
  const r = loadScenarioText(text, fileName);
  return {
    id: newId('f-'),
    kind: 'file',
    fileName,
    bundled: null,
    patch: [],
    levers: null,
    leverBase: null,
    from: null,
    text,
    scenario: r.ok ? r.scenario : null,
    problems: r.ok ? [] : r.problems.map(problemLine),
    chosen: r.ok,
    run: idleRun(),
  };
}

/** A file refused before reading (too large, unreadable). */
export function refusedFile(fileName: string, message: string): Entry {
  return { ...fromFile(fileName, ''), text: '', scenario: null, problems: [message], chosen: false };
}

export function toText(s: Scenario, fileName: string): string {
  return /\.json$/i.test(fileName) ? `${JSON.stringify(s, null, 2)}\n` : stringify(s, { lineWidth: 0 });
}

function validated(value: unknown, fileName: string): { scenario: Scenario | null; problems: string[] } {
  const r = validateScenario(value, fileName);
  return r.ok ? { scenario: r.scenario, problems: [] } : { scenario: null, problems: r.problems.map(problemLine) };
}

/** The card the levers produce from `source`; `existing` (if any) keeps its id. */
export function withLevers(source: Entry, levers: Levers, existing?: Entry): Entry {
  const base = existing?.leverBase ?? source.scenario;
  if (!base) throw new Error('levers need a valid scenario');
  const name = existing?.scenario?.name ?? `${base.name} (edited)`;
  const fileName = existing?.fileName ?? `${slug(base.name)}-edited.yaml`;
  const { scenario, problems } = validated(applyLevers(base, levers, name), fileName);
  return {
    id: existing?.id ?? newId('e-'),
    kind: 'edited',
    fileName,
    bundled: existing ? existing.bundled : source.bundled,
    patch: existing ? existing.patch : source.patch,
    levers,
    leverBase: base,
    from: existing?.from ?? source.id,
    text: scenario ? toText(scenario, fileName) : (existing?.text ?? ''),
    scenario,
    problems,
    chosen: true,
    run: existing?.run ?? idleRun(),
  };
}

/**
 * A frozen copy of an edited card under a new name: the lever setting becomes a scenario
 * of its own (a point of a sweep), while the levers go on editing the original card.
 */
export function keptCopy(e: Entry, name: string): Entry | null {
  if (!e.levers || !e.leverBase) return null;
  const fileName = `${slug(name)}.yaml`;
  const { scenario, problems } = validated(applyLevers(e.leverBase, e.levers, name), fileName);
  if (!scenario) return null;
  return {
    ...e,
    id: newId('k-'),
    fileName,
    from: e.id,
    text: toText(scenario, fileName),
    scenario,
    problems,
    chosen: true,
    run: idleRun(),
  };
}

/** The card after its text was edited in place: re-validated; the levers are folded into the text. */
export function withText(e: Entry, text: string): Entry {
  const r = loadScenarioText(text, e.fileName);
  if (!r.ok) return { ...e, text, scenario: null, problems: r.problems.map(problemLine) };
  const base = e.bundled ? bundledByStem(e.bundled)?.scenario : null;
  const kind = e.kind === 'bundled' && base ? 'edited' : e.kind;
  return {
    ...e,
    kind,
    text,
    scenario: r.scenario,
    problems: [],
    patch: base ? diff(base, r.scenario) : [],
    levers: null,
    leverBase: null,
  };
}

/** A card for a scenario built elsewhere (a lesson) from a bundled file; `id` reuses an existing card. */
export function fromScenario(stem: string, scenario: Scenario, id?: string): Entry | null {
  const f = bundledByStem(stem);
  if (!f?.scenario) return null;
  const fileName = `${slug(scenario.name)}.yaml`;
  return {
    id: id ?? newId('e-'),
    kind: 'edited',
    fileName,
    bundled: stem,
    patch: diff(f.scenario, scenario),
    levers: null,
    leverBase: null,
    from: null,
    text: toText(scenario, fileName),
    scenario,
    problems: [],
    chosen: true,
    run: idleRun(),
  };
}

/** Longest scenario name a link may set. */
const MAX_NAME = 200;

/**
 * Rebuilds an edited card from a link. The link's changes are checked before anything is applied
 * (shape, no path through a prototype), the levers likewise, and the result is validated by the
 * schema; a link that fails any of these gives a card that names the problem, not a broken page.
 * Null when the bundled file it names does not exist.
 */
export function fromSpec(spec: EditedSpec): Entry | null {
  const f = bundledByStem(spec.b);
  if (!f?.scenario) return null;
  const name = String(spec.n).slice(0, MAX_NAME);
  const fileName = `${slug(name)}.yaml`;
  const refused = (message: string): Entry => ({
    id: newId('e-'),
    kind: 'edited',
    fileName,
    bundled: spec.b,
    patch: [],
    levers: null,
    leverBase: null,
    from: null,
    // The bundled file's text under the link's name, to start a repair from.
    text: toText({ ...f.scenario!, name }, fileName),
    scenario: null,
    problems: [`link: ${message}`],
    chosen: true,
    run: idleRun(),
  });
  const checked: PatchCheck = spec.p === undefined ? { ok: true, patch: [] } : checkPatch(spec.p);
  if (!checked.ok) return refused(`the changes (p) were refused: ${checked.message}`);
  const leverProblem = spec.l === undefined ? null : checkLevers(spec.l);
  if (leverProblem) return refused(leverProblem);
  const patch = checked.patch;
  const levers = spec.l ?? null;
  try {
    let { scenario, problems } = validated(applyPatch(f.scenario, patch), fileName);
    const leverBase = scenario;
    if (scenario && levers && !isEmpty(levers)) ({ scenario, problems } = validated(applyLevers(scenario, levers, name), fileName));
    else if (scenario) scenario = { ...scenario, name };
    return {
      id: newId('e-'),
      kind: 'edited',
      fileName,
      bundled: spec.b,
      patch,
      levers,
      leverBase: levers ? leverBase : null,
      from: null,
      text: scenario ? toText(scenario, fileName) : toText({ ...f.scenario, name }, fileName),
      scenario,
      problems,
      chosen: true,
      run: idleRun(),
    };
  } catch (err) {
    return refused(`the changes could not be applied: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** How a card travels in a link, or null if it cannot (a dropped file). */
export function toSpec(e: Entry): EditedSpec | null {
  if (!e.bundled || e.kind !== 'edited') return null;
  // A card with errors travels as its last valid changes, so the link keeps its place (and the baseline's).
  if (!e.scenario) return bundledByStem(e.bundled)?.scenario ? { b: e.bundled, n: e.fileName.replace(/\.(ya?ml|json)$/i, ''), ...(e.patch.length > 0 ? { p: e.patch } : {}), ...(e.levers && !isEmpty(e.levers) ? { l: e.levers } : {}) } : null;
  const base = bundledByStem(e.bundled)?.scenario;
  if (!base) return null;
  // Rename is carried by "n"; the patch need not repeat it.
  const patch = (e.levers ? e.patch : diff(base, e.scenario)).filter((op) => !(op[0].length === 1 && op[0][0] === 'name'));
  const spec: EditedSpec = { b: e.bundled, n: e.scenario.name };
  if (patch.length > 0) spec.p = patch;
  if (e.levers && !isEmpty(e.levers)) spec.l = e.levers;
  return spec;
}

export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scenario'
  );
}

export function displayName(e: Entry): string {
  return e.scenario?.name ?? e.fileName;
}
