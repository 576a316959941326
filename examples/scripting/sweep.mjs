// Runs an experiment from a script through borderflow's API, with a progress line, Ctrl-C to
// stop (the rows run so far are kept and the next run resumes from them), and a short table of
// the paired differences against the baseline at the end.
//
// From the repository root (after `npm ci`, which builds the API into dist-cli/):
//
//   node examples/scripting/sweep.mjs [EXPERIMENT] [OUT]
//
// EXPERIMENT defaults to examples/experiments/sentri-booths.yaml (4 points × 5 San Ysidro
// replications, about a minute on one core); OUT (default sweep-script-results) receives the
// same files `borderflow sweep` writes, byte for byte. `import … from 'borderflow'` is the
// package's API (package.json "exports"); another project gets it with
// `npm install <path or git URL of borderflow>`.
//
// The API runs the tasks one after another in this thread; `borderflow sweep --workers N`
// runs them in parallel and writes the same files.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, parseRuns, planOf, runExperiment } from 'borderflow';
import { loadExperimentFile } from 'borderflow/node';

const file = process.argv[2] ?? 'examples/experiments/sentri-booths.yaml';
const out = process.argv[3] ?? 'sweep-script-results';

const loaded = loadExperimentFile(file);
if (!loaded.ok) {
  for (const p of loaded.problems) console.error(formatProblem(p));
  process.exit(2);
}
const experiment = loaded.loaded;
const plan = planOf(experiment);

// Rows of an earlier run that was stopped (see the abort below) are not run again.
mkdirSync(out, { recursive: true });
const partial = join(out, 'runs.ndjson');
const resumeRows = existsSync(partial) ? parseRuns(plan, readFileSync(partial, 'utf8')).rows : [];
if (resumeRows.length > 0) console.error(`resuming: ${resumeRows.length} rows already in ${partial}`);

const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('interrupted')));

const started = Date.now();
try {
  const result = await runExperiment(experiment, {
    resumeRows,
    signal: controller.signal,
    onProgress: (done, total, failed) => {
      const rate = done / ((Date.now() - started) / 1000);
      process.stderr.write(`\r${done}/${total} tasks, ${failed} failed, ${rate.toFixed(1)} runs/s   `);
    },
  });
  process.stderr.write('\n');
  for (const [name, text] of Object.entries(result.files)) writeFileSync(join(out, name), text);
  for (const f of result.failures) console.error(`failed: point ${f.point}, replication ${f.replication}: ${f.message}`);

  // The first output, point by point: its mean, and the paired difference against the baseline.
  const figure = plan.outputs[0];
  console.log(`\n${figure} by point (baseline: point ${plan.baseline})`);
  for (const p of result.summary.points) {
    const s = p.outputs[figure];
    const d = s.difference;
    const diff = d && d.mean !== null ? `${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(3)} [${d.ciLow?.toFixed(3)}, ${d.ciHigh?.toFixed(3)}]` : '(baseline)';
    console.log(`  point ${p.point}  ${JSON.stringify(p.factors).slice(0, 60).padEnd(60)}  mean ${s.mean?.toFixed(3)}  vs baseline ${diff}`);
  }
  console.log(`\nwrote ${out}/ (${result.rows.length} rows)`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
} catch (e) {
  if (e instanceof Error && e.name === 'AbortError' && 'rows' in e) {
    // Keep what finished, in the format runExperiment's resumeRows reads back.
    writeFileSync(partial, /** @type {import('borderflow').ExperimentAbortError} */ (e).rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.error(`\nstopped: ${e.rows.length} rows kept in ${partial}; run the same command again to resume`);
    process.exitCode = 130;
  } else {
    throw e;
  }
}
