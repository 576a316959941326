// One scenario's side of the port view: its name, clock and counters, the plaza of the port shown
// (or the region of several ports), the lane key, and the optional event log and Little's-law panels.

import type { LiveRun, LiveSnapshot, Scenario, VehicleView } from '../../sim/index.ts';
import { t } from './texts.ts';
import { formatFixed } from '../i18n/number.ts';
import type { ExitTracker } from './exit-tracker.ts';
import { recentEvents } from './event-log.ts';
import { littlesLaw } from './littles-law.ts';
import { layoutPlaza, LANE_TYPE_COLOUR, PLAZA, type SeatingMemory } from './plaza-layout.ts';
import { count, dayClock, laneTypeName, vehicleWho } from './plaza-text.ts';
import { layoutRegion } from './region-layout.ts';
import { createPlazaSvg, createRegionSvg, renderPlaza, renderRegion } from './render-plaza.ts';
import { clockText } from './sim-clock.ts';

export interface VehicleRef {
  pane: number;
  port: number;
  id: number;
}

/** What a pane shows: the region (several ports) or one port's plaza, by port id. */
export type PaneView = { kind: 'region' } | { kind: 'port'; id: string };

export interface PaneHooks {
  onSelect(ref: VehicleRef): void;
  /** A panel was opened or closed, or the pane changed width: draw again now (even while paused). */
  onChange(): void;
}

export interface Pane {
  element: HTMLElement;
  draw(run: LiveRun, tracker: ExitTracker, selected: VehicleRef | null, view: PaneView): LiveSnapshot;
  /** Forgets per-frame memory (booth seats) after the runs are re-created. */
  reset(): void;
}

const LOG_LENGTH = 12;

/** Whether the port screens vehicles before primary (imaging) or on every lane (radiation portals): the plaza then shows an imaging area. */
export function screensTrucks(port: Scenario['ports'][number]): boolean {
  return port.imaging !== undefined || port.radiationMonitors !== undefined;
}

