// View models and charts of the "Observed & forecast" tab, on small hand-made comparisons and
// forecasts whose figures can be checked by hand.
import { describe, expect, it } from 'vitest';
import { FORECAST_METHOD, parseObservedText, summarizeFit, type ForecastDocument, type WaitComparisonDocument } from '../../sim/index.ts';
import { renderForecastBand } from '../../viz/charts/forecast-band.ts';
import { renderObservedVsSimulated } from '../../viz/charts/observed-vs-simulated.ts';
import {
  BAND_LABEL,
  dayTypesIn,
  describeForecast,
  describeOverlay,
  fitTable,
  forecastInputs,
  forecastModels,
  observationsOfPort,
  observationsToCompare,
  portsIn,
  overlayModels,
  problemLines,
  startTable,
  type ComparedRun,
} from '../../viz/observed/view-model.ts';
import { fontSizes, frameOf, newDocument } from './dom.ts';

const document = newDocument();

/** A comparison whose simulated waits are the observed ones plus `offset` minutes, at hours 6–9 (hour 9 not simulated). */
function comparison(offset: number): WaitComparisonDocument {
  const observed = [10, 20, 30, 40];
  const row = (hour: number, obs: number, sim: number | null) => ({
    hour,
    observed: obs,
    observations: 2,
    simulated: sim === null ? null : { mean: sim, ciLow: sim - 1, ciHigh: sim + 1 },
    difference: sim === null ? null : sim - obs,
  });
  const rows = (scale: number) => observed.map((o, i) => row(9 - i, o * scale, i === 0 ? null : o * scale + offset));
  return {
    format: 'borderflow-wait-comparison',
    version: 1,
    scenario: { file: 'x.yaml', name: 'X', hash: 'h', horizonHours: 24, warmupHours: 0, seed: 1, replications: 5 },
    observed: { file: 'obs.csv', format: 'tidy-csv', observations: 16 },
    laneTypes: [
      { laneType: 'general', laneGroups: ['p/general'], rows: rows(1), hoursCompared: 3, correlation: 1, meanAbsoluteError: Math.abs(offset), ratio: null },
      { laneType: 'sentri', laneGroups: ['p/sentri'], rows: rows(0.5), hoursCompared: 3, correlation: 1, meanAbsoluteError: Math.abs(offset), ratio: null },
    ],
  };
}

function run(key: string, name: string, isBaseline: boolean, offset: number): ComparedRun {
  const c = comparison(offset);
  return { key, name, isBaseline, comparison: c, fit: summarizeFit(c) };
}

describe('simulated beside observed', () => {
  const runs = [run('a', 'Base <b>', true, 3), run('b', 'More booths', false, -2)];
  const models = overlayModels(runs);

  it('one model per lane class, hours in order, a missing simulated hour a gap (null), never zero', () => {
    expect(models.map((m) => m.laneType)).toEqual(['general', 'sentri']);
    const g = models[0];
    expect(g.observed.map((o) => o.hour)).toEqual([6, 7, 8, 9]);
    expect(g.observed.map((o) => o.wait)).toEqual([40, 30, 20, 10]);
    expect(g.series.map((s) => [s.key, s.styleIndex])).toEqual([
      ['a', -1],
      ['b', 0],
    ]);
    expect(g.series[0].points.find((p) => p.hour === 9)).toEqual({ hour: 9, mean: null, ciLow: null, ciHigh: null });
    expect(g.series[1].points.find((p) => p.hour === 6)).toEqual({ hour: 6, mean: 38, ciLow: 37, ciHigh: 39 });
  });

  it('the title gives the baseline’s RMSE: a constant 3-minute offset is 3 min', () => {
    expect(models[0].baselineFit!.rmse).toBeCloseTo(3, 12);
    const text = describeOverlay(models[0]);
    expect(text.title).toBe('General lanes: Base <b> is off the observed hourly waits by 3.0 min (RMSE)');
    expect(text.summary).toContain('The observed peak is 40.0 min at 06:00, where Base <b> gives 43.0 min.');
    expect(text.table.columns.slice(0, 3)).toEqual(['Hour', 'Observed (min)', 'Base <b> mean (min)']);
    expect(text.table.rows[3]).toEqual(['09:00', 10, null, null, null, null, null, null]);
  });

  it('the fit table has a row per scenario and lane class, plus all classes; ratios to the general lanes', () => {
    const t = fitTable(runs);
    expect(t.rows).toHaveLength(6);
    const sentri = t.rows.find((r) => r[0] === 'Base <b>' && r[1] === 'SENTRI')!;
    // Simulated hours 6–8: SENTRI observed 20, 15, 10 (mean 15) is half the general lanes' 40, 30, 20
    // (mean 30) at every hour; simulated is 3 min more than each, so (15 + 3) ÷ (30 + 3).
    expect(sentri[2]).toBe(3);
    expect(sentri[3]).toBeCloseTo(3, 12);
    expect(sentri[7]).toBeCloseTo(0.5, 12);
    expect(sentri[6]).toBeCloseTo(18 / 33, 12);
    expect(t.rows.find((r) => r[0] === 'More booths' && r[1] === 'All lane classes')![3]).toBeCloseTo(2, 12);
  });

  it('draws the observed points, one line and band per scenario, and names with markup as text', () => {
    const svg = renderObservedVsSimulated(models[0], { document, width: 600 });
    const f = frameOf(svg);
    expect(f.role).toBe('img');
    expect(f.title).toBe(describeOverlay(models[0]).title);
    expect(svg.querySelectorAll('.bf-observed-point')).toHaveLength(4);
    expect(svg.querySelectorAll('path.bf-series')).toHaveLength(2);
    expect(svg.querySelectorAll('b')).toHaveLength(0);
    expect(svg.textContent).toContain('Simulated: Base <b> (baseline)');
    expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(12);
  });

  it('no runs, no charts', () => {
    expect(overlayModels([])).toEqual([]);
  });
});

