// Plain-text tables with aligned columns: multi-line headings, and "mean ± half-width" cells aligned on the ±.

/**
 * A plain cell, or an estimate with an optional ± half-width (null when there is no interval);
 * `range`, when set, is an interval clipped at a natural bound (a wait below 0, a share above
 * 100 %), shown as "(low–high)" instead of ± the half-width.
 */
export type Cell = string | { value: string; pm: string | null; range?: string };

export interface Column {
  /** Heading lines, top to bottom; shorter headings sit on the bottom line, next to the figures. */
  heading: readonly string[];
  align: 'left' | 'right';
}

const GAP = '  ';

export function renderTable(columns: readonly Column[], rows: readonly (readonly Cell[])[]): string[] {
  const cellTexts = columns.map((col, c) => columnCells(rows.map((r) => r[c] ?? '')));
  const headingLines = Math.max(...columns.map((col) => col.heading.length));
  const widths = columns.map((col, c) => Math.max(...col.heading.map((h) => h.length), ...cellTexts[c].map((t) => t.length)));
  const pad = (text: string, c: number) => (columns[c].align === 'left' ? text.padEnd(widths[c]) : text.padStart(widths[c]));
  const line = (cells: string[]) => cells.map(pad).join(GAP).trimEnd();

  const out: string[] = [];
  for (let i = 0; i < headingLines; i++) {
    out.push(line(columns.map((col) => col.heading[i - (headingLines - col.heading.length)] ?? '')));
  }
  out.push(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((_, r) => out.push(line(columns.map((_, c) => cellTexts[c][r]))));
  return out;
}

/** Turns one column's cells into text of equal width, lining up the ± signs. */
function columnCells(cells: readonly Cell[]): string[] {
  const parts = cells.map((cell) =>
    typeof cell === 'string' ? { value: cell, tail: null, plain: true } : { value: cell.value, tail: tailOf(cell), plain: false },
  );
  if (parts.every((p) => p.plain || p.tail === null)) return parts.map((p) => p.value);
  const valueWidth = Math.max(...parts.filter((p) => !p.plain).map((p) => p.value.length));
  const tailWidth = Math.max(...parts.map((p) => p.tail?.length ?? 0));
  return parts.map((p) => (p.plain ? p.value : p.value.padStart(valueWidth) + (p.tail ?? '').padEnd(tailWidth)));
}

/** " ± half-width", or " (low–high)" for a clipped interval, or null without an interval. */
function tailOf(cell: { pm: string | null; range?: string }): string | null {
  if (cell.range !== undefined) return ` (${cell.range})`;
  return cell.pm === null ? null : ` ± ${cell.pm}`;
}
