import { describe, it, expect } from 'vitest';
import { AbsoluteHours, HourOfDay, absoluteHour, hourOfDay } from '../../../sim/stats/hourly.ts';
import { Tally } from '../../../sim/stats/tally.ts';

describe('hourOfDay / absoluteHour', () => {
  it('maps model seconds to hours, wrapping at midnight', () => {
    expect(hourOfDay(0)).toBe(0);
    expect(hourOfDay(3599.999)).toBe(0);
    expect(hourOfDay(3600)).toBe(1);
    expect(hourOfDay(86_399)).toBe(23);
    expect(hourOfDay(86_400)).toBe(0);
    expect(hourOfDay(86_400 * 3 + 7 * 3600 + 5)).toBe(7);
    expect(absoluteHour(86_400 + 3600)).toBe(25);
    expect(hourOfDay(-1)).toBe(23);
  });

  it('supports other time units', () => {
    expect(hourOfDay(90, 60)).toBe(1); // minutes
    expect(hourOfDay(25, 1)).toBe(1); // hours
  });
});

describe('HourOfDay', () => {
  it('holds 24 distinct containers and routes times to them', () => {
    const seen: number[] = [];
    const h = new HourOfDay((hour) => {
      seen.push(hour);
      return new Tally();
    });
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(new Set(h.bins).size).toBe(24);
    h.atTime(8 * 3600 + 10).add(5);
    h.atTime(86_400 + 8 * 3600).add(7);
    expect(h.at(8).count).toBe(2);
    expect(h.at(8).mean).toBe(6);
    expect(h.at(9).count).toBe(0);
    expect(() => h.at(24)).toThrow(RangeError);
    expect(() => h.at(1.5)).toThrow(RangeError);
  });
});

describe('AbsoluteHours', () => {
  it('grows without holes as time advances', () => {
    const h = new AbsoluteHours(() => new Tally());
    h.atTime(10).add(1);
    h.atTime(3 * 3600 + 1).add(2);
    expect(h.length).toBe(4);
    expect(h.bins.map((t) => t.count)).toEqual([1, 0, 0, 1]);
    expect(h.at(26)).toBe(h.atTime(26 * 3600));
    expect(() => h.at(-1)).toThrow(RangeError);
  });
});
