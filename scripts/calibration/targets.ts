// Published figures a bundled scenario's ports are compared with: daily mean waits by CBP lane type,
// hourly wait profiles, and volumes, each with its source (the project's calibration notes) and the
// tolerance a simulated figure must fall within.
//
// Figures belong to a real port, not to a scenario file: any scenario with a port that looks like
// San Ysidro (by id or name) is held against San Ysidro's figures, whatever else it changes, so a
// what-if variant shows how far its change moves the port from what CBP reported.

import type { ObservedLaneType, Port } from '../../sim/index.ts';

/** How a simulated mean wait is averaged over the day. */
export type WaitAveraging =
  /** The mean of the 24 clock hours' mean waits: how CBP's historical table averages its hourly figures. */
  | 'hours'
  /** The mean over vehicles (each clock hour weighted by its arrivals): an average delay per vehicle. */
  | 'arrivals';

/** A tolerance: the larger of `relative` × the published value and `absolute` (in the figure's unit). */
export interface Tolerance {
  relative?: number;
  absolute?: number;
  /** Why this much, in a phrase. */
  why: string;
}

/** One published figure of a port. */
export type PublishedFigure =
  | { kind: 'wait'; laneType: ObservedLaneType; averaging: WaitAveraging; value: number; source: string; confidence: string; tolerance: Tolerance }
  | { kind: 'volume'; mode: string; value: number; source: string; confidence: string; tolerance: Tolerance }
  | { kind: 'laneVolume'; laneType: ObservedLaneType; value: number; source: string; confidence: string; tolerance: Tolerance };

/** A real port's published figures, and how to recognise it in a scenario. */
export interface PortTargets {
  key: string;
  name: string;
  matches: (port: Pick<Port, 'id' | 'name'>) => boolean;
  /** Observed hourly waits (a file `loadObservedFile` reads) and what they are. */
  hourly?: { file: string; source: string; period: string };
  figures: PublishedFigure[];
  /** Ratio of a trusted lane type's hourly waits to the general lanes' may differ from CBP's by at most this much (goal). */
  ratioTolerance?: number;
  /** Lowest acceptable Pearson correlation of a lane type's hourly profile with CBP's (goal). */
  minCorrelation?: number;
}

const CBP_ESTIMATES = 'CBP waits are officer estimates in whole minutes (GAO-13-603) for a year not certain (very likely 2020)';
const SY_HIST = 'CBP historical wait times, San Ysidro (bwtId 09250401), weekdays Jan–Feb (very likely 2020); calibration.md §4.3';

