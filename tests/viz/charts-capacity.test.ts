// Capacity charts under jsdom: queue timeline, utilization with warnings, referrals and seizures.
import { describe, expect, it } from 'vitest';
import {
  describeQueueTimeline,
  describeReferralsSeizures,
  describeUtilization,
  renderQueueTimeline,
  renderReferralsSeizures,
  renderUtilization,
  svgToString,
} from '../../viz/charts/index.ts';
import { runScenario } from '../../sim/index.ts';
import { queueTimeline, referralsSeizures, utilization } from '../../viz/view-models/index.ts';
import { mmcFixture, screeningFixture } from './fixtures.ts';
import { fontSizes, frameOf, newDocument, snapshotText } from './dom.ts';

const document = newDocument();

describe('queue-timeline', () => {
  it('draws a panel per lane and a line per scenario over hours since the start, warm-up shaded', async () => {
    const f = screeningFixture();
    const data = queueTimeline(f.docs, { baseline: 0, labels: f.labels });
    const svg = renderQueueTimeline(data, { document });
    const panels = [...svg.querySelectorAll('.bf-panel')];
    expect(panels).toHaveLength(2);
    for (const p of panels) {
      expect(p.querySelectorAll('path.bf-series')).toHaveLength(f.docs.length);
      expect(p.querySelector('.bf-warmup')).not.toBeNull();
    }
    expect(data.panels[0].lines[0].points).toHaveLength(30);
    expect(data.panels[0].lines[0].points[10].mean).toBeCloseTo(f.docs[0].ports[0].lanes[1].timeline.queueLength[10], 9);
    const t = describeQueueTimeline(data);
    expect(frameOf(svg)).toMatchObject({ role: 'img', title: t.title, desc: t.summary });
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/queue-timeline.svg');
  });
});

describe('utilization', () => {
  it('draws a bar per lane and scenario with CI, the 100 % line, and warnings for saturated booths', async () => {
    const f = screeningFixture();
    const data = utilization(f.docs, { baseline: 0, labels: f.labels });
    const svg = renderUtilization(data, { document });
    expect(svg.querySelectorAll('.bf-bar')).toHaveLength(2 * f.docs.length);
    expect(svg.querySelector('.bf-full-line text')!.textContent).toContain('100 %');
    const warned = data.groups.flatMap((g) => g.bars.filter((b) => b.warning));
    expect(warned.length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('.bf-warning')).toHaveLength(warned.length);
    // Staffing up removes the peak-hour saturation of the general lane.
    expect(data.groups[0].bars.find((b) => b.series.key === '1')!.warning).toBeNull();
    expect(describeUtilization(data).title).toMatch(/saturated/);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/utilization.svg');
  });

  it('says "unstable: line still growing" when the line has no steady state', () => {
    const m = mmcFixture();
    const overloaded = structuredClone(m.scenarios[0]);
    overloaded.ports[0].laneGroups[0].booths = 2; // ρ = 1.2: the line grows for ever
    const doc = runScenario(overloaded, { replications: 2, horizonHours: 30, seed: 1 });
    const data = utilization([m.docs[0], doc], { baseline: 0, labels: ['3 booths', '2 booths'] });
    const bar = data.groups[0].bars[1];
    expect(bar.growing).toBe(true);
    expect(bar.warning).toContain('unstable: line still growing');
    expect(data.groups[0].bars[0].warning).toBeNull();
    const svg = renderUtilization(data, { document });
    expect([...svg.querySelectorAll('.bf-note')].map((n) => n.textContent).join(' ')).toContain('unstable: line still growing');
  });
});

describe('referrals-seizures', () => {
  it('groups referrals by reason, secondary inspections and seizures per scenario with CIs and rates in the summary', async () => {
    const f = screeningFixture();
    const data = referralsSeizures(f.docs, { baseline: 0, labels: f.labels });
    const svg = renderReferralsSeizures(data, { document });
    expect(data.categories.map((c) => c.id)).toEqual(expect.arrayContaining(['reason:random', 'reason:judgment', 'secondary', 'seizures']));
    expect(svg.querySelectorAll('.bf-bar-group')).toHaveLength(data.categories.length);
    expect(svg.querySelectorAll('.bf-bar')).toHaveLength(data.categories.length * f.docs.length);
    expect(svg.querySelectorAll('.bf-whisker').length).toBeGreaterThan(0);
    // No random referral is a real zero, drawn as a bar of height 0, not as missing.
    const none = data.groups.find((g) => g.series.key === '3')!;
    expect(none.perDay['reason:random'].mean).toBe(0);
    const t = describeReferralsSeizures(data);
    expect(t.summary).toMatch(/interdiction rate \d+ % \(95 % CI/);
    expect(t.summary).toMatch(/false-positive rate \d+ % \(95 % CI/);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/referrals-seizures.svg');
  });

  it('says the interdiction rate is undefined without contraband', () => {
    const m = mmcFixture();
    const t = describeReferralsSeizures(referralsSeizures(m.docs, { baseline: 0, labels: m.labels }));
    expect(t.summary).toContain('interdiction rate undefined (no contraband arrived)');
    expect(t.table.rows.find((r) => r[1] === 'interdiction rate (%)')![2]).toBeNull();
  });
});
