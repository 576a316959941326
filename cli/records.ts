// Per-traveler records for `borderflow run --records`: one row per traveler, streamed to disk while the simulation runs.
//
// Columns (NDJSON keys are the same, in the same order):
//   replication     0-based
//   id              traveler number within its replication and port of origin (from 0,
//                   warm-up included)
//   port            id of the port where it crossed (or is headed, if still driving there)
//   flow            flow id (a flow of the port it set out for, if it switched ports)
//   mode            car | pedestrian | bus | truck
//   program         none | ready | sentri | nexus | fast
//   lane            lane group id; empty/null while still driving or at imaging
//   booth           booth whose line it joined (per-booth lanes), empty/null for pooled lanes
//   arrivedAt, primaryStart, primaryEnd, secondaryStart, secondaryEnd
//                   seconds since the start of the run (to the millisecond); empty/null if
//                   the traveler never got there
//   referral        why it was sent to secondary (random, judgment, targeting, rpm, …),
//                   empty/null if it was not
//   contraband      true | false
//   seized          true | false
//   status          exited, or where the traveler was when the run ended, as the engine
//                   says: driving (between ports) | imaging | in-line | at-primary |
//                   in-secondary
// Travelers who arrived during the warm-up are included (the figures leave them out), so
// the rows of a replication add up to its conservation counts.

import type { Scenario, Traveler } from '../sim/index.ts';
import { AtomicFile } from './atomic-file.ts';
import type { RecordsTarget } from './options.ts';
import { csvLine } from './format/rfc4180.ts';

export const RECORD_COLUMNS = [
  'replication',
  'id',
  'port',
  'flow',
  'mode',
  'program',
  'lane',
  'booth',
  'arrivedAt',
  'primaryStart',
  'primaryEnd',
  'referral',
  'secondaryStart',
  'secondaryEnd',
  'contraband',
  'seized',
  'status',
] as const;

type RecordValue = string | number | boolean | null;

/**
 * Where a traveler crossed. The record callback does not say; engines that know put the port
 * index on the traveler (`port`, and `originPort` for the port whose flow it belongs to),
 * so they are read loosely here and the writer works with either engine.
 */
interface Placement {
  port?: unknown;
  originPort?: unknown;
  flowId?: unknown;
}

export class RecordWriter {
  private readonly file: AtomicFile;
  private readonly ports: Scenario['ports'];
  rows = 0;

  constructor(
    private readonly target: RecordsTarget,
    scenario: Scenario,
  ) {
    this.ports = scenario.ports;
    this.file = new AtomicFile(target.path);
    if (target.format === 'csv') this.file.write(csvLine(RECORD_COLUMNS));
  }

  readonly write = (replication: number, t: Traveler, status: string): void => {
    const values = this.values(replication, t, status);
    if (this.target.format === 'csv') {
      this.file.write(csvLine(values));
    } else {
      const row: Record<string, RecordValue> = {};
      RECORD_COLUMNS.forEach((c, i) => (row[c] = values[i]));
      this.file.write(JSON.stringify(row) + '\n');
    }
    this.rows++;
  };

  commit(): void {
    this.file.commit();
  }

  abort(): void {
    this.file.abort();
  }

  private values(replication: number, t: Traveler, status: string): RecordValue[] {
    const at = t as Traveler & Placement;
    const portIndex = this.portIndex(at.port);
    const port = this.ports[portIndex];
    // A traveler's flow belongs to the port it set out for, which differs after switching ports.
    const flow = this.ports[typeof at.originPort === 'number' ? at.originPort : portIndex].flows[t.flow];
    return [
      replication,
      t.id,
      port.id,
      typeof at.flowId === 'string' ? at.flowId : flow.id,
      flow.mode,
      t.program,
      port.laneGroups[t.lane]?.id ?? null,
      t.booth >= 0 ? t.booth : null,
      seconds(t.arrivedAt),
      seconds(t.primaryStart),
      seconds(t.primaryEnd),
      t.referral,
      seconds(t.secondaryStart),
      seconds(t.secondaryEnd),
      t.contraband,
      t.seized,
      status,
    ];
  }

  private portIndex(port: unknown): number {
    if (typeof port === 'number') return port;
    if (this.ports.length === 1) return 0;
    throw new RecordsUnsupported(this.ports.length);
  }
}

/** Several ports and an engine that does not say which port a traveler used: rows would be wrong, so none are written. */
export class RecordsUnsupported extends Error {
  constructor(readonly ports: number) {
    super(
      `--records: the scenario has ${ports} ports, and this engine does not report which port each traveler used; per-traveler records need a single-port scenario`,
    );
    this.name = 'RecordsUnsupported';
  }
}

/** The engine marks "not reached" with -1; milliseconds are finer than any inspection is timed. */
function seconds(x: number): number | null {
  return x < 0 ? null : Math.round(x * 1000) / 1000;
}
