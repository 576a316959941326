import { defineConfig } from 'vite';

// The visualizer lives in viz/; `npm run build` writes a static site to dist/ that works
// from any static server (relative asset paths).
const ENGINE = /[\\/]sim[\\/]((run|port|kernel|stages)[\\/]|compile[\\/])/;

export default defineConfig({
  root: 'viz',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      // The engine (kernel, port, stages, compile step, runner) has no import-time side effects: the
      // page uses it only through the animated port view (the charts' runs happen in the worker), so
      // it is left out of the main chunk and loads with that view.
      treeshake: { moduleSideEffects: (id: string) => !ENGINE.test(id) },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173 },
});
