// The browser app end to end, in real Chromium: opening view, numbers against the CLI, bad files, sliders, keyboard, screenshots.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENCE_NOTE, loadScenarioText, MAX_SCENARIO_BYTES, type ResultDocument } from '../../sim/index.ts';
import { LANE_FIGURES } from '../../viz/app/lane-figures.ts';
import { buildSite, openPage, ROOT, serveSite, type ConsoleLog, type Site } from './harness.ts';

const SHOTS = join(ROOT, 'test-output', 'screenshots');
/** Few replications keep the suite fast; the opening view alone uses the default (10). */
const FAST = '#r=3';

let site: Site;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  buildSite();
  site = await serveSite();
}, 180_000);

afterAll(async () => {
  await site?.stop();
});

async function open(hash: string, log: ConsoleLog): Promise<Page> {
  const page = await openPage(site.browser, site.url + hash, log);
  await waitForRun(page, 'Run finished');
  return page;
}

/** Waits for the aria-live announcement of a finished run (and returns its text). */
async function waitForRun(page: Page, prefix: string): Promise<string> {
  await page.waitForFunction((p) => document.getElementById('announcer')?.textContent?.startsWith(p), prefix, { timeout: 90_000 });
  return (await page.locator('#announcer').textContent()) ?? '';
}

/** Clears the announcement so the next run's can be awaited. */
async function clearAnnouncement(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.getElementById('announcer')!.textContent = '';
  });
}

function stateOf(hash: string): { stems: string[]; seed: number; replications: number } {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  return { stems: (q.get('s') ?? '').split(','), seed: Number(q.get('seed')), replications: Number(q.get('r')) };
}

function bundledPath(stem: string): string {
  return join(ROOT, 'scenarios', 'bundled', `${stem}.yaml`);
}

