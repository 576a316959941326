// Small multiples of the wait to reach the primary booth by hour of day: one panel per lane group, shared y scale.
import { t } from '../i18n/index.ts';
import { max } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleLinear } from 'd3-scale';
import type { WaitByHourData, WaitByHourLine, WaitByHourPanel } from '../view-models/wait-by-hour.ts';
import { hourLabel, hourRanges } from '../view-models/hours.ts';
import { drawXAxis, drawYAxis } from './axes.ts';
import type { G } from './frame.ts';
import { baselineLabel, capitalize, cell, fmtNumber, px, sentences, textWidth, valueWithCi, colon, semi } from './format.ts';
import type { LegendItem } from './legend.ts';
import { smallMultiples } from './small-multiples.ts';
import { drawObservedPoints, OBSERVED_COLOR } from './observed-points.ts';
import { gappedLinePath, hatch, seriesWithBand } from './marks.ts';
import { BASELINE_BAND, INK, MUTED, REFERENCE_BLACK, seriesStyle, symbolPath } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

const PANEL_HEIGHT = 170;
const PANEL_GAP_X = 28;
const PANEL_GAP_Y = 64;

interface Peak {
  hour: number;
  value: number;
}

function peakOf(line: WaitByHourLine): Peak | null {
  let best: Peak | null = null;
  for (const h of line.hours) if (h.mean !== null && (best === null || h.mean > best.value)) best = { hour: h.hour, value: h.mean };
  return best;
}

/** Hours where no scenario has a value: drawn as "no data", never as zero. */
function emptyHours(panel: WaitByHourPanel): number[] {
  const out: number[] = [];
  for (let h = 0; h < 24; h++) if (panel.lines.every((l) => l.hours[h].mean === null)) out.push(h);
  return out;
}

/** Hours where a line's wait is a lower bound: travelers of that hour were still in line when the run ended. */
export function censoredHours(line: WaitByHourLine): number[] {
  return line.hours.filter((h) => h.mean !== null && h.unfinished > 0).map((h) => h.hour);
}

/**
 * Hours where travelers arrived and were still in line when the run ended but none of them reached a
 * booth: the line has no value there, and without a mark it would just stop.
 */
export function neverServedHours(line: WaitByHourLine): number[] {
  return line.hours.filter((h) => h.mean === null && h.unfinished > 0).map((h) => h.hour);
}

/** The legend entry for hours whose travelers never reached a booth. */
export const NEVER_SERVED_LABEL: string = '▲ still in line at the end: nobody of that hour reached a booth (wait off the scale)';

/** Log-scale ticks in minutes (1–2–5 steps). */
const LOG_TICKS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/** The legend entry for the lower-bound marker. */
export const CENSORED_LABEL = '≥ lower bound: travelers of that hour still in line when the run ended';

function runs(hours: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const h of [...hours].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === h) last[1] = h + 1;
    else out.push([h, h + 1]);
  }
  return out;
}

