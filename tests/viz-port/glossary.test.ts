// @vitest-environment jsdom
// The glossary: every term the visualizer relies on is defined (with units where it has one), tooltips and the filterable list.
import { describe, expect, it } from 'vitest';
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
