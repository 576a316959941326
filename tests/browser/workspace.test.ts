// The workspace you can trust, in real Chromium: the baseline stays put through a typo, undo and
// redo, lessons in their own workspace, links that are poisoned, malformed or too large, the
// Content-Security-Policy and names with markup, and results restored from the browser's cache.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ConsoleLog, recordErrors, ROOT, SHOTS, useSite } from './harness.ts';

// Its own build folder (relative to viz/), so this file and app.test.ts can run side by side.
const OUT = '../dist-test-workspace';
const MMC = 'mmc-theory-check';
const SY = 'san-ysidro-northbound';
const SENTRI = 'san-ysidro-sentri-conversion';

const served = useSite(OUT);

/** A page in its own context (its own storage) that records console errors, uncaught exceptions and CSP violations. */
async function newPage(log: ConsoleLog, context?: BrowserContext): Promise<Page> {
  const ctx = context ?? (await served().browser.newContext({ viewport: { width: 1366, height: 768 } }));
  const page = await ctx.newPage();
  recordErrors(page, log);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

async function open(hash: string, log: ConsoleLog, context?: BrowserContext, wait = 'Run finished'): Promise<Page> {
  const page = await newPage(log, context);
  await page.goto(served().url + hash);
  if (wait) await waitFor(page, wait);
  return page;
}

async function waitFor(page: Page, prefix: string): Promise<string> {
  await page.waitForFunction((p) => document.getElementById('announcer')?.textContent?.startsWith(p), prefix, { timeout: 90_000 });
  return (await page.locator('#announcer').textContent()) ?? '';
}

async function clearAnnouncement(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.getElementById('announcer')!.textContent = '';
  });
}

