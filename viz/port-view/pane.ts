// One scenario's side of the port view: its name, clock, counters, a drawing per port, and the optional event log and Little's-law panels.

import type { LiveRun, LiveSnapshot, Scenario, VehicleView } from '../../sim/index.ts';
import type { ExitTracker } from './exit-tracker.ts';
import { recentEvents } from './event-log.ts';
import { layoutPort, type SeatingMemory } from './layout.ts';
import { littlesLaw } from './littles-law.ts';
import { createPortSvg, renderPort } from './render-port.ts';
import { clockText, dayClockText } from './sim-clock.ts';
import { MODE_NAME, PROGRAM_NAME } from './glyphs.ts';

export interface VehicleRef {
  pane: number;
  port: number;
  id: number;
}

export interface Pane {
  element: HTMLElement;
  draw(run: LiveRun, tracker: ExitTracker, selected: VehicleRef | null): LiveSnapshot;
  /** Forgets per-frame memory (booth seats) after the runs are re-created. */
  reset(): void;
}

const LOG_LENGTH = 12;

export function createPane(doc: Document, index: number, name: string, scenario: Scenario, onSelect: (ref: VehicleRef) => void): Pane {
  const section = doc.createElement('section');
  section.className = 'bf-pv-pane';
  section.dataset.pane = String(index);
  const letter = String.fromCharCode(65 + index);
  section.setAttribute('aria-label', `Scenario ${letter}: ${name}`);
  const h = doc.createElement('h3');
  h.textContent = `${letter}: ${name}`;
  const clock = doc.createElement('p');
  clock.className = 'bf-pv-clock';
  const counters = doc.createElement('dl');
  counters.className = 'bf-pv-counters';
  section.append(h, clock, counters);

  const memories: SeatingMemory[] = scenario.ports.map(() => new Map());
  const drawings = scenario.ports.map((port) => {
    const wrap = doc.createElement('div');
    wrap.className = 'bf-pv-svg-wrap';
    if (scenario.ports.length > 1) {
      const ph = doc.createElement('h4');
      ph.textContent = port.name;
      section.append(ph);
    }
    const svg = createPortSvg(doc);
    wrap.append(svg);
    section.append(wrap);
    return svg;
  });

  const log = details(doc, `Event log (last ${LOG_LENGTH} vehicle events)`, 'bf-pv-log-panel');
  const logList = doc.createElement('ol');
  logList.className = 'bf-pv-log';
  log.append(logList);
  const little = details(doc, "Little's law check by lane group (L against λW)", 'bf-pv-little-panel');
  const littleBody = doc.createElement('div');
  little.append(littleBody);
  section.append(log, little);

  const laneLabels = scenario.ports.map((p) => new Map(p.laneGroups.map((l) => [l.id, l.label ?? l.id])));
  const warmNote = scenario.warmupHours > 0 ? ' after warm-up' : '';

  return {
    element: section,
    reset() {
      for (const m of memories) m.clear();
    },
    draw(run, tracker, selected) {
      const snap = run.snapshot();
      clock.textContent = dayClockText(snap.clockHours, scenario.startDay, true) + (run.done ? ' · end of the run' : '');
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
      setCounters(doc, counters, [
        ['arrived', arrived],
        ['in line for primary', inLine],
        ['at primary booths', atBooth],
        ['in secondary', inSecondary],
        ['left the port', exited],
        [`seized${warmNote}`, seized],
      ]);
      const byPort: VehicleView[][] = [];
      snap.ports.forEach((port, pi) => {
        const vehicles = run.vehicles(pi);
        byPort.push(vehicles);
        const spec = scenario.ports[pi];
        const layout = layoutPort(port, vehicles, spec.laneGroups, memories[pi]);
        const labels = laneLabels[pi];
        renderPort(drawings[pi], layout, {
          label: `Scenario ${letter}, ${port.name}, at ${clockText(snap.clockHours)}`,
          selected: selected && selected.port === pi ? selected.id : null,
          onSelect: (id) => onSelect({ pane: index, port: pi, id }),
          describe: (v) => describeVehicle(v, labels.get(v.lane ?? '') ?? v.lane ?? '', scenario.startHour),
        });
      });
      if (log.open) {
        const labels = laneLabels[0];
        const entries = recentEvents([...byPort[0], ...safeExited(run, 0)], snap.time, LOG_LENGTH, (id) => labels.get(id) ?? id);
        logList.replaceChildren(
          ...entries.map((e) => {
            const li = doc.createElement('li');
            li.dataset.time = String(e.time);
            li.textContent = `${clockText(scenario.startHour + e.time / 3600, true)} — ${e.text}`;
            return li;
          }),
        );
        if (entries.length === 0) logList.replaceChildren(textItem(doc, 'No vehicle events yet.'));
      }
      if (little.open) drawLittle(doc, littleBody, snap, byPort, tracker, laneLabels);
      return snap;
    },
  };
}

