// Imported first by the page and the run worker: the schema validator (zod) probes once whether it
// may compile code with `new Function`. Under the page's Content-Security-Policy (no
// 'unsafe-eval') that probe fails harmlessly but is reported as a policy violation, so the
// validator is told up front not to compile. Its settings live on globalThis, which is read when
// the probe runs, so this must run before the first scenario is validated.

const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });

export {};