const card = (page: Page, name: string) => page.locator('#scenario-cards .card', { has: page.locator('.card-title', { hasText: name }) });
const hashParams = (page: Page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));
const yamlOf = (stem: string) => readFileSync(join(ROOT, 'scenarios', 'bundled', `${stem}.yaml`), 'utf8');
const nameOf = (stem: string) => /^name: (.*)$/m.exec(yamlOf(stem))![1].replace(/^["']|["']$/g, '');

describe('a workspace you can trust', () => {
  it('a typo in the baseline keeps it the baseline: marked on its card, charts held with a message naming it, back once fixed', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open(`#s=${SY},${SENTRI}&b=0&r=2&seed=3`, log);
    // By id: with errors the card shows its file name instead of the scenario's name.
    const base = page.locator(`#scenario-cards .card[data-id="${await card(page, nameOf(SY)).getAttribute('data-id')}"]`);
    expect(await base.evaluate((el) => el.classList.contains('is-baseline'))).toBe(true);
    const diffBefore = await page.locator('#chart-paired-difference figcaption').textContent().catch(() => null);

    await base.getByRole('button', { name: 'Edit' }).click();
    const original = yamlOf(SY);
    const typo = original.replace(/^horizonHours: 48$/m, 'horizonHours: 48x');
    expect(typo).not.toBe(original);
    await base.locator('textarea').fill(typo);
    await expect.poll(() => base.locator('.problems').isVisible()).toBe(true);
    expect(await base.locator('.problems').textContent()).toMatch(/horizonHours/);
    // Still the baseline, still in place (first), marked invalid; no other card took its place.
    expect(await base.evaluate((el) => el.classList.contains('is-baseline') && el.classList.contains('is-invalid'))).toBe(true);
    expect(await page.locator('#scenario-cards .card.is-baseline').count()).toBe(1);
    expect(await page.locator('#scenario-cards .card').first().getAttribute('data-id')).toBe(await base.getAttribute('data-id'));
    expect(await base.locator('.card-status').textContent()).toMatch(/stays the baseline/);
    const leftOut = page.locator('#left-out');
    await expect.poll(() => leftOut.isVisible()).toBe(true);
    expect(await leftOut.textContent()).toContain(`The baseline “${await base.locator('.card-title').textContent()}” has errors`);
    expect(await page.locator('#panel-compare .charts').isHidden()).toBe(true);
    expect(await page.locator('.chart-toc').isHidden()).toBe(true);
    // The link keeps the baseline where it was.
    const q = await hashParams(page);
    expect([q.b, q.s?.split(',')[0]]).toEqual(['0', SY]);
    await page.screenshot({ path: join(SHOTS, 'baseline-typo.png') });

    // Fixed: the same card is the baseline and the charts come back with the same comparison.
    await clearAnnouncement(page);
    await base.locator('textarea').fill(original);
    await expect.poll(() => base.locator('.problems').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#panel-compare .charts').isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await leftOut.isHidden()).toBe(true);
    expect(await base.evaluate((el) => el.classList.contains('is-baseline'))).toBe(true);
    if (diffBefore !== null) await expect.poll(() => page.locator('#chart-paired-difference figcaption').textContent(), { timeout: 60_000 }).toBe(diffBefore);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('undoes and redoes seed, adding a scenario, pinning the baseline and a lever, by button and keyboard, saying what', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open(`#s=${MMC}&r=2&seed=3`, log);
    const undo = page.locator('#undo');
    const redo = page.locator('#redo');
    expect(await undo.isDisabled()).toBe(true);
    expect(await page.locator('#undo-label').textContent()).toBe('nothing to undo');

    const seed = page.getByLabel('Seed', { exact: true });
    await seed.fill('7');
    await seed.press('Enter');
    await expect.poll(() => page.locator('#undo-label').textContent()).toBe('seed 7');
    await clearAnnouncement(page);
    await page.locator('.add-select').selectOption('laredo-commercial-screening');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await waitFor(page, 'Run finished');
    const laredo = nameOf('laredo-commercial-screening');
    expect(await page.locator('#undo-label').textContent()).toBe(`add “${laredo}”`);
    await card(page, laredo).locator('button.pin').click();
    expect(await page.locator('#undo-label').textContent()).toBe(`pin “${laredo}” as baseline`);
    expect(await undo.getAttribute('aria-label')).toBe(`Undo pin “${laredo}” as baseline`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#undo').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'undo-redo.png'), clip: { x: 0, y: 0, width: 700, height: 560 } });

    // Keyboard, with focus outside any text field.
    await page.locator('.app-header h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => card(page, nameOf(MMC)).evaluate((el) => el.classList.contains('is-baseline'))).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#scenario-cards .card').count()).toBe(1);
    expect(await page.locator('#redo-label').textContent()).toBe(`add “${laredo}”`);
    await undo.click();
    await expect.poll(() => seed.inputValue()).toBe('3');
    expect(await undo.isDisabled()).toBe(true);
    await expect.poll(() => hashParams(page).then((q) => q.seed)).toBe('3');
    // Redo all three: Ctrl+Shift+Z, Ctrl+Y, the button.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => seed.inputValue()).toBe('7');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('#scenario-cards .card').count()).toBe(2);
    await redo.click();
    await expect.poll(() => card(page, laredo).evaluate((el) => el.classList.contains('is-baseline'))).toBe(true);
    expect(await redo.isDisabled()).toBe(true);
    // Results of a state seen before come back without a new simulation.
    await expect.poll(() => page.locator('#announcer').textContent(), { timeout: 60_000 }).toMatch(/Redone|restored from earlier runs/);

    // A lever: a slider drag is one step, and undoing it removes the edited card it made.
    const slider = page.locator('#levers-panel input[type=range]').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#scenario-cards .card').count()).toBe(3);
    expect(await page.locator('#undo-label').textContent()).toMatch(/^levers on “.*\(edited\)”$/);
    await page.locator('.app-header h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#scenario-cards .card').count()).toBe(2);

    // Replications and ticking a scenario out of the comparison.
    const reps = page.getByLabel('Replications', { exact: true });
    await reps.fill('3');
    await reps.press('Enter');
    await expect.poll(() => page.locator('#undo-label').textContent()).toBe('3 replications');
    await card(page, nameOf(MMC)).locator('input[type=checkbox]').uncheck();
    expect(await page.locator('#undo-label').textContent()).toBe(`stop comparing “${nameOf(MMC)}”`);
    await page.locator('.app-header h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => card(page, nameOf(MMC)).locator('input[type=checkbox]').isChecked()).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => reps.inputValue()).toBe('2');

    // Painted staffing is one step too.
    await page.getByRole('tab', { name: 'Staffing' }).click();
    const cell = page.locator('table.staffing-grid td[data-r="0"][data-c="3"]');
    await cell.focus();
    await page.keyboard.press('+');
    await page.getByRole('button', { name: 'Apply to the edited scenario' }).click();
    const painted = page.locator('#scenario-cards .card-changes li', { hasText: 'officers painted by hour' });
    await expect.poll(() => painted.count()).toBe(1);
    expect(await page.locator('#undo-label').textContent()).toBe('paint staffing');
    await page.locator('.app-header h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => painted.count()).toBe(0);
    expect(await page.locator('#redo-label').textContent()).toBe('paint staffing');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('a lesson runs in its own workspace and returns you to yours untouched; its progress survives a reload', async () => {
    const log: ConsoleLog = { errors: [] };
    const context = await served().browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await open(`#s=${MMC},laredo-commercial-screening&b=1&r=2&seed=5`, log, context);
    // Make the workspace one's own: untick one scenario, keep the other as baseline.
    await card(page, nameOf(MMC)).locator('input[type=checkbox]').uncheck();
    const mine = {
      hash: await page.evaluate(() => location.hash),
      cards: await page.locator('#scenario-cards .card').evaluateAll((els) => els.map((el) => [el.querySelector('.card-title')?.textContent, (el.querySelector('input[type=checkbox]') as HTMLInputElement).checked, el.classList.contains('is-baseline')])),
      undo: await page.locator('#undo-label').textContent(),
    };

    await page.getByRole('tab', { name: 'Lessons' }).click();
    const lessons = page.locator('#panel-lessons');
    await lessons.locator('input[type=radio]').first().check();
    await clearAnnouncement(page);
    await lessons.getByRole('button', { name: 'Run the experiment' }).click();
    await waitFor(page, 'Run finished');
    expect(await page.locator('#lesson-workspace').isVisible()).toBe(true);
    const lessonCards = await page.locator('#scenario-cards .card-title').allTextContents();
    expect(lessonCards.some((n) => n === nameOf(MMC))).toBe(false);
    expect(await page.locator('#undo').isDisabled()).toBe(true);
    // The link still describes your workspace, not the lesson's.
    expect(await page.evaluate(() => location.hash)).toBe(mine.hash.replace(/tab=[a-z]+/, 'tab=lessons'));
    await page.screenshot({ path: join(SHOTS, 'lesson-workspace.png') });

    await page.getByRole('button', { name: 'Back to my workspace' }).click();
    await waitFor(page, 'Back in your workspace');
    expect(await page.locator('#lesson-workspace').isHidden()).toBe(true);
    expect(await page.getByLabel('Seed', { exact: true }).inputValue()).toBe('5');
    expect(await page.getByLabel('Replications', { exact: true }).inputValue()).toBe('2');
    const cards = await page.locator('#scenario-cards .card').evaluateAll((els) => els.map((el) => [el.querySelector('.card-title')?.textContent, (el.querySelector('input[type=checkbox]') as HTMLInputElement).checked, el.classList.contains('is-baseline')]));
    expect(cards).toEqual(mine.cards);
    expect(await page.locator('#undo-label').textContent()).toBe(mine.undo);
    expect(await page.evaluate(() => location.hash)).toBe(mine.hash.replace(/tab=[a-z]+/, 'tab=lessons'));

    // Progress is kept: the prediction is still made after a reload.
    const stored = await page.evaluate(() => localStorage.getItem('borderflow.lessons.v1'));
    expect(stored).toMatch(/"prediction":0/);
    await page.reload();
    await page.getByRole('tab', { name: 'Lessons' }).click();
    await expect.poll(() => page.locator('#panel-lessons input[type=radio]').first().isChecked()).toBe(true);
    expect(await page.locator('#panel-lessons .bf-lesson-run').isDisabled()).toBe(false);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('link safety', () => {
  it('a poisoned link writes nothing outside the scenario and names the problem on the card', async () => {
    const log: ConsoleLog = { errors: [] };
    const e = JSON.stringify([
      { b: MMC, n: 'Poisoned', p: [[['__proto__', 'polluted'], 'yes']] },
      { b: MMC, n: 'Wrong shape', p: [null] },
      { b: MMC, n: 'Constructor', p: [[['constructor', 'prototype', 'polluted'], 'yes']] },
    ]);
    const page = await open(`#s=${MMC},~0,~1,~2&e=${encodeURIComponent(e)}&r=2`, log);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted === undefined && !('polluted' in Object.prototype))).toBe(true);
    expect(await card(page, 'poisoned').locator('.problems').textContent()).toMatch(/path segment "__proto__" is not allowed/);
    expect(await card(page, 'wrong-shape').locator('.problems').textContent()).toMatch(/change 1: expected \[path\] or \[path, value\], got null/);
    expect(await card(page, 'constructor').locator('.problems').textContent()).toMatch(/"constructor" is not allowed/);
    // The valid scenario is the baseline and has its charts; the three are named as left out.
    expect(await page.locator('#chart-wait-by-hour svg').count()).toBe(1);
    expect(await page.locator('#left-out li').count()).toBe(3);
    await page.screenshot({ path: join(SHOTS, 'link-poisoned.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('a malformed (truncated) link opens the page with a message, not a blank page', async () => {
    const log: ConsoleLog = { errors: [] };
    const full = `#s=~0&e=${encodeURIComponent(JSON.stringify([{ b: MMC, n: 'Cut', p: [[['horizonHours'], 100]] }]))}`;
    const page = await open(`${full.slice(0, full.length - 15)}&r=2&seed=abc`, log);
    const banner = page.locator('#link-problems');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(/not valid JSON — the link may have been cut off/);
    expect(await banner.textContent()).toMatch(/The seed in the link \(seed=abc\) should be a whole number/);
    expect(await page.locator('#chart-wait-by-hour svg').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'link-malformed.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('a link with perDay 1e12 is refused by the schema, and one within the limits but too much work by the estimate, both before any run', async () => {
    const log: ConsoleLog = { errors: [] };
    // 1e12 a day is past the schema's bound on perDay: the card names the field.
    const beyond = JSON.stringify([{ b: MMC, n: 'Beyond', p: [[['ports', 0, 'flows', 0, 'perDay'], 1e12]] }]);
    const first = await open(`#s=~0,${MMC}&e=${encodeURIComponent(beyond)}&r=2`, log, undefined, '');
    await expect.poll(() => card(first, 'Beyond').textContent(), { timeout: 60_000 }).toMatch(/perDay/);
    await first.close();
    // A million a day for five years is within every bound, but no tab can simulate it: the work estimate refuses it.
    const e = JSON.stringify([{ b: MMC, n: 'Huge', p: [[['ports', 0, 'flows', 0, 'perDay'], 1e6], [['horizonHours'], 40_000]] }]);
    const page = await open(`#s=~0,${MMC}&e=${encodeURIComponent(e)}&r=2`, log, undefined, '');
    const huge = card(page, 'Huge');
    await expect.poll(() => huge.locator('.card-status').textContent(), { timeout: 60_000 }).toMatch(/^Not run: “Huge” would need about .* arrivals in one replication/);
    // Refused, not simulated: the run ends with the refusal (a real run would take days).
    expect(await waitFor(page, 'Run finished')).toBe('Run finished: 1 scenario × 2 replications (1 refused: too large to run here)');
    expect(await page.locator('#left-out').textContent()).toContain('The baseline “Huge” is too large to run here');
    await page.screenshot({ path: join(SHOTS, 'link-1e12.png') });
    expect(log.errors).toEqual([]);
    await page.close();
  });
});

describe('the built page', () => {
  it('has a Content-Security-Policy, no violations, shows names with markup as text, and will not run in a frame', async () => {
    const html = readFileSync(join(ROOT, 'dist-test-workspace', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const csp = meta![1].replace(/&#39;/g, "'");
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "img-src 'self' data: blob:"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    // The policy comes before any script.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

    const log: ConsoleLog = { errors: [] };
    const page = await open(`#s=${MMC}&r=2`, log);
    const evil = '<img src=x onerror="window.__xss=1">';
    const text = yamlOf(MMC).replace(/^name: .*$/m, `name: '${evil}'`);
    await clearAnnouncement(page);
    await page.setInputFiles('#scenario-file', [{ name: '<b>bold</b>.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) }]);
    await waitFor(page, 'Run finished');
    const evilCard = page.locator('#scenario-cards .card').nth(1);
    expect(await evilCard.locator('.card-title').textContent()).toBe(evil);
    expect(await page.locator('#scenario-cards img, #main .charts img, #inputs-table img, #levers-panel img').count()).toBe(0);
    // Everywhere the name appears, it is text.
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('tab', { name: 'Compare' }).click();
    expect(await page.evaluate(() => document.body.innerHTML.includes('<img src=x'))).toBe(false);
    expect(await page.evaluate((n) => document.body.textContent!.includes(n), evil)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'markup-name.png') });
    expect(log.errors).toEqual([]);

    // In another site's frame the page does not start.
    const framed = await newPage({ errors: [] });
    await framed.setContent(`<iframe src="${served().url}#s=${MMC}&r=2" width="800" height="300"></iframe>`);
    const frame = framed.frameLocator('iframe');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 30_000 }).toMatch(/does not run inside a frame/);
    await framed.close();
    await page.close();
  });

  it('restores a shared link from the cache when the same scenarios, seed and replications ran before, and offers a summary download', async () => {
    const log: ConsoleLog = { errors: [] };
    const context = await served().browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const hash = `#s=${MMC}&r=2&seed=21`;
    const t1 = Date.now();
    const first = await open(hash, log, context);
    const computedMs = Date.now() - t1;
    expect(await first.locator('#announcer').textContent()).toBe('Run finished: 1 scenario × 2 replications');
    const [d1] = await Promise.all([first.waitForEvent('download'), first.getByRole('button', { name: 'Results as JSON' }).click()]);
    const full1 = readFileSync((await d1.path())!, 'utf8');
    await first.close();

    const second = await newPage(log, context);
    const t0 = Date.now();
    await second.goto(served().url + hash);
    expect(await waitFor(second, 'Run finished')).toBe('Run finished: 1 scenario × 2 replications (restored from earlier runs)');
    const restoredMs = Date.now() - t0;
    const [d2] = await Promise.all([second.waitForEvent('download'), second.getByRole('button', { name: 'Results as JSON' }).click()]);
    expect(readFileSync((await d2.path())!, 'utf8')).toBe(full1);
    const [s2] = await Promise.all([second.waitForEvent('download'), second.getByRole('button', { name: 'Summary as JSON' }).click()]);
    const summary = readFileSync((await s2.path())!, 'utf8');
    expect(summary.length).toBeLessThan(full1.length / 5);
    expect(summary).not.toMatch(/"byHour"|"runs"/);
    expect(JSON.parse(summary)[0].summary).toEqual(JSON.parse(full1)[0].summary);
    // Another seed is not in the cache: it runs.
    const third = await open(`#s=${MMC}&r=2&seed=22`, log, context);
    expect(await third.locator('#announcer').textContent()).toBe('Run finished: 1 scenario × 2 replications');
    console.log(`page load + run: computed ${computedMs} ms, restored from the cache ${restoredMs} ms`);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