export function describeWaitByHour(data: WaitByHourData): ChartText {
  const m = data.measureLabel;
  let title = t('charts:hour.none');
  let best: { label: string; lane: string; hour: number; from: number; to: number } | null = null;
  for (const p of data.panels) {
    const base = p.lines.find((l) => l.series.isBaseline);
    if (!base) continue;
    for (const l of p.lines) {
      if (l.series.isBaseline) continue;
      for (const h of l.hours) {
        const b = base.hours[h.hour].mean;
        // A lower bound against a full wait says little: the takeaway uses hours where both waits finished.
        if (h.mean === null || b === null || h.unfinished > 0 || base.hours[h.hour].unfinished > 0) continue;
        if (!best || Math.abs(h.mean - b) > Math.abs(best.to - best.from)) best = { label: l.series.label, lane: p.lane.kindName, hour: h.hour, from: b, to: h.mean };
      }
    }
  }
  if (best && Math.abs(best.to - best.from) >= 0.05) {
    const vars = { scenario: best.label, m, lane: best.lane, hour: hourLabel(best.hour), from: fmtNumber(best.from), to: fmtNumber(best.to) };
    title = best.to < best.from ? t('charts:hour.cuts', vars) : t('charts:hour.raises', vars);
  } else if (best) {
    title = t('charts:hour.tiny', { scenario: best.label, m, tenth: fmtNumber(0.1) });
  } else {
    let peak: { lane: string; p: Peak } | null = null;
    for (const p of data.panels) {
      const line = p.lines.find((l) => l.series.isBaseline) ?? p.lines[0];
      const pk = line ? peakOf(line) : null;
      if (pk && (!peak || pk.value > peak.p.value)) peak = { lane: p.lane.name, p: pk };
    }
    if (peak) title = t('charts:hour.peak', { m, value: fmtNumber(peak.p.value), hour: hourLabel(peak.p.hour), lane: peak.lane });
  }

  const reps = Math.max(0, ...data.panels.flatMap((p) => p.lines.flatMap((l) => l.hours.map((h) => h.n))));
  const parts: string[] = [
    capitalize(t('charts:hour.summary', { m, count: data.series.length, reps })),
  ];
  for (const p of data.panels) {
    const lines = p.lines.map((l) => {
      const pk = peakOf(l);
      if (!pk) return `${l.series.label}${colon()}${t('charts:format.noData')}`;
      const h = l.hours[pk.hour];
      return t('charts:hour.linePeak', { scenario: l.series.isBaseline ? baselineLabel(l.series.label) : l.series.label, value: valueWithCi(h), hour: hourLabel(pk.hour) });
    });
    const empty = emptyHours(p);
    let ref = '';
    if (p.reference && data.referenceOf) {
      const stable = p.reference.filter((r) => r.status === 'stable' && r.minutes !== null);
      const top = stable.reduce<(typeof stable)[number] | null>((a, r) => (a === null || r.minutes! > a.minutes! ? r : a), null);
      const unstable = p.reference.filter((r) => r.status === 'unstable').map((r) => r.hour);
      ref = sentences(
        top ? t('charts:hour.erlang', { scenario: data.referenceOf.label, minutes: fmtNumber(top.minutes), hour: hourLabel(top.hour), rho: fmtNumber(top.rho, 2) }) : '',
        unstable.length ? t('charts:hour.unstableAt', { hours: hourRanges(unstable) }) : '',
      );
    }
    const censored = p.lines.flatMap((l) => {
      const hours = censoredHours(l);
      if (hours.length === 0) return [];
      const n = hours.reduce((a, hr) => a + l.hours[hr].unfinished, 0);
      return [t('charts:hour.censoredItem', { scenario: l.series.label, hours: hourRanges(hours), n: fmtNumber(n, 0), count: Math.round(n) })];
    });
    const never = p.lines.flatMap((l) => {
      const hours = neverServedHours(l);
      return hours.length ? [t('charts:hour.atHours', { scenario: l.series.label, hours: hourRanges(hours) })] : [];
    });
    parts.push(
      sentences(
        `${p.lane.name}${colon()}${lines.join(semi())}.`,
        never.length ? t('charts:hour.never', { list: never.join(semi()) }) : '',
        empty.length ? t('charts:hour.empty', { hours: hourRanges(empty) }) : '',
        censored.length ? t('charts:hour.lowerBounds', { list: censored.join(semi()) }) : '',
        ref,
      ),
    );
  }

  const hasRef = data.panels.some((p) => p.reference);
  const columns = [t('charts:col.laneGroup'), t('charts:col.hour'), t('charts:col.scenario'), t('charts:hour.colWait', { m }), t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:col.replications'), t('charts:col.stillInLine')];
  if (hasRef) columns.push(t('charts:hour.colErlang'), 'ρ', t('charts:hour.colStatus'));
  const rows: (string | number | null)[][] = [];
  for (const p of data.panels) {
    for (let h = 0; h < 24; h++) {
      for (const l of p.lines) {
        const v = l.hours[h];
        const row: (string | number | null)[] = [p.lane.name, hourLabel(h), l.series.label, cell(v.mean, 2), cell(v.ciLow, 2), cell(v.ciHigh, 2), v.n, cell(v.unfinished, 1)];
        if (hasRef) {
          const r = p.reference && data.referenceOf && l.series.key === data.referenceOf.key ? p.reference[h] : null;
          row.push(r ? cell(r.minutes, 2) : null, r ? cell(r.rho, 3) : null, r ? statusText(r.status) : null);
        }
        rows.push(row);
      }
    }
  }
  return { title, summary: parts.join(' '), table: { columns, rows } };
}

function statusText(s: string): string {
  return s === 'unstable' ? t('charts:hour.unstable') : s === 'no-data' ? t('charts:format.noData') : s === 'no-booths' ? t('charts:hour.noBooth') : t('charts:hour.stable');
}

export function renderWaitByHour(data: WaitByHourData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeWaitByHour(data);
  const width = options.width ?? 960;
  const n = Math.max(1, data.panels.length);
  const cols = Math.min(3, n, Math.max(1, Math.floor((width - 70) / 240)));
  const legendItems: LegendItem[] = data.series.map((s) => {
    const st = seriesStyle(s);
    return s.isBaseline
      ? { label: baselineLabel(s.label), color: st.color, dash: '', lineWidth: st.width, swatch: { fill: BASELINE_BAND } }
      : { label: s.label, color: st.color, dash: st.dash, lineWidth: st.width, symbol: st.symbol, swatch: { fill: st.color, opacity: 0.15 } };
  });
  if (data.referenceOf) legendItems.push({ label: t('charts:hour.erlangLegend', { scenario: data.referenceOf.label }), color: REFERENCE_BLACK, dash: '5 4', lineWidth: 1.5 });
  if (data.panels.some((p) => p.lines.some((l) => censoredHours(l).length > 0))) {
    legendItems.push({ label: t('charts:hour.censoredLegend'), color: INK, symbol: 'circle', hollow: true });
  }
  if (data.panels.some((p) => p.lines.some((l) => neverServedHours(l).length > 0))) {
    legendItems.push({ label: t('charts:hour.neverLegend'), color: INK });
  }
  const observed = options.observed;
  if (observed && data.panels.some((p) => observed.byLane.has(p.lane.id))) legendItems.push({ label: t('charts:observed.observed', { file: observed.label }), color: OBSERVED_COLOR, symbol: 'circle' });
  if (data.panels.some((p) => p.reference?.some((r) => r.status === 'unstable'))) {
    legendItems.push({ label: t('charts:hour.unstableLegend'), color: REFERENCE_BLACK, swatch: { fill: REFERENCE_BLACK } });
  }
  const grid = smallMultiples(
    { name: 'wait-by-hour', text, width, panels: n, cols, panelHeight: PANEL_HEIGHT, gapX: PANEL_GAP_X, gapY: PANEL_GAP_Y, legend: legendItems, titles: data.panels.map((p) => p.lane.name) },
    options,
  );
  const { f, panelW, panelH, origin } = grid;
  const mode = options.yScale ?? 'shared';
  const topOf = (panels: readonly WaitByHourPanel[]) => {
    const simMax = max(panels.flatMap((p) => p.lines.flatMap((l) => l.hours.map((h) => h.ciHigh ?? h.mean ?? 0)))) ?? 0;
    const refMax = max(panels.flatMap((p) => (p.reference ?? []).map((r) => r.minutes ?? 0))) ?? 0;
    // A reference near ρ = 1 can dwarf the simulation; cap the scale and mark what lies above.
    const obsMax = max(panels.flatMap((p) => (observed?.byLane.get(p.lane.id) ?? []).map((o) => o.wait))) ?? 0;
    return Math.max(1, simMax, obsMax, Math.min(refMax, Math.max(simMax, 1) * 3)) * 1.05;
  };
  const x = scaleLinear().domain([0, 24]).range([0, panelW]);
  const sharedTop = topOf(data.panels);
  // Clamped: a Student-t interval can dip below 0 minutes, which the axis does not show.
  const linearY = (top: number) => scaleLinear().domain([0, top]).range([panelH, 0]).nice().clamp(true);
  // Log: waits under 1 min sit on the bottom line (a log axis has no 0).
  const logY = () => scaleLog().domain([1, Math.max(2, sharedTop)]).range([panelH, 0]).nice().clamp(true) as unknown as ScaleLinear<number, number>;
  const yOf = (panel: WaitByHourPanel) => (mode === 'log' ? logY() : linearY(mode === 'independent' ? topOf([panel]) : sharedTop));
  if (mode !== 'shared') {
    f.top
      .append('text')
      .attr('class', 'bf-scale-note')
      .attr('x', width - 8)
      .attr('y', 14)
      .attr('text-anchor', 'end')
      .attr('fill', MUTED)
      .text(mode === 'log' ? t('charts:hour.logNote') : t('charts:hour.independentNote'));
  }

  data.panels.forEach((panel, i) => {
    const col = i % cols;
    const g = f.plot
      .append('g')
      .attr('class', 'bf-panel')
      .attr('data-lane', panel.lane.id)
      .attr('transform', `translate(${origin(i).map(px).join(',')})`);
    grid.title(g, i);
    const y = yOf(panel);
    drawPanel(g, panel, data, x, y, y.domain()[1], panelW, panelH, col === 0 || mode === 'independent', mode === 'log');
    const seen = observed?.byLane.get(panel.lane.id);
    if (seen) drawObservedPoints(g, seen, x, y, y.domain()[1]);
  });
  return f.svg;
}

function drawPanel(
  g: G,
  panel: WaitByHourPanel,
  data: WaitByHourData,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  yTop: number,
  w: number,
  h: number,
  firstColumn: boolean,
  log = false,
): void {
  for (const [a, b] of runs(emptyHours(panel))) {
    hatch(g, x(a), 0, x(b) - x(a), h);
    const none = t('charts:format.noData');
    if (x(b) - x(a) > textWidth(none) + 6) {
      g.append('text').attr('class', 'bf-no-data').attr('x', px((x(a) + x(b)) / 2)).attr('y', px(h / 2)).attr('text-anchor', 'middle').attr('fill', MUTED).text(none);
    }
  }
  const yLabel = firstColumn ? (log ? t('charts:hour.axisYLog', { m: data.measureLabel }) : t('charts:hour.axisY', { m: data.measureLabel })) : undefined;
  if (log) drawYAxis<number>(g, y, h, { tickValues: LOG_TICKS.filter((t) => t <= yTop), format: (d) => String(d), grid: w, label: yLabel });
  else drawYAxis(g, y, h, { ticks: 4, grid: w, label: yLabel });
  drawXAxis<number>(g, x, h, w, { tickValues: [0, 3, 6, 9, 12, 15, 18, 21, 24], format: (d) => String(d), label: t('charts:hour.axisX') });

  const points = (l: WaitByHourLine) => l.hours.map((v) => ({ x: v.hour + 0.5, y: v.mean, low: v.ciLow, high: v.ciHigh }));
  const layer = g.append('g').attr('class', 'bf-series-layer');
  // Baseline first so every scenario is drawn over its grey ghost.
  for (const l of panel.lines) {
    const st = seriesStyle(l.series);
    const pts = points(l);
    const sg = seriesWithBand(layer, pts, x, y, { key: l.series.key, isBaseline: l.series.isBaseline, color: st.color, width: st.width, dash: st.dash, baselineBand: BASELINE_BAND });
    // Isolated hours (neighbours missing) would draw no line segment: mark them with the series symbol.
    pts.forEach((p, k) => {
      if (p.y === null || (pts[k - 1]?.y ?? null) !== null || (pts[k + 1]?.y ?? null) !== null) return;
      sg.append('path').attr('d', symbolPath(st.symbol, 36)).attr('transform', `translate(${px(x(p.x))},${px(y(p.y))})`).attr('fill', st.color);
    });
  }
  // Lower bounds: a hollow ring and "≥" where travelers of the hour were still in line when the run ended.
  for (const l of panel.lines) {
    const hours = censoredHours(l);
    if (hours.length === 0) continue;
    const st = seriesStyle(l.series);
    const cg = layer.append('g').attr('class', 'bf-censored').attr('data-key', l.series.key);
    for (const hr of hours) {
      const v = l.hours[hr];
      const cx = x(hr + 0.5);
      const cy = y(v.mean!);
      const mg = cg.append('g').attr('class', 'bf-censored-hour').attr('data-hour', hr);
      mg.append('title').text(t('charts:hour.censoredTip', { scenario: l.series.label, hour: hourLabel(hr), value: fmtNumber(v.mean), n: fmtNumber(v.unfinished, 0), count: Math.round(v.unfinished) }));
      mg.append('circle').attr('cx', px(cx)).attr('cy', px(cy)).attr('r', 4).attr('fill', '#ffffff').attr('stroke', st.color).attr('stroke-width', 1.5);
      mg.append('text').attr('x', px(cx)).attr('y', px(Math.max(9, cy - 7))).attr('text-anchor', 'middle').attr('font-size', 12).attr('fill', INK).text('≥');
    }
  }

  // Hours whose travelers never reached a booth before the run ended: the line would just stop there.
  for (const l of panel.lines) {
    const hours = neverServedHours(l);
    if (hours.length === 0) continue;
    const st = seriesStyle(l.series);
    const ng = layer.append('g').attr('class', 'bf-never-served').attr('data-key', l.series.key);
    for (const hr of hours) {
      const mg = ng.append('g').attr('class', 'bf-never-served-hour').attr('data-hour', hr);
      mg.append('title').text(t('charts:hour.neverTip', { scenario: l.series.label, hour: hourLabel(hr), n: fmtNumber(l.hours[hr].unfinished, 0), count: Math.round(l.hours[hr].unfinished) }));
      mg.append('text').attr('x', px(x(hr + 0.5))).attr('y', 10).attr('text-anchor', 'middle').attr('font-size', 12).attr('fill', st.color).text('▲');
    }
  }

  if (panel.reference) {
    const ref = panel.reference;
    const rg = g.append('g').attr('class', 'bf-reference').attr('data-reference', 'erlang-c');
    const pts = ref.map((r) => ({ x: r.hour + 0.5, y: r.status === 'stable' && r.minutes !== null && r.minutes <= yTop ? r.minutes : null }));
    rg.append('path').attr('class', 'bf-reference-line').attr('d', gappedLinePath(pts, x, y)).attr('fill', 'none').attr('stroke', REFERENCE_BLACK).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 4');
    for (const r of ref) {
      if (r.status === 'stable' && r.minutes !== null && r.minutes > yTop) {
        rg.append('text').attr('class', 'bf-off-scale').attr('x', px(x(r.hour + 0.5))).attr('y', 10).attr('text-anchor', 'middle').text(`▲${fmtNumber(r.minutes, 0)}`);
      }
    }
    for (const [a, b] of runs(ref.filter((r) => r.status === 'unstable').map((r) => r.hour))) {
      const ug = rg.append('g').attr('class', 'bf-unstable');
      const rhos = ref.slice(a, b).map((r) => fmtNumber(r.rho, 2));
      ug.append('title').text(t('charts:hour.unstableTip', { from: hourLabel(a), to: b === 24 ? '24:00' : hourLabel(b), rhos: rhos.join(', ') }));
      ug.append('rect').attr('x', px(x(a))).attr('y', 0).attr('width', px(x(b) - x(a))).attr('height', 5).attr('fill', REFERENCE_BLACK);
      const unstable = t('charts:hour.unstable');
      const label = x(b) - x(a) > textWidth(unstable) ? unstable : 'ρ≥1';
      ug.append('text').attr('x', px((x(a) + x(b)) / 2)).attr('y', 18).attr('text-anchor', 'middle').text(label);
    }
    const last = [...pts].reverse().find((p) => p.y !== null);
    if (last) {
      rg.append('text').attr('class', 'bf-reference-label').attr('x', px(Math.min(w - 2, x(last.x)))).attr('y', px(y(last.y!) - 10)).attr('text-anchor', 'end').text('Erlang C');
    }
  }
}