/** The ports with published figures (calibration.md). */
export const PORT_TARGETS: PortTargets[] = [
  {
    key: 'san-ysidro',
    name: 'San Ysidro northbound',
    matches: (p) => p.id === 'san-ysidro' || /san ysidro/i.test(p.name ?? ''),
    hourly: {
      file: 'observed/samples/san-ysidro-weekday-tidy.csv',
      source: 'CBP Border Wait Times historical API historicalwaittimes/09250401/POV/GEN/{month}/7, retrieved 13 Jan 2021 (deohs/coders syR-hist.csv, commit e89b985); calibration.md §4.3',
      period: 'weekdays, January–February (very likely 2020, pre-COVID)',
    },
    figures: [
      ...(
        [
          ['general', 33],
          ['ready', 25],
          ['sentri', 8.5],
          ['pedestrian', 11],
          ['pedestrian-ready', 4],
        ] as const
      ).map(
        ([laneType, value]): PublishedFigure => ({
          kind: 'wait',
          laneType,
          averaging: 'hours',
          value,
          source: SY_HIST,
          confidence: 'High as CBP data',
          tolerance: { relative: 0.25, absolute: 3, why: CBP_ESTIMATES },
        }),
      ),
      { kind: 'volume', mode: 'car', value: 41039, source: 'BTS Border Crossing Entry Data, San Ysidro 2019: 14.98 M POVs ÷ 365; calibration.md §3.1', confidence: 'High', tolerance: { relative: 0.02, why: 'counts; the simulated day draws its arrivals at random' } },
      { kind: 'volume', mode: 'pedestrian', value: 29587, source: 'BTS Border Crossing Entry Data, San Ysidro 2019: 10.80 M pedestrians ÷ 365; calibration.md §3.1', confidence: 'High', tolerance: { relative: 0.02, why: 'counts; the simulated day draws its arrivals at random' } },
    ],
    ratioTolerance: 0.1,
    minCorrelation: 0.8,
  },
  {
    key: 'otay-mesa',
    name: 'Otay Mesa passenger',
    matches: (p) => p.id === 'otay-mesa' || /otay mesa/i.test(p.name ?? ''),
    figures: [
      { kind: 'volume', mode: 'car', value: Math.round(6.6e6 / 365), source: 'GSA via San Diego Union-Tribune (May 2020): about 6.6 M POVs in FY2019, ÷ 365; calibration.md §3.1', confidence: 'Medium–High', tolerance: { relative: 0.05, why: 'a rounded annual figure (to 0.1 M) for a fiscal year' } },
      { kind: 'volume', mode: 'pedestrian', value: Math.round(3.6e6 / 365), source: 'GSA via San Diego Union-Tribune (May 2020): about 3.6 M pedestrians in FY2019, ÷ 365; calibration.md §3.1', confidence: 'Medium–High', tolerance: { relative: 0.05, why: 'a rounded annual figure (to 0.1 M) for a fiscal year' } },
    ],
  },
  {
    key: 'ambassador-bridge',
    name: 'Detroit Ambassador Bridge commercial',
    matches: (p) => p.id === 'ambassador' || /ambassador/i.test(p.name ?? ''),
    figures: [
      { kind: 'wait', laneType: 'commercial-general', averaging: 'arrivals', value: 16.0, source: 'FHWA, Border Crossing Freight Delay (2001, seven ports): average inbound commercial delay 16.0 min; calibration.md §4.2', confidence: 'High but old (2001, pre-9/11)', tolerance: { relative: 0.5, why: 'a 2001 average over seven ports, not this crossing' } },
      { kind: 'volume', mode: 'truck', value: 4000, source: 'About 8,000 trucks/day both directions (CLUI; Evans Distribution), half of them northbound (derived); calibration.md §3.1', confidence: 'Low (derived)', tolerance: { relative: 0.25, why: 'a round figure for both directions, halved' } },
    ],
  },
  {
    key: 'world-trade-bridge',
    name: 'Laredo World Trade Bridge',
    matches: (p) => p.id === 'wtb' || /world trade bridge/i.test(p.name ?? ''),
    figures: [
      { kind: 'wait', laneType: 'commercial-general', averaging: 'arrivals', value: 18.0, source: 'FHWA, Border Crossing Freight Delay (2001): average delay at southern ports 18.0 min (both directions); calibration.md §4.2', confidence: 'High but old (2001, pre-9/11)', tolerance: { relative: 0.5, why: 'a 2001 average over southern ports and both directions, not this crossing' } },
      { kind: 'volume', mode: 'truck', value: 8000, source: 'CBP (2019): about 8,000 northbound trucks/day (traffix.com); calibration.md §3.1', confidence: 'Medium', tolerance: { relative: 0.1, why: 'a round figure quoted by officials' } },
      { kind: 'laneVolume', laneType: 'commercial-fast', value: 2000, source: 'Rep. Cuellar (2023): about 2,000 FAST trucks/day (Transport Topics); calibration.md §3.1', confidence: 'Medium', tolerance: { relative: 0.25, why: 'a round figure quoted by officials, four years after the volume figure' } },
    ],
  },
];

/** The published figures that apply to a port, if any. */
export function targetsFor(port: Pick<Port, 'id' | 'name'>): PortTargets | null {
  return PORT_TARGETS.find((t) => t.matches(port)) ?? null;
}

/** The tolerance in the figure's own unit. */
export function toleranceOf(t: Tolerance, value: number): number {
  return Math.max((t.relative ?? 0) * Math.abs(value), t.absolute ?? 0);
}
