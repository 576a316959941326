// The scenario files shipped with borderflow, read at build time, in the order the tray shows them.

import { loadScenarioText } from '../../sim/index.ts';
import { diff } from './patch.ts';
import type { Scenario } from './scenario-types.ts';

export interface BundledFile {
  /** File name without ".yaml": the id used in links. */
  stem: string;
  fileName: string;
  text: string;
  scenario: Scenario | null;
}

const files = import.meta.glob('../../scenarios/bundled/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function load(): BundledFile[] {
  const all = Object.entries(files)
    .map(([path, text]) => {
      const fileName = path.split('/').pop() ?? path;
      const r = loadScenarioText(text, fileName);
      return { stem: fileName.replace(/\.ya?ml$/i, ''), fileName, text, scenario: r.ok ? r.scenario : null };
    })
    .sort((a, b) => a.stem.localeCompare(b.stem));
  return orderForComparison(all);
}

/** How far apart two scenarios are: the size of the changes that turn one into the other (a variant is a small change to its parent). */
function distance(a: Scenario, b: Scenario): number {
  const strip = (s: Scenario) => ({ ...s, name: '', description: '', sources: [], assumptions: [] });
  // Both ways: a patch names what it adds in full but what it removes by path only.
  return JSON.stringify(diff(strip(a), strip(b))).length + JSON.stringify(diff(strip(b), strip(a))).length;
}

/** The comparison the page opens on: San Ysidro today, and two booths converted to SENTRI with six more officers. */
const OPENING_PAIR = ['san-ysidro-northbound', 'san-ysidro-sentri-conversion'];

/**
 * Puts first a scenario and its closest variant, so the page opens on a like-for-like
 * comparison: the "hub" is the file closest to all the other files about the same port (the one
 * variants are made from: each variant differs from it by its own change only, from the other
 * variants by both); its partner is the file closest to it. The rest
 * keep alphabetical order; with no two files about the same port, the order stays alphabetical.
 */
export function orderForComparison<T extends { scenario: Scenario | null; stem?: string }>(all: T[]): T[] {
  // The planner's question from the brief opens the page when both files are there.
  const opening = OPENING_PAIR.map((stem) => all.find((f) => f.stem === stem));
  if (opening[0] && opening[1] && opening[0].scenario && opening[1].scenario) {
    return [opening[0], opening[1], ...all.filter((f) => f !== opening[0] && f !== opening[1])];
  }
  const ports = (f: T) => new Set(f.scenario?.ports.map((p) => p.id) ?? []);
  const related = (a: T, b: T) => a !== b && !!a.scenario && !!b.scenario && [...ports(a)].some((p) => ports(b).has(p));
  let best: { hub: number; partner: number; score: number } | null = null;
  all.forEach((f, i) => {
    const d = all.map((g) => (related(f, g) ? distance(f.scenario!, g.scenario!) : Infinity));
    const near = d.filter(Number.isFinite);
    if (near.length === 0) return;
    // Mean distance, so a file about a port many files share is not favoured for its count alone.
    const score = near.reduce((a, b) => a + b, 0) / near.length - near.length * 1e-6;
    if (!best || score < best.score) best = { hub: i, partner: d.indexOf(Math.min(...near)), score };
  });
  if (!best) return all;
  const { hub, partner } = best;
  return [all[hub], all[partner], ...all.filter((_, k) => k !== hub && k !== partner)];
}

export const bundledFiles: BundledFile[] = load();

export function bundledByStem(stem: string): BundledFile | undefined {
  return bundledFiles.find((f) => f.stem === stem);
}
