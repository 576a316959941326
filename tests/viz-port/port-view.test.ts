// @vitest-environment jsdom
// The animated port view, driven by a real LiveRun: booths, states, overflow, step, scrub, side by side, journeys.
import { describe, expect, it } from 'vitest';
import { mountPortView, manualTicker, Playback, speedText, type PortViewHandle } from '../../viz/port-view/index.ts';
import { formatFixed } from '../../viz/i18n/number.ts';
import { loadBundled, loadText, SCREENING_YAML } from './helpers.ts';

const mmc = loadBundled('mmc-theory-check.yaml');
const screening = loadText(SCREENING_YAML);
const fixedClock = () => 0;

function mount(scenarios: { name: string; scenario: typeof mmc }[], extra: Partial<Parameters<typeof mountPortView>[1]> = {}): { el: HTMLElement; view: PortViewHandle; ticker: ReturnType<typeof manualTicker> } {
  const el = document.createElement('div');
  document.body.append(el);
  const ticker = manualTicker();
  const view = mountPortView(el, { scenarios, seed: 11, ticker, now: fixedClock, autoplay: false, startAt: 'start', ...extra });
  return { el, view, ticker };
}

function boothStatesIn(el: Element, band?: string): string[] {
  const sel = band ? `g.booth[data-band="${band}"]` : 'g.booth';
  return [...el.querySelectorAll(sel)].map((b) => b.getAttribute('data-state')!);
}

const count = (xs: string[], s: string) => xs.filter((x) => x === s).length;

