// The visualizer's workspace and link safety without a browser: undo history, the baseline and
// what the charts leave out, patches and levers from a link, the pre-run work estimate, the
// result cache's key and summary, and lesson progress kept across visits.

import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, runScenario, scenarioHash, type ResultDocument } from '../../sim/index.ts';
import { bundledByStem, bundledFiles } from '../../viz/app/bundled.ts';
import { fromBundled, fromSpec, withText } from '../../viz/app/entries.ts';
import { emptyHistory, MAX_STEPS, push, redo, redoLabel, undo, undoLabel } from '../../viz/app/history.ts';
import { checkLevers } from '../../viz/app/levers.ts';
import { initialState } from '../../viz/app/link-state.ts';
import { applyPatch, checkPatch, type Patch } from '../../viz/app/patch.ts';
import { cacheKey, summaryOf } from '../../viz/app/result-cache.ts';
import { compared, DEFAULT_REPLICATIONS, leftOut, replaceEntry, runKey, sameWorkspace, withWorkspace, workspaceOf, type AppState } from '../../viz/app/state.ts';
import { readLink } from '../../viz/app/url-state.ts';
import { arrivalsPerReplication, estimateWork, LIMITS } from '../../viz/app/work-estimate.ts';
import { lessons } from '../../viz/lessons/catalog.ts';
import { newProgress, parseProgress, serializeProgress } from '../../viz/lessons/progress.ts';

const SY = 'san-ysidro-northbound';
const sy = () => bundledByStem(SY)!.scenario!;
const link = (edited: unknown[], extra = '') => `#s=${edited.map((_, i) => `~${i}`).join(',')}&e=${encodeURIComponent(JSON.stringify(edited))}${extra}`;

describe('undo history', () => {
  it('undoes and redoes in order, a new action clears redo, and labels say what each would do', () => {
    let h = emptyHistory<number>();
    h = push(h, 'one', 0, 1, { at: 0 });
    h = push(h, 'two', 1, 2, { at: 10_000 });
    expect([undoLabel(h), redoLabel(h)]).toEqual(['two', null]);
    const u = undo(h)!;
    expect([u.state, u.label, undoLabel(u.history), redoLabel(u.history)]).toEqual([1, 'two', 'one', 'two']);
    const r = redo(u.history)!;
    expect([r.state, undoLabel(r.history), redoLabel(r.history)]).toEqual([2, 'two', null]);
    const u2 = undo(undo(r.history)!.history)!;
    expect(u2.state).toBe(0);
    expect(undo(u2.history)).toBeNull();
    const branched = push(undo(h)!.history, 'three', 1, 3, { at: 20_000 });
    expect(redoLabel(branched)).toBeNull();
    expect(redo(branched)).toBeNull();
  });

  it('merges quick repeats of the same action on the same thing into one step, and nothing else', () => {
    let h = emptyHistory<string>();
    h = push(h, 'edit A', 'a0', 'a1', { key: 'edit:A', at: 0 });
    h = push(h, 'edit A', 'a1', 'a2', { key: 'edit:A', at: 1000 });
    h = push(h, 'edit A', 'a2', 'a3', { key: 'edit:A', at: 2000 });
    expect(h.past).toHaveLength(1);
    expect([h.past[0].before, h.past[0].after]).toEqual(['a0', 'a3']);
    // Another card, a pause, or no key: a step of its own.
    h = push(h, 'edit B', 'b0', 'b1', { key: 'edit:B', at: 2100 });
    h = push(h, 'edit B', 'b1', 'b2', { key: 'edit:B', at: 9000 });
    h = push(h, 'seed', 's0', 's1', { at: 9100 });
    h = push(h, 'seed', 's1', 's2', { at: 9200 });
    expect(h.past.map((s) => s.after)).toEqual(['a3', 'b1', 'b2', 's1', 's2']);
    // A redone step does not swallow the next edit.
    const again = redo(undo(h)!.history)!.history;
    expect(push(again, 'seed', 's2', 's3', { key: null, at: 9300 }).past).toHaveLength(6);
  });

  it('keeps at most MAX_STEPS steps, dropping the oldest', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < MAX_STEPS + 5; i++) h = push(h, `step ${i}`, i, i + 1, { at: i * 10_000 });
    expect(h.past).toHaveLength(MAX_STEPS);
    expect(h.past[0].before).toBe(5);
  });
});

