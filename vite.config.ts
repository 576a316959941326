import { defineConfig, type Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy. Scripts and workers come only from the site itself
 * (the run worker is a file next to the page); styles also allow inline <style> and style
 * attributes, because the lessons and port view add their stylesheets at run time and the charts
 * set inline styles (a style cannot run code); images may be data: or blob: URLs (chart export).
 * No plugins, no <base>, no form posts. frame-ancestors only works as an HTTP header, so the
 * page also refuses to run inside a frame (viz/main.ts); a host that can set headers should send
 * `Content-Security-Policy: frame-ancestors 'none'` as well.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built page only: the dev server's hot reload needs inline code and a websocket. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'borderflow-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

// The visualizer lives in viz/; `npm run build` writes a static site to dist/ that works
// from any static server (relative asset paths).
const ENGINE = /[\\/]sim[\\/]((run|port|kernel|stages|resources|random|model|forecast|calibration|results|theory|sensitivity|staffing-search|experiments|models|math|stats)[\\/]|compile[\\/])/;

export default defineConfig({
  root: 'viz',
  base: './',
  publicDir: false,
  plugins: [contentSecurityPolicy()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      // The engine (kernel, port, stages, compile step, runner) has no import-time side effects: the
      // page uses it only through the animated port view (the charts' runs happen in the worker), so
      // it is left out of the main chunk and loads with that view.
      treeshake: { moduleSideEffects: (id: string) => !ENGINE.test(id) },
      // The bundled scenario files (YAML text, read at start to fill the tray) in a chunk of their
      // own, so the size report tells the page's code from its data.
      // The validator's no-compile setting in a chunk of its own, which the entry imports first, so
      // it runs before any module that validates a scenario as it loads (wherever the bundler puts it).
      output: {
        codeSplitting: {
          groups: [
            { name: 'no-eval', test: /[\\/]viz[\\/]app[\\/]no-eval\.ts$/, priority: 2 },
            { name: 'bundled-scenarios', test: /[\\/]scenarios[\\/]bundled[\\/][^\\/]+\.yaml/, priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173 },
});
