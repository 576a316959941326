// The gallery renders every chart from real documents; exports and data tables keep missing values distinct from 0.
import { describe, expect, it } from 'vitest';
import { renderGallery, svgToString, tableToCsv, tableToHtml, svgToPngBlob } from '../../viz/charts/index.ts';
import { honestFixture, screeningFixture } from './fixtures.ts';
import { newDocument } from './dom.ts';

describe('gallery', () => {
  it('renders every chart with its takeaway, SVG and data table', () => {
    const document = newDocument();
    const f = screeningFixture();
    const figures = renderGallery(document.body, f.docs, { baseline: 0, scenarios: f.scenarios, labels: f.labels });
    expect(figures.map((x) => x.dataset.chart)).toEqual([
      'wait-by-hour',
      'wait-over',
      'wait-heatmap',
      'wait-heatmap (difference)',
      'wait-ecdf',
      'tradeoff',
      'replication-dots',
      'paired-difference',
      'queue-timeline',
      'utilization',
      'referrals-seizures',
    ]);
    for (const fig of figures) {
      const svg = fig.querySelector('svg')!;
      expect(svg, fig.dataset.chart).not.toBeNull();
      expect(fig.querySelector('figcaption')!.textContent).toBe(svg.getAttribute('aria-label'));
      expect(svg.querySelector('title')!.textContent!.length).toBeGreaterThan(10);
      expect(svg.querySelector('desc')!.textContent!.length).toBeGreaterThan(40);
      expect(fig.querySelector('table tbody tr')).not.toBeNull();
    }
  });

  it('adds the gave-up chart only when somebody balked or reneged', () => {
    const document = newDocument();
    const f = honestFixture();
    const names = (docs: typeof f.docs) => renderGallery(document.body, docs, { baseline: 0 }).map((x) => x.dataset.chart);
    expect(names([f.docs[0]])).not.toContain('gave-up');
    expect(names(f.docs)).toContain('gave-up');
  });
});

describe('export', () => {
  const document = newDocument();
  const f = screeningFixture();
  const [fig] = renderGallery(document.body, f.docs.slice(0, 2), { baseline: 0, labels: f.labels });

  it('serializes a standalone SVG file', () => {
    const text = svgToString(fig.querySelector('svg')!);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    expect(new (document.defaultView!.DOMParser)().parseFromString(text, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('refuses PNG export outside a browser with a clear message', async () => {
    await expect(svgToPngBlob(fig.querySelector('svg')!)).rejects.toThrow(/browser/);
  });

  it('writes tables as HTML and CSV with no data as "—" or empty, never 0', () => {
    const table = { columns: ['hour', 'wait (min)'], rows: [['06:00', null], ['07:00', 1.5], ['x, "y"', 0]] as (string | number | null)[][] };
    const t = tableToHtml(table, { document, caption: 'waits' });
    expect([...t.querySelectorAll('tbody td')].map((c) => c.textContent)).toEqual(['06:00', '—', '07:00', '1.5', 'x, "y"', '0']);
    expect(t.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect(tableToCsv(table)).toBe('hour,wait (min)\r\n06:00,\r\n07:00,1.5\r\n"x, ""y""",0\r\n');
  });
});
