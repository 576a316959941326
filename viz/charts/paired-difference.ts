// Forest plot of paired differences (scenario − baseline) per lane group, with 95 % CIs and a zero line.
import { t } from '../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import type { PairedDifferenceData, PairedRow } from '../view-models/paired-difference.ts';
import { drawXAxis } from './axes.ts';
import { chartFrame } from './frame.ts';
import { capitalize, cell, fitText, fmtNumber, fmtSigned, px, sentences, textWidth, colon, semi } from './format.ts';
import { whisker } from './marks.ts';
import { INK, MUTED, seriesStyle, symbolPath } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

const ROW = 30;
const HEADER = 26;

function unitText(unit: string): string {
  return unit === '%' ? ' %' : unit === '$' ? ` ${t('charts:units.usd')}` : unit ? ` ${unit}` : '';
}

function scopeName(row: PairedRow, data: PairedDifferenceData): string {
  return row.lane ? row.lane.name : t('charts:scope.allOf', { port: data.portName });
}

/** "−12.3 min (95 % CI −15.1 to −9.5)". */
function valueText(row: PairedRow, data: PairedDifferenceData): string {
  const d = row.difference;
  const digits = data.figure.digits;
  if (d.mean === null) return t('charts:format.noData');
  const ci = d.ciLow === null || d.ciHigh === null ? t('charts:paired.onePair') : t('charts:format.ci', { low: fmtSigned(d.ciLow, digits), high: fmtSigned(d.ciHigh, digits), unit: '' });
  return `${fmtSigned(d.mean, digits)}${unitText(data.figure.unit)} ${ci}`;
}

/** "B − A = −12.3 min (95 % CI −15.1 to −9.5)". */
export function differenceText(row: PairedRow, data: PairedDifferenceData): string {
  return `${row.series.label} − ${data.baseline.label} = ${valueText(row, data)}`;
}

function excludesZero(row: PairedRow): boolean {
  const d = row.difference;
  return d.ciLow !== null && d.ciHigh !== null && (d.ciLow > 0 || d.ciHigh < 0);
}

export function describePairedDifference(data: PairedDifferenceData): ChartText {
  const defined = data.rows.filter((r) => r.difference.mean !== null);
  const pool = defined.filter(excludesZero).length ? defined.filter(excludesZero) : defined;
  const top = pool.reduce<PairedRow | null>((a, r) => (a === null || Math.abs(r.difference.mean!) > Math.abs(a.difference.mean!) ? r : a), null);
  let title = t('charts:paired.noneTitle', { figure: data.figure.label });
  if (top) {
    const d = top.difference;
    const better = data.figure.lowerIsBetter ? d.mean! < 0 : d.mean! > 0;
    const vars = { scenario: top.series.label, figure: data.figure.label, scope: scopeName(top, data), by: `${fmtNumber(Math.abs(d.mean!), data.figure.digits)}${unitText(data.figure.unit)}`, baseline: data.baseline.label, worse: better ? '' : t('charts:paired.worse') };
    title = excludesZero(top)
      ? d.mean! < 0 ? t('charts:paired.cutsTitle', vars) : t('charts:paired.raisesTitle', vars)
      : t('charts:paired.noDifferenceTitle', { figure: data.figure.label, largest: differenceText(top, data) });
  }
  const summary = sentences(
    t('charts:paired.summary', { figure: data.figure.label }),
    ...data.rows.map((r) => `${capitalize(scopeName(r, data))}${colon()}${differenceText(r, data)}.`),
    data.unpaired.length ? t('charts:paired.leftOut', { list: [...new Set(data.unpaired.map((u) => `${u.series.label} (${u.reason})`))].join(semi()) }) : '',
  );
  const u = data.figure.unit ? ` (${data.figure.unit})` : '';
  return {
    title,
    summary,
    table: {
      columns: [t('charts:col.laneGroup'), t('charts:col.scenario'), `${data.baseline.label}${u}`, `${t('charts:col.scenario')}${u}`, `${t('charts:paired.colDifference')}${u}`, t('charts:col.ciLow'), t('charts:col.ciHigh'), t('charts:paired.colPairs')],
      rows: data.rows.map((r) => [
        r.lane ? r.lane.name : t('charts:scope.allOf', { port: data.portName }),
        r.series.label,
        cell(r.baselineMean, data.figure.digits + 2),
        cell(r.scenarioMean, data.figure.digits + 2),
        cell(r.difference.mean, data.figure.digits + 2),
        cell(r.difference.ciLow, data.figure.digits + 2),
        cell(r.difference.ciHigh, data.figure.digits + 2),
        r.difference.n,
      ]),
    },
  };
}

