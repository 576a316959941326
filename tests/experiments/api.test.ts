// The scripting API for experiments: runExperiment gives the rows and files of borderflow sweep, reports progress, stops on abort keeping finished rows, and resumes from them; runScenario stops between replications on abort.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExperimentAbortError, loadScenarioText, runExperiment, runScenario, type LoadedExperiment } from '../../sim/index.ts';
import { loadExperimentFile } from '../../sim/node.ts';
import { cliInProcess } from '../cli/helpers.ts';
import { STATION, tempDir, writeExperiment } from './helpers.ts';

const FILES = ['manifest.json', 'runs.csv', 'runs.ndjson', 'summary.csv', 'summary.json'];

let loaded: LoadedExperiment;
let sweep: Record<string, string>;

beforeAll(async () => {
  const root = tempDir();
  // 3 × 2 points × 3 replications, and one invalid point (negative booths) whose tasks fail.
  const file = writeExperiment(root, {
    factors: [
      { name: 'general', path: 'ports[station].laneGroups[general].booths', values: [2, 3, -1] },
      { name: 'sentri', path: 'ports[0].laneGroups[sentri].booths', values: [1, 2] },
    ],
    replications: 3,
    seed: 5,
  });
  const r = loadExperimentFile(file);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  loaded = r.loaded;
  const out = join(root, 'sweep');
  const cli = await cliInProcess(['sweep', file, '--workers', '2', '--out', out, '--quiet']);
  expect(cli.code).toBe(1); // the invalid point
  sweep = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}, 120_000);

describe('runExperiment', () => {
  it('returns the rows, summary and files borderflow sweep writes, byte for byte, and lists the failed tasks', async () => {
    const progress: [number, number, number][] = [];
    const result = await runExperiment(loaded, { onProgress: (d, t, f) => progress.push([d, t, f]) });
    for (const f of FILES) expect(result.files[f], f).toBe(sweep[f]);
    expect(result.rows.map((r) => [r.point, r.replication])).toEqual([0, 1, 2, 3].flatMap((p) => [0, 1, 2].map((rep) => [p, rep])));
    expect(JSON.stringify(result.summary, null, 2) + '\n').toBe(sweep['summary.json']);
    // Points 4 and 5 (general = -1) fail in every replication, naming the point and the field.
    expect(result.failures.map((f) => [f.point, f.replication])).toEqual([4, 5].flatMap((p) => [0, 1, 2].map((rep) => [p, rep])));
    expect(result.failures[0].message).toMatch(/point 4 .*general=-1.*booths/);
    // One call per task, counting up to the number of tasks, failures counted as they happen.
    expect(progress.map((p) => p[0])).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(progress.every((p) => p[1] === 18)).toBe(true);
    expect(progress.at(-1)![2]).toBe(6);
    expect(progress[11][2]).toBe(0);
  }, 60_000);

  it('stops between tasks on abort, rejecting with an AbortError that keeps the finished rows, and resumes from them to the same files', async () => {
    const controller = new AbortController();
    let seen = 0;
    const run = runExperiment(loaded, {
      signal: controller.signal,
      onRow: () => {
        if (++seen === 5) controller.abort(new Error('planner pressed stop'));
      },
    });
    const err = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ExperimentAbortError);
    const abort = err as ExperimentAbortError;
    expect(abort.name).toBe('AbortError');
    expect((abort.cause as Error).message).toBe('planner pressed stop');
    // Exactly the five tasks finished before the abort: tasks 0..4, the sixth was never started.
    expect(abort.rows.map((r) => [r.point, r.replication])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]]);

    const progress: number[] = [];
    const resumed = await runExperiment(loaded, { resumeRows: abort.rows, onProgress: (d, t) => progress.push(t) });
    expect(progress).toHaveLength(18 - 5);
    expect(progress[0]).toBe(13);
    for (const f of FILES) expect(resumed.files[f], f).toBe(sweep[f]);
  }, 60_000);

  it('sees an abort from a timer while it runs (it hands the thread back between tasks)', async () => {
    const controller = new AbortController();
    let rows = 0;
    const err = await runExperiment(loaded, {
      signal: controller.signal,
      onRow: () => {
        // The timer is set after the first row; each row then takes 30 ms more, as a slower
        // model would, so the run must hand the thread back within two or three rows.
        if (++rows === 1) setTimeout(() => controller.abort(), 0);
        const until = Date.now() + 30;
        while (Date.now() < until);
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ExperimentAbortError);
    expect((err as ExperimentAbortError).rows.length).toBeGreaterThanOrEqual(1);
    expect((err as ExperimentAbortError).rows.length).toBeLessThanOrEqual(4);
  }, 60_000);

  it('rejects before running anything when the signal is already aborted, and refuses rows of another experiment', async () => {
    const err = await runExperiment(loaded, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExperimentAbortError);
    expect((err as ExperimentAbortError).rows).toEqual([]);
    const rows = (await runExperiment(loaded, { shard: { index: 0, count: 6 } })).rows;
    expect(rows.map((r) => [r.point, r.replication])).toEqual([[0, 0], [2, 0]]);
    await expect(runExperiment(loaded, { resumeRows: [{ ...rows[0], experiment: 'other' }] })).rejects.toThrow(/resumeRows: a row of experiment other/);
    await expect(runExperiment(loaded, { resumeRows: [{ ...rows[0], replication: 3 }] })).rejects.toThrow(/no task of this experiment/);
  }, 60_000);
});

describe('runScenario with a signal', () => {
  it('checks the signal before each replication', () => {
    const r = loadScenarioText(readFileSync(STATION, 'utf8'), STATION);
    if (!r.ok) throw new Error('station fixture invalid');
    const controller = new AbortController();
    const done: number[] = [];
    const run = () =>
      runScenario(r.scenario, {
        replications: 4,
        signal: controller.signal,
        onProgress: (d) => {
          done.push(d);
          if (d === 2) controller.abort();
        },
      });
    expect(run).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(done).toEqual([1, 2]);
    // Without an abort the same call runs every replication.
    expect(runScenario(r.scenario, { replications: 4, signal: new AbortController().signal }).runs).toHaveLength(4);
  }, 60_000);
});
