// The readers of observed CBP waits: each format on its shipped sample and on bad input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseBwtJson, parseBwtXml, parseHistoricalCsv, parseObservedText, parseTidyCsv, type ObservedResult } from '../../sim/index.ts';
import { loadObservedFile } from '../../sim/node.ts';

const S = 'observed/samples/';
const HOURS = [2, 4, 5, 6, 7, 9, 12, 14, 16, 17, 19, 22];
const GENERAL = [18, 28, 34, 40, 44, 41, 43, 48, 32, 26, 21, 15];
const PED = [5, 6, 7, 10, 14, 18, 22, 21, 10, 9, 5, 6];

function ok(r: ObservedResult) {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.observed;
}
function problems(r: ObservedResult): string[] {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('BWT XML snapshot', () => {
  it('reads the sample: one observation per reported sub-lane, N/A lanes left out, Update Pending as a missing wait', () => {
    const o = ok(loadObservedFile(S + 'bwt-format-sample.xml'));
    expect(o.format).toBe('bwt-xml');
    expect(o.observations.map((x) => x.laneType)).toEqual(['general', 'sentri', 'ready', 'pedestrian', 'pedestrian-ready']);
    const general = o.observations[0];
    expect(general).toEqual({ port: '250401', portName: 'San Ysidro', laneType: 'general', hour: 14, waitMinutes: 48, lanesOpen: 14, dayType: 'weekday', observedAt: '2026-12-02T14:00' });
    expect(o.observations[4]).toMatchObject({ laneType: 'pedestrian-ready', hour: 12, waitMinutes: null, lanesOpen: 2 });
  });
  it('NEXUS_SENTRI lanes are NEXUS on the Canadian border', () => {
    const xml = readFileSync(S + 'bwt-format-sample.xml', 'utf8').replace('Mexican Border', 'Canadian Border');
    expect(ok(parseBwtXml(xml, 'x.xml')).observations[1].laneType).toBe('nexus');
  });
  it('refuses a wrong root element, broken XML, a non-number wait and a bad update time, naming the element', () => {
    expect(problems(parseBwtXml('<ports><port/></ports>', 'a.xml'))).toEqual(['a.xml: root element is <ports> (line 1); expected <border_wait_time>']);
    expect(problems(parseBwtXml('<border_wait_time>\n<port>\n</border_wait_time>', 'b.xml'))[0]).toMatch(/^b\.xml: not valid XML at line 3: closing tag <\/border_wait_time>; expected <\/port> \(opened at line 2\)/);
    const xml = readFileSync(S + 'bwt-format-sample.xml', 'utf8');
    const bad = xml.replace('<delay_minutes>48</delay_minutes>', '<delay_minutes>about 48</delay_minutes>');
    expect(problems(parseBwtXml(bad, 'c.xml'))).toEqual([
      'c.xml: border_wait_time.port[0].passenger_vehicle_lanes.standard_lanes.delay_minutes: "about 48" is not a number of minutes; expected a number, empty, "N/A", "Update Pending" or "Lanes Closed"',
    ]);
    const badTime = xml.replace('<update_time>At 2:00 pm PST</update_time>', '<update_time>At 25:00</update_time>');
    expect(problems(parseBwtXml(badTime, 'd.xml'))[0]).toMatch(/port\[0\]\.passenger_vehicle_lanes\.standard_lanes\.update_time: "At 25:00"; expected a time/);
  });
  it('"N/A", "Lanes Closed" and empty strings are missing, never zero', () => {
    const xml = readFileSync(S + 'bwt-format-sample.xml', 'utf8')
      .replace('<operational_status>delay</operational_status><delay_minutes>48</delay_minutes>', '<operational_status>Lanes Closed</operational_status><delay_minutes>48</delay_minutes>')
      .replace('<delay_minutes>12</delay_minutes><lanes_open>4</lanes_open>', '<delay_minutes></delay_minutes><lanes_open>N/A</lanes_open>');
    const o = ok(parseBwtXml(xml, 'e.xml')).observations;
    expect(o[0]).toMatchObject({ laneType: 'general', waitMinutes: null, lanesOpen: 14 });
    expect(o.some((x) => x.laneType === 'sentri')).toBe(false); // nothing reported at all
  });
});

describe('BWT JSON snapshot', () => {
  it('reads the sample to the same observations as the XML', () => {
    const j = ok(loadObservedFile(S + 'bwt-format-sample.json'));
    const x = ok(loadObservedFile(S + 'bwt-format-sample.xml'));
    expect(j.format).toBe('bwt-json');
    expect(j.observations).toEqual(x.observations);
  });
  it('refuses a non-array, a port without number or name, and a lane without its fields', () => {
    expect(problems(parseBwtJson('{"port_number":"250401"}', 'a.json'))).toEqual(['a.json: expected a JSON array of port objects (as from api/bwtnew); got an object']);
    expect(problems(parseBwtJson('[{"border":"Mexican Border"}]', 'b.json'))[0]).toBe('b.json: [0]: port has neither port_number nor port_name; expected at least one');
    expect(problems(parseBwtJson('[{"port_number":"1","passenger_vehicle_lanes":{"standard_lanes":"48"}}]', 'c.json'))[0]).toMatch(/^c\.json: \[0\]\.passenger_vehicle_lanes\.standard_lanes: expected an object with update_time/);
    expect(problems(parseBwtJson('[{"port_number":"1","passenger_vehicle_lanes":{"standard_lanes":{"delay_minutes":"5","lanes_open":"2","update_time":""}}}]', 'd.json'))[0]).toMatch(/update_time: empty \(and no port time\); expected a time/);
    expect(problems(parseBwtJson('[1,', 'e.json'))[0]).toMatch(/^e\.json: not valid JSON/);
  });
});

describe('CBP historical hourly table', () => {
  it('reads the §4.3 San Ysidro sample exactly as published', () => {
    const o = ok(loadObservedFile(S + 'san-ysidro-weekday-hist.csv'));
    expect(o.format).toBe('cbp-historical-csv');
    const series = (t: string) => o.observations.filter((x) => x.laneType === t);
    expect(series('general').map((x) => x.hour)).toEqual(HOURS);
    expect(series('general').map((x) => x.waitMinutes)).toEqual(GENERAL);
    expect(series('pedestrian').map((x) => x.waitMinutes)).toEqual(PED);
    expect(o.observations.every((x) => x.port === '09250401' && x.dayType === undefined)).toBe(true);
  });
  it('bwt_day 0 is Monday; an all-zero column is a lane the port does not have', () => {
    const text = 'bwt_day,time_slot,pv_time_avg,cv_time_avg\n0,7,44,0\n6,7,30,0\n';
    const o = ok(parseHistoricalCsv(text, 'h.csv', 'San Ysidro')).observations;
    expect(o).toEqual([
      { port: 'San Ysidro', laneType: 'general', hour: 7, waitMinutes: 44, lanesOpen: null, dayType: 'monday' },
      { port: 'San Ysidro', laneType: 'general', hour: 7, waitMinutes: 30, lanesOpen: null, dayType: 'sunday' },
    ]);
  });
  it('refuses a bad hour, a bad day, a bad figure and a missing column, naming the line', () => {
    expect(problems(parseHistoricalCsv('bwt_day,time_slot,pv_time_avg\n0,24,5\n7,3,x\n', 'h.csv'))).toEqual([
      'h.csv: line 2, time_slot: "24" is not a clock hour; expected a whole hour 0–23',
      'h.csv: line 3, bwt_day: "7" is not a day; expected 0 (Monday) to 6 (Sunday)',
      'h.csv: line 3, pv_time_avg: "x" is not a number of minutes; expected a number ≥ 0, or empty or "N/A" for none',
    ]);
    expect(problems(parseHistoricalCsv('time_slot,foo\n1,2\n', 'h.csv'))[0]).toMatch(/^h\.csv: line 1: no wait column; expected at least one of pv_time_avg/);
  });
});

describe('tidy CSV', () => {
  it('reads the sample: the §4.3 figures by lane type, weekday', () => {
    const o = ok(loadObservedFile(S + 'san-ysidro-weekday-tidy.csv'));
    expect(o.format).toBe('tidy-csv');
    expect(o.observations).toHaveLength(48);
    expect(o.observations.filter((x) => x.laneType === 'general').map((x) => x.waitMinutes)).toEqual(GENERAL);
    expect(o.observations.every((x) => x.dayType === 'weekday' && x.lanesOpen === null)).toBe(true);
  });
  it('"N/A" and empty figures are missing', () => {
    const o = ok(parseTidyCsv('port,lane_type,day_type,hour,wait_minutes,lanes_open\nSY,general,,3,N/A,\nSY,fast,weekday,4,,"2"\n', 't.csv')).observations;
    expect(o).toEqual([
      { port: 'SY', laneType: 'general', hour: 3, waitMinutes: null, lanesOpen: null },
      { port: 'SY', laneType: 'fast', hour: 4, waitMinutes: null, lanesOpen: 2, dayType: 'weekday' },
    ]);
  });
  it('refuses missing columns, an unknown lane type, a bad hour and a short row', () => {
    expect(problems(parseTidyCsv('port,lane_type,hour\nSY,general,3\n', 't.csv'))).toEqual(['t.csv: line 1: missing columns day_type, wait_minutes, lanes_open; expected the header port,lane_type,day_type,hour,wait_minutes,lanes_open']);
    expect(problems(parseTidyCsv('port,lane_type,day_type,hour,wait_minutes,lanes_open\nSY,truck,,3,5,\nSY,general,,7.5,5,\nSY,general\n', 't.csv'))).toEqual([
      't.csv: line 2, lane_type: "truck" is not a lane type; expected one of general, ready, sentri, nexus, fast, pedestrian, pedestrian-ready, pedestrian-sentri, commercial-general, commercial-fast',
      't.csv: line 3, hour: "7.5" is not a clock hour; expected a whole hour 0–23',
      't.csv: line 4: 2 columns; expected 6 as in the header (port, lane_type, day_type, hour, wait_minutes, lanes_open)',
    ]);
  });
});

describe('choosing the reader', () => {
  it('by extension and CSV header; refuses others, empty files and missing files', () => {
    expect(problems(parseObservedText('a,b\n1,2\n', 'x.csv'))).toEqual(['x.csv: line 1: expected a header with time_slot (CBP historical table) or lane_type (tidy CSV)']);
    expect(problems(parseObservedText('x', 'x.txt'))[0]).toMatch(/unknown file type; expected \.xml/);
    expect(problems(parseObservedText('  \n', 'x.xml'))[0]).toMatch(/file is empty/);
    expect(problems(loadObservedFile('observed/samples/nope.csv'))).toEqual(['observed/samples/nope.csv: cannot read: no such file']);
  });
});
