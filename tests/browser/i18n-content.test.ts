// The charts, the glossary and the lessons in Spanish and French in real Chromium: the link's lang sets
// them at start-up, no key name reaches the page, and screenshots to look at.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ConsoleLog, recordErrors, SHOTS, useSite, waitForRun } from './harness.ts';

const served = useSite('../dist-i18n-content');

async function open(hash: string, log: ConsoleLog): Promise<Page> {
  const page = await served().browser.newPage({ viewport: { width: 1366, height: 900 } });
  recordErrors(page, log);
  await page.goto(served().url + hash);
  await waitForRun(page);
  return page;
}

const leaked = (text: string) => /\b(charts|glossary|lessons):[a-zA-Z]|\{\{/.test(text);

describe('charts, glossary and lessons in the reader’s language', () => {
  it('draws the charts in Spanish, with decimal commas', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open('#r=3&tab=compare&lang=es', log);
    await page.waitForSelector('svg.bf-chart');
    const titles = await page.locator('svg.bf-chart > title').allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    const svgText = (await page.locator('svg.bf-chart').allTextContents()).join(' ');
    expect(leaked(svgText)).toBe(false);
    expect(svgText).toMatch(/\d,\d/);
    expect(svgText).toMatch(/hora del día|espera media/);
    await page.screenshot({ path: join(SHOTS, 'tr2-compare-es.png'), fullPage: true, clip: { x: 0, y: 0, width: 1366, height: 2400 } });
    expect(log.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows the glossary in French and finds a term by its English name', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open('#r=3&tab=glossary&lang=fr', log);
    const g = page.locator('.bf-glossary');
    await g.waitFor();
    expect(await g.locator('h2').textContent()).toBe('Glossaire');
    expect(await g.locator('dt').allTextContents()).toContain('Guérite (booth)');
    expect(leaked((await g.textContent()) ?? '')).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'tr2-glossary-fr.png'), fullPage: true, clip: { x: 0, y: 0, width: 1366, height: 2000 } });
    await g.locator('input[type=search]').fill('booth');
    const shown = await g.locator('dt:not([hidden])').allTextContents();
    expect(shown).toContain('Guérite (booth)');
    await page.screenshot({ path: join(SHOTS, 'tr2-glossary-fr-booth.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows the lessons in Spanish', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open('#r=3&tab=lessons&lang=es', log);
    const lessons = page.locator('.bf-lessons');
    await lessons.waitFor();
    const text = (await lessons.textContent()) ?? '';
    expect(text).toContain('Términos usados');
    expect(text).toContain('La utilización y el palo de hockey');
    expect(leaked(text)).toBe(false);
    await lessons.locator('input[type=radio]').first().check();
    await page.screenshot({ path: join(SHOTS, 'tr2-lessons-es.png'), fullPage: true, clip: { x: 0, y: 0, width: 1366, height: 1800 } });
    expect(log.errors).toEqual([]);
    await page.close();
  }, 180_000);
});
