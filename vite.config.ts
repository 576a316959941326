import { defineConfig } from 'vite';

// The visualizer lives in viz/; `npm run build` writes a static site to dist/ that works
// from any static server (relative asset paths).
export default defineConfig({
  root: 'viz',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173 },
});
