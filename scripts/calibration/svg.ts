// A small SVG line chart of an hourly wait profile: simulated mean with its 95 % band, observed
// points, title, axis labels and a source line. Plain string building (no DOM), so it runs in Node
// and its output is exact for a test.

/** An hourly chart: 24 simulated hours (mean and band; null where nobody arrived) and the observed hours. */
export interface ProfileChart {
  title: string;
  /** The line under the chart saying where the figures come from. */
  source: string;
  xLabel: string;
  yLabel: string;
  simulated: { mean: (number | null)[]; low: (number | null)[]; high: (number | null)[] };
  observed: { hours: number[]; values: number[] } | null;
  width?: number;
  height?: number;
}

/** XML text with &, <, > and quotes escaped. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round step for about `count` ticks from 0 to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** Words of `text` in lines of at most `max` characters (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + w.length > max) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines;
}

const n1 = (x: number) => String(Math.round(x * 10) / 10);

/** Runs of consecutive hours where `ok(h)` holds. */
function runsOf(ok: (h: number) => boolean): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (let h = 0; h < 24; h++) {
    if (ok(h)) cur.push(h);
    else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The chart as a standalone SVG document (one line per element). */
export function profileChartSvg(c: ProfileChart): string {
  const width = c.width ?? 520;
  const height = c.height ?? 280;
  const m = { left: 48, right: 12, top: 30, bottom: 58 };
  const values = [...c.simulated.high, ...c.simulated.mean, ...(c.observed?.values ?? [])].filter((x): x is number => x !== null && Number.isFinite(x));
  const top = Math.max(1, ...values);
  const step = niceStep(top);
  const yMax = Math.ceil(top / step) * step;
  const x = (h: number) => m.left + (h / 23) * (width - m.left - m.right);
  const y = (v: number) => height - m.bottom - (v / yMax) * (height - m.top - m.bottom);
  const sourceLines = wrap(c.source, Math.floor((width - m.left) / 5));
  const total = height + 10 * (sourceLines.length - 1);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="sans-serif" font-size="11">`);
  out.push(`<title>${escapeXml(c.title)}</title>`);
  out.push(`<text x="${m.left}" y="16" font-size="13" font-weight="bold">${escapeXml(c.title)}</text>`);
  // Axes, grid and ticks.
  for (let v = 0; v <= yMax + step / 2; v += step) {
    out.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${n1(y(v))}" y2="${n1(y(v))}" stroke="#ddd"/>`);
    out.push(`<text x="${m.left - 4}" y="${n1(y(v) + 4)}" text-anchor="end">${n1(v)}</text>`);
  }
  for (let h = 0; h < 24; h += 3) out.push(`<text x="${n1(x(h))}" y="${height - m.bottom + 14}" text-anchor="middle">${String(h).padStart(2, '0')}</text>`);
  out.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${height - m.bottom}" y2="${height - m.bottom}" stroke="#333"/>`);
  out.push(`<line x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${height - m.bottom}" stroke="#333"/>`);
  out.push(`<text x="${n1((m.left + width - m.right) / 2)}" y="${height - m.bottom + 28}" text-anchor="middle">${escapeXml(c.xLabel)}</text>`);
  out.push(`<text transform="translate(12 ${n1((m.top + height - m.bottom) / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(c.yLabel)}</text>`);
  // Simulated 95 % band and mean.
  const { mean, low, high } = c.simulated;
  for (const run of runsOf((h) => low[h] !== null && high[h] !== null)) {
    const pts = [...run.map((h) => `${n1(x(h))},${n1(y(high[h]!))}`), ...[...run].reverse().map((h) => `${n1(x(h))},${n1(y(low[h]!))}`)];
    out.push(`<polygon points="${pts.join(' ')}" fill="#4e79a7" fill-opacity="0.2" stroke="none"/>`);
  }
  for (const run of runsOf((h) => mean[h] !== null)) {
    out.push(`<polyline points="${run.map((h) => `${n1(x(h))},${n1(y(mean[h]!))}`).join(' ')}" fill="none" stroke="#4e79a7" stroke-width="2"/>`);
  }
  // Observed points.
  if (c.observed && c.observed.hours.length > 0) {
    out.push(`<polyline points="${c.observed.hours.map((h, i) => `${n1(x(h))},${n1(y(c.observed!.values[i]))}`).join(' ')}" fill="none" stroke="#e15759" stroke-dasharray="4 3"/>`);
    c.observed.hours.forEach((h, i) => out.push(`<circle cx="${n1(x(h))}" cy="${n1(y(c.observed!.values[i]))}" r="3" fill="#e15759"/>`));
  }
  // Legend and source.
  const ly = height - 18;
  out.push(`<rect x="${m.left}" y="${ly - 8}" width="14" height="8" fill="#4e79a7" fill-opacity="0.35"/>`);
  out.push(`<text x="${m.left + 18}" y="${ly}">simulated mean, 95 % band</text>`);
  if (c.observed) {
    out.push(`<circle cx="${m.left + 190}" cy="${ly - 4}" r="3" fill="#e15759"/>`);
    out.push(`<text x="${m.left + 197}" y="${ly}">observed</text>`);
  }
  sourceLines.forEach((line, i) => out.push(`<text x="${m.left}" y="${height - 4 + 10 * i}" font-size="9" fill="#555">${escapeXml(line)}</text>`));
  out.push('</svg>');
  return out.join('\n') + '\n';
}
