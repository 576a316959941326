// A worker thread of borderflow. For `borderflow sweep`: loads the experiment once, then runs the tasks it is sent, one at a time, and posts each row or failure back. For the other long commands: runs the whole command (command-thread.ts).
//
// Started through bin/sweep-worker.js, which picks the compiled build or the TypeScript sources;
// one entry serves both, so the build and the launcher know of a single worker script.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ExperimentTaskRunner, formatProblem } from '../sim/index.ts';
import { loadExperimentFile } from '../sim/node.ts';
import type { CommandWorkerData, SweepWorkerData, SweepWorkerMessage } from './worker-messages.ts';



const port = parentPort;
if (!port) throw new Error('sweep-worker runs as a worker thread of borderflow');
const data = workerData as SweepWorkerData | CommandWorkerData;
if ('kind' in data && data.kind === 'command') {
  const { runInThisThread } = await import('./command-thread.ts');
  await runInThisThread(data);
} else {
  sweepThread(port, data as SweepWorkerData);
}

function sweepThread(port: MessagePort, data: SweepWorkerData): void {
  const loaded = loadExperimentFile(data.file);
  if (!loaded.ok) {
    port.postMessage({ fatal: loaded.problems.map(formatProblem).join('\n') } satisfies SweepWorkerMessage);
  } else if (loaded.loaded.hash !== data.hash) {
    port.postMessage({ fatal: `${data.file} changed while the sweep was starting; run it again` } satisfies SweepWorkerMessage);
  } else {
    const runner = new ExperimentTaskRunner(loaded.loaded);
    port.on('message', (task: number) => {
      let reply: SweepWorkerMessage;
      try {
        reply = { task, row: runner.run(task) };
      } catch (e) {
        reply = { task, error: e instanceof Error ? e.message : String(e) };
      }
      port.postMessage(reply);
    });
  }
}