export function createPane(doc: Document, index: number, name: string, scenario: Scenario, hooks: PaneHooks): Pane {
  const section = doc.createElement('section');
  section.className = 'bf-pv-pane';
  section.dataset.pane = String(index);
  const letter = String.fromCharCode(65 + index);
  section.setAttribute('aria-label', t('plaza:pane.aria', { letter, name }));
  const h = doc.createElement('h3');
  h.textContent = t('plaza:pane.title', { letter, name });
  const clock = doc.createElement('p');
  clock.className = 'bf-pv-clock';
  const counters = doc.createElement('dl');
  counters.className = 'bf-pv-counters';
  const portTitle = doc.createElement('h4');
  portTitle.className = 'bf-pv-port-title';
  const wrap = doc.createElement('div');
  wrap.className = 'bf-pv-svg-wrap';
  const plazaSvg = createPlazaSvg(doc);
  const regionSvg = createRegionSvg(doc);
  wrap.append(plazaSvg);
  const caption = doc.createElement('p');
  caption.className = 'bf-pv-caption';
  const key = doc.createElement('ul');
  key.className = 'bf-pv-lane-key';
  key.setAttribute('aria-label', t('plaza:group.heading'));
  section.append(h, clock, counters, portTitle, wrap, caption, key);

  const memories: SeatingMemory[] = scenario.ports.map(() => new Map());
  // When each driver now on the road was first seen there, by "port:id": how far along the road
  // to draw it. Only drivers on the road are kept.
  let setOut = new Map<string, number>();
  let lastTime: number | null = null;

  const log = details(doc, t('plaza:log.summary', { n: LOG_LENGTH }), 'bf-pv-log-panel');
  const logList = doc.createElement('ol');
  logList.className = 'bf-pv-log';
  log.append(logList);
  const little = details(doc, t('plaza:little.summary'), 'bf-pv-little-panel');
  const littleBody = doc.createElement('div');
  little.append(littleBody);
  section.append(log, little);
  // Opening a panel while paused must fill it now, not at the next frame (there may be none).
  log.addEventListener('toggle', () => hooks.onChange());
  little.addEventListener('toggle', () => hooks.onChange());

  // Redraw when the pane changes width, so the booths wrap to the space there is.
  let width = 0;
  const measure = (): number => {
    const w = Math.floor(wrap.clientWidth);
    return w > 0 ? w : PLAZA.width;
  };
  const View = doc.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null;
  if (View?.ResizeObserver) {
    new View.ResizeObserver(() => {
      if (Math.abs(measure() - width) >= 8) hooks.onChange();
    }).observe(wrap);
  }

  const laneLabels = scenario.ports.map((p) => new Map(p.laneGroups.map((l) => [l.id, l.label ?? l.id])));
  const portNames = scenario.ports.map((p) => p.name);
  const imagingAt = scenario.ports.map(screensTrucks);

  return {
    element: section,
    reset() {
      for (const m of memories) m.clear();
      setOut.clear();
      lastTime = null;
    },
    draw(run, tracker, selected, view) {
      const snap = run.snapshot();
      width = measure();
      clock.textContent = dayClock(snap.clockHours, scenario.startDay, true) + (run.done ? ` · ${t('plaza:pane.endOfRun')}` : '');
      let arrived = 0, inLine = 0, atBooth = 0, inSecondary = 0, exited = 0, seized = 0;
      for (const p of snap.ports) {
        arrived += p.arrived;
        exited += p.exited;
        seized += p.seizures;
        for (const l of p.lanes) {
          inLine += l.lineLength;
          atBooth += l.busy;
        }
        if (p.secondary) inSecondary += p.secondary.lineLength + p.secondary.busy;
      }
      const byPort: VehicleView[][] = snap.ports.map((_, pi) => run.vehicles(pi));
      const seen = new Map<string, number>();
      byPort.forEach((vs, p) => {
        for (const v of vs) {
          if (v.stage !== 'driving') continue;
          const k = `${p}:${v.id}`;
          // Set out between the last drawing and this one; unknown for drivers already on the road at the first.
          seen.set(k, setOut.get(k) ?? (lastTime === null ? v.arrivedAt : Math.max(v.arrivedAt, lastTime)));
        }
      });
      setOut = seen;
      lastTime = snap.time;
      const items: [string, string, number][] = [
        ['arrived', t('plaza:counters.arrived'), arrived],
        ['in line for primary', t('plaza:counters.inLine'), inLine],
        ['at primary booths', t('plaza:counters.atBooth'), atBooth],
        ['in secondary', t('plaza:counters.inSecondary'), inSecondary],
      ];
      if (imagingAt.some(Boolean)) items.push(['at imaging', t('plaza:counters.atImaging'), byPort.reduce((n, vs) => n + vs.filter((v) => v.stage === 'imaging').length, 0)]);
      items.push(['left the port', t('plaza:counters.exited'), exited], ['seized', t(scenario.warmupHours > 0 ? 'plaza:counters.seizedAfterWarmup' : 'plaza:counters.seized'), seized]);
      setCounters(doc, counters, items);

      const region = view.kind === 'region' && snap.ports.length > 1;
      const pi = view.kind === 'port' ? Math.max(0, scenario.ports.findIndex((p) => p.id === view.id)) : 0;
      const time = clockText(snap.clockHours);
      const describe = (portIndex: number) => (v: VehicleView) => describeVehicle(v, laneLabels[portIndex]?.get(v.lane ?? '') ?? v.lane ?? '', scenario.startHour, portNames[portIndex] ?? '');
      if (region) {
        if (wrap.firstChild !== regionSvg) wrap.replaceChildren(regionSvg);
        portTitle.textContent = t('plaza:view.region');
        const layout = layoutRegion(scenario, snap.ports, byPort, snap.time, { width, setOut: (v, p) => setOut.get(`${p}:${v.id}`) ?? v.arrivedAt });
        renderRegion(regionSvg, layout, {
          label: t('plaza:region.label', { letter, time }),
          selected: null,
          // A driver is listed at the port it is heading for.
          onSelect: (id) => {
            const at = byPort.findIndex((vs) => vs.some((v) => v.id === id && v.stage === 'driving'));
            hooks.onSelect({ pane: index, port: Math.max(0, at), id });
          },
          describe: (v) => describe(Math.max(0, scenario.ports.findIndex((p) => p.id === v.port)))(v),
        });
        caption.textContent = '';
        key.replaceChildren();
      } else {
        if (wrap.firstChild !== plazaSvg) wrap.replaceChildren(plazaSvg);
        const port = snap.ports[pi];
        portTitle.textContent = snap.ports.length > 1 ? port.name : '';
        const layout = layoutPlaza(port, byPort[pi], scenario.ports[pi].laneGroups, { width, memory: memories[pi], imaging: imagingAt[pi] });
        renderPlaza(plazaSvg, layout, {
          label: t('plaza:plaza.label', { letter, port: port.name, time }),
          selected: selected && selected.port === pi ? selected.id : null,
          onSelect: (id) => hooks.onSelect({ pane: index, port: pi, id }),
          describe: describe(pi),
        });
        caption.textContent = t('plaza:plaza.traffic') + (layout.rows > 1 ? ` ${t('plaza:plaza.rows', { rows: layout.rows, perRow: layout.perRow })}` : '');
        drawKey(doc, key, layout.groups, port.secondary ? { ...port.secondary } : null, layout.imaging?.count ?? null);
      }

      if (log.open) {
        const li = region ? 0 : pi;
        const labels = laneLabels[li];
        const entries = recentEvents([...byPort[li], ...run.recentlyExited(li)], snap.time, LOG_LENGTH, (id) => labels.get(id) ?? id);
        logList.replaceChildren(
          ...entries.map((e) => {
            const item = doc.createElement('li');
            item.dataset.time = String(e.time);
            item.textContent = t('plaza:log.entry', { time: clockText(scenario.startHour + e.time / 3600, true), text: e.text });
            return item;
          }),
        );
        if (entries.length === 0) logList.replaceChildren(textItem(doc, t('plaza:log.empty')));
      }
      if (little.open) drawLittle(doc, littleBody, snap, byPort, tracker, laneLabels);
      return snap;
    },
  };
}

