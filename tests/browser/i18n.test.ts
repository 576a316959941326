// The page in Spanish and French, in real Chromium: the language from the link or the browser, the
// app's texts and numbers in that language, the switcher keeping the link's state, and a screenshot
// of every tab in each language (1440×900, and the Compare tab at 390×844) with nothing cut off.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ConsoleLog, recordErrors, SHOTS, useSite, RUN_FINISHED } from './harness.ts';

const served = useSite('../dist-i18n');

/** The announcement that starts when a run is over, by language. */
const FINISHED = RUN_FINISHED;
type Lang = keyof typeof FINISHED;
const TABS = ['compare', 'table', 'staffing', 'observed', 'lessons', 'glossary'] as const;

async function openAt(hash: string, lang: Lang, size: { width: number; height: number }, log: ConsoleLog, browser: Browser = served().browser, locale?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: size, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  recordErrors(page, log);
  await page.goto(served().url + hash);
  await waitForFinished(page, lang);
  return page;
}

async function waitForFinished(page: Page, lang: Lang): Promise<void> {
  await page.waitForFunction((p) => document.getElementById('announcer')?.textContent?.startsWith(p), FINISHED[lang], { timeout: 120_000 });
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

/** Elements whose text is cut off or spills out of their box (beyond a pixel of rounding), among those the reader sees. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'button, label, th, .tab, summary, h1, h2, h3, legend, .badge, .toolbar-label, .card-actions *, .slider-label *, option';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.offsetParent === null || el.closest('[hidden], .visually-hidden, .print-report')) continue;
      const cs = getComputedStyle(el);
      const clips = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className}: “${el.textContent?.trim().slice(0, 40)}”`);
    }
    // Nothing wider than the window (a horizontal scroll bar on the page itself).
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
    return out;
  });
}

const EXPECT = {
  es: { tabs: ['Comparar', 'Tabla', 'Personal'], runAll: 'Ejecutar todo', seed: 'Semilla', answer: 'La respuesta', laneGroup: 'Grupo de carriles', mean: 'Espera media (min)', single: 'espera media hasta la caseta primaria', heading: 'Cifras por grupo de carriles' },
  fr: { tabs: ['Comparer', 'Tableau', 'Effectifs'], runAll: 'Tout exécuter', seed: 'Graine', answer: 'La réponse', laneGroup: 'Groupe de voies', mean: 'Attente moyenne (min)', single: 'attente moyenne jusqu’à la guérite primaire', heading: 'Chiffres par groupe de voies' },
} as const;

describe('the page in Spanish and French', () => {
  for (const lang of ['es', 'fr'] as const) {
    it(`opens in ${lang} from the link: lang attribute, tabs, run controls, the answer, the table headings and decimal commas`, async () => {
      const log: ConsoleLog = { errors: [] };
      const e = EXPECT[lang];
      const page = await openAt(`#s=san-ysidro-northbound&r=3&lang=${lang}`, lang, { width: 1440, height: 900 }, log);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect([await text(page, '#tab-compare'), await text(page, '#tab-table'), await text(page, '#tab-staffing')]).toEqual(e.tabs);
      expect(await text(page, '#run-all')).toBe(e.runAll);
      expect(await page.locator('#run-panel label').allTextContents()).toContain(e.seed);
      expect(await text(page, '#headline-title')).toBe(e.answer);
      // One scenario: the sentence states its mean wait, with a decimal comma.
      const sentence = await text(page, '#headline-text');
      expect(sentence).toContain(e.single);
      expect(sentence).toMatch(/\d,\d min/);
      expect(sentence).not.toMatch(/\d\.\d/);
      // The announcement and the card's status line are in the language too.
      expect(await text(page, '#announcer')).toMatch(new RegExp(`^${FINISHED[lang]}`));
      expect(await text(page, '.card-status')).toMatch(lang === 'es' ? /^Espera media hasta la caseta primaria \d+,\d/ : /^Attente moyenne jusqu’à la guérite primaire \d+,\d/);

      await page.locator('#tab-table').click();
      expect(await text(page, '.tab-table h2')).toBe(e.heading);
      const heads = await page.locator('.lane-table thead th').allTextContents();
      expect(heads[0]).toBe(e.laneGroup);
      expect(heads).toContain(e.mean);
      const cell = await text(page, 'td[data-figure="waitMean"]');
      expect(cell).toMatch(/^\d+,\d ± \d+,\d$/);
      expect(log.errors).toEqual([]);
      await page.context().close();
    }, 180_000);
  }

  it('switches language from the switcher, keeping the scenarios, seed and replications of the link', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt('#s=san-ysidro-northbound,san-ysidro-sentri-conversion&seed=7&r=3', 'en', { width: 1440, height: 900 }, log);
    expect(await text(page, '#run-all')).toBe('Run all');
    await page.locator('#language').selectOption('fr');
    await waitForFinished(page, 'fr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await text(page, '#run-all')).toBe('Tout exécuter');
    const q = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(q.get('lang')).toBe('fr');
    expect(q.get('s')).toBe('san-ysidro-northbound,san-ysidro-sentri-conversion');
    expect(q.get('seed')).toBe('7');
    expect(q.get('r')).toBe('3');
    expect(await page.locator('.card').count()).toBe(2);
    expect(await page.locator('.seed-input').inputValue()).toBe('7');
    // Back to Spanish, then English: each keeps the same state.
    await page.locator('#language').selectOption('es');
    await waitForFinished(page, 'es');
    expect(await text(page, '#run-all')).toBe('Ejecutar todo');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('s')).toBe('san-ysidro-northbound,san-ysidro-sentri-conversion');
    expect(log.errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('opens in Spanish for a browser set to Spanish (es-MX), and the link’s lang still wins', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openAt('#r=3', 'es', { width: 1440, height: 900 }, log, served().browser, 'es-MX');
    expect(await page.evaluate(() => navigator.language)).toMatch(/^es/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await text(page, '#run-all')).toBe('Ejecutar todo');
    expect(await page.locator('#language').inputValue()).toBe('es');
    await page.context().close();
    const en = await openAt('#r=3&lang=en', 'en', { width: 1440, height: 900 }, log, served().browser, 'es-MX');
    expect(await text(en, '#run-all')).toBe('Run all');
    expect(log.errors).toEqual([]);
    await en.context().close();
  }, 240_000);

  for (const lang of ['en', 'es', 'fr'] as const) {
    it(`every tab in ${lang} at 1440×900, and Compare at 390×844, with nothing cut off`, async () => {
      const log: ConsoleLog = { errors: [] };
      const page = await openAt(`#r=3&lang=${lang}`, lang, { width: 1440, height: 900 }, log);
      const problems: string[] = [];
      for (const tab of TABS) {
        await page.locator(`#tab-${tab}`).click();
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(SHOTS, `i18n-${lang}-${tab}.png`) });
        for (const p of await overflowing(page)) problems.push(`${tab}: ${p}`);
      }
      // The folded details of the Compare tab: inputs side by side, precision, sources.
      await page.locator('#tab-compare').click();
      await page.evaluate(() => {
        for (const id of ['details-fold', 'inputs-table', 'provenance']) (document.getElementById(id) as HTMLDetailsElement).open = true;
      });
      await page.locator('#details-fold').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('details-fold')!.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `i18n-${lang}-compare-details.png`) });
      for (const p of await overflowing(page)) problems.push(`details: ${p}`);
      await page.context().close();
      const phone = await openAt(`#r=3&lang=${lang}`, lang, { width: 390, height: 844 }, log);
      await phone.screenshot({ path: join(SHOTS, `i18n-${lang}-compare-390.png`) });
      for (const p of await overflowing(phone)) problems.push(`390: ${p}`);
      await phone.context().close();
      expect(problems).toEqual([]);
      expect(log.errors).toEqual([]);
    }, 300_000);
  }
});
