// Which charts the Compare view shows, in order, and how each finds its view-model, renderer and describer by the contract's names.

import type { ResultDocument } from '../../sim/index.ts';
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
  { id: 'wait-by-hour', name: 'Wait to reach the primary booth by hour', vm: 'waitByHour', names: ['WaitByHour'], wide: true },
  { id: 'wait-over', name: 'Share waiting over 30 minutes', vm: 'waitOver', names: ['WaitOver'] },
  { id: 'gave-up', name: 'Travelers who gave up waiting', vm: 'gaveUp', names: ['GaveUp'], applies: anyGaveUp },
  {
    id: 'paired-difference',
    name: 'Paired differences from the baseline',
    vm: 'pairedDifferences',
    names: ['PairedDifferences', 'PairedDifference'],
    minDocs: 2,
  },
  { id: 'wait-ecdf', name: 'Chance of waiting more than X minutes', vm: 'waitEcdf', names: ['WaitEcdf'] },
  { id: 'tradeoff', name: 'Interdiction against wait', vm: 'tradeoff', names: ['Tradeoff'] },
  { id: 'replication-dots', name: 'Every replication', vm: 'replicationDots', names: ['ReplicationDots'] },
  {
    id: 'wait-heatmap',
    name: 'Waits by hour and lane group',
    vm: 'waitHeatmaps',
    names: ['WaitHeatmaps'],
    wide: true,
  },
  { id: 'queue-timeline', name: 'Vehicles in line over the run', vm: 'queueTimeline', names: ['QueueTimeline'], wide: true },
  { id: 'utilization', name: 'Booth utilization', vm: 'utilization', names: ['Utilization'] },
  { id: 'referrals-seizures', name: 'Referrals and seizures', vm: 'referralsSeizures', names: ['ReferralsSeizures'] },
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
