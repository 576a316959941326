// The figures a chart can pick (mean wait of a lane, interdiction rate, …): label, unit and per-replication values.
import { t } from '../i18n/index.ts';
import type { CapacityFigures, Figures, ResultDocument } from '../../sim/index.ts';

export type FigureId =
  | 'wait.mean'
  | 'wait.p50'
  | 'wait.p90'
  | 'wait.p95'
  | 'wait.max'
  | 'timeInSystemMean'
  | 'utilization'
  | 'queueLengthMean'
  | 'inQueueAtEnd'
  | 'served'
  | 'referrals'
  | 'secondaryInspections'
  | 'seizures'
  | 'interdictionRate'
  | 'falsePositiveRate'
  | 'costOfDelay';

export interface FigureSpec {
  id: FigureId;
  /** Lower-case noun phrase for sentences: "mean wait to reach the primary booth". */
  label: string;
  /** Short axis label with unit: "mean wait (minutes)". */
  axis: string;
  /** Unit after a number: "min", "%", "vehicles". */
  unit: string;
  /** Decimals printed. */
  digits: number;
  /** Multiplies raw values for display (100 for shares shown as %). */
  scale: number;
  /** Lower is better (waits) — decides "cuts" vs "raises" wording. */
  lowerIsBetter: boolean;
  /** Defined only per lane group (booth capacity), not for a whole port. */
  laneOnly: boolean;
  read: (f: Figures, c: CapacityFigures | null) => number | null;
}

/** A figure's numbers; its label and axis are texts of the charts namespace (charts:figure.<id>), read in the page's language. */
type Spec = Omit<FigureSpec, 'id' | 'label' | 'axis'>;

const wait = (q: keyof Figures['wait']): Spec => ({
  unit: 'min',
  digits: 1,
  scale: 1,
  lowerIsBetter: true,
  laneOnly: false,
  read: (f) => f.wait[q],
});

const count = (read: (f: Figures) => number | null, lowerIsBetter = false): Spec => ({
  unit: '',
  digits: 0,
  scale: 1,
  lowerIsBetter,
  laneOnly: false,
  read,
});

const specs: Record<FigureId, Spec> = {
  'wait.mean': wait('mean'),
  'wait.p50': wait('p50'),
  'wait.p90': wait('p90'),
  'wait.p95': wait('p95'),
  'wait.max': wait('max'),
  timeInSystemMean: {
    unit: 'min',
    digits: 1,
    scale: 1,
    lowerIsBetter: true,
    laneOnly: false,
    read: (f) => f.timeInSystemMean,
  },
  utilization: {
    unit: '%',
    digits: 0,
    scale: 100,
    lowerIsBetter: false,
    laneOnly: true,
    read: (_f, c) => c?.utilization ?? null,
  },
  queueLengthMean: {
    unit: 'vehicles',
    digits: 1,
    scale: 1,
    lowerIsBetter: true,
    laneOnly: true,
    read: (_f, c) => c?.queueLengthMean ?? null,
  },
  inQueueAtEnd: count((f) => f.inQueueAtEnd, true),
  served: count((f) => f.served),
  referrals: count((f) => f.referrals),
  secondaryInspections: count((f) => f.secondaryInspections),
  seizures: count((f) => f.seizures),
  interdictionRate: {
    unit: '%',
    digits: 1,
    scale: 100,
    lowerIsBetter: false,
    laneOnly: false,
    read: (f) => f.interdictionRate,
  },
  falsePositiveRate: {
    unit: '%',
    digits: 1,
    scale: 100,
    lowerIsBetter: true,
    laneOnly: false,
    read: (f) => f.falsePositiveRate,
  },
  costOfDelay: {
    unit: '$',
    digits: 0,
    scale: 1,
    lowerIsBetter: true,
    laneOnly: false,
    read: (f) => f.costOfDelay,
  },
};

export const FIGURE_IDS = Object.keys(specs) as FigureId[];

export function figureSpec(id: FigureId): FigureSpec {
  const s = specs[id];
  if (!s) throw new RangeError(`unknown figure "${id}"; expected one of ${FIGURE_IDS.join(', ')}`);
  // Label and axis in the page's language, read now (the language is set after this module loads).
  const key = id.replace('.', '_');
  return { id, ...s, unit: s.unit === 'vehicles' ? t('charts:units.vehicles') : s.unit, label: t(`charts:figure.${key}.label`), axis: t(`charts:figure.${key}.axis`) };
}

/**
 * One value per replication, in display units (× scale), for a lane (by index) or the whole
 * port (laneIndex null); null where the figure is undefined in that replication.
 */
export function perReplication(doc: ResultDocument, portIndex: number, laneIndex: number | null, fig: FigureSpec): (number | null)[] {
  return doc.runs.map((run) => {
    const port = run.ports[portIndex];
    if (!port) return null;
    let v: number | null;
    if (laneIndex === null) v = fig.laneOnly ? null : fig.read(port.summary, null);
    else {
      const lane = port.lanes[laneIndex];
      v = lane ? fig.read(lane, lane.capacity) : null;
    }
    return v === null ? null : v * fig.scale;
  });
}
