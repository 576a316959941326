// The event kernel: clock, event heap, processes.
export { Simulation, type Callback, type SimulationRunOptions } from './simulation.ts';
export { Process, start, type Waitable, type Yieldable, type ProcessGenerator } from './process.ts';
export { timeout, join, until } from './commands.ts';
export { EventHeap } from './event-heap.ts';