function forecastDoc(): ForecastDocument {
  return {
    format: 'borderflow-forecast',
    version: 1,
    method: FORECAST_METHOD,
    scenario: { file: null, name: 'SY', hash: 'h', seed: 1, replications: 12 },
    snapshot: { file: 's.json', format: 'bwt-json', time: '2026-12-02T09:02', day: '2026-12-02', dayType: 'weekday', ports: [{ scenarioPort: 'sy', snapshotPort: '250401', name: 'San Ysidro' }] },
    start: { clock: '09:02', hours: 2, horizonHours: 2, holdHours: 1, open: {} },
    initialState: [
      {
        port: 'sy',
        laneTypes: [
          { laneType: 'general', source: 'reported', delayMinutes: 41, reportedLanesOpen: 12, updatedAt: '2026-12-02T09:00', laneGroups: [{ id: 'sy/general', boothsOpen: 24, lanesOpen: 12, meanBoothSeconds: 72, line: 810.4, extraBooths: 0 }] },
          { laneType: 'sentri', source: 'not-reported', delayMinutes: null, reportedLanesOpen: null, updatedAt: null, laneGroups: [{ id: 'sy/sentri', boothsOpen: 4, lanesOpen: 2, meanBoothSeconds: 30, line: 0, extraBooths: 0 }] },
        ],
        notReported: ['sentri'],
      },
    ],
    laneTypes: [
      {
        port: 'sy',
        laneType: 'general',
        laneGroups: ['sy/general'],
        hours: [
          { hour: 9, window: '09:02–10:00', mean: 30, low90: 28, high90: 33, replications: 12, lanesOpen: 12 },
          { hour: 10, window: '10:00–11:00', mean: 25, low90: 20, high90: 29, replications: 12, lanesOpen: 11.5 },
        ],
      },
      { port: 'sy', laneType: 'sentri', laneGroups: ['sy/sentri'], hours: [{ hour: 9, window: '09:02–10:00', mean: null, low90: null, high90: null, replications: 0, lanesOpen: 2 }] },
    ],
    warnings: [],
  };
}

describe('the forecast band', () => {
  const doc = forecastDoc();
  const models = forecastModels(doc);

  it('one band per lane class with the reported delay at the start', () => {
    expect(models.map((m) => [m.laneType, m.reported, m.points.length])).toEqual([
      ['general', 41, 2],
      ['sentri', null, 1],
    ]);
    const t = describeForecast(models[0]);
    expect(t.title).toBe('General lanes: expected wait goes from 30.0 min (09:02–10:00) to 25.0 min (10:00–11:00)');
    expect(t.summary).toContain(BAND_LABEL);
    expect(t.table.rows[1]).toEqual(['10:00–11:00', 25, 20, 29, 12, 11.5]);
    expect(describeForecast(models[1]).title).toBe('SENTRI: no arrivals forecast');
  });

  it('draws a mean per hour, the band, the feed’s delay and the band label', () => {
    const svg = renderForecastBand(models[0], { document, width: 420 });
    expect(svg.querySelectorAll('.bf-forecast-mean')).toHaveLength(2);
    expect(svg.querySelectorAll('.bf-forecast-reported')).toHaveLength(1);
    expect(svg.querySelector('path.bf-ci-band')!.getAttribute('d')).not.toBe('');
    expect(svg.textContent).toContain(BAND_LABEL);
    const empty = renderForecastBand(models[1], { document });
    expect(empty.querySelectorAll('.bf-forecast-mean')).toHaveLength(0);
    expect(empty.querySelectorAll('.bf-forecast-reported')).toHaveLength(0);
  });

  it('the start table: a row per lane group with lanes, line (rounded) and clock', () => {
    const t = startTable(doc);
    expect(t.rows).toEqual([
      ['General lanes', 'sy/general', 'reported', 41, 12, 12, 810, '2026-12-02 09:00'],
      ['SENTRI', 'sy/sentri', 'not reported', null, null, 2, 0, '09:02'],
    ]);
  });
});

