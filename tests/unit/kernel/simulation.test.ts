import { describe, it, expect } from 'vitest';
import { Simulation, EventHeap } from '../../../sim/kernel/index.ts';

type Log = Array<[string, number]>;

describe('Simulation: scheduling and the clock', () => {
  it('runs events in time order and ties first-in-first-out', () => {
    const sim = new Simulation();
    const log: Log = [];
    const note = (name: string) => log.push([name, sim.now]);
    sim.schedule(5, note, 'c');
    sim.schedule(1, note, 'a');
    sim.schedule(5, note, 'd');
    sim.schedule(3, note, 'b');
    sim.schedule(5, note, 'e');
    sim.run();
    expect(log).toEqual([['a', 1], ['b', 3], ['c', 5], ['d', 5], ['e', 5]]);
  });

  it('keeps FIFO ties among thousands of same-time events (no string ordering)', () => {
    const sim = new Simulation();
    const order: number[] = [];
    for (let i = 0; i < 5000; i++) sim.schedule(i % 2 === 0 ? 7 : 3, (k: number) => order.push(k), i);
    sim.run();
    const odds = order.slice(0, 2500);
    const evens = order.slice(2500);
    expect(odds).toEqual([...odds].sort((a, b) => a - b));
    expect(evens).toEqual([...evens].sort((a, b) => a - b));
    expect(odds.every((k) => k % 2 === 1)).toBe(true);
  });

  it('run({ until }) stops before events at `until` and leaves the clock there', () => {
    const sim = new Simulation();
    const log: Log = [];
    const note = (name: string) => log.push([name, sim.now]);
    sim.schedule(2, note, 'a');
    sim.schedule(4, note, 'b');
    sim.schedule(6, note, 'c');
    sim.run({ until: 4 });
    expect(log).toEqual([['a', 2]]);
    expect(sim.now).toBe(4);
    expect(sim.peek()).toBe(4);
    sim.run({ until: 10 });
    expect(log).toEqual([['a', 2], ['b', 4], ['c', 6]]);
    expect(sim.now).toBe(10);
    expect(sim.peek()).toBe(Infinity);
  });

  it('step() processes exactly one event', () => {
    const sim = new Simulation();
    const log: Log = [];
    const note = (name: string) => log.push([name, sim.now]);
    sim.schedule(1, note, 'a');
    sim.schedule(2, note, 'b');
    expect(sim.step()).toBe(true);
    expect(log).toEqual([['a', 1]]);
    expect(sim.step()).toBe(true);
    expect(sim.step()).toBe(false);
    expect(log).toEqual([['a', 1], ['b', 2]]);
  });

  it('cancels a scheduled event, and a stale handle cannot cancel a reused slot', () => {
    const sim = new Simulation();
    const log: Log = [];
    const note = (name: string) => log.push([name, sim.now]);
    const h = sim.schedule(1, note, 'cancelled');
    sim.schedule(2, note, 'kept');
    expect(sim.cancel(h)).toBe(true);
    expect(sim.cancel(h)).toBe(false);
    sim.run();
    // The slot of the cancelled event has been reused; the old handle must not touch it.
    sim.schedule(1, note, 'reuses-slot');
    expect(sim.cancel(h)).toBe(false);
    sim.run();
    expect(log).toEqual([['kept', 2], ['reuses-slot', 3]]);
  });

  it('hand-offs run at the current time before the next scheduled event, FIFO among themselves', () => {
    const sim = new Simulation();
    const log: Log = [];
    const note = (name: string) => log.push([name, sim.now]);
    sim.schedule(1, () => {
      note('a');
      sim.defer(note, 'a-handoff-1');
      sim.defer(() => {
        note('a-handoff-2');
        sim.defer(note, 'a-handoff-3');
      }, null);
    }, null);
    sim.schedule(1, note, 'b');
    sim.run();
    expect(log).toEqual([['a', 1], ['a-handoff-1', 1], ['a-handoff-2', 1], ['a-handoff-3', 1], ['b', 1]]);
  });

  it('grows the hand-off ring without losing order', () => {
    const sim = new Simulation();
    const seen: number[] = [];
    for (let i = 0; i < 1000; i++) sim.defer((k: number) => seen.push(k), i);
    sim.run();
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('stop() ends run after the current event', () => {
    const sim = new Simulation();
    const log: Log = [];
    sim.schedule(1, () => { log.push(['a', sim.now]); sim.stop(); }, null);
    sim.schedule(2, () => log.push(['b', sim.now]), null);
    sim.run();
    expect(log).toEqual([['a', 1]]);
    sim.run();
    expect(log).toEqual([['a', 1], ['b', 2]]);
  });

  it('rejects negative delays and times in the past', () => {
    const sim = new Simulation();
    expect(() => sim.schedule(-1, () => {}, null)).toThrow(/non-negative/);
    expect(() => sim.schedule(NaN, () => {}, null)).toThrow(/non-negative/);
    sim.run({ until: 5 });
    expect(() => sim.scheduleAt(4, () => {}, null)).toThrow(/before now/);
  });
});

describe('EventHeap', () => {
  it('pops (time, seq) in order for a shuffled load', () => {
    const heap = new EventHeap(2);
    // Deterministic shuffle: times from a linear congruential sequence, many duplicates.
    let x = 12345;
    const entries: Array<[number, number]> = [];
    for (let i = 0; i < 20000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const t = x % 500;
      entries.push([t, i]);
      heap.push(t, i, i);
    }
    const expected = [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((e) => e[1]);
    const got: number[] = [];
    while (heap.size > 0) got.push(heap.pop());
    expect(got).toEqual(expected);
  });
});
