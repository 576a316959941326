// The paired comparison of `borderflow compare` as a readable table and as tidy CSV.
//
// CSV columns, in this order (one row per OTHER, port, lane group or port, and figure):
//   base, other            labels of the two inputs (the file names as given)
//   port                   port id
//   level                  port (the port's summary) | lane (one lane group)
//   id                     the port id (level port) or the lane group id (level lane)
//   figure                 wait.mean, wait.p95 (minutes), waitOver.<t> (share waiting over t
//                          minutes), served (vehicles), utilization (lane groups only; share),
//                          referrals, seizures, interdictionRate (share), costOfDelay
//                          (US dollars), gaveUpShare (share)
//   mean, ciLow, ciHigh    OTHER − BASE: mean over the paired replications and its 95 %
//                          Student-t interval, in the figure's unit (shares as 0–1); empty
//                          where undefined (one replication has no interval)
//   verdict                better | worse | higher | lower (utilization, referrals) |
//                          no detectable difference at these replications | not defined
//   replicationsToResolve  with no detectable difference: replications at which the interval
//                          would narrow below |mean|, or n/a when the mean difference is 0;
//                          empty when the verdict is decided

import {
  NO_DETECTABLE_DIFFERENCE,
  COMPARED_FIGURES,
  type ComparisonDocument,
  type ComparisonRow,
  type PairComparison,
} from '../../sim/index.ts';
import { renderTable, type Cell, type Column } from './columns.ts';
import { count, dollars, minutes, percent, NA } from './numbers.ts';
import { csvLine } from './rfc4180.ts';

const CSV_COLUMNS = ['base', 'other', 'port', 'level', 'id', 'figure', 'mean', 'ciLow', 'ciHigh', 'verdict', 'replicationsToResolve'] as const;

/** "n/a" when there is no detectable difference and no number of replications resolves it; empty when decided. */
export function resolveText(row: ComparisonRow): string {
  if (row.verdict !== NO_DETECTABLE_DIFFERENCE) return '';
  return row.replicationsToResolve === null ? NA : String(row.replicationsToResolve);
}

export function comparisonCsv(doc: ComparisonDocument): string {
  let out = csvLine(CSV_COLUMNS);
  for (const r of doc.comparisons.flatMap((c) => c.rows)) {
    out += csvLine([r.base, r.other, r.port, r.level, r.id, r.figure, r.mean, r.ciLow, r.ciHigh, r.verdict, resolveText(r)]);
  }
  return out;
}

export interface ComparisonTableOptions {
  /** Hours of every run when `--hours` set them; otherwise each scenario's own. */
  hours: number | null;
}

const COLUMNS: Column[] = [
  { heading: ['where'], align: 'left' },
  { heading: ['figure'], align: 'left' },
  { heading: ['unit'], align: 'left' },
  { heading: ['base'], align: 'right' },
  { heading: ['other'], align: 'right' },
  { heading: ['other − base', '(95 % interval)'], align: 'right' },
  { heading: ['verdict'], align: 'left' },
  { heading: ['replications', 'to resolve'], align: 'right' },
];

export function comparisonTable(doc: ComparisonDocument, options: ComparisonTableOptions): string {
  const out: string[] = [];
  const [base, ...others] = doc.inputs;
  out.push('Paired comparison on common random numbers');
  out.push(`  seed           ${doc.seed} (every scenario runs with it, so replication r of each sees the same travelers)`);
  out.push(`  replications   ${doc.replications}, paired replication by replication`);
  out.push(
    options.hours !== null
      ? `  horizon        ${options.hours} h for every scenario (--hours)`
      : `  horizon        each scenario's own: ${doc.inputs.map((i) => `${i.horizonHours} h`).join(', ')}`,
  );
  out.push(`  BASE           ${base.label} — ${base.name} (hash ${base.hash})`);
  for (const o of others) out.push(`  OTHER          ${o.label} — ${o.name} (hash ${o.hash})`);
  out.push(`  engine         ${doc.engine.name} ${doc.engine.version}`);
  out.push(
    'Differences are OTHER − BASE: the mean over the paired replications ± the half-width of its 95 % interval; shares in %, their differences in percentage points.',
    verdictRules(),
  );

  for (const c of doc.comparisons) {
    out.push('', `${c.other} − ${c.base}`);
    if (c.unpairedReason) {
      out.push(`  ${c.unpairedReason}`);
      continue;
    }
    for (const note of c.notes) out.push(`note: ${note}`);
    out.push(...unmatchedLines(c));
    const ports = [...new Set(c.rows.map((r) => r.port))];
    for (const port of ports) {
      const rows = c.rows.filter((r) => r.port === port);
      const cells: Cell[][] = [];
      let scope = '';
      for (const r of rows) {
        const where = r.level === 'port' ? `port ${r.id}` : `lane ${r.id}`;
        if (scope !== '' && where !== scope) cells.push([]);
        // The header says "at these replications" once, which keeps the column narrow.
        const verdict = r.verdict === NO_DETECTABLE_DIFFERENCE ? 'no detectable difference' : r.verdict;
        cells.push([where === scope ? '' : where, figureLabel(r.figure), unitText(r.unit), value(r, r.baseMean), value(r, r.otherMean), difference(r), verdict, resolveText(r)]);
        scope = where;
      }
      out.push('', `Port ${port}`, ...renderTable(COLUMNS, cells));
    }
  }
  return out.join('\n') + '\n';
}

