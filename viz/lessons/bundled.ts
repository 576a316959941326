// The bundled scenario files as text, keyed by file name, read at build time — what lesson presets name.
//
// Vite-only (import.meta.glob), so it is not re-exported by index.ts: the lessons stay usable
// from Node scripts, which read the files themselves.

const modules = import.meta.glob('../../scenarios/bundled/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const bundledTexts: Record<string, string> = Object.fromEntries(
  Object.entries(modules).map(([path, text]) => [path.split('/').pop() ?? path, text]),
);
