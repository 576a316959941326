// The presentation's pure parts: the headline, wrapped names, tied interdiction, one "in line at the end",
// heat maps per scenario, other ports, the staffing budget, exports with provenance, the glossary's referral entry.
import { describe, expect, it } from 'vitest';
import type { Across } from '../../sim/index.ts';
import { describeHeadline, describeTradeoff, describeWaitHeatmaps, headlineSentence, legendHeight, renderWaitHeatmaps, renderWaitByHour, withTitleAndProvenance, wrapWords, svgToString } from '../../viz/charts/index.ts';
import { changedLaneGroups, headline, inLineAtEnd, laneInLineAtEnd, waitByHour, waitHeatmaps, type TradeoffData } from '../../viz/view-models/index.ts';
import { shortLabels } from '../../viz/app/labels.ts';
import { censoredNotes } from '../../viz/app/warnings.ts';
import { portGroups, portNote } from '../../viz/app/ui/other-ports.ts';
import { budgetText, DEFAULT_OFFICER_HOUR_COST } from '../../viz/app/ui/staffing-grid.ts';
import { provenanceText } from '../../viz/app/ui/chart-figure.ts';
import { glossary as GLOSSARY } from '../../viz/glossary/terms.ts';
import { honestFixture, mmcFixture, screeningFixture } from './fixtures.ts';
import { newDocument } from './dom.ts';

const document = newDocument();

describe('the answer first', () => {
  it('pairs only the lane groups whose inputs changed, plus the whole port, with the forest plot’s numbers', () => {
    const f = screeningFixture();
    // "+1 officer" changes only the second lane group's officers.
    const changed = changedLaneGroups(f.scenarios[0], f.scenarios[1], f.scenarios[0].ports[0].id);
    expect(changed).toEqual([f.scenarios[0].ports[0].laneGroups[1].id]);
    const data = headline(f.docs.slice(0, 2), { baseline: 0, labels: f.labels.slice(0, 2), scenarios: f.scenarios.slice(0, 2) });
    expect(data.scenarios).toHaveLength(1);
    const rows = data.scenarios[0].rows;
    expect(rows.map((r) => r.lane?.id ?? null)).toEqual([changed[0], null]);
    const s = headlineSentence(data.scenarios[0], data);
    expect(s.startsWith(`Against the baseline (${f.labels[0]}), ${f.labels[1]} changes the mean wait`)).toBe(true);
    for (const r of rows) {
      const d = r.difference;
      expect(d.ciLow).not.toBeNull();
      expect(s).toContain(`95 % CI`);
    }
    expect(describeHeadline(data).summary).toBe(s);
  });

  it('shows every lane group when no lane group’s inputs changed', () => {
    const f = mmcFixture();
    const same = headline([f.docs[0], f.docs[0]], { baseline: 0, labels: ['a', 'b'], scenarios: [f.scenarios[0], f.scenarios[0]] });
    expect(same.scenarios[0].changedLanes).toEqual([]);
    expect(same.scenarios[0].rows.filter((r) => r.lane !== null)).toHaveLength(f.docs[0].ports[0].lanes.length);
    expect(headlineSentence(same.scenarios[0], same)).toContain('no lane group’s inputs changed');
  });
});

