// Resources built on the kernel: server pools, waiting lines, stores.
export { ServerPool, type ServerPoolOptions, type Discipline, type PoolStats } from './server-pool.ts';
export { FifoQueue, PriorityQueue, type WaitQueue } from './wait-queue.ts';
export { Store, take, give } from './store.ts';
export { acquire, acquireWithin } from './requests.ts';
