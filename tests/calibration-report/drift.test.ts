// The calibration report's key figures still hold: every scenario in the manifest is re-run with its
// recorded seed and replications and each key figure must stay within its recorded tolerance of the
// recorded value (the published figure's tolerance where there is one, else three times the
// replications' interval half-width). Same seed and replications give the same numbers, so a
// failure means the engine or the scenario changed what the report says. Long (each scenario's
// replications again): not in the fast tier.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node.ts';
import { MANIFEST_FILE, type Manifest } from '../../scripts/calibration-report.ts';
import { evaluateScenario, readCalibrationBlock } from '../../scripts/calibration/evaluate.ts';

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;

describe('calibration report: key figures do not drift', () => {
  for (const entry of manifest.scenarios.filter((s) => s.loads && s.keyFigures.length > 0)) {
    it(`${entry.stem}: ${entry.keyFigures.length} key figures within their tolerances (seed ${entry.seed}, ${entry.replications} replications)`, () => {
      const loaded = loadScenarioFile(entry.file);
      if (!loaded.ok) throw new Error(`${entry.file} no longer loads: ${loaded.problems.map((p) => p.message).join('; ')}`);
      const block = readCalibrationBlock(readFileSync(entry.file, 'utf8'));
      const now = evaluateScenario(loaded.scenario, entry.file, block, { seed: entry.seed!, replications: entry.replications!, horizonHours: entry.horizonHours ?? undefined });
      for (const k of entry.keyFigures) {
        const n = now.keyFigures.find((x) => x.id === k.id);
        expect(n, `${entry.stem}: key figure ${k.id} no longer computed (run npm run calibrate)`).toBeDefined();
        if (k.value === null) {
          expect(n!.simulated.mean, `${entry.stem}: ${k.label}`).toBeNull();
          continue;
        }
        expect(n!.simulated.mean, `${entry.stem}: ${k.label} now undefined`).not.toBeNull();
        const drift = Math.abs(n!.simulated.mean! - k.value);
        expect(drift, `${entry.stem}: ${k.label} ${n!.simulated.mean!.toFixed(3)} vs recorded ${k.value.toFixed(3)}, tolerance ±${k.tolerance.toFixed(3)}`).toBeLessThanOrEqual(k.tolerance);
      }
    }, 600_000);
  }
});