describe('names are never cut short', () => {
  it('keeps whole scenario names after dropping the shared prefix', () => {
    const long = 'San Ysidro northbound — two general booths converted to SENTRI, six more officers 06:00–14:00';
    const labels = shortLabels(['San Ysidro northbound — weekday (2019 volumes)', long]);
    expect(labels[1]).toBe('two general booths converted to SENTRI, six more officers 06:00–14:00');
    expect(labels.join('')).not.toContain('…');
  });

  it('wraps a legend entry wider than the chart over lines instead of overflowing', () => {
    const label = 'two general booths converted to SENTRI, six more officers 06:00–14:00 (a long what-if)';
    const lines = wrapWords(label, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    expect(legendHeight([{ label }], 260)).toBeGreaterThan(20);
    expect(legendHeight([{ label: 'short' }], 260)).toBe(20);
  });
});

describe('small inconsistencies', () => {
  const across = (mean: number): Across => ({ n: 3, mean, sd: 0, ciLow: mean, ciHigh: mean, halfWidth: 0 });
  const series = (key: string, i: number) => ({ key, label: key, docIndex: i, isBaseline: i === 0, styleIndex: i - 1 });
  const data = (b: number): TradeoffData => ({
    measure: 'mean',
    lane: null,
    portName: 'P',
    points: [
      { series: series('A', 0), interdiction: across(0.25), wait: across(20), onFrontier: false },
      { series: series('B', 1), interdiction: across(b), wait: across(10), onFrontier: true },
    ],
    frontier: ['B'],
    notComparable: [],
  });

  it('says the interdiction is tied instead of "best on both counts" when the shares print alike', () => {
    expect(describeTradeoff(data(0.25)).title).toMatch(/^B has the shortest .*interdiction is tied at 25 % with A$/);
    expect(describeTradeoff(data(0.5)).title).toMatch(/^B is best on both counts/);
  });

  it('counts "in line at the end" one way for the warnings, the censored note and the utilization chart', () => {
    const f = honestFixture();
    const notes = censoredNotes(f.docs);
    expect(notes.length).toBeGreaterThan(0);
    const censored = f.docs.filter((d) => d.runs.some((r) => r.ending.unfinished > 0));
    expect(notes.map((n) => n.unfinished)).toEqual(censored.map(inLineAtEnd));
    for (const doc of censored) {
      const perRun = doc.runs.map((r) => r.ports.reduce((a, p) => a + (p.summary.inQueueAtEnd ?? 0), 0));
      expect(inLineAtEnd(doc)).toBeCloseTo(perRun.reduce((a, b) => a + b, 0) / perRun.length, 12);
    }
    const lane = f.docs[0].ports[0].lanes[0];
    expect(laneInLineAtEnd(lane)).toBe(lane.figures.inQueueAtEnd);
  });

  it('names every referral reason the engine counts in the glossary (no stale "current engine" note)', () => {
    const referral = GLOSSARY.find((t) => t.term === 'Referral')!;
    for (const word of ['random selection', 'targeting', 'officer judgment', 'radiation', 'imaging', 'alert']) expect(referral.definition).toContain(word);
    expect(referral.definition).not.toMatch(/current engine models/);
  });

  it('exports carry the title and a provenance line without a date', () => {
    const f = mmcFixture();
    const svg = renderWaitByHour(waitByHour(f.docs, { baseline: 0, labels: f.labels }), { document, width: 700 });
    const line = provenanceText({ scenarios: ['A', 'B'], seed: 7, replications: 3, engine: '1.2.3' });
    expect(line).toBe('Scenarios: A (baseline); B · seed 7 · 3 replications · borderflow engine 1.2.3');
    const out = withTitleAndProvenance(svg, 'A very long title that has to wrap over more than one line in an exported chart of 700 px', line);
    const text = svgToString(out);
    expect(out.querySelectorAll('.bf-export-title tspan').length).toBeGreaterThanOrEqual(1);
    expect(text).toContain('borderflow engine 1.2.3');
    expect(Number(out.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('height')));
    expect(svgToString(withTitleAndProvenance(svg, 't', line))).toBe(svgToString(withTitleAndProvenance(svg, 't', line)));
  });
});

describe('heat maps', () => {
  it('draws one map per scenario on one colour scale, then one difference per compared scenario', () => {
    const f = screeningFixture();
    const data = waitHeatmaps(f.docs.slice(0, 3), { baseline: 0, labels: f.labels.slice(0, 3) });
    expect(data.maps.map((m) => m.mode)).toEqual(['value', 'value', 'value', 'difference', 'difference']);
    const tops = new Set(data.maps.filter((m) => m.mode === 'value').map((m) => m.sharedMax));
    expect(tops.size).toBe(1);
    const svg = renderWaitHeatmaps(data, { document, width: 900 });
    expect(svg.querySelectorAll('svg[data-map]')).toHaveLength(5);
    expect(describeWaitHeatmaps(data).table.rows).toHaveLength(data.maps.reduce((a, m) => a + m.cells.length, 0));
  });

  it('prints no digits in cells too narrow for them at 12 px (a phone)', () => {
    const f = mmcFixture();
    const data = waitHeatmaps(f.docs, { baseline: 0, labels: f.labels });
    const svg = renderWaitHeatmaps(data, { document, width: 360 });
    const texts = [...svg.querySelectorAll('.bf-cell text')].map((t) => t.textContent).filter((t) => t && t !== '—');
    expect(texts).toEqual([]);
    for (const e of svg.querySelectorAll('[font-size]')) expect(Number(e.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
  });
});

describe('other ports and the staffing budget', () => {
  it('groups documents by port, the baseline’s port first, and says what is shown where', () => {
    const s = screeningFixture();
    const m = mmcFixture();
    const docs = [s.docs[0], s.docs[1], m.docs[0]];
    const groups = portGroups(docs, 0);
    expect(groups.map((g) => g.docs)).toEqual([[0, 1], [2]]);
    const note = portNote(groups, ['A', 'B', 'C']);
    expect(note).toContain(`The charts above show ${groups[0].portName}, for “A”, “B”.`);
    expect(note).toContain(`“C” models other ports only`);
    expect(note).toContain(`${groups[1].portName} (“C”)`);
    expect(portNote(portGroups([s.docs[0], s.docs[1]], 0), ['A', 'B'])).toBe('');
  });

  it('states the budget, the gap and the cost at the officer-hour rate', () => {
    expect(DEFAULT_OFFICER_HOUR_COST).toBe(85);
    expect(budgetText(100, 100, 100, 85)).toBe('Within the budget of 100 officer-hours per day (0 to spare) · cost US $8\u202f500 per day at US $85 an officer-hour · US $3\u202f102\u202f500 a year.');
    expect(budgetText(102, 100, 100, 85)).toBe('Over the budget of 100 officer-hours per day by 2 · cost US $8\u202f670 per day at US $85 an officer-hour (+US $170 vs the scenario) · US $3\u202f164\u202f550 a year.');
  });
});
