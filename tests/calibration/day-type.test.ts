// Selecting observations by day type, and compare-waits --day-type.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayTypeOf, observationsOfDayType, type Observation, type ObservedWaits, type WaitComparisonDocument } from '../../sim/index.ts';
import { cliInProcess, tempDir } from '../cli/helpers.ts';

const o = (dayType: string | undefined, observedAt?: string): Observation => ({ port: 'p', laneType: 'general', hour: 3, waitMinutes: 5, lanesOpen: null, ...(dayType ? { dayType } : {}), ...(observedAt ? { observedAt } : {}) });

describe('day types of observations', () => {
  it('names as sources write them', () => {
    expect(dayTypeOf(o('weekday'))).toBe('weekday');
    expect(dayTypeOf(o('tuesday'))).toBe('weekday');
    expect(dayTypeOf(o('friday'))).toBe('weekday');
    expect(dayTypeOf(o('saturday'))).toBe('saturday');
    expect(dayTypeOf(o('Sunday'))).toBe('sunday');
    expect(dayTypeOf(o('holiday'))).toBe('holiday');
    // 2024-06-01 was a Saturday, 2024-06-02 a Sunday.
    expect(dayTypeOf(o('weekend', '2024-06-01T10:00'))).toBe('saturday');
    expect(dayTypeOf(o('weekend', '2024-06-02T10:00'))).toBe('sunday');
    expect(dayTypeOf(o('weekend'))).toBeNull();
    expect(dayTypeOf(o(undefined))).toBeNull();
  });
  it('selects one day type and counts the untyped', () => {
    const w: ObservedWaits = { file: 'f', format: 'tidy-csv', observations: [o('monday'), o('saturday'), o(undefined), o('weekday')] };
    const r = observationsOfDayType(w, 'weekday');
    expect(r.observed.observations.map((x) => x.dayType)).toEqual(['monday', 'weekday']);
    expect(r.untyped).toBe(1);
    expect(observationsOfDayType(w, 'holiday').observed.observations).toEqual([]);
  });
});

describe('borderflow compare-waits --day-type', () => {
  const SY = 'scenarios/bundled/san-ysidro-northbound.yaml';
  it('compares only that day type, and says so when none is of it', async () => {
    const dir = tempDir();
    const file = join(dir, 'mixed.csv');
    writeFileSync(file, 'port,lane_type,day_type,hour,wait_minutes,lanes_open\nSY,general,weekday,14,48,\nSY,general,saturday,14,90,\nSY,general,saturday,15,80,\n');
    const sat = await cliInProcess(['compare-waits', SY, file, '--replications', '1', '--day-type', 'saturday', '--format', 'json']);
    expect(sat.code).toBe(0);
    const doc = JSON.parse(sat.stdout) as WaitComparisonDocument;
    expect(doc.observed).toMatchObject({ observations: 2, dayType: 'saturday' });
    expect(doc.laneTypes[0].rows.map((r) => [r.hour, r.observed])).toEqual([[14, 90], [15, 80]]);
    const none = await cliInProcess(['compare-waits', SY, 'observed/samples/san-ysidro-weekday-hist.csv', '--day-type', 'weekday']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--day-type weekday: no observation in observed/samples/san-ysidro-weekday-hist.csv is of that day type (48 of 48 carry no day type)');
    expect((await cliInProcess(['compare-waits', SY, file, '--day-type', 'friday'])).code).toBe(2);
  });
});
