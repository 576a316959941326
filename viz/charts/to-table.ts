// A chart's data table as an HTML table (the "show data" toggle) or CSV; missing values stay "—" / empty, never 0.
import { t as text } from '../i18n/index.ts';
import { NO_DATA } from './format.ts';
import type { ChartTable } from './types.ts';

export function tableToHtml(table: ChartTable, opts: { document?: Document; caption?: string } = {}): HTMLTableElement {
  const doc = opts.document ?? (globalThis as { document?: Document }).document;
  if (!doc) throw new Error('tableToHtml: no document; pass opts.document outside a browser');
  const t = doc.createElement('table');
  t.className = 'bf-data-table';
  if (opts.caption) t.createCaption().textContent = opts.caption;
  const head = t.createTHead().insertRow();
  for (const c of table.columns) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.appendChild(th);
  }
  const body = t.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    for (const v of row) {
      const td = tr.insertCell();
      if (v === null) {
        td.textContent = NO_DATA;
        td.setAttribute('aria-label', text('charts:format.noData'));
      } else td.textContent = String(v);
      if (typeof v === 'number') td.className = 'bf-num';
    }
  }
  return t;
}

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV; no data is an empty field. */
export function tableToCsv(table: ChartTable): string {
  return [table.columns, ...table.rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
