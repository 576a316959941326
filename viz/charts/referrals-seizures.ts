// Referrals by reason, secondary inspections and seizures per scenario (per day), with interdiction and false-positive rates.
import { t } from '../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import type { ReferralsData } from '../view-models/referrals-seizures.ts';
import { drawYAxis } from './axes.ts';
import { drawGroupedBars } from './bars.ts';
import { chartFrame } from './frame.ts';
import { cell, fmtNumber, seriesName, sentences, valueWithCi, colon, semi } from './format.ts';
import { drawLegend, legendHeight, type LegendItem } from './legend.ts';
import { INK, seriesStyle } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

function scopeName(data: ReferralsData): string {
  return data.lane ? data.lane.name : t('charts:scope.allOf', { port: data.portName });
}

export function describeReferralsSeizures(data: ReferralsData): ChartText {
  const base = data.groups.find((g) => g.series.isBaseline) ?? data.groups[0];
  const best = data.groups.reduce<(typeof data.groups)[number] | null>((a, g) => ((g.interdictionRate.mean ?? -1) > (a?.interdictionRate.mean ?? -1) ? g : a), null);
  let title = t('charts:referrals.none', { scope: scopeName(data) });
  if (best && best.interdictionRate.mean !== null) {
    title =
      base && best !== base && base.interdictionRate.mean !== null
        ? t('charts:referrals.titleCompare', { scenario: best.series.label, rate: fmtNumber(best.interdictionRate.mean * 100, 0), base: fmtNumber(base.interdictionRate.mean * 100, 0), baseline: base.series.label, secondary: fmtNumber(best.perDay.secondary.mean) })
        : t('charts:referrals.titleOne', { scenario: best.series.label, rate: fmtNumber(best.interdictionRate.mean * 100, 0), secondary: fmtNumber(best.perDay.secondary.mean) });
  }
  const per = data.groups.map((g) =>
    sentences(
      `${seriesName(g.series)}${colon()}${data.categories.map((c) => `${c.label} ${valueWithCi(g.perDay[c.id], 1, t('charts:units.aDay'))}`).join(', ')};`,
      t('charts:referrals.interdiction', { value: g.interdictionRate.mean === null ? t('charts:referrals.undefinedNoContraband') : valueWithCi(g.interdictionRate, 0, '%', 100) }),
      t('charts:referrals.falsePositive', { value: g.falsePositiveRate.mean === null ? t('charts:referrals.undefinedNobodyReferred') : valueWithCi(g.falsePositiveRate, 0, '%', 100) }),
      Object.keys(g.seizuresByTypePerDay).length > 1
        ? t('charts:referrals.byType', {
            list: Object.entries(g.seizuresByTypePerDay)
              .map(([k, a]) => `${k} ${fmtNumber(a.mean)}`)
              .join(', '),
          })
        : '',
    ),
  );
  const summary = sentences(
    t('charts:referrals.summary', { scope: scopeName(data) }),
    ...per,
    data.missing.length ? t('charts:notAvailable', { list: data.missing.map((s) => s.label).join(', ') }) : '',
  );
  const rows: (string | number | null)[][] = [];
  for (const g of data.groups) {
    for (const c of data.categories) rows.push([g.series.label, t('charts:referrals.perDayRow', { what: c.label }), cell(g.perDay[c.id].mean, 2), cell(g.perDay[c.id].ciLow, 2), cell(g.perDay[c.id].ciHigh, 2)]);
    rows.push([g.series.label, t('charts:referrals.contrabandRow'), cell(g.contrabandPerDay.mean, 2), cell(g.contrabandPerDay.ciLow, 2), cell(g.contrabandPerDay.ciHigh, 2)]);
    const pct = (x: number | null) => cell(x === null ? null : x * 100, 1);
    rows.push([g.series.label, t('charts:referrals.interdictionRow'), pct(g.interdictionRate.mean), pct(g.interdictionRate.ciLow), pct(g.interdictionRate.ciHigh)]);
    rows.push([g.series.label, t('charts:referrals.falsePositiveRow'), pct(g.falsePositiveRate.mean), pct(g.falsePositiveRate.ciLow), pct(g.falsePositiveRate.ciHigh)]);
  }
  return { title, summary, table: { columns: [t('charts:col.scenario'), t('charts:col.figure'), t('charts:col.mean'), t('charts:col.ciLow'), t('charts:col.ciHigh')], rows } };
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
  drawYAxis<number>(f.plot, y, f.innerHeight, { ticks: 6, grid: f.innerWidth, label: data.lane ? t('charts:referrals.axisLane') : t('charts:referrals.axisPort') });
  drawGroupedBars(f.plot, {
    groups: data.categories.map((c) => ({ id: c.id, label: c.short })),
    series,
    value: (id, s) => data.groups.find((g) => g.series.key === s.key)?.perDay[id] ?? null,
    y,
    width: f.innerWidth,
    height: f.innerHeight,
    title: (id, s, a) => `${s.label}, ${data.categories.find((c) => c.id === id)!.label}${colon()}${valueWithCi(a, 1, t('charts:units.aDay'))}`,
  });
  return f.svg;
}
