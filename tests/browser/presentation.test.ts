// Presentation in real Chromium: the answer first, other ports, scales, heat maps, the staffing budget,
// exports with provenance, the one-page print, a 390 px phone, sources and assumptions, the main chunk's size.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoad, MAIN_BUDGET_GZIP } from '../../bench/bundle.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ConsoleLog, recordErrors, ROOT, SHOTS, useSite, waitForRun } from './harness.ts';

const FAST = '#r=3';
const TABS = ['compare', 'table', 'staffing', 'port', 'lessons', 'glossary'] as const;

const served = useSite();

async function openAt(hash: string, width: number, height: number, log: ConsoleLog): Promise<Page> {
  const page = await served().browser.newPage({ viewport: { width, height } });
  recordErrors(page, log);
  await page.goto(served().url + hash);
  await waitForRun(page);
  return page;
}

async function shootTabs(page: Page, suffix: string): Promise<void> {
  for (const tab of TABS) {
    await page.locator(`#tab-${tab}`).click();
    await page.waitForTimeout(tab === 'port' ? 1500 : 300);
    await page.screenshot({ path: join(SHOTS, `presentation-${tab}-${suffix}.png`) });
  }
  await page.locator('#tab-compare').click();
}

describe('presentation', () => {
  it('states the answer first at 1440×900: the headline difference with its CI above the fold, the inputs folded below, titles never cut', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt(FAST, 1440, 900, log);
    const head = page.locator('#headline');
    const box = (await head.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    const sentence = (await page.locator('#headline-text').textContent()) ?? '';
    expect(sentence).toMatch(/^Against the baseline \(.+\), .+ changes the mean wait to reach the primary booth by [−+]?\d/);
    expect(sentence).toContain('95 % CI');
    expect(await head.locator('svg .bf-difference').count()).toBeGreaterThan(0);
    // The inputs table and the precision notes are inside a closed <details> below the answer.
    const fold = page.locator('details#details-fold');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await fold.locator('#inputs-table').count()).toBe(1);
    expect(await fold.locator('#confidence-note').count()).toBe(1);
    expect((await fold.boundingBox())!.y).toBeGreaterThan(box.y);
    // Scenario names are never shortened with an ellipsis in titles or legends.
    const names = await page.locator('#scenario-cards .card-title').allTextContents();
    const captions = await page.locator('figure.chart:not([hidden]) figcaption').allTextContents();
    for (const c of captions) expect(c).not.toContain('…');
    const legends = await page.locator('figure.chart:not([hidden]) .bf-legend text').allTextContents();
    for (const l of legends) expect(l).not.toContain('…');
    const tail = names[1].split('— ').pop()!.trim();
    expect(captions.some((c) => c.includes(tail))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'presentation-answer-1440.png') });
    await shootTabs(page, '1440');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('draws another port in its own panel with a note, offers shared, per-panel and log wait axes, and one heat map per scenario plus the difference', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt('#s=san-ysidro-northbound,san-ysidro-sentri-conversion,detroit-commercial-week&r=2', 1440, 900, log);
    const note = (await page.locator('#ports-note').textContent()) ?? '';
    expect(note).toContain('Detroit');
    expect(note).toMatch(/not in the charts above/);
    const panel = page.locator('#other-ports .port-panel[data-port]');
    expect(await panel.count()).toBe(1);
    expect(await panel.locator('figure.chart:not([hidden]) svg.bf-chart').count()).toBeGreaterThan(0);

    const byHour = page.locator('#chart-wait-by-hour');
    expect(await byHour.locator('.bf-scale-note').count()).toBe(0);
    const ticksShared = await byHour.locator('.bf-panel').first().locator('.bf-axis--y .tick text').allTextContents();
    await byHour.getByLabel('Log scale').check();
    await expect.poll(() => byHour.locator('.bf-scale-note').textContent()).toMatch(/^Log scale/);
    await byHour.getByLabel('Each panel its own scale').check();
    await expect.poll(() => byHour.locator('.bf-scale-note').textContent()).toMatch(/own scale/);
    // Per panel: the panels' axes no longer all end at the same top.
    const tops = await byHour.locator('.bf-panel').evaluateAll((ps) => ps.map((p) => [...p.querySelectorAll('.bf-axis--y .tick text')].map((t) => t.textContent).pop()));
    expect(new Set(tops).size).toBeGreaterThan(1);
    expect(ticksShared.length).toBeGreaterThan(1);

    const heat = page.locator('#chart-wait-heatmap .chart-svg > svg');
    expect(await heat.locator('svg[data-map^="value-"]').count()).toBe(2);
    expect(await heat.locator('svg[data-map^="difference-"]').count()).toBe(1);
    await page.locator('#chart-wait-heatmap').screenshot({ path: join(SHOTS, 'presentation-heatmaps-1440.png') });
    await page.locator('#other-ports').screenshot({ path: join(SHOTS, 'presentation-other-ports-1440.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('prices the painted staffing against an officer-hours budget, and exports charts with a title and a date-free provenance line', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt(FAST, 1440, 900, log);
    // The ECDF's title and its handle name the same threshold, before and after a keyboard move.
    const ecdf = page.locator('#chart-wait-ecdf');
    const titleMinutes = async () => Number(/more than ([\d.]+) min/.exec((await ecdf.locator('figcaption').textContent()) ?? '')?.[1]);
    const handle = ecdf.locator('[role=slider]');
    expect(await titleMinutes()).toBe(Number(await handle.getAttribute('aria-valuenow')));
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await titleMinutes()).toBe(Number(await handle.getAttribute('aria-valuenow')));

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-wait-over').getByRole('button', { name: /as SVG$/ }).click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const title = (await page.locator('#chart-wait-over figcaption').textContent())!;
    expect(svg).toContain('bf-export-title');
    expect(svg).toContain(title.split(' ').slice(0, 3).join(' '));
    expect(svg).toMatch(/seed 2019 · 3 replications · borderflow engine \d+\.\d+\.\d+/);
    expect(svg).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    await page.locator('#tab-staffing').click();
    const budget = page.locator('#officer-budget');
    expect(await budget.textContent()).toMatch(/^Within the budget of [\d\u202f]+ officer-hours per day \(0 to spare\) · cost US \$[\d\u202f]+ per day at US \$85 an officer-hour/);
    const cell = page.locator('table.staffing-grid td[data-r="0"][data-c="3"]');
    await cell.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect(await budget.textContent()).toMatch(/^Over the budget of [\d\u202f]+ officer-hours per day by 2 · .*\(\+US \$170 vs the scenario\)/);
    await page.getByLabel('Cost per officer-hour (US $)').fill('100');
    expect(await budget.textContent()).toContain('(+US $200 vs the scenario)');
    await page.screenshot({ path: join(SHOTS, 'presentation-staffing-budget-1440.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('shows every scenario’s sources and assumptions from its scenario fields', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt(FAST, 1440, 900, log);
    await page.locator('#details-fold > summary').click();
    await page.locator('#provenance > summary').click();
    const text = (await page.locator('#provenance').textContent()) ?? '';
    expect(text).toMatch(/Sources \(\d+\)/);
    expect(text).toMatch(/Assumptions \(\d+\)/);
    expect(text).toContain('BTS Border Crossing Entry Data');
    expect(text).toContain('shared with the baseline');
    await page.locator('#provenance').screenshot({ path: join(SHOTS, 'presentation-provenance-1440.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('prints one page: the question, scenarios, headline with CIs, two charts, sources, seed and engine version, and no controls', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt(FAST, 1440, 900, log);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBe(1);

    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('#print-report');
    expect(await report.isVisible()).toBe(true);
    for (const sel of ['.tablist', '.sidebar', '.results-toolbar', '#headline', 'figure.chart', '.chart-tools']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('The question:');
    expect(text).toMatch(/Inputs that differ \(\d+\)/);
    expect(text).toContain('95 % CI');
    expect(text).toMatch(/Seed 2019 · 3 replications per scenario · borderflow engine \d+\.\d+\.\d+/);
    expect(text).toContain('[bts-bcx]');
    expect(await report.locator('.report-chart svg').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'presentation-print.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone: results near the top, tabs not clipped, no horizontal scroll, heat-map digits apart', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt(FAST, 390, 844, log);
    expect((await page.locator('#headline').boundingBox())!.y).toBeLessThan(400);
    for (const tab of await page.locator('[role=tab]').all()) {
      const b = (await tab.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(390);
    }
    // Digits in the heat-map cells never overlap their neighbours.
    const overlaps = await page.locator('#chart-wait-heatmap .chart-svg > svg').evaluate((root) => {
      const boxes = [...root.querySelectorAll('.bf-cell text')].filter((t) => (t.textContent ?? '') !== '').map((t) => (t as SVGGraphicsElement).getBoundingClientRect());
      let n = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
        }
      return n;
    });
    expect(overlaps).toBe(0);
    for (const tab of TABS) {
      await page.locator(`#tab-${tab}`).click();
      await page.waitForTimeout(tab === 'port' ? 1500 : 300);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), tab).toBeLessThanOrEqual(390);
    }
    await page.locator('#tab-compare').click();
    await page.screenshot({ path: join(SHOTS, 'presentation-answer-390.png') });
    await page.locator('#chart-wait-heatmap').screenshot({ path: join(SHOTS, 'presentation-heatmaps-390.png') });
    await shootTabs(page, '390');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('keeps the code of the first load (entry and preloaded chunks) under 250 kB gzipped, the port view, editor, lessons and other languages apart', () => {
    const first = firstLoad(join(ROOT, 'dist'));
    expect(first.files.some((f) => /^index-.*\.js$/.test(f))).toBe(true);
    expect(first.files.filter((f) => /^(port-view|editor|lessons|es|fr)-/.test(f))).toEqual([]);
    expect(first.codeGzip).toBeLessThan(MAIN_BUDGET_GZIP);
  });
});
