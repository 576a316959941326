// The fast tier (npm run test:fast): every test but the browser tests (tests/browser), the
// long theory runs (tests/theory), the long scenario runs (the calibration check, the library's
// +10 % volume check and the calibration report's drift test) and the tests that start hundreds of
// processes (the hostile-input corpora, safe writes, signals, limits named per file) and the editor's
// form built and read back for every bundled scenario. The full suite is vitest.config.ts.
//
// Faster than the full configuration in two ways: a worker per core (vitest's default leaves
// one core to itself, which on a 2-core machine means a single worker), and test files share
// each worker's module cache instead of importing the engine, zod and jsdom afresh (so a
// test must not depend on module state another file left behind).
import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['**/node_modules/**', 'tests/browser/**', 'tests/theory/**', 'tests/scenarios/calibration.test.ts', 'tests/scenarios/library-bounded.test.ts', 'tests/calibration-report/drift.test.ts', 'tests/hostile/**', 'tests/cli/safe-write.test.ts', 'tests/cli/signals.test.ts', 'tests/hardening/named-limits.test.ts', 'tests/viz/editor-form.test.ts', 'tests/viz/editor-validation.test.ts'],
      maxWorkers: availableParallelism(),
      isolate: false,
    },
  }),
);
