// The contract every chart module follows: options in, an SVG and its text equivalent out.

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Document to build the SVG in; defaults to globalThis.document (tests pass a jsdom document). */
  document?: Document;
  /** Click or Enter on a mark (tradeoff points): the scenario key. */
  onSelect?: (key: string) => void;
  /** Initial threshold in minutes (wait-ecdf). */
  threshold?: number;
  /** Called while the threshold is dragged or moved by keyboard (wait-ecdf). */
  onThreshold?: (minutes: number) => void;
  /**
   * Wait axis of small multiples (wait-by-hour): one scale for every panel (default), each panel its
   * own (one extreme lane no longer flattens the others), or a shared log scale.
   */
  yScale?: 'shared' | 'independent' | 'log';
  /**
   * Observed waits drawn over the simulated lines (wait-by-hour): the file they came from and, by
   * lane group id, the observed mean per clock hour.
   */
  observed?: { label: string; byLane: ReadonlyMap<string, readonly { hour: number; wait: number; observations: number }[]> };
}

export interface ChartTable {
  columns: string[];
  /** null = no data (shown as "—", never as 0). */
  rows: (string | number | null)[][];
}

export interface ChartText {
  /** The takeaway, e.g. "Scenario B cuts the p95 general-lane wait at 17:00 from 74 to 41 min". */
  title: string;
  /** Generated summary with numbers and confidence intervals. */
  summary: string;
  table: ChartTable;
}
