// Options every view-model takes, and how result documents become labelled, keyed series.
import type { ResultDocument, Scenario } from '../../sim/index.ts';

export interface ViewModelOptions {
  /** Index in `docs` of the baseline scenario (the grey ghost; the A of every B − A). */
  baseline: number;
  /** Port index in the baseline document (default 0); other documents are matched by port id. */
  port?: number;
  /** The scenarios behind `docs`, same order; needed for analytic references (Erlang C). */
  scenarios?: Scenario[];
  /** Display names, same order as `docs` (default: the scenario names, numbered when they repeat). */
  labels?: string[];
  /** Keys handed to `onSelect`, same order as `docs` (default: "0", "1", …). */
  keys?: string[];
}

/** One scenario as a chart series. */
export interface SeriesInfo {
  key: string;
  label: string;
  docIndex: number;
  isBaseline: boolean;
  /** Position among the non-baseline series (picks colour, dash and symbol); −1 for the baseline. */
  styleIndex: number;
}

export function checkOptions(docs: readonly ResultDocument[], opts: ViewModelOptions): void {
  if (docs.length === 0) throw new RangeError('view-model: no result documents');
  if (!(Number.isInteger(opts.baseline) && opts.baseline >= 0 && opts.baseline < docs.length)) {
    throw new RangeError(`view-model: baseline must index docs (0…${docs.length - 1}), got ${opts.baseline}`);
  }
}

/** Names repeat when a variant keeps its parent's name; numbering them keeps legends unambiguous. */
function defaultLabels(docs: readonly ResultDocument[]): string[] {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.scenario.name, (counts.get(d.scenario.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return docs.map((d) => {
    const name = d.scenario.name;
    if ((counts.get(name) ?? 0) < 2) return name;
    const k = (seen.get(name) ?? 0) + 1;
    seen.set(name, k);
    return `${name} (${k})`;
  });
}

export function seriesOf(docs: readonly ResultDocument[], opts: ViewModelOptions): SeriesInfo[] {
  checkOptions(docs, opts);
  const labels = opts.labels ?? defaultLabels(docs);
  let rank = 0;
  return docs.map((_, i) => {
    const isBaseline = i === opts.baseline;
    return {
      key: opts.keys?.[i] ?? String(i),
      label: labels[i] ?? docs[i].scenario.name,
      docIndex: i,
      isBaseline,
      styleIndex: isBaseline ? -1 : rank++,
    };
  });
}
