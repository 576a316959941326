// Comparison charts under jsdom: interdiction–wait trade-off, replication dots, paired differences.
import { describe, expect, it, vi } from 'vitest';
import { pairedDifference } from '../../sim/index.ts';
import {
  describePairedDifference,
  describeReplicationDots,
  describeTradeoff,
  renderPairedDifference,
  renderReplicationDots,
  renderTradeoff,
  svgToString,
} from '../../viz/charts/index.ts';
import { pairedDifferences, replicationDots, tradeoff } from '../../viz/view-models/index.ts';
import { mmcFixture, screeningFixture } from './fixtures.ts';
import { fontSizes, frameOf, newDocument, snapshotText } from './dom.ts';

const document = newDocument();

describe('tradeoff', () => {
  const f = screeningFixture();
  const data = tradeoff(f.docs, { baseline: 0, labels: f.labels });

  it('draws a point per scenario with whiskers on both axes and a frontier of non-dominated points', async () => {
    const svg = renderTradeoff(data, { document });
    const points = [...svg.querySelectorAll('.bf-point')];
    expect(points).toHaveLength(f.docs.length);
    for (const p of points) expect(p.querySelectorAll('.bf-whisker')).toHaveLength(2);
    const frontier = data.points.filter((p) => p.onFrontier);
    expect(frontier.map((p) => p.series.key)).toEqual(data.frontier);
    expect(frontier.length).toBeGreaterThanOrEqual(2);
    for (const p of frontier) {
      const dominated = data.points.some(
        (o) =>
          o !== p &&
          o.interdiction.mean! >= p.interdiction.mean! &&
          o.wait.mean! <= p.wait.mean! &&
          (o.interdiction.mean! > p.interdiction.mean! || o.wait.mean! < p.wait.mean!),
      );
      expect(dominated).toBe(false);
    }
    // Every point off the frontier is dominated by one on it.
    for (const p of data.points.filter((x) => !x.onFrontier)) {
      expect(frontier.some((o) => o.interdiction.mean! >= p.interdiction.mean! && o.wait.mean! <= p.wait.mean!)).toBe(true);
    }
    expect(svg.querySelector('.bf-frontier-line')).not.toBeNull();
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/tradeoff.svg');
  });

  it('makes points keyboard-focusable; click and Enter call onSelect with the scenario key', () => {
    const onSelect = vi.fn();
    const svg = renderTradeoff(data, { document, onSelect });
    const marks = [...svg.querySelectorAll<SVGGElement>('.bf-point-mark')];
    expect(marks.every((m) => m.getAttribute('tabindex') === '0' && m.getAttribute('role') === 'button')).toBe(true);
    expect(marks[1].getAttribute('aria-label')).toMatch(/^\+1 officer: interdiction \d+ %/);
    const win = document.defaultView!;
    marks[2].dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith('2');
    marks[1].dispatchEvent(new win.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith('1');
    expect(frameOf(svg).role).toBe('group');
  });

  it('lists scenarios without contraband as not comparable, drawing nothing at 0', () => {
    const m = mmcFixture();
    const d = tradeoff(m.docs, { baseline: 0, labels: m.labels });
    const svg = renderTradeoff(d, { document });
    expect(svg.querySelectorAll('.bf-point')).toHaveLength(0);
    const t = describeTradeoff(d);
    expect(t.summary).toMatch(/Not comparable: 3 booths \(no contraband arrived, so the interdiction rate is undefined\); 4 booths/);
    expect(t.table.rows.map((r) => r[1])).toEqual([null, null]);
    expect(frameOf(svg).role).toBe('img');
  });
});

describe('replication-dots', () => {
  const m = mmcFixture();
  const data = replicationDots(m.docs, { baseline: 0, labels: m.labels, figure: 'wait.mean' });

  it('draws each replication as a dot, mean ± CI per scenario, the Student-t label and the ±5 % hint', async () => {
    const svg = renderReplicationDots(data, { document });
    expect(svg.querySelectorAll('.bf-series')).toHaveLength(2);
    expect(svg.querySelectorAll('.bf-dot')).toHaveLength(2 * 3);
    expect(svg.querySelectorAll('.bf-mean')).toHaveLength(2);
    expect(svg.querySelector('.bf-ci-label')!.textContent).toContain('mean ± 95 % CI (Student t, n = 3)');
    const hints = [...svg.querySelectorAll('.bf-precision-hint')].map((h) => h.textContent);
    expect(hints[0]).toContain(`≈${data.rows[0].more} more replications for ±5 %`);
    const t = describeReplicationDots(data);
    expect(t.title).toContain('3 booths');
    expect(t.table.rows.filter((r) => r[1] === 'mean').map((r) => r[2])).toEqual(data.rows.map((r) => Math.round(r.summary.mean! * 1000) / 1000));
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/replication-dots.svg');
  });
});

describe('paired-difference', () => {
  const m = mmcFixture();
  const data = pairedDifferences(m.docs, { baseline: 0, labels: m.labels });

  it('draws a row per lane (and the port) with CI, a zero line and "B − A = … (95 % CI …)"', async () => {
    const svg = renderPairedDifference(data, { document });
    expect(svg.querySelectorAll('.bf-difference')).toHaveLength(2); // the lane group and the whole port
    expect(svg.querySelector('.bf-zero')).not.toBeNull();
    const a = m.docs[0].runs.map((r) => r.ports[0].lanes[0].wait.mean);
    const b = m.docs[1].runs.map((r) => r.ports[0].lanes[0].wait.mean);
    const d = pairedDifference(a, b);
    const fmt = (x: number) => (x < 0 ? `−${Math.abs(x).toFixed(1)}` : `+${x.toFixed(1)}`);
    const summary = describePairedDifference(data).summary;
    expect(summary).toContain(`4 booths − 3 booths = ${fmt(d.mean!)} min (95 % CI ${fmt(d.ciLow!)} to ${fmt(d.ciHigh!)})`);
    expect(svg.querySelector('.bf-difference title')!.textContent).toBe(`4 booths − 3 booths = ${fmt(d.mean!)} min (95 % CI ${fmt(d.ciLow!)} to ${fmt(d.ciHigh!)})`);
    expect(describePairedDifference(data).title).toMatch(/^4 booths cuts the mean wait to reach the primary booth in booths \(Standard\) by [\d.]+ min vs 3 booths$/);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/paired-difference.svg');
  });

  it('covers every lane group and scenario of a bigger comparison', () => {
    const f = screeningFixture();
    const d = pairedDifferences(f.docs, { baseline: 0, labels: f.labels, figure: 'wait.p95' });
    const svg = renderPairedDifference(d, { document });
    expect(svg.querySelectorAll('.bf-difference')).toHaveLength((2 + 1) * (f.docs.length - 1));
    expect(svg.querySelectorAll('.bf-group-label')).toHaveLength(3);
  });
});