export function renderPairedDifference(data: PairedDifferenceData, options: ChartOptions = {}): SVGSVGElement {
  const text = describePairedDifference(data);
  const width = options.width ?? 860;
  const groups: { name: string; rows: PairedRow[] }[] = [];
  for (const r of data.rows) {
    const name = r.lane ? r.lane.name : capitalize(t('charts:scope.allOf', { port: data.portName }));
    const g = groups.find((x) => x.name === name);
    if (g) g.rows.push(r);
    else groups.push({ name, rows: [r] });
  }
  // A phone-width chart has no room for label and value columns: each row prints "label: value" above its whisker.
  const narrow = width < 560;
  const rowH = narrow ? ROW + 16 : ROW;
  const labelW = narrow ? 12 : Math.min(220, Math.max(80, ...data.rows.map((r) => textWidth(r.series.label) + 16), ...groups.map((g) => textWidth(g.name))) + 12);
  // The row label names the scenario, so the column beside the plot prints only the value.
  const textW = narrow ? 16 : Math.min(width * 0.4, Math.max(120, ...data.rows.map((r) => textWidth(valueText(r, data)))) + 16);
  const margin = { top: 22, right: textW, bottom: 52, left: labelW };
  const height = options.height ?? margin.top + margin.bottom + groups.length * HEADER + data.rows.length * rowH + 8;
  const f = chartFrame({ name: 'paired-difference', text, width, height, margin }, options);

  const vals = data.rows.flatMap((r) => [r.difference.ciLow ?? r.difference.mean, r.difference.ciHigh ?? r.difference.mean]).filter((v): v is number => v !== null);
  const m = Math.max(1e-9, ...vals.map(Math.abs));
  const x = scaleLinear().domain([Math.min(0, ...vals) - m * 0.05, Math.max(0, ...vals) + m * 0.05]).range([0, f.innerWidth]).nice();
  drawXAxis<number>(f.plot, x, f.innerHeight, f.innerWidth, { ticks: narrow ? 4 : 6, grid: f.innerHeight, label: fitText(t('charts:paired.axis', { axis: data.figure.axis, baseline: data.baseline.label }), f.innerWidth) });
  f.plot.append('line').attr('class', 'bf-zero').attr('x1', px(x(0))).attr('x2', px(x(0))).attr('y1', 0).attr('y2', f.innerHeight).attr('stroke', INK).attr('stroke-width', 1.5);
  const zeroRight = x(0) > f.innerWidth / 2;
  f.plot.append('text').attr('x', px(x(0) + (zeroRight ? -4 : 4))).attr('y', -6).attr('text-anchor', zeroRight ? 'end' : 'start').attr('fill', MUTED).text(t('charts:paired.zero'));
  // The axis label names the baseline; this header must fit the column whatever its length.
  if (!narrow) f.plot.append('text').attr('x', f.innerWidth + 12).attr('y', -6).attr('fill', MUTED).text(t('charts:paired.columnHead'));

  let yPos = 8;
  for (const g of groups) {
    f.plot.append('text').attr('class', 'bf-group-label').attr('x', -labelW + 8).attr('y', px(yPos + HEADER / 2)).attr('dy', '0.35em').attr('font-weight', 600).attr('fill', INK).text(g.name);
    yPos += HEADER;
    for (const r of g.rows) {
      const st = seriesStyle(r.series);
      const cy = yPos + rowH - ROW / 2;
      const row = f.plot.append('g').attr('class', 'bf-series bf-difference').attr('data-key', r.series.key).attr('data-lane', r.lane?.id ?? '');
      if (narrow) row.append('text').attr('x', 0).attr('y', px(yPos + 10)).attr('dy', '0.35em').attr('fill', INK).text(fitText(`${valueText(r, data)} · ${r.series.label}`, f.innerWidth));
      else row.append('text').attr('x', -10).attr('y', px(cy)).attr('dy', '0.35em').attr('text-anchor', 'end').attr('fill', INK).text(fitText(r.series.label, labelW - 20));
      const d = r.difference;
      if (d.ciLow !== null && d.ciHigh !== null) whisker(row, 'h', cy, x(d.ciLow), x(d.ciHigh), st.color, 6);
      if (d.mean !== null) {
        row.append('path').attr('d', symbolPath(st.symbol, 80)).attr('transform', `translate(${px(x(d.mean))},${px(cy)})`).attr('fill', st.color).attr('stroke', INK).attr('stroke-width', 0.75);
      }
      row.append('title').text(differenceText(r, data));
      if (!narrow) row.append('text').attr('class', 'bf-difference-text').attr('x', f.innerWidth + 12).attr('y', px(cy)).attr('dy', '0.35em').attr('fill', INK).text(valueText(r, data));
      yPos += rowH;
    }
  }
  return f.svg;
}
