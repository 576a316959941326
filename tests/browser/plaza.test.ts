// The Port tab in real Chromium: two plazas side by side on one clock (stacked on a phone, without
// sideways scrolling), opening at the busiest hour, the event log filled while paused, the region
// of several ports, and screenshots in English, Spanish and French.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, type Scenario } from '../../sim/index.ts';
import { busiestHour } from '../../viz/port-view/busiest-hour.ts';
import { type ConsoleLog, recordErrors, ROOT, SHOTS, useSite, waitForRun } from './harness.ts';

const served = useSite('../dist-plaza');

function bundled(id: string): Scenario {
  const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios/bundled', `${id}.yaml`), 'utf8'), `${id}.yaml`);
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.scenario;
}

async function openPort(hash: string, width: number, height: number, log: ConsoleLog): Promise<Page> {
  const page = await served().browser.newPage({ viewport: { width, height } });
  recordErrors(page, log);
  await page.goto(served().url + hash);
  await waitForRun(page);
  await expect.poll(() => page.locator('#panel-port .bf-pv-pane').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  // The clock gets to the busiest hour over the first frames.
  await expect.poll(() => page.locator('.bf-pv-readout').textContent(), { timeout: 60_000 }).not.toMatch(/moving the clock|moviendo el reloj|déplacement de l’horloge/);
  return page;
}

async function pause(page: Page): Promise<void> {
  const play = page.locator('button.bf-pv-play');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
  await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
}

/** Hours since the first midnight from a pane clock "Day 2 (Tuesday) 17:03:12". */
function clockHours(text: string): number {
  const m = /(\d+)\D+\(.*\)\s+(\d\d):(\d\d):(\d\d)/.exec(text);
  if (!m) throw new Error(`not a clock: ${text}`);
  return (Number(m[1]) - 1) * 24 + Number(m[2]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
}

describe('the plaza', () => {
  it('shows the two scenarios side by side on one clock at 1440×900, opening at the busiest hour; the event log fills while paused', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openPort('#r=3&tab=port', 1440, 900, log);
    const panes = page.locator('.bf-pv-pane');
    expect(await panes.count()).toBe(2);
    await page.waitForTimeout(800);
    await pause(page);
    const clocks = await page.locator('.bf-pv-clock').allTextContents();
    expect(clocks[0]).toBe(clocks[1]);
    // The busiest hour of the opening pair, computed here from the same scenarios' profiles.
    const expected = busiestHour([bundled('san-ysidro-northbound'), bundled('san-ysidro-sentri-conversion')]);
    const h = clockHours(clocks[0]);
    expect(h).toBeGreaterThanOrEqual(expected.clockHours);
    expect(h).toBeLessThan(expected.clockHours + 1);
    expect(await page.locator('.bf-pv-readout').textContent()).toMatch(/speed \d+×/);
    const [a, b] = [(await panes.nth(0).boundingBox())!, (await panes.nth(1).boundingBox())!];
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    // Each pane's plaza fits its pane: no scrolling inside it, none sideways on the page.
    for (const i of [0, 1]) {
      const wrap = panes.nth(i).locator('.bf-pv-svg-wrap');
      expect(await wrap.evaluate((w) => w.scrollWidth <= w.clientWidth + 1 && w.scrollHeight <= w.clientHeight + 1)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // Every booth of San Ysidro (over 80, cars and pedestrians) is drawn.
    const booths = bundled('san-ysidro-northbound').ports[0].laneGroups.reduce((n, l) => n + l.booths, 0);
    expect(booths).toBeGreaterThan(30);
    expect(await panes.nth(0).locator('g.booth:not([data-band="secondary"])').count()).toBe(booths);
    await page.screenshot({ path: join(SHOTS, 'plaza-1440-en.png') });

    // Opened while paused, the event log lists the latest events at once.
    await panes.nth(0).locator('details.bf-pv-log-panel summary').click();
    const items = panes.nth(0).locator('ol.bf-pv-log li');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    expect(await items.first().textContent()).toMatch(/^\d\d:\d\d:\d\d — /);
    await panes.nth(0).locator('.bf-pv-svg-wrap').screenshot({ path: join(SHOTS, 'plaza-pane-en.png') });

    // Start of day goes back to the start of the run.
    await page.locator('button.bf-pv-start').click();
    await expect.poll(async () => clockHours((await page.locator('.bf-pv-clock').first().textContent())!)).toBeLessThan(expected.clockHours);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('stacks the panes at 390×844 without sideways scrolling', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openPort('#r=3&tab=port', 390, 844, log);
    await pause(page);
    const panes = page.locator('.bf-pv-pane');
    const [a, b] = [(await panes.nth(0).boundingBox())!, (await panes.nth(1).boundingBox())!];
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    expect(Math.abs(a.x - b.x)).toBeLessThan(2);
    expect(a.x + a.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const clocks = await page.locator('.bf-pv-clock').allTextContents();
    expect(clocks[0]).toBe(clocks[1]);
    await panes.nth(0).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'plaza-390-en.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('switches between the region and each port of the San Diego region', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openPort('#s=san-diego-region,san-diego-region-no-switching&r=2&tab=port', 1440, 900, log);
    await page.waitForTimeout(1500);
    expect(await page.locator('svg.bf-region-svg').count()).toBe(2);
    expect(await page.locator('svg.bf-region-svg').first().locator('g.node').count()).toBe(2);
    expect(await page.locator('svg.bf-region-svg g.link text.drive').first().textContent()).toBe('25 min drive');
    await page.screenshot({ path: join(SHOTS, 'plaza-region-en.png') });
    const otay = bundled('san-diego-region').ports[1];
    await page.locator('.bf-pv-switch button', { hasText: otay.name }).click();
    expect(await page.locator('svg.bf-region-svg').count()).toBe(0);
    const booths = otay.laneGroups.reduce((n, l) => n + l.booths, 0);
    await expect.poll(() => page.locator('.bf-pv-pane').first().locator('g.booth:not([data-band="secondary"])').count()).toBe(booths);
    await page.screenshot({ path: join(SHOTS, 'plaza-region-otay-en.png') });
    await page.locator('.bf-pv-switch button[data-view="region"]').click();
    expect(await page.locator('svg.bf-region-svg').count()).toBe(2);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('shows the imaging area beside secondary where trucks are scanned', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openPort('#s=laredo-commercial-screening&r=2&tab=port', 1440, 900, log);
    await page.waitForTimeout(1500);
    await pause(page);
    expect(await page.locator('g.area[data-area="imaging"]').count()).toBe(1);
    expect(await page.locator('g.area[data-area="secondary"]').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'plaza-imaging-en.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['es', 'Inicio del día', 'Hora de más tráfico', /^Día \d+ \(/],
    ['fr', 'Début de la journée', 'Heure de pointe', /^Jour \d+ \(/],
  ])('speaks %s', async (lang, start, busiest, clock) => {
    const log: ConsoleLog = { errors: [] };
    const page = await openPort(`#r=3&tab=port&lang=${lang}`, 1440, 900, log);
    await page.waitForTimeout(800);
    await pause(page);
    expect(await page.locator('button.bf-pv-start').textContent()).toBe(start);
    expect(await page.locator('button.bf-pv-busiest-hour').textContent()).toBe(busiest);
    expect(await page.locator('.bf-pv-clock').first().textContent()).toMatch(clock);
    await page.screenshot({ path: join(SHOTS, `plaza-1440-${lang}.png`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, `plaza-390-${lang}.png`), fullPage: true });
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
