// The journey panel: the selected vehicle's stages with times, and the same vehicle number in the other scenario(s).
//
// With the same seed the k-th arrival is the same traveler in both scenarios (common random
// numbers) as long as they share flows and initial lines, so its two journeys show one car
// meeting two configurations.

import type { LiveRun, Scenario, VehicleView } from '../../sim/index.ts';
import { journeyOf } from './journey.ts';
import type { VehicleRef } from './pane.ts';
import { clockText } from './sim-clock.ts';
import { MODE_NAME } from './glyphs.ts';

export interface JourneyPanel {
  element: HTMLElement;
  draw(selected: VehicleRef | null, runs: readonly LiveRun[], names: readonly string[]): void;
}

/** Finds a vehicle inside the port or among the recent exits. */
export function findVehicle(run: LiveRun, port: number, id: number): VehicleView | null {
  if (port >= run.scenario.ports.length) return null;
  return run.vehicles(port).find((v) => v.id === id) ?? run.recentlyExited(port).find((v) => v.id === id) ?? null;
}

export function createJourneyPanel(doc: Document, onClear: () => void): JourneyPanel {
  const section = doc.createElement('section');
  section.className = 'bf-pv-journey';
  section.setAttribute('aria-label', 'Vehicle journey');
  const h = doc.createElement('h3');
  const clear = doc.createElement('button');
  clear.type = 'button';
  clear.textContent = 'Close journey';
  clear.addEventListener('click', onClear);
  const cols = doc.createElement('div');
  cols.className = 'bf-pv-journey-cols';
  section.append(h, clear, cols);
  let lastKey = '';

  return {
    element: section,
    draw(selected, runs, names) {
      if (!selected) {
        h.textContent = 'Vehicle journey';
        clear.hidden = true;
        const p = doc.createElement('p');
        p.className = 'bf-pv-note';
        p.textContent = 'Click a vehicle (or focus it and press Enter) to follow its journey: arrival, lane choice, wait, primary inspection, referral, secondary inspection, release or seizure.';
        cols.replaceChildren(p);
        lastKey = '';
        return;
      }
      clear.hidden = false;
      const order = [selected.pane, ...runs.map((_, i) => i).filter((i) => i !== selected.pane)];
      const columns: HTMLElement[] = [];
      let heading = '';
      const keyParts: string[] = [];
      for (const i of order) {
        const run = runs[i];
        const v = findVehicle(run, selected.port, selected.id);
        const col = doc.createElement('div');
        col.dataset.pane = String(i);
        const sub = doc.createElement('h4');
        sub.textContent = `${String.fromCharCode(65 + i)}: ${names[i]}${i === selected.pane ? '' : ' (same vehicle number)'}`;
        col.append(sub);
        if (!v) {
          const p = doc.createElement('p');
          p.className = 'bf-pv-note';
          p.textContent =
            i === selected.pane
              ? `Vehicle #${selected.id} left the port too long ago to follow (the live run keeps the most recent exits).`
              : `No vehicle #${selected.id} in this scenario at this time (it has not arrived yet, or it left too long ago).`;
          col.append(p);
          keyParts.push(`${i}:none`);
        } else {
          if (i === selected.pane) heading = `Journey of ${MODE_NAME[v.mode] ?? v.mode} #${v.id}`;
          col.append(journeyList(doc, v, run.scenario));
          keyParts.push(`${i}:${v.stage}:${v.primaryStart}:${v.primaryEnd}:${v.secondaryStart}:${v.secondaryEnd}`);
        }
        columns.push(col);
      }
      h.textContent = heading || `Journey of vehicle #${selected.id}`;
      // Rebuild only when something changed, so screen readers are not flooded.
      const key = `${selected.pane}/${selected.port}/${selected.id}/${keyParts.join('|')}`;
      if (key === lastKey) return;
      lastKey = key;
      cols.replaceChildren(...columns);
    },
  };
}

function journeyList(doc: Document, v: VehicleView, scenario: Scenario): HTMLOListElement {
  const port = scenario.ports.find((p) => p.laneGroups.some((l) => l.id === v.lane)) ?? scenario.ports[0];
  const lane = port.laneGroups.find((l) => l.id === v.lane);
  const stages = journeyOf(v, lane?.label ?? v.lane ?? '', Boolean(port.secondary));
  const ol = doc.createElement('ol');
  ol.className = 'bf-pv-journey-stages';
  for (const s of stages) {
    const li = doc.createElement('li');
    li.dataset.stage = s.key;
    li.dataset.reached = String(s.time !== null);
    if (s.time !== null) li.dataset.time = String(s.time);
    const t = doc.createElement('time');
    t.textContent = s.time === null ? 'not yet' : clockText(scenario.startHour + s.time / 3600, true);
    li.append(t, doc.createTextNode(` — ${s.label}: ${s.detail}`));
    ol.append(li);
  }
  return ol;
}
