// Observed waits drawn over the simulated waits-by-hour lines: matched to lane groups by CBP lane
// class, averaged per clock hour, and never left off the scale.
import { describe, expect, it } from 'vitest';
import { parseObservedText } from '../../sim/index.ts';
import { renderWaitByHour } from '../../viz/charts/index.ts';
import { waitByHour } from '../../viz/view-models/index.ts';
import { observedByLaneGroup } from '../../viz/observed/by-lane-group.ts';
import { screeningFixture } from './fixtures.ts';
import { newDocument } from './dom.ts';

const document = newDocument();

const CSV = [
  'port,lane_type,day_type,hour,wait_minutes,lanes_open',
  'Test port,general,weekday,7,10,',
  'Test port,general,weekday,7,20,',
  'Test port,general,weekday,9,500,',
  'Test port,sentri,weekday,7,3,',
  // No lane group of this class in the scenario: drawn nowhere.
  'Test port,ready,weekday,7,8,',
  // Another day type: the weekday is compared by default, as in the observed tab.
  'Test port,general,saturday,7,99,',
].join('\n');

function observed() {
  const r = parseObservedText(CSV, 'test.csv');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.observed;
}

describe('observed waits over the waits-by-hour chart', () => {
  const f = screeningFixture();
  const byLane = observedByLaneGroup(f.scenarios[0], f.docs[0], { name: 'test.csv', observed: observed(), port: null, dayType: null });

  it('gives each lane group the hourly means of its CBP lane class, of one day type', () => {
    expect([...byLane.keys()].sort()).toEqual(['general', 'sentri']);
    expect(byLane.get('general')!.hours).toEqual([
      { hour: 7, wait: 15, observations: 2 },
      { hour: 9, wait: 500, observations: 1 },
    ]);
    expect(byLane.get('general')!.dayType).toBe('weekday');
    expect(byLane.get('sentri')!.hours).toEqual([{ hour: 7, wait: 3, observations: 1 }]);
    const saturday = observedByLaneGroup(f.scenarios[0], f.docs[0], { name: 'test.csv', observed: observed(), port: null, dayType: 'saturday' });
    expect(saturday.get('general')!.hours).toEqual([{ hour: 7, wait: 99, observations: 1 }]);
  });

  it('draws a point per observed hour in the lane group panel, in the legend, within the scale', () => {
    const data = waitByHour(f.docs, { baseline: 0, scenarios: f.scenarios, labels: f.labels });
    const plain = renderWaitByHour(data, { document });
    expect(plain.querySelectorAll('.bf-observed-point')).toHaveLength(0);
    const svg = renderWaitByHour(data, { document, observed: { label: 'test.csv', byLane: new Map([...byLane].map(([k, v]) => [k, v.hours])) } });
    const general = svg.querySelector('.bf-panel[data-lane="general"]')!;
    expect([...general.querySelectorAll('.bf-observed-point')].map((c) => c.getAttribute('data-hour'))).toEqual(['7', '9']);
    expect(general.querySelector('.bf-observed-point title')!.textContent).toBe('07:00 observed 15.0 min (2 observations)');
    expect(svg.querySelectorAll('.bf-panel[data-lane="sentri"] .bf-observed-point')).toHaveLength(1);
    expect(svg.textContent).toContain('Observed: test.csv');
    // The 500-min hour raises the shared scale rather than falling off it.
    const ticks = [...general.querySelectorAll('.bf-axis--y .tick text')].map((t) => Number((t.textContent ?? '').replace(/\s/g, '')));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(500);
    for (const c of svg.querySelectorAll('.bf-observed-point')) expect(Number(c.getAttribute('cy'))).toBeGreaterThanOrEqual(0);
  });
});
