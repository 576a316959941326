// Panel titles of small multiples wrap instead of running into the next panel.
import { describe, expect, it } from 'vitest';
import { renderWaitByHour } from '../../viz/charts/index.ts';
import { textWidth } from '../../viz/charts/format.ts';
import { waitByHour } from '../../viz/view-models/index.ts';
import { screeningFixture } from './fixtures.ts';
import { newDocument } from './dom.ts';

const document = newDocument();

describe('small-multiple panel titles', () => {
  it('wrap a name wider than the panel onto a second line above it, and make room for it', () => {
    const f = screeningFixture();
    const data = waitByHour(f.docs, { baseline: 0, scenarios: f.scenarios, labels: f.labels });
    const short = renderWaitByHour(data, { document, width: 700 });
    const long = 'Pedestrian Ready (Pedestrian Ready Lane) beside the old customs building';
    data.panels[0].lane = { ...data.panels[0].lane, name: long };
    const svg = renderWaitByHour(data, { document, width: 700 });
    const title = svg.querySelector('.bf-panel[data-lane="general"] .bf-panel-title')!;
    const lines = [...title.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join(' ')).toBe(long);
    const panelWidth = Number(svg.querySelector('.bf-panel[data-lane="sentri"]')!.getAttribute('transform')!.match(/translate\(([\d.]+)/)![1]);
    for (const l of lines) expect(textWidth(l)).toBeLessThan(panelWidth);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(short.getAttribute('height')));
    // The short titles stay one line of text.
    expect(svg.querySelector('.bf-panel[data-lane="sentri"] .bf-panel-title tspan')).toBeNull();
  });
});
