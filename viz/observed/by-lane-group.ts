// Observed hourly waits by lane group, to draw over the simulated waits-by-hour lines: each lane
// group of the scenario gets the observed means of the CBP lane class it belongs to.

import { compareWaits, type HourlyWaitsView, type Scenario } from '../../sim/index.ts';
import type { ObservedChoice } from '../app/observed-files.ts';
import { observationsOfPort, observationsToCompare } from './view-model.ts';

export interface ObservedHour {
  hour: number;
  /** Mean of the observations at this clock hour, minutes. */
  wait: number;
  observations: number;
}

export interface ObservedLine {
  /** The file the waits came from. */
  file: string;
  /** CBP lane class the lane group was matched to. */
  laneType: string;
  /** The day type the observations were selected by, when the file names several. */
  dayType?: string;
  hours: ObservedHour[];
}

/**
 * The observed line of every lane group of the scenario's first port (the one the waits-by-hour
 * panels show), keyed by lane group id. The port and day type follow the choice made in the
 * observed tab, with the same defaults.
 */
export function observedByLaneGroup(scenario: Scenario, result: HourlyWaitsView, choice: ObservedChoice): Map<string, ObservedLine> {
  const atPort = observationsOfPort(choice.observed, choice.port, scenario.ports.flatMap((p) => [p.name ?? '', p.id]));
  const pick = observationsToCompare(atPort.observed, choice.dayType);
  const doc = compareWaits(scenario, result, pick.observed, { scenario: scenario.name ?? '', ...(pick.dayType ? { dayType: pick.dayType } : {}) });
  const first = scenario.ports[0]?.id;
  const out = new Map<string, ObservedLine>();
  for (const lt of doc.laneTypes) {
    const hours = lt.rows.map((r) => ({ hour: r.hour, wait: r.observed, observations: r.observations }));
    for (const g of lt.laneGroups) {
      const [port, lane] = g.split('/');
      if (port !== first || out.has(lane)) continue;
      out.set(lane, { file: choice.name, laneType: lt.laneType, ...(pick.dayType ? { dayType: pick.dayType } : {}), hours });
    }
  }
  return out;
}
