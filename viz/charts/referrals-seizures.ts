// Referrals by reason, secondary inspections and seizures per scenario (per day), with interdiction and false-positive rates.
import { scaleLinear } from 'd3-scale';
import type { ReferralsData } from '../view-models/referrals-seizures.ts';
import { drawYAxis } from './axes.ts';
import { drawGroupedBars } from './bars.ts';
import { chartFrame } from './frame.ts';
import { cell, fmtNumber, seriesName, sentences, valueWithCi } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { INK, seriesStyle } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

function scopeName(data: ReferralsData): string {
  return data.lane ? data.lane.name : `all of ${data.portName}`;
}

export function describeReferralsSeizures(data: ReferralsData): ChartText {
  const base = data.groups.find((g) => g.series.isBaseline) ?? data.groups[0];
  const best = data.groups.reduce<(typeof data.groups)[number] | null>((a, g) => ((g.interdictionRate.mean ?? -1) > (a?.interdictionRate.mean ?? -1) ? g : a), null);
  let title = `No contraband arrived, so no interdiction rate can be given (${scopeName(data)})`;
  if (best && best.interdictionRate.mean !== null) {
    title =
      base && best !== base && base.interdictionRate.mean !== null
        ? `${best.series.label} interdicts ${fmtNumber(best.interdictionRate.mean * 100, 0)} % of contraband vs ${fmtNumber(base.interdictionRate.mean * 100, 0)} % with ${base.series.label}, with ${fmtNumber(best.perDay.secondary.mean)} secondary inspections a day`
        : `${best.series.label} interdicts ${fmtNumber(best.interdictionRate.mean * 100, 0)} % of contraband with ${fmtNumber(best.perDay.secondary.mean)} secondary inspections a day`;
  }
  const per = data.groups.map((g) =>
    sentences(
      `${seriesName(g.series)}: ${data.categories.map((c) => `${c.label} ${valueWithCi(g.perDay[c.id], 1, 'a day')}`).join(', ')};`,
      `interdiction rate ${g.interdictionRate.mean === null ? 'undefined (no contraband arrived)' : valueWithCi(g.interdictionRate, 0, '%', 100)},`,
      `false-positive rate ${g.falsePositiveRate.mean === null ? 'undefined (nobody referred)' : valueWithCi(g.falsePositiveRate, 0, '%', 100)}.`,
      Object.keys(g.seizuresByTypePerDay).length > 1
        ? `Seizures a day by type: ${Object.entries(g.seizuresByTypePerDay)
            .map(([t, a]) => `${t} ${fmtNumber(a.mean)}`)
            .join(', ')}.`
        : '',
    ),
  );
  const summary = sentences(
    `Referrals to secondary inspection by reason, secondary inspections and seizures per 24 h of measured time, ${scopeName(data)}, with 95 % confidence intervals across replications. Interdiction rate = seizures ÷ contraband carriers that arrived; false-positive rate = referred travelers carrying nothing ÷ referred.`,
    ...per,
    data.missing.length ? `Not available in ${data.missing.map((s) => s.label).join(', ')}.` : '',
  );
  const rows: (string | number | null)[][] = [];
  for (const g of data.groups) {
    for (const c of data.categories) rows.push([g.series.label, `${c.label} per day`, cell(g.perDay[c.id].mean, 2), cell(g.perDay[c.id].ciLow, 2), cell(g.perDay[c.id].ciHigh, 2)]);
    rows.push([g.series.label, 'contraband carriers per day', cell(g.contrabandPerDay.mean, 2), cell(g.contrabandPerDay.ciLow, 2), cell(g.contrabandPerDay.ciHigh, 2)]);
    const pct = (x: number | null) => cell(x === null ? null : x * 100, 1);
    rows.push([g.series.label, 'interdiction rate (%)', pct(g.interdictionRate.mean), pct(g.interdictionRate.ciLow), pct(g.interdictionRate.ciHigh)]);
    rows.push([g.series.label, 'false-positive rate (%)', pct(g.falsePositiveRate.mean), pct(g.falsePositiveRate.ciLow), pct(g.falsePositiveRate.ciHigh)]);
  }
  return { title, summary, table: { columns: ['scenario', 'figure', 'mean', '95 % CI low', '95 % CI high'], rows } };
}

export function renderReferralsSeizures(data: ReferralsData, options: ChartOptions = {}): SVGSVGElement {
  const text = describeReferralsSeizures(data);
  const width = options.width ?? 860;
  const series = data.groups.map((g) => g.series);
  const legendItems: LegendItem[] = series.map((s) => {
    const st = seriesStyle(s);
    return { label: seriesName(s), color: st.color, symbol: st.symbol, swatch: { fill: st.color, opacity: 0.85, stroke: INK } };
  });
  const lh = legendHeight(legendItems, width - 80);
  const margin = { top: 16 + lh + 20, right: 24, bottom: 44, left: 66 };
  const height = options.height ?? margin.top + margin.bottom + 300;
  const f = chartFrame({ name: 'referrals-seizures', text, width, height, margin }, options);
  drawLegend(f.top, legendItems, margin.left, 16, width - margin.left - margin.right);
  const top = Math.max(1, ...data.groups.flatMap((g) => data.categories.map((c) => g.perDay[c.id].ciHigh ?? g.perDay[c.id].mean ?? 0)));
  const y = scaleLinear().domain([0, top * 1.08]).range([f.innerHeight, 0]).nice().clamp(true);
  drawYAxis<number>(f.plot, y, f.innerHeight, { ticks: 6, grid: f.innerWidth, label: `per day (${data.lane ? 'vehicles or people' : 'travelers'})` });
  drawGroupedBars(f.plot, {
    groups: data.categories.map((c) => ({ id: c.id, label: c.short })),
    series,
    value: (id, s) => data.groups.find((g) => g.series.key === s.key)?.perDay[id] ?? null,
    y,
    width: f.innerWidth,
    height: f.innerHeight,
    title: (id, s, a) => `${s.label}, ${data.categories.find((c) => c.id === id)!.label}: ${valueWithCi(a, 1, 'a day')}`,
  });
  return f.svg;
}