/** The lane key under the plaza: each lane group's colour, type, staffing and line, in plaza order; then secondary and imaging. */
function drawKey(
  doc: Document,
  ul: HTMLElement,
  groups: ReturnType<typeof layoutPlaza>['groups'],
  secondary: { bays: number; open: number; busy: number; lineLength: number } | null,
  imaging: number | null,
): void {
  const rows: { key: string; colour: string | null; title: string; text: string }[] = groups.map((g) => ({
    key: g.key,
    colour: LANE_TYPE_COLOUR[g.laneType],
    title: g.title === laneTypeName(g.laneType) ? g.title : `${g.title} · ${laneTypeName(g.laneType)}`,
    text: `${t('plaza:group.staffing', { booths: count(g.booths), open: count(Math.min(g.open, g.booths)), busy: count(g.busy) })} · ${t('plaza:group.line', { n: count(g.lineLength) })}`,
  }));
  if (secondary) {
    rows.push({
      key: 'secondary',
      colour: null,
      title: t('plaza:area.secondary'),
      text: t('plaza:area.secondaryCount', { bays: count(secondary.bays), open: count(Math.min(secondary.open, secondary.bays)), n: count(secondary.lineLength) }),
    });
  }
  if (imaging !== null) rows.push({ key: 'imaging', colour: null, title: t('plaza:area.imaging'), text: t('plaza:area.imagingCount', { n: count(imaging) }) });
  if (ul.childElementCount !== rows.length) {
    ul.replaceChildren(
      ...rows.map(() => {
        const li = doc.createElement('li');
        const sw = doc.createElement('span');
        sw.className = 'bf-pv-swatch';
        sw.setAttribute('aria-hidden', 'true');
        const b = doc.createElement('b');
        const s = doc.createElement('span');
        li.append(sw, b, doc.createTextNode(' '), s);
        return li;
      }),
    );
  }
  rows.forEach((r, i) => {
    const li = ul.children[i] as HTMLElement;
    li.dataset.group = r.key;
    const sw = li.children[0] as HTMLElement;
    sw.style.background = r.colour ?? 'transparent';
    sw.style.visibility = r.colour ? 'visible' : 'hidden';
    li.children[1].textContent = r.title;
    li.children[2].textContent = r.text;
  });
}

