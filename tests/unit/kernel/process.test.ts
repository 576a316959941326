import { describe, it, expect } from 'vitest';
import { Simulation, start, join, timeout, type ProcessGenerator } from '../../../sim/kernel/index.ts';
import { ServerPool, acquire, acquireWithin, Store, take, give } from '../../../sim/resources/index.ts';

type Log = Array<[string, number]>;

describe('processes', () => {
  it('yield a number to wait; several processes interleave by time', () => {
    const sim = new Simulation();
    const log: Log = [];
    function* clock(name: string, tick: number): ProcessGenerator {
      for (let i = 0; i < 3; i++) {
        log.push([name, sim.now]);
        yield tick;
      }
    }
    start(sim, clock('fast', 1));
    start(sim, clock('slow', 2));
    sim.run();
    expect(log).toEqual([
      // At t=2 the slow clock's wake-up was scheduled first (at t=0), so it runs first.
      ['fast', 0], ['slow', 0], ['fast', 1], ['slow', 2], ['fast', 2], ['slow', 4],
    ]);
  });

  it('joining a process returns its result when it finishes', () => {
    const sim = new Simulation();
    const log: Log = [];
    function* child(): ProcessGenerator<string> {
      yield* timeout(3);
      return 'done';
    }
    function* parent(): ProcessGenerator {
      const c = start(sim, child());
      const r = yield* join(c);
      log.push([`parent got ${r}`, sim.now]);
      const again = yield* join(c); // joining a finished process returns at once
      log.push([`again ${again}`, sim.now]);
    }
    start(sim, parent());
    sim.run();
    expect(log).toEqual([['parent got done', 3], ['again done', 3]]);
  });

  it('two processes that wake each other do not hit "generator is already running"', () => {
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 1 });
    const log: Log = [];
    function* user(name: string): ProcessGenerator {
      for (let i = 0; i < 2; i++) {
        yield pool;
        log.push([`${name} in`, sim.now]);
        yield 0;
        pool.release();
      }
    }
    start(sim, user('a'));
    start(sim, user('b'));
    sim.run();
    expect(log).toEqual([['a in', 0], ['b in', 0], ['a in', 0], ['b in', 0]]);
  });
});

