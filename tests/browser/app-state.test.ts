// The app's pure parts without a browser: patches, levers, staffing, links and labels.

import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../sim/index.ts';
import { bundledFiles } from '../../viz/app/bundled.ts';
import { fromBundled, fromSpec, toSpec, withLevers, withText } from '../../viz/app/entries.ts';
import { fmtAcross } from '../../viz/app/format.ts';
import { shortLabels } from '../../viz/app/labels.ts';
import { applyLevers, referenceFlow, trustedShare } from '../../viz/app/levers.ts';
import { applyPatch, diff } from '../../viz/app/patch.ts';
import { hourly, officerHoursPerDay, peakOf, scaleStaffing } from '../../viz/app/staffing.ts';
import { formatHash, parseHash, type UrlState } from '../../viz/app/url-state.ts';
import { CHARTS, resolveChart } from '../../viz/app/chart-registry.ts';

const withTrusted = bundledFiles.find((f) => f.scenario && referenceFlow(f.scenario));

describe('patches', () => {
  it('turn one value into another and back, deletions included', () => {
    const a = { x: 1, y: { z: [1, 2, 3], w: 'a' }, gone: true };
    const b = { x: 2, y: { z: [1, 5, 3], w: 'a' }, added: { k: [1] } };
    const p = diff(a, b);
    expect(applyPatch(a, p)).toEqual(b);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(diff(a, a)).toEqual([]);
  });
});

describe('staffing', () => {
  it('reads shifts as hours and counts officer-hours exactly, overnight shifts included', () => {
    const st = { shifts: [{ start: 6, end: 14, officers: 4 }, { start: 22, end: 6, officers: 2 }] };
    expect(hourly(st).slice(0, 8)).toEqual([2, 2, 2, 2, 2, 2, 4, 4]);
    expect(officerHoursPerDay(st)).toBe(4 * 8 + 2 * 8);
    expect(peakOf(st)).toBe(4);
    expect(scaleStaffing({ byHour: Array(24).fill(3) }, 2 / 3)).toEqual({ byHour: Array(24).fill(2) });
  });
});

describe('levers', () => {
  const base = bundledFiles.find((f) => f.scenario)!.scenario!;

  it('set booths, scale officers to a new peak and add a heightened-alert policy over the whole run', () => {
    const lane = base.ports[0].laneGroups[0];
    const key = `${base.ports[0].id}/${lane.id}`;
    const s = applyLevers(base, { booths: { [key]: lane.booths + 2 }, peakOfficers: { [key]: 1 }, alert: true }, 'x');
    expect(s.ports[0].laneGroups[0].booths).toBe(lane.booths + 2);
    expect(peakOf(s.ports[0].laneGroups[0].officers!)).toBe(1);
    const alert = s.policies.find((p) => p.kind === 'heightened-alert')!;
    expect([alert.startHour, alert.endHour, alert.primaryTimeFactor, alert.randomReferral]).toEqual([0, s.horizonHours, 2.06, 0.1]);
    // The scenario the levers started from is untouched.
    expect(base.ports[0].laneGroups[0].booths).toBe(lane.booths);
  });

  it('scale trusted-program enrollment without ever enrolling more than everyone', () => {
    if (!withTrusted?.scenario) return;
    const s = applyLevers(withTrusted.scenario, { enrolled: 1 }, 'x');
    for (const f of s.ports.flatMap((p) => p.flows)) {
      const total = Object.values(f.programs).reduce((a, b) => a + (b ?? 0), 0);
      expect(total).toBeLessThanOrEqual(1 + 1e-9);
    }
    expect(trustedShare(referenceFlow(s)!)).toBeCloseTo(1, 6);
  });
});

describe('edited cards travel in a link', () => {
  it('rebuild the same scenario from bundled file + patch + levers', () => {
    const f = bundledFiles.find((b) => b.scenario)!;
    const card = fromBundled(f, true);
    const lane = f.scenario!.ports[0].laneGroups[0];
    // A lane's worth of booths (two for a double-stacked lane).
    const edited = withLevers(card, { booths: { [`${f.scenario!.ports[0].id}/${lane.id}`]: lane.booths + (lane.stacking?.boothsPerLane ?? 1) } });
    const again = fromSpec(JSON.parse(JSON.stringify(toSpec(edited))))!;
    expect(scenarioHash(again.scenario)).toBe(scenarioHash(edited.scenario));

    const text = edited.text.replace(/^name: .*$/m, 'name: Renamed by hand');
    const typed = withText(edited, text);
    expect(typed.problems).toEqual([]);
    const back = fromSpec(JSON.parse(JSON.stringify(toSpec(typed))))!;
    expect(back.scenario?.name).toBe('Renamed by hand');
    expect(scenarioHash(back.scenario)).toBe(scenarioHash(typed.scenario));
  });

  it('keep the whole run state in the hash', () => {
    const st: UrlState = {
      scenarios: ['a', '~0'],
      edited: [{ b: 'a', n: 'A (edited)', l: { alert: true } }],
      baseline: 1,
      seed: 42,
      crn: false,
      replications: 5,
      horizonHours: 30,
      tab: 'staffing',
      leverSource: 1,
    };
    expect(parseHash(formatHash(st))).toEqual(st);
    // A broken hand-edited link keeps what it can.
    expect(parseHash('#s=a&e=%7Bnot-json&r=abc&tab=nope&seed=7')).toEqual({ scenarios: ['a'], seed: 7 });
  });
});

describe('labels and numbers', () => {
  it('drop the words every scenario name shares', () => {
    expect(shortLabels(['Port X — weekday', 'Port X — heightened alert'])).toEqual(['weekday', 'heightened alert']);
    expect(shortLabels(['A', 'A (edited)'])).toEqual(['A', 'A (edited)']);
  });

  it('show missing figures as a dash, never as zero', () => {
    expect(fmtAcross({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null, halfWidth: null }, 1)).toBe('—');
    expect(fmtAcross({ n: 3, mean: 12345.67, sd: 1, ciLow: 0, ciHigh: 0, halfWidth: 2.04 }, 1)).toBe('12\u202f345.7 ± 2.0');
  });
});

describe('chart registry', () => {
  it('every chart the page lists resolves to a view-model, a renderer and a describer', () => {
    expect(CHARTS.length).toBeGreaterThanOrEqual(9);
    for (const spec of CHARTS) expect(() => resolveChart(spec), spec.id).not.toThrow();
  });
});
