// Markdown pieces of the calibration report: tables, numbers with intervals, and statuses.

/** A table cell: pipes escaped and line breaks flattened, so a cell cannot break the table. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table; columns listed in `right` are right-aligned (numbers). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (right.includes(i) ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A number with `digits` decimals, thousands separated by commas and a true minus sign; "–" for nothing. */
export function num(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const s = Math.abs(x).toFixed(digits);
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac === undefined ? grouped : `${grouped}.${frac}`;
  return x < 0 && Number(s) !== 0 ? `−${body}` : body;
}

/** "mean (low–high)" with the 95 % interval when there is one. */
export function withCi(e: { mean: number | null; ciLow: number | null; ciHigh: number | null }, digits = 1): string {
  if (e.mean === null) return '–';
  if (e.ciLow === null || e.ciHigh === null) return num(e.mean, digits);
  // "to" rather than a dash when a bound is negative, so a minus sign cannot read as a range.
  const sep = e.ciLow < 0 || e.ciHigh < 0 ? ' to ' : '–';
  return `${num(e.mean, digits)} (${num(e.ciLow, digits)}${sep}${num(e.ciHigh, digits)})`;
}

/** A signed difference: "+1.2", "−0.4" (a true minus sign). */
export function signed(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const s = num(Math.abs(x), digits);
  return Number(s.replace(/,/g, '')) === 0 ? num(0, digits) : `${x < 0 ? '−' : '+'}${s}`;
}

/** ✔ / ✘ with a word, or "–" when there is nothing to judge. */
export function status(ok: boolean | null, yes = 'within', no = 'outside'): string {
  return ok === null ? '–' : ok ? `✔ ${yes}` : `✘ ${no}`;
}

/** A Markdown link relative to the page. */
export function link(text: string, href: string): string {
  return `[${text.replace(/[[\]]/g, '')}](${href.replace(/ /g, '%20')})`;
}
