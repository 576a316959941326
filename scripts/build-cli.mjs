// Compiles the borderflow command into dist-cli/ (ESM, dependencies bundled in) so that it starts without compiling TypeScript.
//
//   dist-cli/borderflow.mjs   the entry bin/borderflow.js imports; `--version` needs only this file,
//                             everything else is a chunk loaded on demand
//   dist-cli/sweep-worker.mjs a worker thread of `borderflow sweep` (bin/sweep-worker.js starts it)
//   dist-cli/api.mjs,         the API, as `import … from 'borderflow'` and 'borderflow/node' load it
//   dist-cli/api-node.mjs     (package.json "exports"; types come from the TypeScript sources)
//   dist-cli/chunks/*.mjs     the CLI, the engine, zod, yaml, commander (with source maps)
//   dist-cli/sources.json     the project files compiled in: bin/borderflow.js runs the TypeScript
//                             sources instead when one of them is newer than the build
//
// Bundling the packages in starts faster than leaving them to Node's resolver (one file to
// compile instead of hundreds to find and read). The build is written beside dist-cli/ and
// then moved into place, so a reader never sees half of it.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-cli');
const next = join(root, 'dist-cli.next');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Installed without dev dependencies: the command runs from the TypeScript sources.
  console.warn('build-cli: esbuild is not installed; borderflow will run from the TypeScript sources');
  process.exit(0);
}

rmSync(next, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  // The sweep's worker threads load their own entry, sharing chunks with the command.
  // The API too, for scripts and notebooks that `import … from 'borderflow'` (package.json exports).
  entryPoints: { borderflow: 'cli/main.ts', 'sweep-worker': 'cli/sweep-worker.ts', api: 'sim/index.ts', 'api-node': 'sim/node.ts' },
  outdir: next,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS packages (seedrandom, @stdlib) call require(): give every ESM chunk one.
  banner: { js: "import { createRequire as __borderflowRequire } from 'node:module'; const require = __borderflowRequire(import.meta.url);" },
});

// Paths in the metafile are relative to absWorkingDir, with forward slashes.
const sources = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/')).sort();
mkdirSync(next, { recursive: true });
writeFileSync(join(next, 'sources.json'), JSON.stringify(sources) + '\n');

rmSync(out, { recursive: true, force: true });
renameSync(next, out);
