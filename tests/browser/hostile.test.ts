// The hostile corpora in the browser, in real Chromium: hostile scenario files chosen or dropped onto the page, and hostile links (a poisoned __proto__ patch, huge numbers, malformed JSON, cut escapes) each give a clear message, no uncaught error, nothing set on Object.prototype, and a page that still runs.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ConsoleLog, recordErrors, ROOT, SHOTS, useSite } from './harness.ts';

// Its own build folder (relative to viz/), so this file can run beside the others.
const served = useSite('../dist-test-hostile');
const MODEL = join(ROOT, 'tests/hostile/model');
const IO = join(ROOT, 'tests/hostile/io/files');
const LINKS = join(ROOT, 'tests/hostile/links');

/** Files of the corpora that are not scenarios a reader can use, with what the card must say. */
const CHOSEN: [string, string, RegExp][] = [
  [MODEL, 'proto-top-level.json', /__proto__/],
  [MODEL, 'proto-in-lane.json', /__proto__/],
  [MODEL, 'reserved-lane-valueof.json', /valueOf/],
  [MODEL, 'huge-perday-1e308.json', /perDay/],
  [MODEL, 'json-1e309.json', /./],
  [MODEL, 'top-level-array.json', /./],
  [MODEL, 'deep-nesting.json', /./],
  [MODEL, 'negative-booths.yaml', /booths/],
];
const DROPPED: [string, string, RegExp][] = [
  [MODEL, 'proto-contraband-mix.yaml', /__proto__/],
  [MODEL, 'huge-booths.yaml', /booths/],
  [MODEL, 'deep-nesting.yaml', /./],
  [IO, 'alias-bomb.yaml', /./],
  [IO, 'duplicate-key.json', /./],
];

async function newPage(log: ConsoleLog): Promise<Page> {
  const ctx = await served().browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  recordErrors(page, log);
  return page;
}

async function announced(page: Page, prefix: string): Promise<string> {
  await page.waitForFunction((p) => document.getElementById('announcer')?.textContent?.startsWith(p), prefix, { timeout: 90_000 });
  return (await page.locator('#announcer').textContent()) ?? '';
}

const clean = (page: Page) => page.evaluate(() => (({}) as Record<string, unknown>).polluted === undefined && !('polluted' in Object.prototype) && Object.getOwnPropertyNames(Object.prototype).length < 20);
const card = (page: Page, name: string) => page.locator(`#scenario-cards .card[data-file="${name}"]`);

/** The page still runs: the bundled baseline keeps its chart, and a fresh run finishes. */
async function stillRuns(page: Page): Promise<void> {
  expect(await page.locator('#chart-wait-by-hour svg').count()).toBe(1);
}

describe('hostile scenario files', () => {
  it('chosen with the file input or dropped on the tray: a message on each card, no uncaught error, the page still runs', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await newPage(log);
    await page.goto(`${served().url}#s=mmc-theory-check&r=2`);
    await announced(page, 'Run finished');

    await page.setInputFiles(
      '#scenario-file',
      CHOSEN.map(([dir, name]) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'application/yaml', buffer: readFileSync(join(dir, name)) })),
    );
    for (const [, name, says] of CHOSEN) {
      await expect.poll(() => card(page, name).locator('.problems').textContent(), { timeout: 60_000 }).toMatch(says);
      expect((await card(page, name).locator('.problems').textContent())!.length, name).toBeLessThan(5000);
    }

    // Dropped: a drop event carrying the files, as a drag from the desktop delivers them.
    const files = DROPPED.map(([dir, name]) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name));
      document.querySelector('.dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files);
    for (const [, name, says] of DROPPED) {
      await expect.poll(() => card(page, name).locator('.problems').textContent(), { timeout: 60_000 }).toMatch(says);
    }

    expect(await clean(page)).toBe(true);
    await stillRuns(page);
    // The tray scrolls on its own: the cards are photographed there, each with its message.
    await card(page, CHOSEN[0][1]).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'hostile-files.png') });
    await card(page, DROPPED[0][1]).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'hostile-files-dropped.png') });
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

/** What each hostile link must show: the banner (the link could not be read in part) or a refused card. */
const LINK_MESSAGE: Record<string, RegExp> = {
  'proto-patch.txt': /path segment "__proto__" is not allowed/,
  'proto-value.txt': /field "__proto__" is not allowed in a value/,
  'huge-numbers.txt': /The seed in the link \(seed=9+\) should be a whole number/,
  'malformed-json.txt': /not valid JSON/,
  'cut-escape.txt': /not valid JSON|could not be read/,
  // Passes checkPatch (a field named length is a field name) and is refused when applied: a list takes indexes only.
  'array-length.txt': /link: the changes could not be applied: path ports\.length names "length" of a list; a list's items are changed by index/,
};

describe('hostile links', () => {
  it('every link of tests/hostile/links has a case here', () => {
    expect(readdirSync(LINKS).sort()).toEqual(Object.keys(LINK_MESSAGE).sort());
  });

  it.each(Object.entries(LINK_MESSAGE))('%s: a clear message, no uncaught error, nothing on Object.prototype, the page still runs', async (name, says) => {
    const log: ConsoleLog = { errors: [] };
    const page = await newPage(log);
    const hash = readFileSync(join(LINKS, name), 'utf8').trim();
    // The hostile part beside a bundled scenario, so the page has something to run.
    const withBase = hash.includes('s=~0') ? hash.replace('s=~0', 's=mmc-theory-check,~0') : hash;
    await page.goto(`${served().url}${withBase}&r=2`);
    await announced(page, 'Run finished');
    const banner = page.locator('#link-problems');
    const shown = async () => `${(await banner.isVisible()) ? await banner.textContent() : ''} ${await page.locator('#scenario-cards .problems').allTextContents()}`;
    await expect.poll(shown, { timeout: 30_000 }).toMatch(says);
    expect(await clean(page)).toBe(true);
    await stillRuns(page);
    await page.screenshot({ path: join(SHOTS, `hostile-link-${name.replace(/\.txt$/, '')}.png`) });
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
