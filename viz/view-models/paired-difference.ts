// Scenario − baseline per lane group on common random numbers: paired differences with 95 % CIs.
import { t } from '../i18n/index.ts';
import { pairedDifference, summarize, type Across, type ResultDocument } from '../../sim/index.ts';
import { figureSpec, type FigureId, type FigureSpec } from './figures.ts';
import { lanesOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';
import { pairable } from './pairing.ts';
import { valuesIn } from './scope.ts';

export interface PairedDifferenceOptions extends ViewModelOptions {
  figure?: FigureId;
  /** Add a row for the whole port (default true when the figure is defined for ports). */
  includePort?: boolean;
}

export interface PairedRow {
  /** null: the whole port. */
  lane: LaneRef | null;
  series: SeriesInfo;
  /** Mean of scenario − baseline per replication, with its Student-t CI (display units). */
  difference: Across;
  baselineMean: number | null;
  scenarioMean: number | null;
}

export interface PairedDifferenceData {
  figure: FigureSpec;
  baseline: SeriesInfo;
  portName: string;
  rows: PairedRow[];
  /** Scenarios left out, with the reason (different seeds, lane missing). */
  unpaired: { series: SeriesInfo; lane: LaneRef | null; reason: string }[];
}

export function pairedDifferences(docs: ResultDocument[], opts: PairedDifferenceOptions): PairedDifferenceData {
  const series = seriesOf(docs, opts);
  const figure = figureSpec(opts.figure ?? 'wait.mean');
  const scopes: (LaneRef | null)[] = [...lanesOf(docs, opts)];
  if (opts.includePort ?? !figure.laneOnly) scopes.push(null);
  const rows: PairedRow[] = [];
  const unpaired: PairedDifferenceData['unpaired'] = [];
  for (const lane of scopes) {
    const scope = { figure, lane, portName: '' };
    const base = valuesIn(docs, opts, opts.baseline, scope);
    docs.forEach((doc, i) => {
      if (i === opts.baseline) return;
      const pairing = pairable(docs[opts.baseline], doc);
      const values = valuesIn(docs, opts, i, scope);
      if (!pairing.ok) return unpaired.push({ series: series[i], lane, reason: pairing.reason });
      if (!base || !values) return unpaired.push({ series: series[i], lane, reason: t('charts:pairing.laneMissing', { lane: lane?.id }) });
      const a = base.slice(0, pairing.pairs);
      const b = values.slice(0, pairing.pairs);
      rows.push({
        lane,
        series: series[i],
        difference: pairedDifference(a, b),
        baselineMean: summarize(a).mean,
        scenarioMean: summarize(b).mean,
      });
    });
  }
  return { figure, baseline: series[opts.baseline], portName: portOf(docs, opts, opts.baseline)!.name, rows, unpaired };
}