function verdictRules(): string {
  return (
    'Verdict: "better" or "worse" where the 95 % interval excludes 0 — lower is better for waits, the share waiting over a threshold, cost of delay and the share who gave up; ' +
    'higher is better for throughput, seizures and the interdiction rate; utilization and referrals are only "higher" or "lower". ' +
    'Where the interval contains 0: "no detectable difference" at these replications, with the replications at which the interval would narrow below the difference (n/a when the difference is 0).'
  );
}

function unmatchedLines(c: PairComparison): string[] {
  const lines: string[] = [];
  const side = (who: string, u: PairComparison['onlyInBase']) => {
    if (u.ports.length > 0) lines.push(`Ports only in ${who}: ${u.ports.join(', ')} (not compared)`);
    if (u.lanes.length > 0) lines.push(`Lane groups only in ${who}: ${u.lanes.map((l) => `${l.lane} (port ${l.port})`).join(', ')} (not compared; port figures include them)`);
    if (u.waitThresholds.length > 0) lines.push(`Wait thresholds only in ${who}: ${[...new Set(u.waitThresholds)].map((t) => `${t} min`).join(', ')} (not compared)`);
  };
  side(c.base, c.onlyInBase);
  side(c.other, c.onlyInOther);
  return lines;
}

function figureLabel(figure: string): string {
  if (figure.startsWith('waitOver.')) return `share waiting over ${figure.slice('waitOver.'.length)} min`;
  return COMPARED_FIGURES.find((f) => f.id === figure)?.label ?? figure;
}

function unitText(unit: ComparisonRow['unit']): string {
  switch (unit) {
    case 'minutes':
      return 'min';
    case 'share':
      return '%';
    case 'US dollars':
      return 'US$';
    default:
      return unit;
  }
}

function value(row: ComparisonRow, x: number | null): string {
  switch (row.unit) {
    case 'minutes':
      return minutes(x);
    case 'share':
      return percent(x).replace(/ %$/, '');
    case 'US dollars':
      return dollars(x);
    default:
      return count(x);
  }
}

/** The difference with its sign, ± the half-width in the same decimals. */
function difference(row: ComparisonRow): Cell {
  if (row.mean === null) return NA;
  const hw = row.halfWidth;
  const size = Math.max(Math.abs(row.mean), hw ?? 0);
  let format: (x: number, sign: boolean) => string;
  switch (row.unit) {
    case 'minutes':
      format = (x, sign) => fixed(x, size < 10 ? 2 : size < 100 ? 1 : 0, sign);
      break;
    case 'share':
      format = (x, sign) => fixed(x * 100, size < 0.01 ? 2 : 1, sign);
      break;
    case 'US dollars':
      format = (x, sign) => {
        const text = dollars(x, size < 100 ? 2 : 0);
        return sign && x > 0 && /[1-9]/.test(text) ? `+${text}` : text.replace(/^-(\$0(\.0+)?)$/, '$1');
      };
      break;
    default:
      format = (x, sign) => fixed(x, Math.abs(size) >= 100 ? 0 : 1, sign);
  }
  return { value: format(row.mean, true), pm: hw === null ? null : format(hw, false) };
}

/** x to d decimals, with a + on positive values when asked and never a "-0". */
function fixed(x: number, decimals: number, sign: boolean): string {
  const s = x.toFixed(decimals);
  if (/^-0(\.0+)?$/.test(s)) return s.slice(1);
  return sign && x > 0 && /[1-9]/.test(s) ? `+${s}` : s;
}