/** The run's recent exits at one port (the vehicles that crossed there). */
export function safeExited(run: LiveRun, port: number): VehicleView[] {
  return run.recentlyExited(port);
}

export function describeVehicle(v: VehicleView, laneLabel: string, startHour: number): string {
  const who = `${MODE_NAME[v.mode] ?? v.mode} #${v.id}, ${PROGRAM_NAME[v.program] ?? v.program}`;
  const since = (t: number) => clockText(startHour + t / 3600);
  switch (v.stage) {
    case 'in-line':
      return `${who}, in the ${laneLabel} line since ${since(v.arrivedAt)}`;
    case 'at-primary':
      return `${who}, at a ${laneLabel} primary booth since ${since(v.primaryStart ?? v.arrivedAt)}`;
    case 'secondary-line':
      return `${who}, waiting for secondary inspection since ${since(v.primaryEnd ?? v.arrivedAt)}`;
    case 'at-secondary':
      return `${who}, in secondary inspection since ${since(v.secondaryStart ?? v.arrivedAt)}`;
    default:
      return `${who}, left the port`;
  }
}

function drawLittle(doc: Document, body: HTMLElement, snap: LiveSnapshot, byPort: VehicleView[][], tracker: ExitTracker, labels: Map<string, string>[]): void {
  if (!tracker.complete) {
    body.replaceChildren(textItem(doc, 'Not available: vehicles left faster than the view could count them.', 'p'));
    return;
  }
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  for (const c of ['lane group', 'L (vehicles in line, time average)', 'λ (arrivals per min)', 'W (min to reach the booth)', 'λW (vehicles)', 'still in line']) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.append(th);
  }
  const tb = table.createTBody();
  snap.ports.forEach((port, pi) => {
    const rows = littlesLaw(snap.time, port.lanes.map((l) => ({ id: l.id, label: labels[pi].get(l.id) ?? l.id })), tracker.lanes[pi], byPort[pi]);
    for (const r of rows) {
      const tr = tb.insertRow();
      tr.dataset.lane = r.lane;
      for (const v of [r.label, fmt(r.L), fmt(r.lambdaPerMinute), fmt(r.W), fmt(r.lambdaW), String(r.stillInLine)]) tr.insertCell().textContent = v;
    }
  });
  const note = doc.createElement('p');
  note.className = 'bf-pv-note';
  note.textContent =
    "Little's law says L = λW over a long run. Here L counts every second a vehicle spent in line since the start; W averages only vehicles that have reached the booth, so the two differ by the vehicles still in line — a gap that shrinks as the run gets longer. — means no vehicle has reached a booth yet (missing, not zero).";
  body.replaceChildren(table, note);
}

function fmt(x: number | null): string {
  return x === null ? '—' : x.toFixed(2);
}

function setCounters(doc: Document, dl: HTMLElement, items: [string, number][]): void {
  if (dl.childElementCount !== items.length) {
    dl.replaceChildren(
      ...items.map(([k]) => {
        const div = doc.createElement('div');
        const dt = doc.createElement('dt');
        dt.textContent = k;
        const dd = doc.createElement('dd');
        div.append(dt, dd);
        return div;
      }),
    );
  }
  items.forEach(([k, v], i) => {
    const div = dl.children[i] as HTMLElement;
    div.dataset.counter = k;
    div.children[0].textContent = k;
    div.children[1].textContent = v.toLocaleString('en-US');
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
