// Hour × lane heat map of waits (or differences from the baseline) in cividis, the value printed in each cell.
import { t } from '../i18n/index.ts';
import { lab } from 'd3-color';
import { scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';
import type { HeatCell, WaitHeatmapData, WaitHeatmapsData } from '../view-models/wait-heatmap.ts';
import { hourLabel, hourRanges } from '../view-models/hours.ts';
import { chartFrame } from './frame.ts';
import { capitalize, cell, ciPhrase, fmtNumber, fmtSigned, NO_DATA, px, seriesName, sentences, textWidth, fitText, colon, semi } from './format.ts';
import { hatch } from './marks.ts';
import { wrapWords } from './legend.ts';
import { INK, MUTED } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

const ROW_HEIGHT = 30;

function extent(cells: readonly HeatCell[]): [number, number] | null {
  const values = cells.flatMap((c) => (c.value === null ? [] : [c.value]));
  if (values.length === 0) return null;
  return [Math.min(...values), Math.max(...values)];
}

/** Colour scale: 0 to the largest wait, or symmetric about 0 for differences so 0 sits mid-scale. */
function colorScale(data: WaitHeatmapData) {
  const e = extent(data.cells);
  if (data.mode === 'difference') {
    const m = Math.max(0.1, Math.abs(e?.[0] ?? 0), Math.abs(e?.[1] ?? 0));
    return scaleSequential(interpolateCividis).domain([-m, m]);
  }
  return scaleSequential(interpolateCividis).domain([0, data.sharedMax ?? Math.max(1, e?.[1] ?? 1)]);
}

export function describeWaitHeatmap(data: WaitHeatmapData): ChartText {
  const m = data.measureLabel;
  const diff = data.mode === 'difference';
  const what = diff
    ? t('charts:heat.whatDiff', { scenario: data.scenario.label, baseline: seriesName(data.baseline), m })
    : capitalize(t('charts:heat.whatValue', { m, scenario: seriesName(data.scenario) }));
  const defined = data.cells.filter((c) => c.value !== null);
  let title = diff ? t('charts:heat.noneDiff', { scenario: data.scenario.label, baseline: data.baseline.label }) : t('charts:heat.noneValue', { scenario: data.scenario.label });
  const name = (id: string) => data.lanes.find((l) => l.id === id)!;
  if (defined.length > 0) {
    // The takeaway prefers cells whose waits all finished: a lower bound is not a peak.
    const finished = defined.filter((c) => c.unfinished === 0);
    const top = (finished.length ? finished : defined).reduce((a, c) => (Math.abs(c.value!) > Math.abs(a.value!) ? c : a));
    const lane = name(top.laneId);
    const vars = { scenario: data.scenario.label, m, lane: lane.kindName, hour: hourLabel(top.hour), value: fmtSigned(top.value), baseline: data.baseline.label };
    title = diff
      ? top.value! < 0 ? t('charts:heat.cuts', vars) : t('charts:heat.raises', vars)
      : t('charts:heat.peak', { m, value: fmtNumber(top.value, 0), lane: lane.kindName, hour: hourLabel(top.hour), scenario: data.scenario.label });
  }
  const perLane = data.lanes.map((lane) => {
    const row = data.cells.filter((c) => c.laneId === lane.id);
    const vals = row.filter((c) => c.value !== null);
    const missing = row.filter((c) => c.value === null).map((c) => c.hour);
    if (vals.length === 0) return `${lane.name}${colon()}${t('charts:format.noData')}.`;
    const hi = vals.reduce((a, c) => (c.value! > a.value! ? c : a));
    const lo = vals.reduce((a, c) => (c.value! < a.value! ? c : a));
    const f = diff ? fmtSigned : fmtNumber;
    return sentences(
      t('charts:heat.laneRange', { lane: lane.name, lo: f(lo.value, 1), loHour: hourLabel(lo.hour), hi: f(hi.value, 1), hiHour: hourLabel(hi.hour), ci: ciPhrase({ n: hi.n, mean: hi.value, ciLow: hi.ciLow, ciHigh: hi.ciHigh }) }).replace(' .', '.'),
      missing.length ? t('charts:heat.noDataAt', { hours: hourRanges(missing) }) : '',
    );
  });
  const censored = data.lanes.flatMap((lane) => {
    const row = data.cells.filter((c) => c.laneId === lane.id && c.value !== null && c.unfinished > 0);
    if (row.length === 0) return [];
    const n = row.reduce((a, c) => a + c.unfinished, 0);
    return [t('charts:heat.censoredItem', { lane: lane.name, hours: hourRanges(row.map((c) => c.hour)), n: fmtNumber(n, 0) })];
  });
  const summary = sentences(
    t('charts:heat.summary', { what, none: NO_DATA }),
    censored.length
      ? diff
        ? t('charts:heat.censoredDiff', { list: censored.join(semi()) })
        : t('charts:heat.censoredValue', { list: censored.join(semi()) })
      : '',
    data.pairingNote ?? '',
    ...perLane,
  );
  const rows = data.cells.map((c) => [name(c.laneId).name, hourLabel(c.hour), cell(c.value, 2), cell(c.ciLow, 2), cell(c.ciHigh, 2), c.n, cell(c.unfinished, 1)]);
  return {
    title,
    summary,
    table: { columns: [t('charts:col.laneGroup'), t('charts:col.hour'), diff ? t('charts:heat.colDiff', { m }) : t('charts:hour.colWait', { m }), t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:col.replications'), t('charts:col.stillInLine')], rows },
  };
}

export function renderWaitHeatmap(data: WaitHeatmapData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeWaitHeatmap(data);
  const width = options.width ?? 960;
  // A phone: narrower row labels, the colour-legend caption wrapped, the no-data key on its own line, hours every 6.
  const narrow = width < 560;
  const labelWidth = Math.min(narrow ? 110 : 220, Math.max(60, ...data.lanes.map((l) => textWidth(l.name))) + 14);
  const captionLines = wrapWords(legendCaption(data), width - (narrow ? 8 : labelWidth) - 16);
  const margin = { top: 70 + (captionLines.length - 1) * 15 + (narrow ? 34 : 0), right: 16, bottom: 44, left: labelWidth };
  const height = options.height ?? margin.top + margin.bottom + data.lanes.length * ROW_HEIGHT;
  const f = chartFrame({ name: 'wait-heatmap', text, width, height, margin }, options);
  const color = colorScale(data);
  const cw = f.innerWidth / 24;
  const rh = f.innerHeight / Math.max(1, data.lanes.length);

  drawColorLegend(f, data, color, captionLines, narrow);

  const grid = f.plot.append('g').attr('class', 'bf-heatmap');
  data.lanes.forEach((lane, r) => {
    grid.append('text').attr('class', 'bf-row-label').attr('x', -8).attr('y', px(r * rh + rh / 2)).attr('dy', '0.35em').attr('text-anchor', 'end').text(fitText(lane.name, labelWidth - 14));
  });
  for (const c of data.cells) {
    const r = data.lanes.findIndex((l) => l.id === c.laneId);
    const x = c.hour * cw;
    const y = r * rh;
    const censored = c.value !== null && c.unfinished > 0;
    const g = grid
      .append('g')
      .attr('class', 'bf-cell')
      .attr('data-lane', c.laneId)
      .attr('data-hour', c.hour)
      .attr('data-missing', c.value === null ? 'true' : null)
      .attr('data-censored', censored ? 'true' : null);
    if (c.value === null) {
      hatch(g, x, y, cw - 1, rh - 1);
      g.append('text').attr('x', px(x + cw / 2)).attr('y', px(y + rh / 2)).attr('dy', '0.35em').attr('text-anchor', 'middle').attr('fill', INK).text(NO_DATA);
      continue;
    }
    const fill = color(c.value);
    g.append('rect').attr('x', px(x)).attr('y', px(y)).attr('width', px(cw - 1)).attr('height', px(rh - 1)).attr('fill', fill);
    const plain = data.mode === 'difference' ? fmtSigned(c.value, 0) : fmtNumber(c.value, 0);
    // "≥" where it fits beside the corner flag; a difference keeps its sign alone (the flag says it bounds nothing).
    const marked = censored && data.mode === 'value' ? `≥${plain}` : plain;
    // Narrow cells (a phone): fewer digits rather than smaller ones (charts keep text at 12 px or more);
    // a cell too narrow for its value prints none, and the value stays in the tooltip and the data table.
    const small = textWidth(plain) + 4 > cw;
    const label = small ? '' : textWidth(marked) + 10 <= cw ? marked : plain;
    if (label === '' && !censored) g.append('title').text(t('charts:heat.cellTip', { hour: hourLabel(c.hour), value: plain }));
    if (censored) {
      g.append('title').text(t('charts:heat.censoredTip', { hour: hourLabel(c.hour), n: fmtNumber(c.unfinished, 0), count: Math.round(c.unfinished) }));
      // A corner flag, clear of the printed value: the wait runs on past the end of the run.
      const k = Math.min(9, cw / 3, rh / 3);
      g.append('path')
        .attr('class', 'bf-censored')
        .attr('d', `M${px(x + cw - 1 - k)},${px(y)}H${px(x + cw - 1)}V${px(y + k)}Z`)
        .attr('fill', lab(fill).l > 55 ? '#000000' : '#ffffff');
    }
    g.append('text')
      .attr('x', px(x + cw / 2))
      .attr('y', px(y + rh / 2))
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('fill', lab(fill).l > 55 ? '#000000' : '#ffffff')
      .text(label);
  }
  const axis = f.plot.append('g').attr('class', 'bf-axis bf-axis--x').attr('transform', `translate(0,${px(f.innerHeight)})`);
  for (let h = 0; h < 24; h += narrow || cw < 14 ? 6 : 3) {
    axis.append('text').attr('x', px(h * cw + cw / 2)).attr('y', 16).attr('text-anchor', 'middle').attr('fill', INK).text(String(h).padStart(2, '0'));
  }
  axis.append('text').attr('class', 'bf-axis-label').attr('x', px(f.innerWidth / 2)).attr('y', 36).attr('text-anchor', 'middle').text(t('charts:heat.axisX'));
  return f.svg;
}

function legendCaption(data: WaitHeatmapData): string {
  return data.mode === 'difference'
    ? t('charts:heat.captionDiff', { scenario: data.scenario.label, baseline: data.baseline.label, m: data.measureLabel })
    : t('charts:heat.captionValue', { m: data.measureLabel, scenario: data.scenario.label });
}

function drawColorLegend(f: ReturnType<typeof chartFrame>, data: WaitHeatmapData, color: ReturnType<typeof colorScale>, captionLines: string[], narrow: boolean): void {
  const [d0, d1] = color.domain();
  const x0 = narrow ? 8 : f.margin.left;
  const w = Math.min(260, f.width - x0 - 16);
  const steps = 26;
  const extra = (captionLines.length - 1) * 15;
  const g = f.top.append('g').attr('class', 'bf-color-legend').attr('transform', `translate(${x0},${28 + extra})`);
  const cap = g.append('text').attr('x', 0).attr('y', -10 - extra).attr('fill', INK);
  if (captionLines.length === 1) cap.text(captionLines[0]);
  else captionLines.forEach((l, i) => cap.append('tspan').attr('x', 0).attr('dy', i === 0 ? 0 : 15).text(l));
  const x = scaleLinear().domain([d0, d1]).range([0, w]);
  for (let i = 0; i < steps; i++) {
    const v = d0 + ((i + 0.5) * (d1 - d0)) / steps;
    g.append('rect').attr('x', px((i * w) / steps)).attr('y', 0).attr('width', px(w / steps + 0.5)).attr('height', 12).attr('fill', color(v));
  }
  const ticks = data.mode === 'difference' ? [d0, 0, d1] : [d0, (d0 + d1) / 2, d1];
  for (const t of ticks) {
    g.append('text').attr('x', px(x(t))).attr('y', 26).attr('text-anchor', 'middle').attr('fill', INK).text(data.mode === 'difference' ? fmtSigned(t, 0) : fmtNumber(t, 0));
  }
  const mg = g.append('g').attr('transform', narrow ? 'translate(0,36)' : `translate(${w + 24},0)`);
  hatch(mg, 0, 0, 24, 12);
  mg.append('text').attr('x', 30).attr('y', 6).attr('dy', '0.35em').attr('fill', MUTED).text(t('charts:heat.noDataKey', { none: NO_DATA }));
  if (data.cells.some((c) => c.value !== null && c.unfinished > 0)) {
    const cg = mg.append('g').attr('class', 'bf-censored-legend').attr('transform', 'translate(0,17)');
    cg.append('rect').attr('x', 0).attr('y', 0).attr('width', 24).attr('height', 12).attr('fill', '#ffffff').attr('stroke', MUTED).attr('stroke-width', 0.5);
    cg.append('path').attr('d', 'M16,0H24V8Z').attr('fill', INK);
    cg.append('text')
      .attr('x', 30)
      .attr('y', 6)
      .attr('dy', '0.35em')
      .attr('fill', INK)
      .text(data.mode === 'difference' ? t('charts:heat.censoredKeyDiff') : t('charts:heat.censoredKeyValue'));
  }
}

function mapName(m: WaitHeatmapData): string {
  return m.mode === 'difference' ? `${m.scenario.label} − ${m.baseline.label}` : seriesName(m.scenario);
}

/** Every map's text: the title from the first difference (the comparison), else from the baseline's map. */
export function describeWaitHeatmaps(data: WaitHeatmapsData): ChartText {
  const texts = data.maps.map(describeWaitHeatmap);
  const lead = data.maps.findIndex((m) => m.mode === 'difference');
  const first = texts[lead >= 0 ? lead : 0];
  const n = data.maps.filter((m) => m.mode === 'value').length;
  return {
    title: first?.title ?? t('charts:heat.noWaits'),
    summary: sentences(
      n > 1 ? t('charts:heat.mapsLead') : '',
      ...texts.map((t, i) => `${capitalize(mapName(data.maps[i]))}${colon()}${t.summary}`),
    ),
    table: {
      columns: [t('charts:heat.colMap'), t('charts:col.laneGroup'), t('charts:col.hour'), t('charts:heat.colWaitOrDiff'), t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:col.replications'), t('charts:col.stillInLine')],
      rows: texts.flatMap((t, i) => t.table.rows.map((r) => [mapName(data.maps[i]), ...r])),
    },
  };
}

/** The maps stacked in one SVG (one file to save), each with its own colour legend. */
export function renderWaitHeatmaps(data: WaitHeatmapsData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeWaitHeatmaps(data);
  const width = options.width ?? 960;
  const parts = data.maps.map((m) => renderWaitHeatmap(m, { ...options, width, height: undefined }));
  const gap = 12;
  const heights = parts.map((p) => Number(p.getAttribute('height')));
  const height = heights.reduce((a, b) => a + b + gap, 0);
  const f = chartFrame({ name: 'wait-heatmaps', text, width, height, margin: { top: 0, right: 0, bottom: 0, left: 0 } }, options);
  let y = 0;
  parts.forEach((p, i) => {
    p.setAttribute('x', '0');
    p.setAttribute('y', String(y));
    p.setAttribute('data-map', data.maps[i].mode === 'difference' ? `difference-${data.maps[i].scenario.key}` : `value-${data.maps[i].scenario.key}`);
    f.svg.appendChild(p);
    y += heights[i] + gap;
  });
  return f.svg;
}
