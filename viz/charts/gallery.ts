// Renders every chart from real result documents, each with its takeaway and data table (for a gallery page and for review).
import { t } from '../i18n/index.ts';
import type { ResultDocument, Scenario } from '../../sim/index.ts';
import {
  anyGaveUp,
  gaveUp,
  waitOver,
  pairedDifferences,
  queueTimeline,
  referralsSeizures,
  replicationDots,
  tradeoff,
  utilization,
  waitByHour,
  waitEcdf,
  waitHeatmap,
  type ViewModelOptions,
} from '../view-models/index.ts';
import { renderPairedDifference, describePairedDifference } from './paired-difference.ts';
import { renderQueueTimeline, describeQueueTimeline } from './queue-timeline.ts';
import { renderReferralsSeizures, describeReferralsSeizures } from './referrals-seizures.ts';
import { renderReplicationDots, describeReplicationDots } from './replication-dots.ts';
import { renderTradeoff, describeTradeoff } from './tradeoff.ts';
import { renderUtilization, describeUtilization } from './utilization.ts';
import { renderWaitByHour, describeWaitByHour } from './wait-by-hour.ts';
import { renderWaitEcdf, describeWaitEcdf } from './wait-ecdf.ts';
import { renderWaitHeatmap, describeWaitHeatmap } from './wait-heatmap.ts';
import { renderWaitOver, describeWaitOver } from './wait-over.ts';
import { renderGaveUp, describeGaveUp } from './gave-up.ts';
import { tableToHtml } from './to-table.ts';
import type { ChartOptions, ChartText } from './types.ts';

export interface GalleryOptions {
  baseline?: number;
  scenarios?: Scenario[];
  labels?: string[];
  width?: number;
  onSelect?: (key: string) => void;
}

interface Entry {
  name: string;
  make: (o: ViewModelOptions, c: ChartOptions) => { svg: SVGSVGElement; text: ChartText };
}

function entry<D>(
  name: string,
  model: (o: ViewModelOptions) => D,
  render: (d: D, c: ChartOptions) => SVGSVGElement,
  describe: (d: D) => ChartText,
): Entry {
  return {
    name,
    make: (o, c) => {
      const d = model(o);
      return { svg: render(d, c), text: describe(d) };
    },
  };
}

function entries(docs: ResultDocument[], baseline: number): Entry[] {
  const other = docs.findIndex((_, i) => i !== baseline);
  const compare = other >= 0;
  return [
    entry('wait-by-hour', (o) => waitByHour(docs, o), renderWaitByHour, describeWaitByHour),
    entry('wait-over', (o) => waitOver(docs, o), renderWaitOver, describeWaitOver),
    ...(anyGaveUp(docs) ? [entry('gave-up', (o) => gaveUp(docs, o), renderGaveUp, describeGaveUp)] : []),
    entry('wait-heatmap', (o) => waitHeatmap(docs, o), renderWaitHeatmap, describeWaitHeatmap),
    ...(compare ? [entry('wait-heatmap (difference)', (o) => waitHeatmap(docs, { ...o, scenario: other, difference: true }), renderWaitHeatmap, describeWaitHeatmap)] : []),
    entry('wait-ecdf', (o) => waitEcdf(docs, o), renderWaitEcdf, (d) => describeWaitEcdf(d)),
    entry('tradeoff', (o) => tradeoff(docs, o), renderTradeoff, describeTradeoff),
    entry('replication-dots', (o) => replicationDots(docs, o), renderReplicationDots, describeReplicationDots),
    ...(compare ? [entry('paired-difference', (o) => pairedDifferences(docs, o), renderPairedDifference, describePairedDifference)] : []),
    entry('queue-timeline', (o) => queueTimeline(docs, o), renderQueueTimeline, describeQueueTimeline),
    entry('utilization', (o) => utilization(docs, o), renderUtilization, describeUtilization),
    entry('referrals-seizures', (o) => referralsSeizures(docs, o), renderReferralsSeizures, describeReferralsSeizures),
  ];
}

/** Appends one <figure> per chart to `container` (caption = takeaway, a collapsed data table); returns the figures. */
export function renderGallery(container: HTMLElement, docs: ResultDocument[], opts: GalleryOptions = {}): HTMLElement[] {
  const doc = container.ownerDocument;
  const vm: ViewModelOptions = { baseline: opts.baseline ?? 0, scenarios: opts.scenarios, labels: opts.labels };
  const chart: ChartOptions = { document: doc, width: opts.width, onSelect: opts.onSelect };
  const out: HTMLElement[] = [];
  for (const e of entries(docs, vm.baseline)) {
    const fig = doc.createElement('figure');
    fig.className = 'bf-gallery-item';
    fig.dataset.chart = e.name;
    const cap = doc.createElement('figcaption');
    try {
      const { svg, text } = e.make(vm, chart);
      cap.textContent = text.title;
      fig.append(cap, svg);
      const details = doc.createElement('details');
      const summary = doc.createElement('summary');
      summary.textContent = t('charts:gallery.dataTable');
      const p = doc.createElement('p');
      p.textContent = text.summary;
      details.append(summary, p, tableToHtml(text.table, { document: doc }));
      fig.append(details);
    } catch (err) {
      // One chart that cannot be drawn for these documents (e.g. no lanes) must not hide the others.
      cap.textContent = `${e.name}: ${(err as Error).message}`;
      fig.append(cap);
    }
    container.appendChild(fig);
    out.push(fig);
  }
  return out;
}