describe('port view', () => {
  it('draws one booth mark per booth of the scenario', () => {
    const { el, view } = mount([{ name: 'M/M/3', scenario: mmc }]);
    const booths = mmc.ports[0].laneGroups.reduce((n, l) => n + l.booths, 0);
    expect(el.querySelectorAll('g.booth').length).toBe(booths);
    expect(el.querySelectorAll('g.booth title')[0].textContent).toMatch(/booth 1: (closed|open, idle|busy|closing)$/);
    view.destroy();
  });

  it('shows booth states that match the live snapshot after advancing', () => {
    const { el, view } = mount([{ name: 'screening', scenario: screening }]);
    // 30 min, then just after the 01:00 shift change (officers still finishing), then 2 h.
    for (const minutes of [30, 60 + 1 / 60, 61, 120]) {
      view.playback.seek(minutes * 60);
      view.playback.settle();
      view.redraw();
      const snap = view.playback.runs[0].snapshot();
      for (const lane of snap.ports[0].lanes) {
        const states = boothStatesIn(el, `lane:${lane.id}`);
        expect(states.length).toBe(lane.booths);
        expect(count(states, 'busy') + count(states, 'closing')).toBe(lane.busy);
        expect(count(states, 'busy') + count(states, 'idle')).toBe(Math.min(lane.open, lane.booths));
        expect(count(states, 'closed') + count(states, 'closing')).toBe(lane.booths - Math.min(lane.open, lane.booths));
        // The state is written out, not only drawn.
        const texts = [...el.querySelectorAll(`g.booth[data-band="lane:${lane.id}"] title`)].map((t) => t.textContent);
        expect(texts.filter((t) => /closed$/.test(t!)).length).toBe(count(states, 'closed'));
      }
      const sec = snap.ports[0].secondary!;
      const bays = boothStatesIn(el, 'secondary');
      expect(bays.length).toBe(sec.bays);
      expect(count(bays, 'busy') + count(bays, 'closing')).toBe(sec.busy);
    }
    view.destroy();
  });

  it('shows officers finishing after their shift as "closing"', () => {
    const { el, view } = mount([{ name: 'screening', scenario: screening }]);
    view.playback.seek(3600 + 1);
    view.playback.settle();
    view.redraw();
    const lane = view.playback.runs[0].snapshot().ports[0].lanes[0];
    expect(lane.open).toBe(2);
    const states = boothStatesIn(el, 'lane:general');
    expect(count(states, 'closing')).toBe(Math.max(0, lane.busy - lane.open));
    view.destroy();
  });

  it('counts the vehicles it cannot draw: overflow = line length − marks drawn', () => {
    const jam = structuredClone(mmc);
    jam.ports[0].flows[0].perDay *= 2; // ρ = 1.6: the line grows without bound
    const { el, view } = mount([{ name: 'jam', scenario: jam }]);
    view.playback.seek(4 * 3600);
    view.playback.settle();
    view.redraw();
    const lane = view.playback.runs[0].snapshot().ports[0].lanes[0];
    const drawn = el.querySelectorAll('g.vehicle[data-stage="in-line"]').length;
    const counts = [...el.querySelectorAll('g.segment[data-group="lane:booths"] text.overflow')];
    const overflow = counts.reduce((n, c) => n + Number(c.getAttribute('data-overflow')), 0);
    expect(lane.lineLength).toBeGreaterThan(drawn);
    expect(overflow).toBe(lane.lineLength - drawn);
    // The count is written above the columns it belongs to ("+132 more", or "+132" over a narrow group).
    expect(counts.map((c) => c.textContent).join(' ')).toMatch(new RegExp(`^\\+${formatFixed(overflow, 0)}( more)?$`));
    view.destroy();
  });

  it('steps exactly one event', () => {
    const { el, view } = mount([{ name: 'M/M/3', scenario: mmc }]);
    view.playback.seek(600);
    view.playback.settle();
    const before = view.playback.runs[0].snapshot().events;
    (el.querySelector('button.bf-pv-step') as HTMLButtonElement).click();
    expect(view.playback.runs[0].snapshot().events).toBe(before + 1);
    expect(view.playback.playing).toBe(false);
    expect(el.querySelector('.bf-pv-controls [role=status]')!.textContent).toMatch(/^Stepped to \d\d:\d\d:\d\d in scenario A: /);
    // The event log lists the latest vehicle events, newest first.
    (el.querySelector('details.bf-pv-log-panel') as HTMLDetailsElement).open = true;
    view.redraw();
    const times = [...el.querySelectorAll('ol.bf-pv-log li')].map((li) => Number(li.getAttribute('data-time')));
    expect(times.length).toBe(12);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThanOrEqual(times[i - 1]);
    expect(times[0]).toBeLessThanOrEqual(view.playback.time);
    view.destroy();
  });

  it('scrubbing back then forward to the same time gives the identical state', () => {
    const p = new Playback({ scenarios: [screening], seed: 3, now: fixedClock });
    // Reach 100 min by playing in frames of varied size, then scrub back and forward.
    p.setSpeed(600);
    p.play();
    while (p.time < 100 * 60) p.tick(p.time < 3000 ? 0.1 : 0.037);
    const t = p.time;
    const snap = p.snapshots();
    const vehicles = p.runs[0].vehicles();
    p.seek(10 * 60);
    p.settle();
    expect(p.time).toBe(600);
    p.seek(t);
    p.settle();
    expect(p.snapshots()).toEqual(snap);
    expect(p.runs[0].vehicles()).toEqual(vehicles);
  });

  it('a work budget that runs out mid-slice still leaves a state that scrubbing reproduces', () => {
    const capped = new Playback({ scenarios: [screening, mmc], seed: 5, now: fixedClock, frameBudget: { maxEvents: 37, maxMs: Infinity } });
    capped.setSpeed(3600);
    capped.play();
    for (let i = 0; i < 40; i++) capped.tick(0.05);
    const [a, b] = capped.snapshots();
    expect(a.time).toBe(b.time);
    expect(a.time).toBeLessThan(40 * 0.05 * 3600);
    const fresh = new Playback({ scenarios: [screening, mmc], seed: 5, now: fixedClock });
    fresh.seek(a.time);
    fresh.settle();
    expect(fresh.snapshots()).toEqual([a, b]);
  });

  it('two scenarios side by side share one clock and one set of controls', () => {
    const wider = structuredClone(mmc);
    wider.ports[0].laneGroups[0].booths = 4;
    wider.name = 'M/M/4';
    const { el, view, ticker } = mount([
      { name: 'M/M/3', scenario: mmc },
      { name: 'M/M/4', scenario: wider },
    ]);
    expect(el.querySelectorAll('.bf-pv-pane').length).toBe(2);
    expect(el.querySelectorAll('button.bf-pv-play').length).toBe(1);
    (el.querySelector('button.bf-pv-play') as HTMLButtonElement).click();
    expect(ticker.pending).toBe(true);
    for (let i = 0; i < 30; i++) ticker.fire(16);
    const [a, b] = view.playback.snapshots();
    expect(a.time).toBeGreaterThan(0);
    expect(a.time).toBe(b.time);
    const clocks = [...el.querySelectorAll('.bf-pv-clock')].map((c) => c.textContent);
    expect(clocks[0]).toBe(clocks[1]);
    // Same seed: the same traffic arrives at both.
    expect(a.ports[0].arrived).toBe(b.ports[0].arrived);
    // One step moves the shared clock for both.
    view.playback.step();
    const [a2, b2] = view.playback.snapshots();
    expect(a2.time).toBe(b2.time);
    expect(a2.events - a.events + (b2.events - b.events)).toBe(1);
    view.destroy();
  });

  it('frames advance the clock by real time × speed', () => {
    const { view, ticker } = mount([{ name: 'M/M/3', scenario: mmc }], { autoplay: true, speed: 60 });
    expect(view.playback.playing).toBe(true);
    ticker.fire(0);
    for (let i = 0; i < 10; i++) ticker.fire(100);
    expect(view.playback.time).toBeCloseTo(60, 6);
    view.destroy();
  });

  it('opens a journey with its stages in order and non-decreasing times', () => {
    const { el, view } = mount([
      { name: 'screening', scenario: screening },
      { name: 'screening again', scenario: screening },
    ]);
    view.playback.seek(2 * 3600);
    view.playback.settle();
    view.redraw();
    // A vehicle that was referred and has left, and one still in line or at a booth.
    const run = view.playback.runs[0];
    const gone = run.recentlyExited().find((v) => v.referral !== null && v.secondaryEnd !== null)!;
    expect(gone).toBeTruthy();
    view.select({ pane: 0, port: 0, id: gone.id });
    const col = el.querySelector('.bf-pv-journey [data-pane="0"]')!;
    const stages = [...col.querySelectorAll('li')].map((li) => li.getAttribute('data-stage'));
    expect(stages).toEqual(['arrive', 'lane', 'primary-start', 'primary-end', 'referral', 'secondary-start', 'secondary-end', 'exit']);
    const times = [...col.querySelectorAll('li')].map((li) => Number(li.getAttribute('data-time')));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]);
    expect(col.querySelector('li[data-stage="referral"]')!.textContent).toMatch(/reason/);
    // The same traveler in the other pane (same scenario, same seed) has the same journey.
    const other = el.querySelector('.bf-pv-journey [data-pane="1"]')!;
    expect([...other.querySelectorAll('li')].map((li) => li.getAttribute('data-time'))).toEqual(times.map(String));

    // Click a vehicle mark: its journey opens, stages not reached yet have no time.
    for (let t = 2 * 3600; !el.querySelector('.bf-pv-pane[data-pane="0"] g.vehicle[data-stage="in-line"]'); t += 120) {
      view.playback.seek(t);
      view.playback.settle();
      view.redraw();
    }
    const mark = el.querySelector('.bf-pv-pane[data-pane="0"] g.vehicle[data-stage="in-line"]') as SVGGElement;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const id = Number(mark.getAttribute('data-vehicle'));
    expect(el.querySelector('.bf-pv-journey h3')!.textContent).toContain(`#${id}`);
    const reached = [...el.querySelectorAll('.bf-pv-journey [data-pane="0"] li')].map((li) => li.getAttribute('data-reached'));
    expect(reached.slice(0, 2)).toEqual(['true', 'true']);
    expect(reached[2]).toBe('false');
    // Enter on a focused mark selects too.
    const another = el.querySelector('.bf-pv-pane[data-pane="0"] g.vehicle[data-stage="at-primary"]') as SVGGElement;
    another.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(el.querySelector('.bf-pv-journey h3')!.textContent).toContain(`#${another.getAttribute('data-vehicle')}`);
    view.destroy();
  });

  it('labels the speed slider and starts paused under reduced motion', () => {
    const { el, view } = mount([{ name: 'M/M/3', scenario: mmc }], { reducedMotion: true, autoplay: true });
    expect(view.playback.playing).toBe(false);
    const speed = el.querySelector('input.bf-pv-speed') as HTMLInputElement;
    expect(speed.getAttribute('aria-valuetext')).toBe(speedText(60));
    expect(speedText(60)).toMatch(/^60× real time/);
    speed.value = '0';
    speed.dispatchEvent(new Event('input'));
    expect(view.playback.speed).toBe(0);
    expect(speed.getAttribute('aria-valuetext')).toBe('paused');
    expect(el.querySelector('label[for="' + speed.id + '"]')).toBeTruthy();
    view.destroy();
  });

  it('skip to results runs to the horizon; the Little\'s-law panel reports L and λW', () => {
    const { el, view, ticker } = mount([{ name: 'screening', scenario: screening }]);
    (el.querySelector('details.bf-pv-little-panel') as HTMLDetailsElement).open = true;
    (el.querySelector('button.bf-pv-skip') as HTMLButtonElement).click();
    while (ticker.fire(16));
    expect(view.playback.done).toBe(true);
    expect(view.playback.time).toBe(screening.horizonHours * 3600);
    const row = el.querySelector('details.bf-pv-little-panel tr[data-lane="general"]')!;
    const cells = [...row.querySelectorAll('td')].map((c) => c.textContent!);
    const L = Number(cells[1]);
    const lw = Number(cells[4]);
    expect(L).toBeGreaterThan(0);
    expect(Math.abs(L - lw) / L).toBeLessThan(0.5);
    view.destroy();
  });

  it('opens at the busiest hour, with a start-of-day control and one to jump back', () => {
    const peaked = loadText(SCREENING_YAML.replace('        perDay: 2400', `        perDay: 2400\n        hourlyProfile: [${Array.from({ length: 24 }, (_, h) => (h === 2 ? 5 : 1)).join(', ')}]`));
    const { el, view, ticker } = mount([{ name: 'peaked', scenario: peaked }], { startAt: 'busiest' });
    expect(view.busiest.time).toBe(2 * 3600);
    expect(view.playback.seeking).toBe(true);
    while (ticker.fire(16));
    expect(view.playback.time).toBe(2 * 3600);
    expect(el.querySelector('.bf-pv-clock')!.textContent).toMatch(/^Day 1 \(Monday\) 02:00:00/);
    expect(el.querySelector('.bf-pv-busiest')!.textContent).toContain('02:00');
    (el.querySelector('button.bf-pv-start') as HTMLButtonElement).click();
    while (ticker.fire(16));
    expect(view.playback.time).toBe(0);
    (el.querySelector('button.bf-pv-busiest-hour') as HTMLButtonElement).click();
    while (ticker.fire(16));
    expect(view.playback.time).toBe(2 * 3600);
    view.destroy();
  });

  it('fills the event log when it is opened while paused', () => {
    const { el, view } = mount([{ name: 'screening', scenario: screening }]);
    view.playback.seek(1800);
    view.playback.settle();
    view.redraw();
    expect(view.playback.playing).toBe(false);
    const log = el.querySelector('details.bf-pv-log-panel') as HTMLDetailsElement;
    expect(el.querySelectorAll('ol.bf-pv-log li').length).toBe(0);
    log.open = true;
    log.dispatchEvent(new Event('toggle'));
    const items = [...el.querySelectorAll('ol.bf-pv-log li')];
    expect(items.length).toBe(12);
    expect(items.every((li) => Number((li as HTMLElement).dataset.time) <= 1800)).toBe(true);
    view.destroy();
  });

  it('switches between the region and each port of a region scenario in both panes', () => {
    const region = loadBundled('san-diego-region.yaml');
    const other = loadBundled('san-diego-region-no-switching.yaml');
    const { el, view } = mount([
      { name: 'switching', scenario: region },
      { name: 'no switching', scenario: other },
    ]);
    const buttons = [...el.querySelectorAll('.bf-pv-switch button')] as HTMLButtonElement[];
    expect(buttons.map((b) => b.dataset.view)).toEqual(['region', 'san-ysidro', 'otay-mesa']);
    expect(el.querySelectorAll('svg.bf-region-svg').length).toBe(2);
    expect(el.querySelectorAll('svg.bf-region-svg g.node').length).toBe(4);
    expect(el.querySelector('svg.bf-region-svg g.link text.drive')!.textContent).toBe('25 min drive');
    buttons[2].click();
    expect(buttons[2].getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelectorAll('svg.bf-region-svg').length).toBe(0);
    const booths = region.ports[1].laneGroups.reduce((n, l) => n + l.booths, 0);
    expect(el.querySelectorAll('.bf-pv-pane[data-pane="0"] g.booth:not([data-band="secondary"])').length).toBe(booths);
    expect(el.querySelector('.bf-pv-pane h4')!.textContent).toBe(region.ports[1].name);
    view.show({ kind: 'region' });
    expect(el.querySelectorAll('svg.bf-region-svg').length).toBe(2);
    view.destroy();
  });
});