function cliDocument(stem: string, seed: number, replications: number): ResultDocument {
  const out = execFileSync(process.execPath, ['bin/borderflow.js', 'run', bundledPath(stem), '--format', 'json', '--seed', String(seed), '--replications', String(replications), '--no-progress'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return JSON.parse(out) as ResultDocument;
}

/** Leaves that differ (floats to 1e-12 relative), to explain a failure of the byte-for-byte comparison. */
function mismatches(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= 10) return out;
  if (typeof a === 'number' && typeof b === 'number') {
    const same = Number.isInteger(a) && Number.isInteger(b) ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
    if (!same) out.push(`${path}: ${a} vs ${b}`);
    return out;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    if (Array.isArray(a) !== Array.isArray(b)) out.push(`${path}: array vs object`);
    for (const k of keys) mismatches((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
    return out;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  return out;
}

async function chartSvg(page: Page, id: string): Promise<string> {
  return page.locator(`#chart-${id} .chart-svg svg`).evaluate((el) => el.outerHTML);
}

/** Lines drawn per wait-by-hour panel, by lane id. */
async function seriesPerPanel(page: Page): Promise<Record<string, number>> {
  return page.locator('#chart-wait-by-hour .chart-svg svg').evaluate((svg) =>
    Object.fromEntries([...svg.querySelectorAll('.bf-panel')].map((p) => [p.getAttribute('data-lane'), p.querySelectorAll('path.bf-series').length])),
  );
}

describe('the visualizer in Chromium', () => {
  it('opens on two bundled scenarios, already run, with one line per scenario in each wait-by-hour panel', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await openPage(site.browser, site.url, log);
    const done = await waitForRun(page, 'Run finished');
    expect(done).toBe('Run finished: 2 scenarios × 10 replications');
    await expect.poll(() => page.locator('#scenario-cards .card').count()).toBe(2);
    expect(await page.locator('#scenario-cards .card.is-baseline').count()).toBe(1);

    const { stems } = stateOf(await page.evaluate(() => location.hash));
    expect(stems).toHaveLength(2);
    // Expected lines per panel: the scenarios that have that lane group at the baseline's port.
    const scenarios = stems.map((s) => {
      const r = loadScenarioText(readFileSync(bundledPath(s), 'utf8'), s);
      if (!r.ok) throw new Error(`bundled ${s} is invalid`);
      return r.scenario;
    });
    const basePort = scenarios[0].ports[0];
    const expected = Object.fromEntries(
      basePort.laneGroups.map((l) => [l.id, scenarios.filter((s) => s.ports.find((p) => p.id === basePort.id)?.laneGroups.some((x) => x.id === l.id)).length]),
    );
    expect(await seriesPerPanel(page)).toEqual(expected);

    // Every chart is a captioned figure with a summary and a data-table toggle (or says it is not available).
    const figures = page.locator('figure.chart:not([hidden])');
    expect(await figures.count()).toBeGreaterThanOrEqual(4);
    for (const f of await figures.all()) {
      expect((await f.locator('figcaption').textContent())?.trim().length).toBeGreaterThan(10);
    }
    await page.screenshot({ path: join(SHOTS, 'opening.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('exports a byte-identical result document to the CLI on a screening scenario (imaging, radiation, targeting, two lanes)', async () => {
    // The engine computes exp/log with its own IEEE-754-only functions, so Chromium and Node agree to the last bit.
    const log: ConsoleLog = { errors: [] };
    const page = await open('#s=laredo-commercial-screening&r=2&seed=5', log);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Results as JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as ResultDocument[];
    const expected = cliDocument('laredo-commercial-screening', 5, 2);
    expect(exported).toHaveLength(1);
    expect(mismatches(exported[0], expected)).toEqual([]);
    expect(JSON.stringify(exported[0])).toBe(JSON.stringify(expected));
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('shows the same numbers as `borderflow run --format json` for the same seed and replications', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open('#s=mmc-theory-check&r=3&seed=11', log);
    const { stems, seed, replications } = stateOf(await page.evaluate(() => location.hash));
    expect([stems, seed, replications]).toEqual([['mmc-theory-check'], 11, 3]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Results as JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as ResultDocument[];
    const expected = cliDocument('mmc-theory-check', seed, replications);
    expect(exported).toHaveLength(1);
    expect(mismatches(exported[0], expected)).toEqual([]);
    expect(JSON.stringify(exported[0])).toBe(JSON.stringify(expected));

    // The Table tab prints the CLI's figures as the formatting rules say.
    await page.getByRole('tab', { name: 'Table' }).click();
    const section = page.locator('.lane-table');
    expect(await section.count()).toBe(1);
    for (const lane of expected.ports[0].lanes) {
      const row = section.locator(`tr[data-lane="${lane.id}"]`);
      for (const f of LANE_FIGURES) {
        expect(await row.locator(`td[data-figure="${f.id}"]`).textContent(), `${lane.id} ${f.id}`).toBe(f.format(f.get(lane)));
      }
    }
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Results as CSV' }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('scenario,seed,replications,port,lane,figure,n,mean,sd,ci_low,ci_high,half_width');
    expect(lines.some((l) => l.includes(',booths,wait.mean,3,'))).toBe(true);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('names the field at fault for a malformed or invalid file, and refuses a huge one without freezing', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open(FAST, log);
    const theory = readFileSync(bundledPath('mmc-theory-check'), 'utf8');
    const schemaError = theory.replace(/booths: 3\b/, 'booths: -2');
    expect(schemaError).not.toBe(theory);
    await page.setInputFiles('#scenario-file', [
      { name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('name: "unclosed\nports: [\n  - id: x\n') },
      { name: 'negative-booths.yaml', mimeType: 'application/yaml', buffer: Buffer.from(schemaError) },
      { name: 'huge.yaml', mimeType: 'application/yaml', buffer: Buffer.alloc(MAX_SCENARIO_BYTES + 10, 'a') },
    ]);
    const card = (name: string) => page.locator(`#scenario-cards .card[data-file="${name}"]`);
    await expect.poll(() => card('broken.yaml').locator('.problems').textContent()).toMatch(/not valid YAML/);
    await expect.poll(() => card('negative-booths.yaml').locator('.problems').textContent()).toMatch(/ports\[0\]\.laneGroups\[0\]\.booths: /);
    await expect.poll(() => card('huge.yaml').locator('.problems').textContent()).toMatch(/expected at most/);
    // The page still works: the invalid cards cannot be compared, the others keep their charts.
    expect(await card('negative-booths.yaml').locator('input[type=checkbox]').isDisabled()).toBe(true);
    expect(await page.locator('#chart-wait-by-hour svg').count()).toBe(1);

    await card('negative-booths.yaml').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'error-state.png') });

    // Editing the text in place re-validates it; once valid, the file joins the comparison and runs.
    const bad = card('negative-booths.yaml');
    await clearAnnouncement(page);
    await bad.getByRole('button', { name: 'Edit' }).click();
    await bad.locator('textarea').fill(theory.replace(/^name: .*$/m, 'name: Fixed in place'));
    await expect.poll(() => bad.locator('.problems').isHidden()).toBe(true);
    await expect.poll(() => bad.locator('.card-title').textContent()).toBe('Fixed in place');
    expect(await bad.locator('input[type=checkbox]').isChecked()).toBe(true);
    expect(await waitForRun(page, 'Run finished')).toBe('Run finished: 1 scenario × 3 replications');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('marks lower-bound waits, shares over 30 min and travelers who gave up when a run is cut off with impatient drivers', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open('#s=san-ysidro-northbound&r=2', log);
    const text = readFileSync(bundledPath('san-ysidro-northbound'), 'utf8');
    // Stop at 18:00 on the second day, in the evening rush, and give car drivers 45 minutes' patience on average (the bundled port's drivers wait over three hours).
    const cut = text
      .replace(/^horizonHours: 48$/m, 'horizonHours: 42\nendOfRun: cutoff')
      .replace('minutes: { kind: lognormal, mean: 200, cv: 0.35 }', 'minutes: { kind: lognormal, mean: 45, cv: 0.6 }');
    expect(cut).toContain('endOfRun: cutoff');
    expect(cut).toContain('mean: 45, cv: 0.6');
    await clearAnnouncement(page);
    await page.setInputFiles('#scenario-file', [{ name: 'san-ysidro-cutoff.yaml', mimeType: 'application/yaml', buffer: Buffer.from(cut) }]);
    expect(await waitForRun(page, 'Run finished')).toBe('Run finished: 1 scenario × 2 replications');
    await expect.poll(() => page.locator('#chart-wait-over svg .bf-bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#chart-wait-over figcaption').textContent()).toMatch(/waited over 30 min|Nobody waited over 30 min/);
    await expect.poll(() => page.locator('#chart-gave-up svg .bf-bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#chart-gave-up figcaption').textContent()).toMatch(/of arrivals gave up/);
    expect(await page.locator('#censored-note').textContent()).toMatch(/still in line at the end \(the run stops at the horizon/);
    expect(await page.locator('#chart-wait-by-hour .bf-censored-hour').count()).toBeGreaterThan(0);
    expect(await page.locator('#chart-wait-heatmap .bf-cell[data-censored="true"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#confidence-note p').textContent()).toBe(CONFIDENCE_NOTE);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'compare-cutoff.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'compare-cutoff-top.png'), fullPage: true, clip: { x: 0, y: 0, width: 1366, height: 1700 } });
    for (const id of ['wait-by-hour', 'wait-over', 'gave-up', 'wait-heatmap', 'utilization']) {
      await page.locator(`#chart-${id}`).screenshot({ path: join(SHOTS, `compare-cutoff-${id}.png`) });
    }
    expect(log.errors).toEqual([]);
    await page.close();
  });

  // Three rounds of runs and a reload: more time than the default, for a machine shared with other work.
  it('re-runs only the edited scenario when a slider moves, and the chart changes', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open(FAST, log);
    const before = await chartSvg(page, 'wait-by-hour');
    const linesBefore = Object.values(await seriesPerPanel(page));
    await clearAnnouncement(page);

    const slider = page.locator('#levers-panel input[type=range]').nth(1);
    const valueBefore = await slider.getAttribute('aria-valuetext');
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    expect(await slider.getAttribute('aria-valuetext')).not.toBe(valueBefore);

    expect(await waitForRun(page, 'Run finished')).toBe('Run finished: 1 scenario × 3 replications');
    await expect.poll(() => page.locator('#scenario-cards .card').count()).toBe(3);
    expect(await page.locator('#scenario-cards .card-title', { hasText: '(edited)' }).count()).toBe(1);
    await expect.poll(() => chartSvg(page, 'wait-by-hour')).not.toBe(before);
    const linesAfter = Object.values(await seriesPerPanel(page));
    expect(linesAfter.reduce((a, b) => a + b, 0)).toBeGreaterThan(linesBefore.reduce((a, b) => a + b, 0));

    // Keeping the setting makes it a scenario of its own: one more point on the trade-off chart.
    const pointsBefore = await page.locator('#chart-tradeoff svg [role=button]').count();
    await clearAnnouncement(page);
    await page.getByRole('button', { name: 'Keep this setting' }).click();
    expect(await waitForRun(page, 'Run finished')).toBe('Run finished: 1 scenario × 3 replications');
    await expect.poll(() => page.locator('#scenario-cards .card').count()).toBe(4);
    await expect.poll(() => page.locator('#chart-tradeoff svg [role=button]').count()).toBe(pointsBefore + 1);

    // The edit travels in the link: reopening it rebuilds the edited card.
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('e=');
    const again = await open(hash, log);
    expect(await again.locator('#scenario-cards .card-title', { hasText: '(edited)' }).count()).toBe(1);
    expect(log.errors).toEqual([]);
    await again.close();
    await page.close();
  }, 240_000);

  it('paints staffing on the hour grid, applies it as an edited scenario, and a trade-off point reveals its card', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open(FAST, log);

    // Choosing a point in the trade-off chart selects that scenario's card and shows its inputs.
    const point = page.locator('#chart-tradeoff svg [role=button]').last();
    await point.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#scenario-cards .card.is-selected').count()).toBe(1);
    expect(await page.locator('#inputs-table').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    await page.getByRole('tab', { name: 'Staffing' }).click();
    const counter = page.locator('.officer-hours');
    const before = (await counter.textContent()) ?? '';
    const cell = page.locator('table.staffing-grid td[data-r="0"][data-c="3"]');
    const value = Number.parseInt((await cell.textContent()) ?? '', 10);
    await cell.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect(Number.parseInt((await cell.textContent()) ?? '', 10)).toBe(value + 2);
    expect(await counter.textContent()).not.toBe(before);
    expect(await counter.textContent()).toContain('+2 vs the scenario');

    await clearAnnouncement(page);
    await page.getByRole('button', { name: 'Apply to the edited scenario' }).click();
    expect(await waitForRun(page, 'Run finished')).toBe('Run finished: 1 scenario × 3 replications');
    const edited = page.locator('#scenario-cards .card', { has: page.locator('.card-title', { hasText: '(edited)' }) });
    expect(await edited.locator('.card-changes').textContent()).toContain('officers painted by hour');

    // The edited scenario downloads as a valid scenario file with the painted hours.
    const [download] = await Promise.all([page.waitForEvent('download'), edited.getByRole('button', { name: /as YAML$/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const r = loadScenarioText(text, 'edited.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.scenario.ports[0].laneGroups[0].officers as { byHour: number[] }).byHour[3]).toBe(value + 2);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('can be used from the keyboard: Tab reaches a slider and ArrowRight changes its value text', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open(FAST, log);
    let found = false;
    for (let i = 0; i < 120 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'range');
    }
    expect(found).toBe(true);
    const text = () => page.evaluate(() => document.activeElement?.getAttribute('aria-valuetext'));
    const before = await text();
    await page.keyboard.press('ArrowRight');
    expect(await text()).not.toBe(before);
    // A visible focus ring: 2 px outline on the focused control.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth);
    expect(outline).toBe('2px');

    // A long run can be cancelled; the page keeps the last results.
    await clearAnnouncement(page);
    await page.getByLabel('Replications', { exact: true }).fill('400');
    await page.getByLabel('Replications', { exact: true }).press('Enter');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => cancel.isEnabled()).toBe(true);
    await cancel.click();
    expect(await waitForRun(page, 'Run cancelled')).toMatch(/^Run cancelled/);
    expect(await page.locator('#chart-wait-by-hour svg').count()).toBe(1);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('mounts the Port and Lessons views in their tabs', async () => {
    const log: ConsoleLog = { errors: [] };
    const page = await open(`${FAST}&tab=port`, log);
    const port = page.locator('#panel-port');
    await expect.poll(() => port.isVisible()).toBe(true);
    await expect.poll(async () => (await port.locator('.bf-pv, .placeholder').count()) > 0).toBe(true);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(SHOTS, 'port.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Lessons' }).click();
    const lessons = page.locator('#panel-lessons');
    await expect.poll(() => lessons.isVisible()).toBe(true);
    expect(((await lessons.textContent()) ?? '').trim().length).toBeGreaterThan(20);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('tab'))).toBe('lessons');

    // A lesson's experiment runs through the app: its scenarios replace the comparison.
    const before = await page.locator('#scenario-cards .card-title').allTextContents();
    const radio = lessons.locator('input[type=radio]').first();
    if ((await radio.count()) > 0) await radio.check();
    await clearAnnouncement(page);
    await lessons.getByRole('button', { name: 'Run the experiment' }).click();
    expect(await waitForRun(page, 'Run finished')).toMatch(/^Run finished: \d+ scenarios? × \d+ replications$/);
    const chosenNames = await page.locator('#scenario-cards .card:has(input[type=checkbox]:checked) .card-title').allTextContents();
    expect(chosenNames.length).toBeGreaterThan(0);
    expect(chosenNames.every((n) => !before.includes(n))).toBe(true);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(SHOTS, 'lessons.png'), fullPage: true });
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
