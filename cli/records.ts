// Per-traveler records for `borderflow run --records`: one row per traveler, streamed to disk while the simulation runs.
//
// Columns (NDJSON keys are the same, in the same order):
//   replication     0-based
//   id              traveler number within its flow's arrivals (from 0, warm-up included),
//                   or within its lane's line at the start
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

import type { TravelerRecord } from '../sim/index.ts';
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

export class RecordWriter {
  /** The open output, for committing it together with the command's other outputs. */
  readonly file: AtomicFile;
  rows = 0;

  constructor(private readonly target: RecordsTarget) {
    this.file = new AtomicFile(target.path);
    if (target.format === 'csv') this.file.write(csvLine(RECORD_COLUMNS));
  }

  readonly write = (replication: number, r: TravelerRecord): void => {
    const values = RECORD_COLUMNS.map((c): RecordValue => (c === 'replication' ? replication : isTime(c) ? seconds(r[c]) : r[c]));
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
}

const TIMES = new Set(['arrivedAt', 'primaryStart', 'primaryEnd', 'secondaryStart', 'secondaryEnd']);
const isTime = (c: string): c is 'arrivedAt' | 'primaryStart' | 'primaryEnd' | 'secondaryStart' | 'secondaryEnd' => TIMES.has(c);

/** Milliseconds are finer than any inspection is timed. */
function seconds(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1000) / 1000;
}
