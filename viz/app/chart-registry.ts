// Which charts the Compare view shows, in order, and how each finds its view-model, renderer and describer by the contract's names.

import type { ResultDocument } from '../../sim/index.ts';
import { t } from '../i18n/index.ts';
import { chartsModule, fn, viewModelsModule, type ChartOptions, type Describer, type Renderer, type ViewModel, type ViewModelOptions } from './contracts.ts';

export interface ChartSpec {
  /** DOM id suffix and test hook. */
  id: string;
  /** Heading used while the chart is not available. */
  name: string;
  /** View-model function name in viz/view-models. */
  vm: string;
  /** Chart name in PascalCase: render<Name>, describe<Name> (alternatives tried in order). */
  names: string[];
  /** Needs at least this many scenarios. */
  minDocs?: number;
  /** Extra view-model options. */
  options?(docs: ResultDocument[], base: ViewModelOptions): Record<string, unknown>;
  /** Lays the chart across the full width. */
  wide?: boolean;
  /** Shown only when this holds for the documents (e.g. somebody gave up waiting). */
  applies?(docs: ResultDocument[]): boolean;
}

/** Whether a chart is shown for these documents. */
export function chartApplies(spec: ChartSpec, docs: ResultDocument[]): boolean {
  return docs.length >= (spec.minDocs ?? 1) && (spec.applies?.(docs) ?? true);
}

function anyGaveUp(docs: ResultDocument[]): boolean {
  return docs.some((d) => d.runs.some((r) => r.ports.some((p) => p.summary.balked > 0 || p.summary.reneged > 0)));
}

export const CHARTS: ChartSpec[] = [
  { id: 'wait-by-hour', get name() { return t('app:charts.waitByHour'); }, vm: 'waitByHour', names: ['WaitByHour'], wide: true },
  { id: 'wait-over', get name() { return t('app:charts.waitOver'); }, vm: 'waitOver', names: ['WaitOver'] },
  { id: 'gave-up', get name() { return t('app:charts.gaveUp'); }, vm: 'gaveUp', names: ['GaveUp'], applies: anyGaveUp },
  {
    id: 'paired-difference',
    get name() { return t('app:charts.pairedDifference'); },
    vm: 'pairedDifferences',
    names: ['PairedDifferences', 'PairedDifference'],
    minDocs: 2,
  },
  { id: 'wait-ecdf', get name() { return t('app:charts.waitEcdf'); }, vm: 'waitEcdf', names: ['WaitEcdf'] },
  { id: 'tradeoff', get name() { return t('app:charts.tradeoff'); }, vm: 'tradeoff', names: ['Tradeoff'] },
  { id: 'replication-dots', get name() { return t('app:charts.replicationDots'); }, vm: 'replicationDots', names: ['ReplicationDots'] },
  {
    id: 'wait-heatmap',
    get name() { return t('app:charts.waitHeatmap'); },
    vm: 'waitHeatmaps',
    names: ['WaitHeatmaps'],
    wide: true,
  },
  { id: 'queue-timeline', get name() { return t('app:charts.queueTimeline'); }, vm: 'queueTimeline', names: ['QueueTimeline'], wide: true },
  { id: 'utilization', get name() { return t('app:charts.utilization'); }, vm: 'utilization', names: ['Utilization'] },
  { id: 'referrals-seizures', get name() { return t('app:charts.referralsSeizures'); }, vm: 'referralsSeizures', names: ['ReferralsSeizures'] },
];

export interface ResolvedChart {
  vm: ViewModel;
  render: Renderer;
  describe: Describer;
}

/** The chart's three functions (the registry names them; a test checks every entry resolves). */
export function resolveChart(spec: ChartSpec): ResolvedChart {
  const vm = fn<ViewModel>(viewModelsModule, spec.vm);
  if (!vm) throw new Error(`chart registry: no view-model "${spec.vm}"`);
  for (const n of spec.names) {
    const render = fn<Renderer>(chartsModule, `render${n}`);
    const describe = fn<Describer>(chartsModule, `describe${n}`);
    if (render && describe) return { vm, render, describe };
  }
  throw new Error(`chart registry: no render/describe pair for ${spec.names.join(' or ')}`);
}

export type { ChartOptions };