export function describeVehicle(v: VehicleView, laneLabel: string, startHour: number, portName = ''): string {
  const who = vehicleWho(v);
  const since = (s: number) => clockText(startHour + s / 3600);
  switch (v.stage) {
    case 'in-line':
      return t('plaza:vehicle.inLine', { who, lane: laneLabel, time: since(v.arrivedAt) });
    case 'at-primary':
      return t('plaza:vehicle.atPrimary', { who, lane: laneLabel, time: since(v.primaryStart ?? v.arrivedAt) });
    case 'secondary-line':
      return t('plaza:vehicle.secondaryLine', { who, time: since(v.primaryEnd ?? v.arrivedAt) });
    case 'at-secondary':
      return t('plaza:vehicle.atSecondary', { who, time: since(v.secondaryStart ?? v.arrivedAt) });
    case 'imaging':
      return t('plaza:vehicle.imaging', { who, time: since(v.arrivedAt) });
    case 'driving':
      return t('plaza:vehicle.driving', { who, port: portName, time: since(v.arrivedAt) });
    default:
      return t('plaza:vehicle.exited', { who });
  }
}

function drawLittle(doc: Document, body: HTMLElement, snap: LiveSnapshot, byPort: VehicleView[][], tracker: ExitTracker, labels: Map<string, string>[]): void {
  if (!tracker.complete) {
    body.replaceChildren(textItem(doc, t('plaza:little.unavailable'), 'p'));
    return;
  }
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  for (const c of ['laneGroup', 'L', 'lambda', 'W', 'lambdaW', 'still']) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = t(`plaza:little.${c}`);
    head.append(th);
  }
  const tb = table.createTBody();
  snap.ports.forEach((port, pi) => {
    const rows = littlesLaw(snap.time, port.lanes.map((l) => ({ id: l.id, label: labels[pi].get(l.id) ?? l.id })), tracker.lanes[pi], byPort[pi]);
    for (const r of rows) {
      const tr = tb.insertRow();
      tr.dataset.lane = r.lane;
      for (const v of [r.label, fmt(r.L), fmt(r.lambdaPerMinute), fmt(r.W), fmt(r.lambdaW), count(r.stillInLine)]) tr.insertCell().textContent = v;
    }
  });
  const note = doc.createElement('p');
  note.className = 'bf-pv-note';
  note.textContent = t('plaza:little.note');
  body.replaceChildren(table, note);
}

function fmt(x: number | null): string {
  return x === null ? '—' : formatFixed(x, 2);
}

/** Counters keep an English key in data-counter (for scripts and tests) and show the language's words. */
function setCounters(doc: Document, dl: HTMLElement, items: [string, string, number][]): void {
  if (dl.childElementCount !== items.length) {
    dl.replaceChildren(
      ...items.map(() => {
        const div = doc.createElement('div');
        div.append(doc.createElement('dt'), doc.createElement('dd'));
        return div;
      }),
    );
  }
  items.forEach(([id, label, v], i) => {
    const div = dl.children[i] as HTMLElement;
    div.dataset.counter = id;
    div.children[0].textContent = label;
    div.children[1].textContent = count(v);
  });
}

function details(doc: Document, summary: string, cls: string): HTMLDetailsElement {
  const d = doc.createElement('details');
  d.className = cls;
  const s = doc.createElement('summary');
  s.textContent = summary;
  d.append(s);
  return d;
}

function textItem(doc: Document, text: string, tag: 'li' | 'p' = 'li'): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = text;
  return el;
}
