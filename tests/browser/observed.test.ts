// The "Observed & forecast" tab in real Chromium: observed waits loaded through the file input sit
// beside the simulated ones with the fit figures, a snapshot gives a forecast band, a malformed
// file gives a message naming it, and a name with markup shows as text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ConsoleLog, recordErrors, ROOT, SHOTS, useSite, waitForRun } from './harness.ts';

// Its own build folder (relative to viz/), so this file can run beside the other browser tests.
const OUT = '../dist-test-observed';
const SAMPLES = join(ROOT, 'observed', 'samples');
const TIDY = 'san-ysidro-weekday-tidy.csv';
const SNAPSHOT = 'san-ysidro-0900-snapshot.json';

const served = useSite(OUT);

async function open(hash: string, log: ConsoleLog): Promise<Page> {
  const ctx = await served().browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await ctx.newPage();
  recordErrors(page, log);
  await page.goto(served().url + hash);
  await waitForRun(page);
  return page;
}

const file = (name: string, mimeType: string, text?: string) => ({ name, mimeType, buffer: Buffer.from(text ?? readFileSync(join(SAMPLES, name), 'utf8')) });

describe('observed waits and the forecast', () => {
  it('overlays observed waits on the simulated ones with the fit table, forecasts from a snapshot, and keeps them across tabs', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open('#s=san-ysidro-northbound,san-ysidro-sentri-conversion&b=0&r=3&seed=3&tab=observed', log);
    const panel = page.locator('#panel-observed');
    expect(await panel.isVisible()).toBe(true);
    await page.setInputFiles('#observed-file', [file(TIDY, 'text/csv')]);
    await expect.poll(() => panel.locator('svg[data-chart="observed-vs-simulated"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // One chart per lane class in the file, each with observed points and a simulated line.
    const general = panel.locator('#chart-observed-general');
    expect(await general.locator('figcaption').textContent()).toMatch(/^General lanes: .* off the observed hourly waits by \d+(\.\d)? min \(RMSE\)$/);
    expect(await general.locator('.bf-observed-point').count()).toBeGreaterThan(10);
    // The baseline and the compared scenario, each a line over its band.
    expect(await general.locator('path.bf-series').count()).toBe(2);
    expect(await general.locator('path.bf-series--baseline').count()).toBe(1);
    const fit = panel.locator('.observed-fit table');
    expect(await fit.locator('thead th').allTextContents()).toContain('RMSE (min)');
    expect(await fit.locator('tbody tr', { has: page.locator('td', { hasText: /^General lanes$/ }) }).count()).toBe(2);
    const generalRow = fit.locator('tbody tr', { has: page.locator('td', { hasText: /^General lanes$/ }) }).first();
    const cells = await generalRow.locator('td').allTextContents();
    expect(Number(cells[2])).toBeGreaterThan(0); // RMSE
    expect(Math.abs(Number(cells[4]))).toBeLessThanOrEqual(1); // correlation
    expect(await panel.locator('.observed-problems').textContent()).toBe('');
    await general.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'observed-overlay.png'), fullPage: false });

    // Switching tabs keeps the series, and Compare's waits-by-hour chart draws the same observed hours over the simulated lines.
    await page.locator('#tab-compare').click();
    const byHour = page.locator('#chart-wait-by-hour');
    const overGeneral = byHour.locator('g.bf-panel[data-lane="general"] .bf-observed-point title');
    await expect.poll(() => overGeneral.count(), { timeout: 30_000 }).toBeGreaterThan(10);
    expect(await overGeneral.allTextContents()).toEqual(await general.locator('.bf-observed-point title').allTextContents());
    expect(await byHour.locator('.bf-legend, svg').first().textContent()).toContain(`Observed: ${TIDY}`);
    await byHour.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'observed-on-wait-by-hour.png'), fullPage: false });
    await page.locator('#tab-observed').click();
    expect(await panel.locator('svg[data-chart="observed-vs-simulated"]').count()).toBeGreaterThan(0);

    // The snapshot: forecast the next 2 hours.
    expect(await panel.locator('.forecast-controls').isHidden()).toBe(true);
    await page.setInputFiles('#observed-file', [file(SNAPSHOT, 'application/json')]);
    await expect.poll(() => panel.locator('.forecast-controls').isVisible()).toBe(true);
    await panel.getByLabel('Forecast the next N hours (1–12)').fill('2');
    await panel.getByLabel('Replications (10–20)').fill('10');
    await panel.locator('button.forecast-run').click();
    await expect.poll(() => panel.locator('.forecast-status').textContent(), { timeout: 120_000 }).toMatch(/^Forecast done/);
    const band = panel.locator('#chart-forecast-general');
    expect(await band.locator('svg[data-chart="forecast-band"]').count()).toBe(1);
    expect(await band.locator('.bf-forecast-mean').count()).toBe(2);
    expect(await band.locator('svg').textContent()).toContain('5th–95th percentile of replication means');
    const start = panel.locator('.forecast-start table');
    expect(await start.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await start.textContent()).toContain('san-ysidro/general');
    expect(await panel.locator('details.forecast-method summary').textContent()).toBe('How the forecast is made');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('button.forecast-save').click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; scenario: { replications: number }; start: { hours: number } };
    expect([saved.format, saved.scenario.replications, saved.start.hours]).toEqual(['borderflow-forecast', 10, 2]);
    // The overlay still uses the hourly series, not the one-hour snapshot.
    expect(await general.locator('.bf-observed-point').count()).toBeGreaterThan(10);
    await panel.locator('.forecast-charts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'forecast-band.png'), fullPage: false });
    await panel.locator('details.forecast-method summary').click();
    await panel.locator('details.forecast-method').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'forecast-start.png'), fullPage: false });

    // A reload brings the loaded files back from the browser's storage.
    await page.reload();
    await waitForRun(page);
    await expect.poll(() => page.locator('#panel-observed svg[data-chart="observed-vs-simulated"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('#panel-observed .observed-files').textContent()).toContain(SNAPSHOT);
    expect(log.errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('a malformed file gives a message naming the file and line; a name with markup shows as text', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open('#s=san-ysidro-northbound&r=2&seed=3&tab=observed', log);
    const panel = page.locator('#panel-observed');
    await page.setInputFiles('#observed-file', [file('<img src=x onerror=alert(1)>.csv', 'text/csv', 'port,lane_type\nSan Ysidro,general\n')]);
    const problems = panel.locator('.observed-problems');
    await expect.poll(() => problems.textContent()).toContain('<img src=x onerror=alert(1)>.csv: line 1: missing columns');
    expect(await problems.locator('img').count()).toBe(0);
    expect(await panel.locator('svg[data-chart="observed-vs-simulated"]').count()).toBe(0);
    expect(await panel.locator('h2').textContent()).toBe('Observed waits and the forecast');
    // A cut-off snapshot: a message naming it, and no forecast offered.
    await page.setInputFiles('#observed-file', [file('cut-off.json', 'application/json', '[{"port_number": "250401", "port_name":')]);
    await expect.poll(() => problems.textContent()).toMatch(/cut-off\.json: /);
    expect(await panel.locator('.forecast-controls').isHidden()).toBe(true);
    expect(log.errors).toEqual([]);
    await page.close();
  }, 200_000);
});
