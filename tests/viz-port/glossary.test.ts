// @vitest-environment jsdom
// The glossary: every term the visualizer relies on is defined (with units where it has one), tooltips and the filterable list.
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_NOTE } from '../../sim/index.ts';
import { glossary, mountGlossary, termTooltip } from '../../viz/glossary/index.ts';

const REQUIRED = [
  'Wait to reach the primary booth',
  'Time in system',
  'Booths staffed',
  'Lane',
  'Lanes open',
  'Utilization',
  'Referral',
  'Secondary inspection',
  'Seizure',
  'Interdiction rate',
  'False-positive rate',
  '95 % confidence interval',
  'Replication',
  'Common random numbers',
  'Warm-up',
  'p95',
  'Erlang C',
  'ρ',
  'Update pending',
  'Cost of delay',
];

describe('glossary', () => {
  it('defines every required term, with a unit where the quantity has one', () => {
    for (const t of REQUIRED) expect(termTooltip(t), t).not.toBe('');
    expect(termTooltip('Utilization')).toMatch(/busy ÷ staffed booths/);
    expect(termTooltip('interdiction rate')).toMatch(/seizures ÷ contraband carriers/);
    expect(termTooltip('Wait to reach the primary booth')).toMatch(/minutes/);
    expect(termTooltip('Update pending')).toMatch(/never as 0/);
    expect(termTooltip('no such term')).toBe('');
  });

  it('explains the honest-reporting figures: censored waits, how a run ends, giving up, P(wait > t), ρ, lane management, stacked booths', () => {
    expect(termTooltip('censored')).toMatch(/lower bound/);
    expect(termTooltip('unfinished')).toBe(termTooltip('Censored (unfinished) waits'));
    expect(termTooltip('drain')).toMatch(/cutoff/i);
    expect(termTooltip('cutoff')).toMatch(/unfinished/);
    expect(termTooltip('balking')).toMatch(/does not join the line/);
    expect(termTooltip('reneged')).toMatch(/leaves it/);
    expect(termTooltip('P(wait > t)')).toMatch(/exceeded t minutes/);
    expect(termTooltip('offered load')).toMatch(/ρ ≥ 1/);
    expect(termTooltip('active lane management')).toMatch(/booth-hours/);
    expect(termTooltip('stacked booths')).toMatch(/booths per lane/);
    // How far to trust the intervals: the engine's own note, word for word.
    expect(termTooltip('95 % confidence interval')).toContain(CONFIDENCE_NOTE);
  });

  it('mounts a filterable definition list', () => {
    const el = document.createElement('div');
    const g = mountGlossary(el);
    expect(el.querySelectorAll('dt').length).toBe(glossary.length);
    const input = el.querySelector('input[type=search]') as HTMLInputElement;
    input.value = 'secondary';
    input.dispatchEvent(new Event('input'));
    const shown = [...el.querySelectorAll('dt')].filter((d) => !d.hidden);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(glossary.length);
    g.destroy();
    expect(el.childElementCount).toBe(0);
  });
});
