// The staffing target grammar: what it accepts, and the errors that say what was expected.
import { describe, expect, it } from 'vitest';
import { parseTarget, targetFigureName } from '../../sim/index.ts';

describe('parseTarget', () => {
  it('reads wait figures and limits', () => {
    expect(parseTarget('p95 wait <= 30 min')).toEqual({ figure: 'p95', limit: 30, text: 'p95 wait <= 30 min' });
    expect(parseTarget('  Mean   wait ≤ 7.5 minutes ')).toEqual({ figure: 'mean', limit: 7.5, text: 'mean wait <= 7.5 min' });
    expect(parseTarget('p90 wait<=12min').figure).toBe('p90');
    expect(parseTarget('p50 wait <= .5 min').limit).toBe(0.5);
  });

  it('reads P(wait > T min) <= p as a share or a percentage', () => {
    expect(parseTarget('P(wait > 30 min) <= 0.05')).toEqual({ figure: 'waitOver', limit: 0.05, thresholdMinutes: 30, text: 'P(wait > 30 min) <= 0.05' });
    expect(parseTarget('p( wait>45 minutes ) ≤ 10%')).toMatchObject({ figure: 'waitOver', limit: 0.1, thresholdMinutes: 45 });
    expect(targetFigureName(parseTarget('P(wait > 30 min) <= 0.05'))).toBe('P(wait > 30 min)');
    expect(targetFigureName(parseTarget('p95 wait <= 30 min'))).toBe('p95 wait');
  });

  it.each([
    ['', /empty target/],
    ['p95 wait < 30 min', /expected one of/],
    ['p95 wait <= 30', /expected one of/],
    ['p99 wait <= 30 min', /expected one of/],
    ['p95 wait <=', /needs a limit after "<="/],
    ['p95 wait <= 0 min', /more than 0 minutes/],
    ['p95 wait <= -5 min', /expected one of/],
    ['P(wait > 30 min) <= 1.5', /share must be more than 0 and less than 1/],
    ['P(wait > 30 min) <= 0', /share must be more than 0/],
    ['P(wait > 30 min) <= 100%', /share must be more than 0 and less than 1/],
    ['P(wait > 2000 min) <= 0.1', /at most 1440 minutes/],
    ['P(wait > 30) <= 0.1', /expected one of/],
    ['mean queue <= 5 min', /expected one of/],
  ])('refuses %j', (text, message) => {
    expect(() => parseTarget(text)).toThrow(message);
    expect(() => parseTarget(text)).toThrow(RangeError);
  });
});
