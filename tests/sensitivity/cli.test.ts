// `borderflow sensitivity`: the table, JSON and CSV shapes, --out, and the usage errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess, tempDir } from '../cli/helpers.ts';

const SCENARIO = `# A small M/M/3 station for the sensitivity command.
name: sensitivity CLI check
seed: 5
replications: 2
horizonHours: 8
warmupHours: 1
ports:
  - id: station
    name: Station
    flows:
      - { id: cars, mode: car, perDay: 2880, programs: { sentri: 0.2 } }
    laneGroups:
      - id: general
        kind: general
        booths: 3
        primarySeconds: { kind: exponential, mean: 60 }
`;

function scenarioFile(): string {
  const path = join(tempDir(), 'station.yaml');
  writeFileSync(path, SCENARIO);
  return path;
}

describe('borderflow sensitivity', () => {
  const file = scenarioFile();

  it('prints a table with every figure, ranked, with units', async () => {
    const r = await cliInProcess(['sensitivity', file, '--vary', 'volume ±10%, officers ±1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Sensitivity: sensitivity CLI check \(2 replications per variant, seed 5/);
    expect(r.stdout).toMatch(/mean wait \(min\), base [0-9.]+; inputs by \|high − low\|: (volume > officers|officers > volume)/);
    expect(r.stdout).toContain('min per officer');
    expect(r.stdout).toContain('elasticity');
    expect(r.stdout).toContain('mean wait, general (min)');
    expect(r.stdout).toMatch(/Note: officers ±1: station\/general: \+1 kept within 3 booths in 24 of 24 hours/);
  });

  it('writes the borderflow-sensitivity JSON document and CSV with --out, the same for the same seed', async () => {
    const dir = tempDir();
    const a = await cliInProcess(['sensitivity', file, '--vary', 'shares ±5pt', '--format', 'json', '--out', join(dir, 'a.json')]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe('');
    const doc = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    expect(doc.kind).toBe('borderflow-sensitivity');
    expect(doc.inputs.map((i: { text: string }) => i.text)).toEqual(['shares ±5pt']);
    expect(doc.ranking.meanWait).toEqual(['shares']);
    expect(doc.inputs[0].effects.meanWait.unit).toBe('min per pt');
    const b = await cliInProcess(['sensitivity', file, '--vary', 'shares ±5pt', '--format', 'json']);
    expect(b.stdout).toBe(readFileSync(join(dir, 'a.json'), 'utf8'));
    const c = await cliInProcess(['sensitivity', file, '--vary', 'service ±20%', '--format', 'csv', '--seed', '9', '--replications', '3', '--hours', '5']);
    expect(c.code).toBe(0);
    const lines = c.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('figure,figure_unit,input,amount,base,low_change,high_change,effect,effect_ci_low,effect_ci_high,effect_unit,rank,non_linear');
    expect(lines.length).toBe(1 + 7);
    expect(lines[1]).toMatch(/^meanWait,min,service,20,/);
  });

  const usage: [string[], RegExp][] = [
    [['--vary', 'volume ±10'], /--vary.*volume varies by a percentage/s],
    [['--vary', 'crowds ±1'], /unknown input "crowds"/],
    [['--vary', 'patience ±10%'], /no flow in the scenario has patience/],
    [['--format', 'xml'], /--format/],
    [['--hours', '0.5'], /expected more hours than the scenario's warm-up/],
    [['--replications', '0'], /--replications/],
  ];
  for (const [args, message] of usage) {
    it(`usage error: ${args.join(' ')}`, async () => {
      const r = await cliInProcess(['sensitivity', file, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }
});