describe('ServerPool', () => {
  function car(sim: Simulation, pool: ServerPool, log: Log, name: string, arrive: number, service: number): ProcessGenerator {
    return (function* () {
      yield arrive;
      log.push([`${name} arrives`, sim.now]);
      yield* acquire(pool);
      log.push([`${name} starts`, sim.now]);
      yield service;
      pool.release();
      log.push([`${name} leaves`, sim.now]);
    })();
  }

  it('serves FIFO with c servers', () => {
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 2 });
    const log: Log = [];
    start(sim, car(sim, pool, log, 'A', 0, 5));
    start(sim, car(sim, pool, log, 'B', 1, 5));
    start(sim, car(sim, pool, log, 'C', 2, 5));
    sim.run();
    expect(log).toEqual([
      ['A arrives', 0], ['A starts', 0], ['B arrives', 1], ['B starts', 1], ['C arrives', 2],
      ['A leaves', 5], ['C starts', 5], ['B leaves', 6], ['C leaves', 10],
    ]);
  });

  it('closing a booth mid-service lets the vehicle finish and starts nobody new', () => {
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 1 });
    const log: Log = [];
    start(sim, car(sim, pool, log, 'A', 0, 10));
    start(sim, car(sim, pool, log, 'B', 1, 10));
    sim.schedule(5, () => { pool.setCapacity(0); log.push(['booth closes', sim.now]); }, null);
    sim.schedule(30, () => { pool.setCapacity(1); log.push(['booth opens', sim.now]); }, null);
    sim.run();
    expect(log).toEqual([
      ['A arrives', 0], ['A starts', 0], ['B arrives', 1], ['booth closes', 5], ['A leaves', 10],
      ['booth opens', 30], ['B starts', 30], ['B leaves', 40],
    ]);
    const s = pool.stats();
    // Busy 0–10 and 30–40; open 0–10 (closed at 5 but still serving A) and 30–40.
    expect(s.busyArea).toBe(20);
    expect(s.capacityArea).toBe(20);
    // B waits from 1 to 30.
    expect(s.lineArea).toBe(29);
  });

  it('a server moved to overtime finishes outside the open capacity; the open servers carry on', () => {
    const run = (overtime: boolean) => {
      const sim = new Simulation();
      const pool = new ServerPool(sim, { capacity: 2 });
      const log: Log = [];
      // A and B start at 0 (A needs 10, B 12); C arrives at 1 and waits.
      pool.request(() => { log.push(['A starts', sim.now]); sim.schedule(10, () => pool.release(), null); }, null);
      pool.request(() => {
        log.push(['B starts', sim.now]);
        sim.schedule(12, () => (overtime ? pool.releaseOvertime() : pool.release()), null);
      }, null);
      sim.schedule(1, () => pool.request(() => log.push(['C starts', sim.now]), null), null);
      sim.schedule(5, () => {
        pool.setCapacity(1);
        if (overtime) pool.toOvertime(1); // B's officer stays on to finish
      }, null);
      sim.run();
      return log;
    };
    // B's officer on overtime: A's booth stays open and C starts when A leaves.
    expect(run(true)).toEqual([['A starts', 0], ['B starts', 0], ['C starts', 10]]);
    // Hand-over: the open booth takes B's vehicle over, so C waits for both.
    expect(run(false)).toEqual([['A starts', 0], ['B starts', 0], ['C starts', 12]]);
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 1 });
    expect(() => pool.toOvertime(1)).toThrow(/cannot move/);
    expect(() => pool.releaseOvertime()).toThrow(/no server on overtime/);
  });

  it('opening booths starts waiting vehicles at once', () => {
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 0 });
    const log: Log = [];
    for (const [n, t] of [['A', 0], ['B', 1], ['C', 2]] as const) start(sim, car(sim, pool, log, n, t, 4));
    sim.schedule(3, () => pool.setCapacity(2), null);
    sim.run();
    expect(log.filter(([e]) => e.endsWith('starts'))).toEqual([['A starts', 3], ['B starts', 3], ['C starts', 7]]);
  });

  it('priority discipline serves lower priority values first, FIFO within a level', () => {
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 1, discipline: 'priority' });
    const order: string[] = [];
    const served = (name: string) => { order.push(name); sim.schedule(1, () => pool.release(), null); };
    pool.request(served, 'first', 5);
    pool.request(served, 'low-1', 9);
    pool.request(served, 'high', 1);
    pool.request(served, 'low-2', 9);
    pool.request(served, 'mid', 5);
    sim.run();
    expect(order).toEqual(['first', 'high', 'mid', 'low-1', 'low-2']);
  });

  it('reneging: a waiter whose patience runs out leaves the line; others are unaffected', () => {
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 1 });
    const log: Log = [];
    function* impatient(name: string, patience: number): ProcessGenerator {
      const got = yield* acquireWithin(pool, patience);
      log.push([`${name} ${got ? 'served' : 'reneged'}`, sim.now]);
      if (got) { yield 10; pool.release(); }
    }
    start(sim, impatient('A', 1));
    start(sim, impatient('B', 3));
    start(sim, impatient('C', 20));
    sim.run();
    expect(log).toEqual([['A served', 0], ['B reneged', 3], ['C served', 10]]);
    expect(pool.queueLength).toBe(0);
  });

  it('callback requests can be cancelled; release without a grant is an error', () => {
    const sim = new Simulation();
    const pool = new ServerPool(sim, { capacity: 1 });
    const got: string[] = [];
    pool.request((n: string) => got.push(n), 'A');
    const hb = pool.request((n: string) => got.push(n), 'B');
    pool.request((n: string) => got.push(n), 'C');
    expect(pool.cancel(hb)).toBe(true);
    expect(pool.cancel(hb)).toBe(false);
    sim.run();
    pool.release();
    sim.run();
    expect(got).toEqual(['A', 'C']);
    pool.release();
    expect(() => pool.release()).toThrow(/without a granted request/);
  });
});

describe('Store', () => {
  it('get waits for a put; put waits when full', () => {
    const sim = new Simulation();
    const store = new Store<string>(sim, 1);
    const log: Log = [];
    function* producer(): ProcessGenerator {
      for (const item of ['x', 'y', 'z']) {
        yield* give(store, item);
        log.push([`put ${item}`, sim.now]);
      }
    }
    function* consumer(): ProcessGenerator {
      yield 5;
      for (let i = 0; i < 3; i++) {
        const item = yield* take(store);
        log.push([`got ${item}`, sim.now]);
        yield 2;
      }
    }
    start(sim, producer());
    start(sim, consumer());
    sim.run();
    expect(log).toEqual([
      ['put x', 0], ['got x', 5], ['put y', 5], ['got y', 7], ['put z', 7], ['got z', 9],
    ]);
  });
});
