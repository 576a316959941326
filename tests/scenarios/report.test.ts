// The scenario's report block: default thresholds of P(wait > t), and clear errors for bad ones.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../sim/index.ts';

const body = (report: string) =>
  `name: x\nhorizonHours: 2\n${report}ports: [{ id: p, name: P, flows: [{ id: c, mode: car, perDay: 10 }], laneGroups: [{ id: g, kind: general, booths: 1, primarySeconds: { kind: exponential, mean: 60 } }] }]\n`;

describe('report.waitThresholdsMinutes', () => {
  it('defaults to 15, 30 and 60 minutes', () => {
    const r = loadScenarioText(body(''), 'ok.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.scenario.report.waitThresholdsMinutes).toEqual([15, 30, 60]);
  });

  it.each([
    ['[30, 15]', 'report.waitThresholdsMinutes', 'increasing order'],
    ['[15, 15]', 'report.waitThresholdsMinutes', 'increasing order'],
    ['[]', 'report.waitThresholdsMinutes', 'at least 1'],
    ['[-5]', 'report.waitThresholdsMinutes[0]', '≥ 0'],
  ])('rejects %s naming %s', (thresholds, path, message) => {
    const r = loadScenarioText(body(`report: { waitThresholdsMinutes: ${thresholds} }\n`), 'bad.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].path).toBe(path);
    expect(r.problems[0].message).toContain(message);
  });
});
