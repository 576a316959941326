// Process-side requests for a server pool: plain, by priority, and with patience (reneging).

import type { Process, ProcessGenerator, Waitable } from '../kernel/process.ts';
import type { ServerPool } from './server-pool.ts';

/** Waits for a server (release it with `pool.release()`). Lower priority values go first. */
export function* acquire(pool: ServerPool, priority = 0): ProcessGenerator<void> {
  yield {
    wait: (p: Process<any>) => {
      pool.request(() => p.resume(), null, priority);
    },
  };
}

/**
 * Waits for a server for at most `patience`; returns true if one was granted (the caller
 * then holds it), false if the waiter gave up and left the line.
 */
export function* acquireWithin(pool: ServerPool, patience: number, priority = 0): ProcessGenerator<boolean> {
  const granted: boolean = yield new PatientRequest(pool, patience, priority);
  return granted;
}

class PatientRequest implements Waitable {
  private handle = -1;
  private timer = -1;
  private process: Process<any> | null = null;

  constructor(
    private readonly pool: ServerPool,
    private readonly patience: number,
    private readonly priority: number,
  ) {}

  wait(process: Process<any>): void {
    this.process = process;
    const sim = process.sim;
    this.handle = this.pool.request(this.onGranted, this, this.priority);
    this.timer = sim.schedule(this.patience, this.onGiveUp, this);
  }

  private onGranted(self: PatientRequest): void {
    self.process!.sim.cancel(self.timer);
    self.process!.resume(true);
  }

  private onGiveUp(self: PatientRequest): void {
    if (self.pool.cancel(self.handle)) self.process!.resume(false);
  }
}
