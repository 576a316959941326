// Sizes of the visualizer's built chunks, raw and gzipped (level 9), from a fresh `vite build`:
// writes bench/results/bundle.json and bench/results/bundle.md. `npm run bench:bundle`.
//
// The main chunk is what a visitor downloads before the page works; the port view loads when its
// tab is opened, and the simulation runs in the worker chunk.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The budget for the code a visitor downloads before the page works (entry + preloaded chunks), gzipped. */
export const MAIN_BUDGET_GZIP = 250_000;

export interface ChunkSize {
  file: string;
  role: 'main' | 'worker' | 'on demand' | 'style';
  raw: number;
  gzip: number;
}

/** Sizes of every .js and .css file in a built dist/assets folder. */
export function chunkSizes(assets: string): ChunkSize[] {
  return readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((file) => {
      const buf = readFileSync(join(assets, file));
      const role: ChunkSize['role'] = file.endsWith('.css') ? 'style' : /^index-/.test(file) ? 'main' : /worker/.test(file) ? 'worker' : 'on demand';
      return { file, role, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
}

/** What a visitor downloads before the page works: the entry and the chunks the page preloads, code and bundled scenario text apart. */
export interface FirstLoad {
  files: string[];
  codeGzip: number;
  scenarioTextGzip: number;
}

/** The first load of a built site (dist/): the entry script and its modulepreload links in index.html. */
export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  let codeGzip = 0;
  let scenarioTextGzip = 0;
  for (const f of files) {
    const gz = gzipSync(readFileSync(join(dist, 'assets', f)), { level: 9 }).length;
    if (/^bundled-scenarios-/.test(f)) scenarioTextGzip += gz;
    else codeGzip += gz;
  }
  return { files, codeGzip, scenarioTextGzip };
}

function main(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const sizes = chunkSizes(join(ROOT, 'dist', 'assets'));
  const first = firstLoad(join(ROOT, 'dist'));
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'bundle.json'), `${JSON.stringify({ budgetGzip: MAIN_BUDGET_GZIP, firstLoad: first, chunks: sizes }, null, 2)}\n`);
  const lines = [
    '# Visualizer bundle sizes',
    '',
    `From \`npm run bench:bundle\` (vite build; gzip level 9). Budget for the code of the first load: ${kb(MAIN_BUDGET_GZIP)} gzipped.`,
    '',
    `First load (the entry and the chunks index.html preloads): code ${kb(first.codeGzip)} gzipped, plus ${kb(first.scenarioTextGzip)} of bundled scenario text (${first.files.length} files).`,
    '',
    '| file | role | raw | gzip |',
    '| --- | --- | ---: | ---: |',
    ...sizes.map((s) => `| ${s.file.replace(/-[\w-]{8}\./, '-*.')} | ${s.role} | ${kb(s.raw)} | ${kb(s.gzip)} |`),
    '',
  ];
  writeFileSync(join(ROOT, 'bench', 'results', 'bundle.md'), `${lines.join('\n')}\n`);
  for (const s of sizes) console.log(`${s.role.padEnd(9)} ${s.file.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)}`);
  console.log(`first load: code ${kb(first.codeGzip)} + bundled scenario text ${kb(first.scenarioTextGzip)} gzipped`);
  if (first.codeGzip > MAIN_BUDGET_GZIP) {
    console.error(`first load over budget: ${kb(first.codeGzip)} of code`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
