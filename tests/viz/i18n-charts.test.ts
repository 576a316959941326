// Every chart speaks the page's language: titles, summaries, axes, legends and data tables in Spanish
// and French with the language's decimal comma, and no key name ever reaches the reader.
import { afterAll, describe, expect, it } from 'vitest';
import { renderGallery } from '../../viz/charts/index.ts';
import { describeHeadline } from '../../viz/charts/headline.ts';
import { headline } from '../../viz/view-models/headline.ts';
import { setLanguage, type Language } from '../../viz/i18n/index.ts';
import { honestFixture, screeningFixture } from './fixtures.ts';
import { newDocument } from './dom.ts';

interface Rendered {
  chart: string;
  title: string;
  summary: string;
  axes: string[];
  legend: string[];
  columns: string[];
  text: string;
}

function render(lang: Language): Rendered[] {
  setLanguage(lang);
  const document = newDocument();
  const f = screeningFixture();
  const h = honestFixture();
  const figures = [
    ...renderGallery(document.body, f.docs, { baseline: 0, scenarios: f.scenarios, labels: f.labels }),
    // The gave-up chart and the lower-bound marks only appear where somebody gave up or was still in line.
    ...renderGallery(document.body, h.docs, { baseline: 0 }).filter((x) => ['gave-up', 'wait-by-hour', 'wait-over'].includes(x.dataset.chart!)),
  ];
  return figures.map((fig) => {
    const svg = fig.querySelector('svg')!;
    return {
      chart: fig.dataset.chart!,
      title: svg.querySelector(':scope > title')!.textContent!,
      summary: svg.querySelector(':scope > desc')!.textContent!,
      axes: [...svg.querySelectorAll('.bf-axis-label')].map((e) => e.textContent!),
      legend: [...svg.querySelectorAll('.bf-legend-item text')].map((e) => e.textContent!),
      columns: [...fig.querySelectorAll('table th')].map((e) => e.textContent!),
      text: fig.textContent + [...svg.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' '),
    };
  });
}

const SAME_WORDS = new Set(['note', 'ρ', 'Erlang C (min)']);

describe('charts in Spanish and French', () => {
  const names = [...screeningFixture().labels, ...honestFixture().docs.map((d) => d.scenario.name)];
  afterAll(() => setLanguage('en'));
  const en = render('en');

  it.each([
    ['es', 'hora del día', 'grupo de carriles', /caseta primaria/],
    ['fr', 'heure de la journée', 'groupe de voies', /guérite primaire/],
  ] as const)('%s: every chart translates its title, summary, axes and table, with a decimal comma and no key names', (lang, hourAxis, laneGroup, booth) => {
    const out = render(lang as Language);
    expect(out.map((c) => c.chart)).toEqual(en.map((c) => c.chart));
    out.forEach((c, i) => {
      const e = en[i];
      expect(c.title, `${lang} ${c.chart} title`).not.toBe(e.title);
      expect(c.summary, `${lang} ${c.chart} summary`).not.toBe(e.summary);
      // Axis labels that hold words (not a bare scenario name) are translated.
      c.axes.forEach((a, k) => expect(a, `${lang} ${c.chart} axis ${k}`).not.toBe(e.axes[k]));
      // A column may keep its English head only where the word is the same ("note" in French) or is a scenario's name or a symbol.
      const same = c.columns.filter((x, k) => x === e.columns[k] && !SAME_WORDS.has(x) && !names.some((n) => x.startsWith(n)));
      expect(same, `${lang} ${c.chart} columns`).toEqual([]);
      expect(c.text, `${lang} ${c.chart}`).not.toMatch(/\b(charts|glossary|lessons|common):[a-zA-Z]/);
      expect(c.text, `${lang} ${c.chart}`).not.toMatch(/\{\{|\}\}/);
    });
    const all = out.map((c) => c.text).join(' ');
    expect(all).toMatch(/\d,\d/);
    expect(all).not.toMatch(/\d\.\d\s?(min|%)/);
    expect(out.find((c) => c.chart === 'wait-by-hour')!.axes).toContain(hourAxis);
    expect(out.find((c) => c.chart === 'utilization')!.columns[0]).toBe(laneGroup);
    expect(out.find((c) => c.chart === 'wait-by-hour')!.summary).toMatch(booth);
    // The legend entries that are not scenario names are translated too.
    const legend = out.flatMap((c) => c.legend);
    const enLegend = en.flatMap((c) => c.legend);
    expect(legend.filter((l) => /lower bound|still in line|warm-up|Erlang C, M\/M\/c steady state/.test(l))).toEqual([]);
    expect(enLegend.some((l) => /lower bound/.test(l))).toBe(true);
  });

  it.each(['es', 'fr'] as const)('%s: the headline sentence reads in the language, numbers with a comma', (lang) => {
    const f = screeningFixture();
    setLanguage('en');
    const enText = describeHeadline(headline(f.docs, { baseline: 0, scenarios: f.scenarios, labels: f.labels }));
    setLanguage(lang);
    const text = describeHeadline(headline(f.docs, { baseline: 0, scenarios: f.scenarios, labels: f.labels }));
    expect(text.title).not.toBe(enText.title);
    expect(text.summary).toMatch(lang === 'es' ? /Frente al escenario base/ : /Par rapport à la référence/);
    expect(text.summary).toMatch(/\d,\d/);
    expect(text.summary).not.toMatch(/charts:/);
  });
});
