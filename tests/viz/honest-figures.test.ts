// The honest-reporting figures in the visualizer: censored (unfinished) waits, stability from the result document, P(wait > t), those who gave up.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/index.ts';
import {
  CENSORED_LABEL,
  censoredHours,
  describeGaveUp,
  describeWaitByHour,
  describeWaitHeatmap,
  describeWaitOver,
  renderGaveUp,
  renderUtilization,
  renderWaitByHour,
  renderWaitHeatmap,
  renderWaitOver,
  svgToString,
} from '../../viz/charts/index.ts';
import { anyGaveUp, gaveUp, growthTested, utilization, waitByHour, waitHeatmap, waitOver } from '../../viz/view-models/index.ts';
import { CHARTS, chartApplies } from '../../viz/app/chart-registry.ts';
import { censoredNotes, laneWarnings } from '../../viz/app/warnings.ts';
import { fontSizes, newDocument, snapshotText } from './dom.ts';
import { honestFixture, mmcFixture } from './fixtures.ts';

const document = newDocument();
const GENERAL = 1; // lane index of "general" in the fixture port

describe('censored waits in the wait-by-hour chart', () => {
  it('carries each hour’s unfinished travelers from the document and marks exactly those hours as lower bounds', () => {
    const f = honestFixture();
    const data = waitByHour(f.docs, { baseline: 0, labels: f.labels, reference: false });
    const panel = data.panels.find((p) => p.lane.id === 'general')!;
    const [drain, cutoff] = panel.lines;
    const byHour = f.docs[1].ports[0].lanes[GENERAL].byHour;
    expect(cutoff.hours.map((h) => h.unfinished)).toEqual(byHour.map((h) => h.unfinished.mean ?? 0));
    // Draining lets everyone finish; the cutoff at 18:00 leaves the evening rush in line.
    expect(censoredHours(drain)).toEqual([]);
    const hours = censoredHours(cutoff);
    expect(hours.length).toBeGreaterThan(0);
    expect(hours.every((h) => h < 18 && cutoff.hours[h].unfinished > 0)).toBe(true);
    const svg = renderWaitByHour(data, { document });
    const marks = [...svg.querySelectorAll('.bf-panel[data-lane="general"] .bf-censored-hour')];
    expect(marks.map((m) => Number(m.getAttribute('data-hour')))).toEqual(hours);
    expect(marks.every((m) => m.textContent!.includes('≥'))).toBe(true);
    expect([...svg.querySelectorAll('.bf-legend text')].map((t) => t.textContent)).toContain(CENSORED_LABEL);
    expect(describeWaitByHour(data).summary).toMatch(/Lower bounds — the wait runs on past the end of the run: Cutoff, impatient drivers at/);
    // The takeaway compares hours whose waits all finished, never a lower bound with a full wait.
    const at = /wait at (\d\d):00 from/.exec(describeWaitByHour(data).title);
    expect(at).not.toBeNull();
    expect(data.panels.some((p) => p.lines.some((l) => l.hours[Number(at![1])].unfinished > 0))).toBe(false);
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
  });

  it('draws no lower-bound mark when every traveler finished', () => {
    const f = honestFixture();
    const data = waitByHour([f.docs[0]], { baseline: 0, reference: false });
    const svg = renderWaitByHour(data, { document });
    expect(svg.querySelectorAll('.bf-censored-hour')).toHaveLength(0);
    expect([...svg.querySelectorAll('.bf-legend text')].map((t) => t.textContent)).not.toContain(CENSORED_LABEL);
  });
});

