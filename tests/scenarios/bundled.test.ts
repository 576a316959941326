// Bundled scenarios: they validate, cite their sources, run, and the published artefacts are current.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../../scenarios/json-schema.ts';
import { runScenario } from '../../sim/index.ts';
import { ENGINE_VERSION } from '../../sim/version.ts';
import { bundledFiles, loadBundled } from './bundled-files.ts';

const files = bundledFiles;
const load = loadBundled;

describe('bundled scenarios', () => {
  it('there are at least three', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${file} validates, cites its sources, states its assumptions and runs`, () => {
      const s = load(file);
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.assumptions.length).toBeGreaterThan(0);
      const doc = runScenario(s, { replications: 2, horizonHours: Math.min(s.horizonHours, s.warmupHours + 2) });
      for (const r of doc.runs) {
        const c = r.conservation;
        expect(c.arrived).toBe(c.exited + c.gaveUp + c.driving + c.imaging + c.inQueue + c.inService + c.inSecondary);
      }
      expect(doc.ports[0].lanes.length).toBe(s.ports[0].laneGroups.length);
    });
  }
});

describe('published artefacts', () => {
  it('scenarios/scenario.schema.json is up to date with the zod schema (regenerate: npm run schema)', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('the engine version equals package.json', () => {
    expect(ENGINE_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