function stateWith(hash: string): AppState {
  return initialState(hash);
}

function withResult(s: AppState, id: string): AppState {
  const e = s.entries.find((x) => x.id === id)!;
  const doc = { scenario: { name: e.scenario?.name } } as unknown as ResultDocument;
  return replaceEntry(s, { ...e, run: { ...e.run, status: 'done', result: doc, ran: e.scenario, key: runKey(s, e), seed: s.seed } });
}

describe('the baseline and the charts', () => {
  it('a baseline with errors holds the charts (never another card in its place) and is named as left out', () => {
    let s = stateWith('#s=san-ysidro-northbound,san-ysidro-sentri-conversion&b=0');
    const [a, b] = s.entries;
    s = withResult(withResult(s, a.id), b.id);
    expect(compared(s).map((e) => e.id)).toEqual([a.id, b.id]);
    // A typo in the baseline's text.
    const typo = withText(s.entries[0], s.entries[0].text.replace(/^horizonHours: (\d+)$/m, 'horizonHours: "$1x"'));
    expect(typo.scenario).toBeNull();
    s = replaceEntry(s, typo);
    expect(s.baselineId).toBe(a.id);
    expect(compared(s)).toEqual([]);
    expect(leftOut(s).map((x) => [x.entry.id, x.reason])).toEqual([[a.id, 'errors']]);
  });

  it('a non-baseline card with errors is left out of the charts and named; the baseline stays first', () => {
    let s = stateWith('#s=san-ysidro-northbound,san-ysidro-sentri-conversion&b=1');
    const [a, b] = s.entries;
    s = withResult(withResult(s, a.id), b.id);
    expect(compared(s).map((e) => e.id)).toEqual([b.id, a.id]);
    s = replaceEntry(s, withText(s.entries[0], 'ports: [\n'));
    expect(compared(s).map((e) => e.id)).toEqual([b.id]);
    expect(leftOut(s).map((x) => x.entry.id)).toEqual([a.id]);
  });

  it('a workspace snapshot restores cards and settings, and tells real changes from run updates', () => {
    let s = stateWith('#s=san-ysidro-northbound&seed=4&r=3');
    const before = workspaceOf(s);
    expect(sameWorkspace(before, workspaceOf(withResult(s, s.entries[0].id)))).toBe(true);
    s = { ...s, seed: 9, replications: 5, entries: s.entries.map((e) => ({ ...e, chosen: false })) };
    expect(sameWorkspace(before, workspaceOf(s))).toBe(false);
    const back = withWorkspace(s, before);
    expect([back.seed, back.replications, back.entries[0].chosen]).toEqual([4, 3, true]);
  });
});

