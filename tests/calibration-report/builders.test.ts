// The calibration report's builders on tiny exact inputs: Markdown pieces, the SVG chart, the
// published-figures table and generated sentences, the calibration block reader, holdouts, and the
// exact M/M/c reference.

import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node.ts';
import { cell, num, signed, status, table, withCi } from '../../scripts/calibration/markdown.ts';
import { escapeXml, niceStep, profileChartSvg, wrap } from '../../scripts/calibration/svg.ts';
import { boundedTable, mismatchSentences, publishedTable } from '../../scripts/calibration/page.ts';
import { parseHoldout, readCalibrationBlock } from '../../scripts/calibration/evaluate.ts';
import { mmcWaitMinutes, type KeyFigure } from '../../scripts/calibration/figures.ts';

describe('Markdown pieces', () => {
  it('tables escape pipes and line breaks and right-align the numeric columns', () => {
    expect(cell('a|b\nc')).toBe('a\\|b c');
    expect(table(['x', 'n'], [['a|b', '1']], [1])).toBe('| x | n |\n|---|---:|\n| a\\|b | 1 |');
  });
  it('numbers: thousands separated, a true minus, "–" for nothing', () => {
    expect(num(41039, 0)).toBe('41,039');
    expect(num(1234.56, 1)).toBe('1,234.6');
    expect(num(-3.24, 1)).toBe('−3.2');
    expect(num(-0.04, 1)).toBe('0.0');
    expect(num(null)).toBe('–');
    expect(num(Number.NaN)).toBe('–');
    expect(signed(2)).toBe('+2.0');
    expect(signed(-0.5, 2)).toBe('−0.50');
    expect(signed(0.01, 1)).toBe('0.0');
  });
  it('intervals: a dash between positive bounds, "to" when a bound is negative, the mean alone without one', () => {
    expect(withCi({ mean: 2, ciLow: 1, ciHigh: 3 })).toBe('2.0 (1.0–3.0)');
    expect(withCi({ mean: 0.5, ciLow: -0.5, ciHigh: 1.5 })).toBe('0.5 (−0.5 to 1.5)');
    expect(withCi({ mean: 2, ciLow: null, ciHigh: null })).toBe('2.0');
    expect(withCi({ mean: null, ciLow: null, ciHigh: null })).toBe('–');
    expect(status(true)).toBe('✔ within');
    expect(status(false, 'met', 'missed')).toBe('✘ missed');
    expect(status(null)).toBe('–');
  });
});

describe('SVG hourly chart', () => {
  it('round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(20)).toBe(5);
    expect(niceStep(48)).toBe(10);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0.3)).toBeCloseTo(0.1, 12);
    expect(niceStep(0)).toBe(1);
  });

  // Flat simulated 10 min (band 8–12) with hour 5 empty; observed 10 at 00:00 and 20 at 23:00. The
  // y axis then runs 0–20 in steps of 5: plot area x 48–508 (23 hours), y 222 (0 min) to 30 (20 min).
  const mean = Array.from({ length: 24 }, (_, h) => (h === 5 ? null : 10));
  const svg = profileChartSvg({
    title: 'A & B <c>',
    source: 'src "x"',
    xLabel: 'hour',
    yLabel: 'min',
    simulated: { mean, low: mean.map((m) => (m === null ? null : 8)), high: mean.map((m) => (m === null ? null : 12)) },
    observed: { hours: [0, 23], values: [10, 20] },
  });

  it('wraps a long source line into lines of at most the width, each word whole', () => {
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('abcdefgh ij', 5)).toEqual(['abcdefgh', 'ij']);
    expect(wrap('', 5)).toEqual(['']);
    const long = profileChartSvg({ title: 't', source: 'word '.repeat(40).trim(), xLabel: 'x', yLabel: 'y', simulated: { mean: [1], low: [1], high: [1] }, observed: null });
    // 40 four-letter words in lines of at most (520 − 48) / 5 = 94 characters: 19 words a line
    // (19 × 4 + 18 spaces = 94), so 19 + 19 + 2 — three lines, two extra rows of 10 px on 280.
    expect(long).toContain('height="300"');
    expect(long.split('\n').filter((l) => l.includes('font-size="9"'))).toHaveLength(3);
  });

  it('is a titled standalone SVG with escaped text, axis labels and the source line', () => {
    expect(escapeXml('a<b>&"')).toBe('a&lt;b&gt;&amp;&quot;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="520" height="280"')).toBe(true);
    expect(svg).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(svg).toContain('>src &quot;x&quot;</text>');
    expect(svg).toContain('>hour</text>');
    expect(svg).toContain('>min</text>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('places the ticks, the observed points and the simulated line exactly, and breaks the line where an hour is empty', () => {
    for (const [v, yy] of [['0', 222], ['5', 174], ['10', 126], ['15', 78], ['20', 30]] as const) expect(svg).toContain(`y="${yy + 4}" text-anchor="end">${v}</text>`);
    expect(svg).not.toContain('>25</text>');
    expect(svg).toContain('<circle cx="48" cy="126" r="3"');
    expect(svg).toContain('<circle cx="508" cy="30" r="3"');
    const lines = svg.split('\n').filter((l) => l.startsWith('<polyline') && l.includes('stroke-width="2"'));
    expect(lines).toHaveLength(2); // hours 0–4 and 6–23
    expect(lines[0]).toContain('points="48,126 68,126 88,126 108,126 128,126"');
    expect(svg.split('\n').filter((l) => l.startsWith('<polygon'))).toHaveLength(2);
    // The band of hours 0–4: along the top (12 min: y = 222 − 12/20 × 192 = 106.8) and back along
    // the bottom (8 min: y = 222 − 8/20 × 192 = 145.2).
    expect(svg).toContain('<polygon points="48,106.8 68,106.8 88,106.8 108,106.8 128,106.8 128,145.2 108,145.2 88,145.2 68,145.2 48,145.2"');
  });
});

