// The answer first: one sentence per compared scenario with the paired difference in mean wait and its
// 95 % CI, and a small forest plot of the same rows.
import { t } from '../i18n/index.ts';
import type { HeadlineData, HeadlineScenario } from '../view-models/headline.ts';
import type { PairedRow } from '../view-models/paired-difference.ts';
import { fmtSigned, colon, semi } from './format.ts';
import { describePairedDifference, renderPairedDifference } from './paired-difference.ts';
import type { ChartOptions, ChartText } from './types.ts';

function change(r: PairedRow, where: string): string {
  const d = r.difference;
  if (d.mean === null) return t('charts:headline.noData', { where });
  const ci = d.ciLow === null || d.ciHigh === null ? ` ${t('charts:format.oneReplicationNoCi')}` : ` ${t('charts:format.ci', { low: fmtSigned(d.ciLow, 1), high: fmtSigned(d.ciHigh, 1), unit: '' })}`;
  const zero = d.ciLow !== null && d.ciHigh !== null && d.ciLow <= 0 && d.ciHigh >= 0 ? t('charts:headline.notDistinguishable') : '';
  return t('charts:headline.change', { value: fmtSigned(d.mean, 1), where, ci, zero });
}

function list(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : t('charts:headline.list', { first: parts.slice(0, -1).join(semi()), last: parts[parts.length - 1] });
}

/** "Against the baseline (A), B changes the mean wait to reach the primary booth by −41.2 min in Standard (95 % CI …) and …". */
export function headlineSentence(s: HeadlineScenario, data: Pick<HeadlineData, 'baselineLabel' | 'portName'>): string {
  if (s.rows.length === 0) return t('charts:headline.unpaired', { scenario: s.label, baseline: data.baselineLabel, reason: s.unpaired ?? t('charts:headline.noCommonLanes') });
  const lanes = s.rows.filter((r) => r.lane !== null).map((r) => change(r, t('charts:headline.inLane', { lane: r.lane!.name })));
  const port = s.rows.filter((r) => r.lane === null).map((r) => change(r, t('charts:headline.acrossPort', { port: data.portName })));
  const which = s.changedLanes.length === 0 ? t('charts:headline.noLaneChanged') : '';
  return t('charts:headline.sentence', { baseline: data.baselineLabel, scenario: s.label, changes: list([...lanes, ...port]), which });
}

export function describeHeadline(data: HeadlineData): ChartText {
  const forest = describePairedDifference(data.chart);
  return {
    title: t('charts:headline.title'),
    summary: data.scenarios.map((s) => headlineSentence(s, data)).join(' '),
    table: forest.table,
  };
}

/** The small forest plot of the headline rows (the full plot is further down the page). */
export function renderHeadline(data: HeadlineData, options: ChartOptions = {}): SVGSVGElement {
  return renderPairedDifference(data.chart, options);
}
