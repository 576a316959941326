#!/usr/bin/env node
// The borderflow command: runs the compiled CLI in dist-cli/ (`npm run build:cli`), or the TypeScript sources through tsx when that build is missing or older than them.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist-cli/borderflow.mjs', root);

/** True when the build exists and none of the files compiled into it changed since. */
function buildIsCurrent() {
  try {
    const built = statSync(compiled).mtimeMs;
    const sources = JSON.parse(readFileSync(new URL('dist-cli/sources.json', root), 'utf8'));
    return sources.every((p) => statSync(new URL(p, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (buildIsCurrent()) {
  // Stack traces (shown with BORDERFLOW_DEBUG=1) then point into the TypeScript sources.
  if (process.env.BORDERFLOW_DEBUG === '1') process.setSourceMapsEnabled(true);
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
