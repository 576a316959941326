// `borderflow validate`: bundled scenarios pass, bad ones are reported one problem per line.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load-file.ts';
import { bundledScenarios, cliInProcess, stackLines } from './helpers.ts';

describe('borderflow validate', () => {
  const bundled = bundledScenarios();

  it('finds the bundled scenarios', () => {
    expect(bundled.length).toBeGreaterThan(0);
  });

  it('says ok for every bundled scenario, with its name', async () => {
    const r = await cliInProcess(['validate', ...bundled]);
    expect(r.stderr).toBe('');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(bundled.length);
    for (const file of bundled) {
      const loaded = loadScenarioFile(file);
      if (!loaded.ok) throw new Error(`${file} does not load`);
      expect(lines).toContain(`${file}: ok (${loaded.scenario.name})`);
    }
  });

  it('checks every file, reports each problem as FILE: path: message and exits 1', async () => {
    const good = bundled[0];
    const bad = 'tests/fixtures/bad/unknown-key.yaml';
    const r = await cliInProcess(['validate', bad, good]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe(`${good}: ok (${(loadScenarioFile(good) as { scenario: { name: string } }).scenario.name})\n`);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toContain(`${bad}: ports[0].laneGroups[0].boths: unknown field; check the spelling against the schema (borderflow schema)`);
    expect(errors.some((l) => l.startsWith(`${bad}: ports[0].laneGroups[0].booths: `))).toBe(true);
    expect(errors.at(-1)).toBe('borderflow: 1 of 2 files are invalid');
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('reports a missing file with exit 1', async () => {
    const r = await cliInProcess(['validate', 'no/such/scenario.yaml']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('no/such/scenario.yaml: cannot read: no such file\n');
  });
});