describe('inputs and messages', () => {
  it('forecast hours 1–12 and replications 10–20, rounded; junk falls back to the defaults', () => {
    expect(forecastInputs(0, 3)).toEqual({ hours: 1, replications: 10 });
    expect(forecastInputs(30, 50)).toEqual({ hours: 12, replications: 20 });
    expect(forecastInputs(2.6, 14.4)).toEqual({ hours: 3, replications: 14 });
    expect(forecastInputs(Number.NaN, Number.NaN)).toEqual({ hours: 4, replications: 10 });
    expect(forecastInputs(2, 3, true)).toEqual({ hours: 2, replications: 3 });
  });

  it('problems read as file: field: message, leaving out an empty field', () => {
    expect(problemLines([{ file: 'a.csv', path: '', message: 'line 3: bad hour' }, { file: 'b.json', path: '[0].port_number', message: 'missing' }])).toEqual(['a.csv: line 3: bad hour', 'b.json: [0].port_number: missing']);
  });
});

describe('day types of the observed file', () => {
  const read = (text: string) => {
    const r = parseObservedText(text, 'days.csv');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.observed;
  };
  const header = 'port,lane_type,day_type,hour,wait_minutes,lanes_open\n';

  it('a file of several day types is compared one day type at a time, the weekday first', () => {
    const obs = read(`${header}SY,general,saturday,8,50,\nSY,general,weekday,8,30,\nSY,general,tuesday,9,20,\n`);
    expect(dayTypesIn(obs)).toEqual(['weekday', 'saturday']);
    const weekday = observationsToCompare(obs, null);
    expect(weekday.dayType).toBe('weekday');
    expect(weekday.observed.observations.map((o) => o.waitMinutes)).toEqual([30, 20]);
    const saturday = observationsToCompare(obs, 'saturday');
    expect(saturday.observed.observations.map((o) => o.waitMinutes)).toEqual([50]);
    // A day type the file does not have falls back to the first it has.
    expect(observationsToCompare(obs, 'holiday').dayType).toBe('weekday');
  });

  it('a file of one day type (or none) is compared whole', () => {
    const obs = read(`${header}SY,general,weekday,8,30,\nSY,general,weekday,9,20,\n`);
    expect(observationsToCompare(obs, 'saturday')).toEqual({ observed: obs, dayType: undefined });
  });
});

describe('ports of the observed file', () => {
  const header = 'port,lane_type,day_type,hour,wait_minutes,lanes_open\n';
  const r = parseObservedText(`${header}Otay Mesa,general,weekday,8,25,\nSan Ysidro,general,weekday,8,40,\nSan Ysidro,sentri,weekday,8,10,\n`, 'ports.csv');
  if (!r.ok) throw new Error('unreadable fixture');
  const obs = r.observed;

  it('a file of several ports is compared one port at a time: the scenario’s port by name, else the first', () => {
    expect(portsIn(obs).map((p) => p.port)).toEqual(['Otay Mesa', 'San Ysidro']);
    const sy = observationsOfPort(obs, null, ['San Ysidro northbound', 'san-ysidro', 'SAN YSIDRO']);
    expect(sy.port).toBe('San Ysidro');
    expect(sy.observed.observations.map((o) => o.waitMinutes)).toEqual([40, 10]);
    expect(observationsOfPort(obs, null, ['Calexico']).port).toBe('Otay Mesa');
    expect(observationsOfPort(obs, 'San Ysidro', ['Calexico']).observed.observations).toHaveLength(2);
  });

  it('one port: the file whole', () => {
    const one = { ...obs, observations: obs.observations.filter((o) => o.port === 'Otay Mesa') };
    expect(observationsOfPort(one, null, [])).toEqual({ observed: one, port: 'Otay Mesa' });
  });
});