describe('censored waits in the heat map', () => {
  it('prints "≥" and outlines the cells whose hour had travelers still in line', () => {
    const f = honestFixture();
    const data = waitHeatmap(f.docs, { baseline: 0, scenario: 1, labels: f.labels });
    const marked = data.cells.filter((c) => c.value !== null && c.unfinished > 0);
    expect(marked.length).toBeGreaterThan(0);
    for (const c of marked) expect(c.unfinished).toBe(f.docs[1].ports[0].lanes.find((l) => l.id === c.laneId)!.byHour[c.hour].unfinished.mean);
    const svg = renderWaitHeatmap(data, { document });
    const cells = [...svg.querySelectorAll('.bf-cell[data-censored="true"]')];
    expect(cells).toHaveLength(marked.length);
    for (const c of cells) {
      expect(c.querySelector('text')!.textContent).toMatch(/^≥\d+$/);
      expect(c.querySelector('path.bf-censored')).not.toBeNull();
    }
    expect(svg.querySelector('.bf-censored-legend')!.textContent).toMatch(/lower bound/);
    expect(describeWaitHeatmap(data).summary).toMatch(/marked "≥" where it fits\) are lower bounds/);
  });

  it('flags a difference of censored hours in the corner and prints the difference alone: a difference of lower bounds bounds nothing', () => {
    const f = honestFixture();
    const data = waitHeatmap(f.docs, { baseline: 0, scenario: 1, difference: true, labels: f.labels });
    const svg = renderWaitHeatmap(data, { document });
    const flagged = [...svg.querySelectorAll('.bf-cell[data-censored="true"]')];
    expect(flagged).toHaveLength(data.cells.filter((c) => c.value !== null && c.unfinished > 0).length);
    expect(flagged.length).toBeGreaterThan(0);
    for (const c of flagged) {
      expect(c.querySelector('path.bf-censored')).not.toBeNull();
      expect(c.querySelector('text')!.textContent).toMatch(/^[+−]?\d+$/);
    }
    expect(svg.querySelector('.bf-censored-legend')!.textContent).toMatch(/bounds nothing/);
    // A narrow heat map keeps the flag and drops the "≥" that no longer fits.
    const narrow = renderWaitHeatmap(waitHeatmap(f.docs, { baseline: 0, scenario: 1, labels: f.labels }), { document, width: 500 });
    for (const c of narrow.querySelectorAll('.bf-cell[data-censored="true"]')) {
      expect(c.querySelector('path.bf-censored')).not.toBeNull();
      expect(c.querySelector('text')!.textContent).toMatch(/^\d+$/);
    }
  });

  it('sums the unfinished per run ending for the banner, and says nothing for a drained run', () => {
    const f = honestFixture();
    const notes = censoredNotes(f.docs);
    expect(notes).toHaveLength(1);
    const runs = f.docs[1].runs;
    expect(notes[0].unfinished).toBeCloseTo(runs.reduce((a, r) => a + r.ending.unfinished, 0) / runs.length, 12);
    expect(notes[0].endOfRun).toBe('cutoff');
    expect(censoredNotes([f.docs[0]])).toEqual([]);
  });
});

describe('stability from the result document', () => {
  it('warns of exactly the unstable lane-hours the document lists, with their ρ', () => {
    const f = honestFixture();
    const data = utilization(f.docs, { baseline: 0, labels: f.labels });
    const bar = data.groups.find((g) => g.lane.id === 'general')!.bars[0];
    const listed = f.docs[0].ports[0].stability.unstableLaneHours.filter((u) => u.lane === 'general');
    expect(listed.length).toBeGreaterThan(0);
    expect(bar.unstableHours.map((u) => u.hour)).toEqual(listed.map((u) => u.hour).sort((a, b) => a - b));
    const peak = Math.max(...listed.map((u) => u.rho ?? 0));
    expect(bar.warning).toContain(`offered load ρ ≥ 1 at`);
    expect(bar.warning).toContain(`peak ρ = ${peak.toFixed(2)}`);
    // The SENTRI lane keeps up: no warning.
    expect(data.groups.find((g) => g.lane.id === 'sentri')!.bars.every((b) => b.warning === null)).toBe(true);
    const warnings = laneWarnings([f.docs[0]]);
    expect(warnings.map((w) => w.lane)).toEqual(['General']);
    expect(warnings[0].reason).toContain('offered load ρ ≥ 1 at');
    // 12 measured hours: too short for the day-to-day growth test.
    expect(growthTested(f.docs[0], f.docs[0].ports[0])).toBe(false);
    const svg = renderUtilization(data, { document });
    expect([...svg.querySelectorAll('.bf-note')].map((n) => n.textContent).join(' ')).toContain('ρ ≥ 1');
  });

  it('takes a growing line from the document when the run has two days after the warm-up, and leaves a stable one alone', () => {
    const m = mmcFixture();
    const overloaded = structuredClone(m.scenarios[0]);
    overloaded.ports[0].laneGroups[0].booths = 2; // ρ = 1.2 around the clock
    const long = { replications: 2, horizonHours: 20 + 48, seed: 1 } as const;
    const stable = runScenario(m.scenarios[0], long);
    const doc = runScenario(overloaded, long);
    expect(growthTested(doc, doc.ports[0])).toBe(true);
    const growing = doc.ports[0].stability.growingLines;
    expect(growing.map((g) => g.lane)).toEqual([doc.ports[0].lanes[0].id]);
    const data = utilization([stable, doc], { baseline: 0 });
    const [ok, bad] = data.groups[0].bars;
    expect(ok.growing).toBe(false);
    expect(ok.warning).toBeNull();
    expect(bad.growing).toBe(true);
    expect(bad.growingLine).toEqual(growing[0]);
    expect(bad.warning).toMatch(/^unstable: line grew from day to day: [\d.]+ → [\d.]+ vehicles/);
    expect(laneWarnings([doc])[0].reason).toMatch(/line grew from day to day/);
  });
});

