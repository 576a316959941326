// `borderflow forecast` on the command line: the table and the JSON document, and clear errors
// with exit 1 (the snapshot cannot be used) or 2 (a bad option).

import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../cli/helpers.ts';
import { snapshotJson } from './helpers.ts';

const SY = 'scenarios/bundled/san-ysidro-northbound.yaml';
const SAMPLE = 'observed/samples/san-ysidro-0900-snapshot.json';
const dir = mkdtempSync(join(tmpdir(), 'borderflow-forecast-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('borderflow forecast', () => {
  it('prints the start it assumed and each lane class’s coming hours with their 90 % bands', async () => {
    const r = await cliInProcess(['forecast', SY, '--from', SAMPLE, '--hours', '3', '--replications', '4']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Forecast: San Ysidro northbound .* \(250401 San Ysidro\), 2026-12-02 09:00, wednesday/);
    // The start row: reported delay 41 min, 12 lanes (24 stacked booths), and the line the method gives.
    const start = r.stdout.match(/general\s+41\s+12\s+san-ysidro\/general\s+24\s+(\d+\.\d)\s+(\d+)/);
    expect(start, r.stdout).not.toBeNull();
    const [seconds, line] = [Number(start![1]), Number(start![2])];
    expect(Math.abs(line - (41 * 60 * 24) / seconds)).toBeLessThanOrEqual(0.5 + (41 * 60 * 24 * 0.05) / seconds ** 2);
    expect(r.stdout).toContain('5th–95th percentile');
    expect(r.stdout).toMatch(/09:00–10:00 +\d+\.\d +\d+\.\d–\d+\.\d/);
    expect(r.stdout).toContain('11:00–12:00');
    expect(r.stdout).not.toContain('12:00–13:00');
  }, 60_000);

  it('writes the same borderflow-forecast document twice, byte for byte', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const args = ['forecast', SY, '--from', SAMPLE, '--hours', '2', '--replications', '3', '--format', 'json', '--open', 'general=+2'];
    expect((await cliInProcess([...args, '--out', a])).code).toBe(0);
    expect((await cliInProcess([...args, '--out', b])).code).toBe(0);
    const text = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(text);
    const doc = JSON.parse(text);
    expect(doc.format).toBe('borderflow-forecast');
    expect(doc.method.line).toMatch(/delay ÷ mean time a booth holds a vehicle × booths open/);
    expect(doc.start).toMatchObject({ clock: '09:00', hours: 2, holdHours: 1, open: { general: 2 } });
    expect(doc.initialState[0].laneTypes[0]).toMatchObject({ laneType: 'general', delayMinutes: 41, reportedLanesOpen: 12 });
    expect(doc.initialState[0].laneTypes[0].laneGroups[0]).toMatchObject({ boothsOpen: 26, extraBooths: 2 });
    expect(Object.keys(doc.laneTypes[0].hours[0])).toEqual(['hour', 'window', 'mean', 'low90', 'high90', 'replications', 'lanesOpen']);
  }, 60_000);

  it('exit 1: a snapshot without the scenario’s port, naming the ports it has', async () => {
    const snap = file('other.json', snapshotJson({ portNumber: '240201', portName: 'El Paso', time: '10:00', delay: '20', lanesOpen: '6' }));
    const r = await cliInProcess(['forecast', SY, '--from', snap]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no port matching the scenario\'s "San Ysidro" (id san-ysidro); the snapshot has: 240201 El Paso');
  });

  it('exit 1: a snapshot in a format it does not know (a future JSON layout, an XML root of another name)', async () => {
    const json = file('future.json', JSON.stringify({ version: 2, ports: [{ portNumber: '250401', lanes: [] }] }));
    const r = await cliInProcess(['forecast', SY, '--from', json]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('expected a JSON array of port objects (as from api/bwtnew); got an object');
    const xml = file('future.xml', '<?xml version="1.0"?><bwt version="2"><port/></bwt>');
    const x = await cliInProcess(['forecast', SY, '--from', xml]);
    expect(x.code).toBe(1);
    expect(x.stderr).toContain('root element is <bwt>');
    const csv = await cliInProcess(['forecast', SY, '--from', 'observed/samples/san-ysidro-weekday-hist.csv']);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('holds hourly averages, not a snapshot');
  });

  it('exit 1: no delay at the port, or none for a lane class with --missing-delay error', async () => {
    const snap = file('pending.json', snapshotJson({ portNumber: '250401', portName: 'San Ysidro', time: '10:00', delay: '', lanesOpen: '10', status: 'Update Pending' }));
    const r = await cliInProcess(['forecast', SY, '--from', snap]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('port 250401 reports no delay for any lane');
    const strict = await cliInProcess(['forecast', SY, '--from', SAMPLE, '--missing-delay', 'error']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('gives no delay for pedestrian-ready lanes');
  });

  it('exit 2: bad options', async () => {
    for (const [args, message] of [
      [['--hours', '0'], 'expected a whole number of hours from 1 to 24'],
      [['--hours', '25'], 'expected a whole number of hours from 1 to 24'],
      [['--open', 'bogus=+1'], '"bogus" is not a lane type'],
      [['--open', 'general=two'], 'expected LANETYPE=+N'],
      [['--port', 'elsewhere=250401'], 'no port "elsewhere"'],
    ] as const) {
      const r = await cliInProcess(['forecast', SY, '--from', SAMPLE, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    const missing = await cliInProcess(['forecast', SY]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--from <snapshot>' not specified");
  });
});
