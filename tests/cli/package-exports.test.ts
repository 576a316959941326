// The package's API as scripts and notebooks import it: `borderflow` and `borderflow/node`, from the compiled build.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load-file.ts';
import { runScenario } from '../../sim/index.ts';
import { ROOT } from './helpers.ts';

describe("import … from 'borderflow'", () => {
  it('gives the documented API, and the same result document as the sources', () => {
    const script = `
      const bf = await import('borderflow');
      const { loadScenarioFile } = await import('borderflow/node');
      const names = ['runScenario', 'runExperiment', 'staff', 'compareResults', 'erlangA'].filter((n) => typeof bf[n] !== 'function');
      if (names.length) throw new Error('missing ' + names.join(', '));
      const r = loadScenarioFile('scenarios/bundled/mmc-theory-check.yaml');
      process.stdout.write(JSON.stringify(bf.runScenario(r.scenario, { replications: 2, horizonHours: 26 })));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const r = loadScenarioFile('scenarios/bundled/mmc-theory-check.yaml');
    if (!r.ok) throw new Error('bundled scenario does not load');
    expect(out).toBe(JSON.stringify(runScenario(r.scenario, { replications: 2, horizonHours: 26 })));
  });
});
