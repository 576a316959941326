// Builds the static site, serves it with `vite preview` in its own process group, and opens headless Chromium on it.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A port nobody listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
      last = new Error(`HTTP ${r.status}`);
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${ms} ms: ${String(last)}`);
}

export interface Site {
  url: string;
  server: ChildProcess;
  browser: Browser;
  stop(): Promise<void>;
}

/** Builds the site into `outDir` (relative to viz/; a test file of its own builds into its own folder, so files can run side by side). */
export function buildSite(outDir = '../dist'): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { cwd: ROOT, stdio: 'pipe', timeout: 110_000 });
}

export async function serveSite(outDir = '../dist'): Promise<Site> {
  const port = await freePort();
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  const stopServer = () => {
    if (server.pid !== undefined && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  let browser: Browser;
  try {
    await waitForHttp(url, 30_000);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (e) {
    // No server may outlive a failed start (a missing browser, a port that never answered).
    stopServer();
    throw e;
  }
  return {
    url,
    server,
    browser,
    async stop() {
      await browser.close().catch(() => {});
      stopServer();
    },
  };
}

export interface ConsoleLog {
  errors: string[];
}

/** Where the browser tests put the screenshots people look at. */
export const SHOTS = join(ROOT, 'test-output', 'screenshots');

/**
 * Builds the visualizer into `outDir` (relative to viz/; a folder of its own lets test files run
 * side by side) before a test file's tests, serves it, and stops the server after them.
 */
export function useSite(outDir = '../dist'): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    buildSite(outDir);
    site = await serveSite(outDir);
  }, 180_000);
  afterAll(async () => {
    await site?.stop();
  });
  return () => {
    if (!site) throw new Error('the site is not served yet');
    return site;
  };
}

/** Records the page's console errors and uncaught exceptions in `log`. */
export function recordErrors(page: Page, log: ConsoleLog): void {
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
}

/** Waits until the page announces that its runs have finished. */
/** The announcement of a finished run, in each language the page speaks. */
export const RUN_FINISHED = { en: 'Run finished', es: 'Ejecución terminada', fr: 'Exécution terminée' } as const;

export async function waitForRun(page: Page, timeout = 120_000): Promise<void> {
  const prefixes = Object.values(RUN_FINISHED);
  await page.waitForFunction((ps) => ps.some((p) => document.getElementById('announcer')?.textContent?.startsWith(p)), prefixes, { timeout });
}

/** A page at 1366 × 768 that records console errors and uncaught exceptions. */
export async function openPage(browser: Browser, url: string, log: ConsoleLog): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  recordErrors(page, log);
  await page.goto(url);
  return page;
}
