// The answer first: one sentence per compared scenario with the paired difference in mean wait and its
// 95 % CI, and a small forest plot of the same rows.
import type { HeadlineData, HeadlineScenario } from '../view-models/headline.ts';
import type { PairedRow } from '../view-models/paired-difference.ts';
import { fmtSigned } from './format.ts';
import { describePairedDifference, renderPairedDifference } from './paired-difference.ts';
import type { ChartOptions, ChartText } from './types.ts';

function change(r: PairedRow, where: string): string {
  const d = r.difference;
  if (d.mean === null) return `no data ${where}`;
  const ci = d.ciLow === null || d.ciHigh === null ? ' (one replication: no CI)' : ` (95 % CI ${fmtSigned(d.ciLow, 1)} to ${fmtSigned(d.ciHigh, 1)})`;
  const zero = d.ciLow !== null && d.ciHigh !== null && d.ciLow <= 0 && d.ciHigh >= 0 ? ', not distinguishable from zero' : '';
  return `${fmtSigned(d.mean, 1)} min ${where}${ci}${zero}`;
}

function list(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
}

/** "Against the baseline (A), B changes the mean wait to reach the primary booth by −41.2 min in Standard (95 % CI …) and …". */
export function headlineSentence(s: HeadlineScenario, data: Pick<HeadlineData, 'baselineLabel' | 'portName'>): string {
  if (s.rows.length === 0) return `${s.label} cannot be paired with the baseline (${data.baselineLabel}): ${s.unpaired ?? 'no common lane groups'}.`;
  const lanes = s.rows.filter((r) => r.lane !== null).map((r) => change(r, `in ${r.lane!.name}`));
  const port = s.rows.filter((r) => r.lane === null).map((r) => change(r, `across all of ${data.portName}`));
  const which = s.changedLanes.length === 0 ? ' (no lane group’s inputs changed, so every lane group is shown)' : '';
  return `Against the baseline (${data.baselineLabel}), ${s.label} changes the mean wait to reach the primary booth by ${list([...lanes, ...port])}${which}.`;
}

export function describeHeadline(data: HeadlineData): ChartText {
  const forest = describePairedDifference(data.chart);
  return {
    title: 'The answer: change in the mean wait from the baseline',
    summary: data.scenarios.map((s) => headlineSentence(s, data)).join(' '),
    table: forest.table,
  };
}

/** The small forest plot of the headline rows (the full plot is further down the page). */
export function renderHeadline(data: HeadlineData, options: ChartOptions = {}): SVGSVGElement {
  return renderPairedDifference(data.chart, options);
}