describe('report sections', () => {
  const fig = (over: Partial<KeyFigure>): KeyFigure => ({
    id: 'wait:p/general',
    label: 'mean wait, general car lanes',
    unit: 'min',
    simulated: { mean: 30, ciLow: 28, ciHigh: 32, replications: 5 },
    published: { value: 33, source: 'CBP', confidence: 'High', why: 'estimates' },
    tolerance: 2,
    within: false,
    ...over,
  });

  it('the published-figures table: value, source, simulated with CI, difference, tolerance with its reason, status', () => {
    expect(publishedTable([fig({})])).toBe(
      [
        '| Figure | Published | Source | Simulated (95 % CI) | Difference | Tolerance | Status |',
        '|---|---:|---|---:|---:|---|---|',
        '| mean wait, general car lanes | 33.0 min | CBP (confidence: High) | 30.0 (28.0–32.0) | −3.0 | ±2.0 [a] | ✘ outside |',
        '',
        '[a] estimates.',
      ].join('\n'),
    );
  });

  it('plain words for a figure outside its tolerance and a weak correlation, with the known reason', () => {
    const words = mismatchSentences({
      keyFigures: [
        fig({}),
        fig({ id: 'wait:p/sentri', label: 'mean wait, SENTRI lanes', simulated: { mean: 8.4, ciLow: 8, ciHigh: 9, replications: 5 }, published: { value: 8.5, source: 'CBP', confidence: 'High', why: 'x' }, tolerance: 3, within: true }),
        fig({ id: 'fit:p/sentri/correlation', label: 'hourly-profile correlation, SENTRI lanes', unit: 'r', simulated: { mean: 0.86, ciLow: null, ciHigh: null, replications: 5 }, published: null, tolerance: 0.05, within: true }),
      ],
      fits: [],
      bounded: { error: 'not run' },
    });
    expect(words).toEqual([
      'mean wait, general car lanes: 30.0 min against 33.0 min published (−3.0; outside the tolerance ±2.0).',
      "SENTRI lanes: hourly-profile correlation 0.86: its lanes run with few officers, so whole officers make the lane's hourly means coarse, and its waits vary little over the day, so a 2-minute error moves r a lot.",
    ]);
  });

  it('the +10 % volume table', () => {
    const t = boundedTable({ volume: 1.1, days: 2, replications: 2, bounded: false, lanes: [{ laneId: 'g', dayMeanQueue: [10, 2000], endOfDayQueue: [0, 1500], loadOverCapacity: 1.234, gaveUpShare: 0.025, addedBoothHoursPerDay: 3, bounded: false }] });
    expect(t.split('\n')[2]).toBe('| g | 10 → 2,000 | 0 → 1,500 | 1.23 | 2.5 % | 3.0 | ✘ grows |');
  });
});

