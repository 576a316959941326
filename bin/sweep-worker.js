// A worker thread of `borderflow sweep`: runs the compiled worker in dist-cli/, or the TypeScript source through tsx when that build is missing or older than the sources (as bin/borderflow.js does for the command).
import { existsSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist-cli/sweep-worker.mjs', root);

function buildIsCurrent() {
  try {
    if (!existsSync(compiled)) return false;
    const built = statSync(compiled).mtimeMs;
    const sources = JSON.parse(readFileSync(new URL('dist-cli/sources.json', root), 'utf8'));
    return sources.every((p) => statSync(new URL(p, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (buildIsCurrent()) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/sweep-worker.ts');
}