describe('links', () => {
  it('never write outside the scenario: prototype paths are refused with a message and nothing is polluted', () => {
    const poisoned: Patch[] = [
      [[['__proto__', 'polluted'], 'yes']],
      [[['constructor', 'prototype', 'polluted'], 'yes']],
      [[['ports', 0, '__proto__', 'polluted'], 'yes']],
      JSON.parse('[[["ports", 0], {"__proto__": {"polluted": "yes"}}]]'),
    ];
    for (const p of poisoned) {
      const s = stateWith(link([{ b: SY, n: 'Poisoned', p }]));
      expect(s.entries).toHaveLength(1);
      expect(s.entries[0].scenario).toBeNull();
      expect(s.entries[0].problems.join(' ')).toMatch(/not allowed/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
    // applyPatch itself refuses, whoever calls it.
    expect(() => applyPatch({}, [[['__proto__', 'polluted'], 1]])).toThrow(/not allowed/);
    // A name on a list would change the list itself ("length": 2³²) rather than a field.
    expect(() => applyPatch({ ports: [{ id: 'a' }] }, [[['ports', 'length'], 4294967296]])).toThrow(/names "length" of a list/);
    expect(() => applyPatch({ ports: [{ id: 'a' }] }, [[['ports', 'x', 'id'], 'b']])).toThrow(/names "x" of a list/);
    expect(applyPatch({ ports: [{ id: 'a' }] }, [[['ports', 0, 'id'], 'b']])).toEqual({ ports: [{ id: 'b' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('patches of the wrong shape give a message on the card, never an exception', () => {
    const shapes: unknown[] = [[null], 5, 'ports', { a: 1 }, [[5]], [['ports']], [[['ports', -1], 1]], [[['ports', 0.5], 1]], [[['ports'], 1, 2]]];
    for (const p of shapes) {
      expect(checkPatch(p).ok, JSON.stringify(p)).toBe(false);
      const s = stateWith(link([{ b: SY, n: 'Odd', p }]));
      expect(s.entries[0].scenario, JSON.stringify(p)).toBeNull();
      expect(s.entries[0].problems[0], JSON.stringify(p)).toMatch(/^link: the changes \(p\) were refused: /);
    }
    // Well-formed but a wrong value: the schema names the field.
    const s = stateWith(link([{ b: SY, n: 'Text where a number goes', p: [[['ports', 0, 'flows', 0, 'perDay'], 'many']] }]));
    expect(s.entries[0].problems.join(' ')).toMatch(/ports\[0\]\.flows\[0\]\.perDay/);
    // A string where an object is expected.
    const t = stateWith(link([{ b: SY, n: 'String port', p: [[['ports', 0], 'a port']] }]));
    expect(t.entries[0].scenario).toBeNull();
    expect(t.entries[0].problems.length).toBeGreaterThan(0);
  });

  it('levers from a link are checked for shape and range', () => {
    expect(checkLevers({ booths: { 'san-ysidro/general': 30 }, alert: true })).toBeNull();
    for (const l of [null, 5, [], { booths: 5 }, { booths: { x: -1 } }, { booths: { x: 1.5 } }, { byHour: { x: [1, 2] } }, { enrolled: 2 }, { alert: 'yes' }, { warp: 1 }, JSON.parse('{"booths": {"__proto__": 1}}')]) {
      expect(checkLevers(l), JSON.stringify(l)).not.toBeNull();
      const s = stateWith(link([{ b: SY, n: 'Levers', l }]));
      expect(s.entries[0].scenario).toBeNull();
      expect(s.entries[0].problems[0]).toMatch(/^link: levers/);
    }
  });

  it('malformed link state gives messages and the page opens with the rest', () => {
    const cut = link([{ b: SY, n: 'Cut', p: [[['horizonHours'], 24]] }]).slice(0, -12);
    const r = readLink(`${cut}&r=3`);
    expect(r.problems.join(' ')).toMatch(/not valid JSON/);
    const s = stateWith(cut);
    expect(s.linkProblems.join(' ')).toMatch(/not valid JSON/);
    // The first two bundled scenarios instead of nothing.
    expect(s.entries).toHaveLength(2);
    expect(readLink('#s=no-such-file&r=abc&seed=-1&h=0').problems).toHaveLength(3);
    expect(stateWith('#s=no-such-file').linkProblems.join(' ')).toMatch(/does not have: "no-such-file"/);
    expect(readLink('#e=5').problems.join(' ')).toMatch(/should be a list/);
    expect(readLink('#e=[5,{"b":"x","n":"y"}]').state.edited?.[1]).toEqual({ b: 'x', n: 'y' });
    // A link cut inside an escape: named, not thrown.
    expect(readLink('#s=%E0%A4%A').problems.join(' ')).toMatch(/cannot be read/);
    expect(() => stateWith('#s=~3&e=[]')).not.toThrow();
    expect(stateWith('#s=~3&e=[]').linkProblems.join(' ')).toMatch(/does not contain/);
  });
});

describe('the pre-run work estimate', () => {
  const base = sy();
  const flat = { ...base, horizonHours: 48, ports: base.ports.map((p) => ({ ...p, flows: p.flows.map((f) => ({ ...f, hourlyProfile: undefined, dayOfWeek: undefined, holidayFactor: undefined, surges: [] })) })) };
  const perDay = flat.ports.flatMap((p) => p.flows).reduce((a, f) => a + f.perDay, 0);

  it('counts perDay × days exactly for flat traffic, and adds the busiest day factor and surges', () => {
    expect(arrivalsPerReplication(flat)).toBeCloseTo(perDay * 2, 6);
    expect(arrivalsPerReplication(flat, 24)).toBeCloseTo(perDay, 6);
    const f0 = flat.ports[0].flows[0];
    const busier = { ...flat, ports: [{ ...flat.ports[0], flows: [{ ...f0, dayOfWeek: [1, 1, 1, 1, 1.5, 1, 1], surges: [{ startHour: 10, endHour: 12, factor: 3 }] }] }] };
    // 1.5 × perDay a day for two days, plus a surge that adds 2× the hourly rate for 2 hours.
    expect(arrivalsPerReplication(busier)).toBeCloseTo(f0.perDay * 1.5 * 2 + ((f0.perDay * 1.5) / 24) * 2 * 2, 6);
  });

  it('lets every bundled scenario run at the default replications, and refuses a perDay of 1e12 before any run', () => {
    for (const f of bundledFiles) if (f.scenario) expect(estimateWork(f.scenario, DEFAULT_REPLICATIONS).refusal, f.stem).toBeNull();
    const huge = { ...flat, ports: [{ ...flat.ports[0], flows: [{ ...flat.ports[0].flows[0], perDay: 1e12 }] }] };
    const e = estimateWork(huge, 10);
    expect(e.arrivalsPerReplication).toBeCloseTo(2e12, -3);
    expect(e.refusal).toMatch(/2\.0 × 10\^12 arrivals in one replication/);
    // Just under and just over the per-replication limit.
    const at = (x: number) => ({ ...flat, ports: [{ ...flat.ports[0], flows: [{ ...flat.ports[0].flows[0], perDay: x }] }] });
    expect(estimateWork(at(LIMITS.arrivalsPerReplication / 2 - 1), 1).refusal).toBeNull();
    expect(estimateWork(at(LIMITS.arrivalsPerReplication / 2 + 1), 1).refusal).toMatch(/in one replication/);
    // Many replications of a fine scenario: refused for the total.
    expect(estimateWork(at(1e6), 100).refusal).toMatch(/over 100 replications/);
  });
});

describe('the result cache', () => {
  it('keys by engine version and run key, and the summary drops the per-hour series and the runs', () => {
    const s = bundledByStem('mmc-theory-check')!.scenario!;
    const key = `${scenarioHash(s)}|1|2|`;
    expect(cacheKey(key)).toBe(`${ENGINE_VERSION}|${key}`);
    expect(cacheKey(key, '9.9.9')).not.toBe(cacheKey(key));
    const doc = runScenario({ ...s, horizonHours: 24 }, { seed: 1, replications: 2 });
    const small = summaryOf(doc) as Record<string, unknown>;
    const text = JSON.stringify(small);
    expect(text).not.toMatch(/"byHour"|"timeline"|"runs"/);
    expect(small.summary).toEqual(doc.summary);
    expect(text.length).toBeLessThan(JSON.stringify(doc).length / 5);
  });
});

describe('lesson progress', () => {
  it('survives a round trip through storage, and drops what no longer fits the lessons', () => {
    const l = lessons[0];
    const map = new Map(lessons.map((x) => [x.id, newProgress()]));
    map.get(l.id)!.prediction = 1;
    map.get(l.id)!.done.add(l.tasks[0].id);
    const text = serializeProgress(l.id, map);
    const back = parseProgress(text, lessons);
    expect(back.current).toBe(l.id);
    expect(back.progress.get(l.id)!.prediction).toBe(1);
    expect([...back.progress.get(l.id)!.done]).toEqual([l.tasks[0].id]);
    const odd = parseProgress(JSON.stringify({ current: 'gone', lessons: { [l.id]: { prediction: 99, done: ['nope', l.tasks[0].id] } } }), lessons);
    expect(odd.current).toBeNull();
    expect(odd.progress.get(l.id)!.prediction).toBeNull();
    expect([...odd.progress.get(l.id)!.done]).toEqual([l.tasks[0].id]);
    expect(parseProgress('{not json', lessons).current).toBeNull();
    expect(parseProgress(null, lessons).progress.size).toBe(lessons.length);
  });
});

// Keeps fromBundled and fromSpec in this file's imports honest: a clean link rebuilds its card.
describe('a clean link', () => {
  it('rebuilds the scenario it describes', () => {
    const e = fromSpec({ b: SY, n: 'Shorter', p: [[['horizonHours'], 36]] })!;
    expect(e.problems).toEqual([]);
    expect(e.scenario?.horizonHours).toBe(36);
    expect(fromBundled(bundledByStem(SY)!, true).scenario?.horizonHours).toBe(sy().horizonHours);
  });
});