describe('calibration record and holdouts', () => {
  it('reads the calibration block from the YAML, field by field; none without one', () => {
    const b = readCalibrationBlock(
      'name: x\ncalibration:\n  observed: obs.csv\n  fitted: [officers]\n  holdout: "hours:16-22"\n  method: coordinate search\n  seed: 7\n  replications: 4\n  evaluations: 30\n  toleranceMinutes: 1.5\n  inSample: { observations: 2, hours: 2, rmseMinutes: 1, maeMinutes: 0.5, byLaneType: [{ laneType: general, hours: 2, rmseMinutes: 1, maeMinutes: 0.5, correlation: null, ratioToGeneral: null, rows: [] }] }\n  heldOut: null\n',
    )!;
    expect(b).toMatchObject({ observed: 'obs.csv', fitted: ['officers'], holdout: 'hours:16-22', seed: 7, replications: 4, evaluations: 30, toleranceMinutes: 1.5, heldOut: null, dayType: null });
    expect(b.inSample!.byLaneType[0]).toMatchObject({ laneType: 'general', rmseMinutes: 1, correlation: null });
    expect(readCalibrationBlock('name: x\n')).toBeNull();
    expect(readCalibrationBlock('calibration: 3\n')).toBeNull();
    expect(readCalibrationBlock(': : :\n  - [')).toBeNull();
  });

  it('holdouts: hour ranges (wrapping past midnight), a lane type, a day type, every Nth row; anything else unknown', () => {
    const h = parseHoldout('hours:16-22');
    expect(h.kind === 'rows' && [h.held('general', 16, 0), h.held('general', 22, 0), h.held('general', 12, 0)]).toEqual([true, true, false]);
    const w = parseHoldout('hours:22-2');
    expect(w.kind === 'rows' && [w.held('general', 23, 0), w.held('general', 1, 0), w.held('general', 12, 0)]).toEqual([true, true, false]);
    const l = parseHoldout('lane:sentri');
    expect(l.kind === 'rows' && [l.held('sentri', 3, 0), l.held('general', 3, 0)]).toEqual([true, false]);
    expect(parseHoldout('day:saturday')).toEqual({ kind: 'day', text: 'day:saturday', dayType: 'saturday' });
    const e = parseHoldout('every:3');
    expect(e.kind === 'rows' && [0, 1, 2, 3, 4, 5].map((i) => e.held('general', 0, i))).toEqual([false, false, true, false, false, true]);
    expect(parseHoldout('lane:bogus').kind).toBe('unknown');
    expect(parseHoldout('hours:30-2').kind).toBe('unknown');
  });
});

describe('exact M/M/c reference', () => {
  const load = (f: string) => {
    const r = loadScenarioFile(`scenarios/bundled/${f}`);
    if (!r.ok) throw new Error(f);
    return r.scenario;
  };
  it('the M/M/3 theory check: Wq = C(3, 2.4) / (3μ − λ) = 0.6472 / 0.01 s = 64.7 s; other scenarios are not M/M/c', () => {
    const m = mmcWaitMinutes(load('mmc-theory-check.yaml'))!;
    expect(m.c).toBe(3);
    expect(m.rho).toBeCloseTo(0.8, 12);
    expect(m.wq * 60).toBeCloseTo(64.72, 2);
    expect(mmcWaitMinutes(load('san-ysidro-northbound.yaml'))).toBeNull();
    expect(mmcWaitMinutes(load('detroit-commercial-week.yaml'))).toBeNull();
  });
});

describe('mean waits over the day and the hourly band, from per-replication hourly figures', () => {
  // Two replications of one lane. Replication 1: 1 arrival waiting 10 min at 00:00, 3 waiting 20 min
  // at 01:00. Replication 2: 1 arrival at 00:00 and 1 at 01:00, both waiting 20 min.
  const hour = (arrived: number, mean: number | null) => ({ arrived, wait: { mean } });
  const day = (a: [number, number], b: [number, number]) => [hour(...a), hour(...b), ...Array.from({ length: 22 }, () => hour(0, null))];
  const view = {
    scenario: { name: 'x', hash: 'h', horizonHours: 48, warmupHours: 24 },
    seed: 1,
    replications: 2,
    runs: [{ ports: [{ lanes: [{ byHour: day([1, 10], [3, 20]) }] }] }, { ports: [{ lanes: [{ byHour: day([1, 20], [1, 20]) }] }] }],
  };
  it('hours: the mean of the hours with arrivals (15 and 20); arrivals: per arrival (17.5 and 20); 95 % t intervals over the two', async () => {
    const { meanWait, hourlyBand } = await import('../../scripts/calibration/figures.ts');
    const h = meanWait(view, 0, [0], 'hours');
    expect(h.mean).toBeCloseTo(17.5, 12);
    // sd of (15, 20) = 5/√2; half-width t(0.975, 1) × sd / √2 = 12.7062 × 2.5
    expect(h.ciHigh! - h.mean!).toBeCloseTo(12.7062 * 2.5, 3);
    const a = meanWait(view, 0, [0], 'arrivals');
    expect(a.mean).toBeCloseTo(18.75, 12);
    const band = hourlyBand(view, 0, [0]);
    expect(band.mean.slice(0, 3)).toEqual([15, 20, null]);
    expect(band.low[1]).toBe(20); // both replications 20: no spread
    expect(band.high[0]! - 15).toBeCloseTo(12.7062 * 5, 3); // sd of (10, 20) = 5√2; half-width t × 5√2 / √2
  });
});