describe('P(wait > t)', () => {
  it('reads every reported threshold per lane and scenario, draws 30 min, and flags lower bounds', async () => {
    const f = honestFixture();
    const data = waitOver(f.docs, { baseline: 0, labels: f.labels });
    expect(data.thresholds).toEqual([15, 30, 60]);
    expect(data.headline).toBe(30);
    expect(waitOver(f.docs, { baseline: 0, threshold: 15 }).headline).toBe(15);
    expect(waitOver(f.docs, { baseline: 0, threshold: 45 }).headline).toBe(30);
    const general = data.groups.find((g) => g.lane.id === 'general')!;
    expect(general.bars.map((b) => b.series.label)).toEqual(f.labels);
    for (const [i, b] of general.bars.entries()) {
      expect(b.byThreshold['15']).toEqual(f.docs[i].ports[0].lanes[GENERAL].figures.waitOver['15']);
      expect(b.byThreshold['60']).toEqual(f.docs[i].ports[0].lanes[GENERAL].figures.waitOver['60']);
    }
    expect(general.bars[0].unfinished).toBe(0);
    expect(general.bars[1].unfinished).toBeGreaterThan(0);
    const svg = renderWaitOver(data, { document });
    expect(svg.querySelectorAll('.bf-bar')).toHaveLength(2 * f.docs.length);
    expect(svg.querySelectorAll('.bf-lower-bound').length).toBeGreaterThan(0);
    expect(svg.querySelector('.bf-axis-label, .bf-axis text')).not.toBeNull();
    const text = describeWaitOver(data);
    expect(text.table.rows).toHaveLength(2 * 2 * 3);
    expect(text.summary).toMatch(/lower bound/);
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/wait-over.svg');
  });

  it('follows the scenario’s own thresholds', () => {
    const m = mmcFixture();
    const s = structuredClone(m.scenarios[0]);
    s.report = { waitThresholdsMinutes: [1, 5] };
    const doc = runScenario(s, { replications: 2, horizonHours: 24, seed: 3 });
    const data = waitOver([doc], { baseline: 0 });
    expect(data.thresholds).toEqual([1, 5]);
    // No 30-minute threshold: the middle one reported (the lower of two).
    expect(data.headline).toBe(1);
  });
});

describe('travelers who gave up', () => {
  it('shows the share with its interval and what they did, and only when somebody gave up', async () => {
    const f = honestFixture();
    expect(anyGaveUp([f.docs[0]])).toBe(false);
    expect(anyGaveUp(f.docs)).toBe(true);
    const spec = CHARTS.find((c) => c.id === 'gave-up')!;
    expect(chartApplies(spec, [f.docs[0]])).toBe(false);
    expect(chartApplies(spec, f.docs)).toBe(true);
    const data = gaveUp(f.docs, { baseline: 0, labels: f.labels });
    const b = data.groups.find((g) => g.lane.id === 'general')!.bars[1];
    const fig = f.docs[1].ports[0].lanes[GENERAL].figures;
    expect(b.share).toEqual(fig.gaveUpShare);
    expect(b.balked.mean! + b.reneged.mean!).toBeGreaterThan(0);
    // Everyone who gave up went somewhere: home + another port + put off = balked + reneged.
    expect(b.home.mean! + b.otherPort.mean! + b.postponed.mean!).toBeCloseTo(b.balked.mean! + b.reneged.mean!, 9);
    expect(b.postponed.mean!).toBeGreaterThan(0);
    const svg = renderGaveUp(data, { document });
    expect(svg.querySelectorAll('.bf-bar')).toHaveLength(2 * f.docs.length);
    expect([...svg.querySelectorAll('.bf-outcomes')].map((t) => t.firstChild?.textContent)).toContain(
      `${Math.round(b.home.mean!)}/${Math.round(b.otherPort.mean!)}/${Math.round(b.postponed.mean!)}`,
    );
    const text = describeGaveUp(data);
    expect(text.title).toMatch(/of arrivals gave up on the General/);
    expect(text.summary).toMatch(/balked.*reneged.*went home.*put the trip off/);
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/gave-up.svg');
  });
});
