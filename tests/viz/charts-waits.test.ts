// Wait charts under jsdom: wait by hour (small multiples + Erlang C), heat map, ECDF with a draggable threshold.
import { describe, expect, it, vi } from 'vitest';
import { renderWaitByHour, describeWaitByHour, renderWaitHeatmap, describeWaitHeatmap, renderWaitEcdf, describeWaitEcdf, svgToString } from '../../viz/charts/index.ts';
import { waitByHour, waitHeatmap, waitEcdf, shareAbove } from '../../viz/view-models/index.ts';
import { mmcFixture, screeningFixture } from './fixtures.ts';
import { fontSizes, frameOf, newDocument, snapshotText } from './dom.ts';

const document = newDocument();

describe('wait-by-hour', () => {
  const f = screeningFixture();
  const data = waitByHour(f.docs, { baseline: 0, scenarios: f.scenarios, labels: f.labels });
  const svg = renderWaitByHour(data, { document });

  it('draws one panel per lane group in CBP order, one line per scenario, baseline as a grey ghost', () => {
    const panels = [...svg.querySelectorAll('.bf-panel')];
    expect(panels.map((p) => p.getAttribute('data-lane'))).toEqual(['general', 'sentri']);
    for (const p of panels) {
      const lines = p.querySelectorAll('path.bf-series');
      expect(lines).toHaveLength(f.docs.length);
      expect(p.querySelectorAll('path.bf-series--baseline')).toHaveLength(1);
      expect(p.querySelector('path.bf-series--baseline')!.getAttribute('stroke')).toBe('#767676');
      // Baseline drawn first, so it sits behind every scenario.
      expect(lines[0].classList.contains('bf-series--baseline')).toBe(true);
    }
    // Distinct dashes for the non-baseline series (redundant with colour).
    const dashes = [...panels[0].querySelectorAll('path.bf-series:not(.bf-series--baseline)')].map((p) => p.getAttribute('stroke-dasharray') ?? '');
    expect(new Set(dashes).size).toBe(dashes.length);
  });

  it('shares one y scale across panels', () => {
    const ticks = [...svg.querySelectorAll('.bf-panel')].map((p) => [...p.querySelectorAll('.bf-axis--y .tick text')].map((t) => t.textContent).join(','));
    expect(new Set(ticks).size).toBe(1);
  });

  it('draws the Erlang C reference and marks ρ ≥ 1 hours as unstable instead of a value', () => {
    const general = svg.querySelector('.bf-panel[data-lane="general"]')!;
    expect(general.querySelector('.bf-reference-line')!.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(general.querySelector('.bf-reference-label')!.textContent).toBe('Erlang C');
    const unstable = data.panels[0].reference!.filter((r) => r.status === 'unstable');
    expect(unstable.length).toBeGreaterThan(0);
    expect(unstable.every((r) => r.minutes === null)).toBe(true);
    expect(general.querySelectorAll('.bf-unstable').length).toBeGreaterThan(0);
    expect(describeWaitByHour(data).summary).toMatch(/Unstable — no steady state \(ρ ≥ 1\) at/);
  });

  it('shows unobserved hours as "no data", never as zero', () => {
    const m = mmcFixture();
    const d = waitByHour(m.docs, { baseline: 0, scenarios: m.scenarios, labels: m.labels });
    const s = renderWaitByHour(d, { document });
    expect(s.querySelector('.bf-no-data')!.textContent).toBe('no data');
    expect(d.panels[0].lines[0].hours[12].mean).toBeNull();
    // The line is broken there: two separate segments (M commands), not one line through 0.
    const path = s.querySelector('path.bf-series')!.getAttribute('d')!;
    expect(path.match(/M/g)!.length).toBe(2);
    const text = describeWaitByHour(d);
    expect(text.summary).toMatch(/No data at 06:00–20:00/);
    expect(text.table.rows.find((r) => r[1] === '12:00')![3]).toBeNull();
  });

  it('has a takeaway title, summary, and text of at least 12 px', async () => {
    const t = describeWaitByHour(data);
    expect(t.title).toMatch(/^\+1 officer cuts the mean Standard-lane wait at \d\d:00 from [\d.]+ to [\d.]+ min$/);
    expect(frameOf(svg)).toEqual({ role: 'img', title: t.title, desc: t.summary, label: t.title });
    expect(t.table.rows).toHaveLength(2 * 24 * f.docs.length);
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/wait-by-hour.svg');
  });
});

describe('wait-heatmap', () => {
  const f = screeningFixture();
  const m = mmcFixture();

  it('has 24 × lanes cells with printed minutes, cividis fills, and hatched "—" where there is no data', async () => {
    const data = waitHeatmap(m.docs, { baseline: 0, labels: m.labels });
    const svg = renderWaitHeatmap(data, { document });
    const cells = svg.querySelectorAll('.bf-cell');
    expect(cells).toHaveLength(24 * data.lanes.length);
    const missing = svg.querySelectorAll('.bf-cell[data-missing="true"]');
    expect(missing).toHaveLength(14); // 06:00–19:00 lie in the warm-up of a 30 h run
    for (const c of missing) {
      expect(c.querySelector('text')!.textContent).toBe('—');
      expect(c.querySelector('.bf-missing')).not.toBeNull();
    }
    const c22 = svg.querySelector('.bf-cell[data-hour="22"]')!;
    expect(c22.querySelector('text')!.textContent).toBe(String(Math.round(data.cells[22].value!)));
    expect(c22.querySelector('rect')!.getAttribute('fill')).toMatch(/^rgb\(/);
    expect(frameOf(svg).title).toBe(describeWaitHeatmap(data).title);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/wait-heatmap.svg');
  });

  it('shows the paired difference from the baseline with signed values', async () => {
    const data = waitHeatmap(f.docs, { baseline: 0, scenario: 1, difference: true, labels: f.labels });
    const svg = renderWaitHeatmap(data, { document });
    expect(svg.querySelectorAll('.bf-cell')).toHaveLength(48);
    expect(data.cells.every((c) => c.value !== null)).toBe(true); // 24 measured hours cover every clock hour
    const t = describeWaitHeatmap(data);
    expect(t.title).toMatch(/^\+1 officer cuts the mean Standard-lane wait most at \d\d:00: −[\d.]+ min vs Baseline$/);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/wait-heatmap-difference.svg');
  });
});

describe('wait-ecdf', () => {
  const m = mmcFixture();
  const data = waitEcdf(m.docs, { baseline: 0, labels: m.labels });

  it('snaps the default threshold (the baseline p90) to the keyboard step so title and chart agree', () => {
    expect(data.threshold).toBeCloseTo(Math.round(data.series[0].p90! / data.step) * data.step, 9);
    const svg = renderWaitEcdf(data, { document });
    expect(svg.querySelector('.bf-threshold-handle')!.getAttribute('aria-valuenow')).toBe(String(data.threshold));
    expect(frameOf(svg).title).toBe(describeWaitEcdf(data).title);
  });

  it('draws one curve per scenario with p50/p90/p95 marks', async () => {
    const svg = renderWaitEcdf(data, { document, threshold: 2 });
    expect(svg.querySelectorAll('path.bf-series')).toHaveLength(2);
    expect(svg.querySelectorAll('.bf-quantile-mark')).toHaveLength(6);
    expect(frameOf(svg).role).toBe('group'); // interactive: its slider must stay visible to screen readers
    expect(frameOf(svg).desc).toBe(describeWaitEcdf(data, 2).summary);
    await expect(snapshotText(svgToString(svg))).toMatchFileSnapshot('__snapshots__/wait-ecdf.svg');
  });

  it('moves the threshold with the keyboard, reads out "x % wait more than N minutes" and calls onThreshold', () => {
    const onThreshold = vi.fn();
    const svg = renderWaitEcdf(data, { document, threshold: 2, onThreshold });
    const handle = svg.querySelector<SVGGElement>('.bf-threshold-handle')!;
    expect(handle.getAttribute('tabindex')).toBe('0');
    expect(handle.getAttribute('role')).toBe('slider');
    const win = document.defaultView!;
    const key = (k: string) => handle.dispatchEvent(new win.KeyboardEvent('keydown', { key: k, bubbles: true }));
    const step = data.step;
    key('ArrowRight');
    expect(onThreshold).toHaveBeenLastCalledWith(2 + step);
    key('ArrowLeft');
    key('ArrowDown');
    const t = 2 - step;
    expect(onThreshold).toHaveBeenLastCalledWith(t);
    expect(handle.getAttribute('aria-valuenow')).toBe(String(t));
    const lines = [...svg.querySelectorAll('.bf-threshold-readout text')].map((e) => e.textContent);
    const pct = (i: number) => Math.round(shareAbove(data.series[i].quantiles, t)! * 100);
    expect(lines).toEqual([`3 booths: ${pct(0)} % wait more than ${t.toFixed(1)} min`, `4 booths: ${pct(1)} % wait more than ${t.toFixed(1)} min`]);
    expect(handle.getAttribute('aria-valuetext')).toContain(lines[0]);
    handle.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(onThreshold).toHaveBeenLastCalledWith(0);
  });

  it('follows a pointer drag', () => {
    const onThreshold = vi.fn();
    const svg = renderWaitEcdf(data, { document, onThreshold, width: 760 });
    const handle = svg.querySelector('.bf-threshold-handle')!;
    const win = document.defaultView!;
    // jsdom has no layout (every box is at 0,0), so client x is the x inside the plot.
    const Pointer = (win as unknown as { PointerEvent?: typeof MouseEvent }).PointerEvent ?? win.MouseEvent;
    handle.dispatchEvent(new Pointer('pointerdown', { bubbles: true, clientX: 0 }));
    expect(onThreshold).toHaveBeenLastCalledWith(0);
    svg.dispatchEvent(new Pointer('pointermove', { bubbles: true, clientX: 200 }));
    const last = onThreshold.mock.calls.at(-1)![0] as number;
    expect(last).toBeGreaterThan(0);
    svg.dispatchEvent(new Pointer('pointerup', { bubbles: true }));
    svg.dispatchEvent(new Pointer('pointermove', { bubbles: true, clientX: 400 }));
    expect(onThreshold.mock.calls.at(-1)![0]).toBe(last);
  });
});
