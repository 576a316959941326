// The per-lane figures the Table tab and the CSV export show: one definition, so the page, the file and the tests agree.

import type { Across, LaneResult, ResultDocument } from '../../sim/index.ts';
import { fmtCount, fmtMinutes, fmtPercent } from './format.ts';
import { laneInLineAtEnd } from '../view-models/in-line.ts';
import { t } from '../i18n/index.ts';

export interface LaneFigure {
  id: string;
  /** Column heading, with its unit, in the page's language (read when drawn, after the language is set). */
  readonly label: string;
  /** Glossary term that defines it. */
  term: string;
  get(l: LaneResult): Across;
  format(a: Across): string;
}

export const LANE_FIGURES: LaneFigure[] = [
  { id: 'arrived', term: 'Throughput', get label() { return t('app:figures.arrived'); }, get: (l) => l.figures.arrived, format: fmtCount },
  { id: 'served', term: 'Throughput', get label() { return t('app:figures.served'); }, get: (l) => l.figures.served, format: fmtCount },
  { id: 'inQueueAtEnd', term: 'Queue length', get label() { return t('app:figures.inQueueAtEnd'); }, get: (l) => laneInLineAtEnd(l), format: fmtCount },
  { id: 'waitMean', term: 'Wait to reach the primary booth', get label() { return t('app:figures.waitMean'); }, get: (l) => l.figures.wait.mean, format: fmtMinutes },
  { id: 'waitP50', term: 'p50 / p90 / p95', get label() { return t('app:figures.waitP50'); }, get: (l) => l.figures.wait.p50, format: fmtMinutes },
  { id: 'waitP95', term: 'p50 / p90 / p95', get label() { return t('app:figures.waitP95'); }, get: (l) => l.figures.wait.p95, format: fmtMinutes },
  { id: 'waitMax', term: 'Wait to reach the primary booth', get label() { return t('app:figures.waitMax'); }, get: (l) => l.figures.wait.max, format: fmtMinutes },
  { id: 'utilization', term: 'Utilization', get label() { return t('app:figures.utilization'); }, get: (l) => l.capacity.utilization, format: fmtPercent },
  { id: 'referrals', term: 'Referral', get label() { return t('app:figures.referrals'); }, get: (l) => l.figures.referrals, format: fmtCount },
  { id: 'seizures', term: 'Seizure', get label() { return t('app:figures.seizures'); }, get: (l) => l.figures.seizures, format: fmtCount },
];

/** Every aggregated figure of a lane (or a port summary), flattened to dotted names, for tidy CSV rows. */
export function flatten(prefix: string, value: unknown, out: [string, Across][] = []): [string, Across][] {
  if (value && typeof value === 'object' && 'n' in value && 'mean' in value && 'halfWidth' in value) {
    out.push([prefix, value as Across]);
    return out;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(prefix ? `${prefix}.${k}` : k, v, out);
  }
  return out;
}

export interface TidyRow {
  scenario: string;
  seed: number;
  replications: number;
  port: string;
  lane: string;
  figure: string;
  a: Across;
}

/** Rows of scenario × lane (and "all lanes") × figure; hourly figures stay in the JSON. */
export function tidyRows(docs: ResultDocument[]): TidyRow[] {
  const rows: TidyRow[] = [];
  for (const d of docs) {
    for (const p of d.ports) {
      const base = { scenario: d.scenario.name, seed: d.seed, replications: d.replications, port: p.id };
      for (const [figure, a] of flatten('', p.summary)) rows.push({ ...base, lane: '(all lanes)', figure, a });
      for (const l of p.lanes) {
        for (const [figure, a] of flatten('', l.figures)) rows.push({ ...base, lane: l.id, figure, a });
        for (const [figure, a] of flatten('capacity', l.capacity)) rows.push({ ...base, lane: l.id, figure, a });
      }
    }
  }
  return rows;
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(docs: ResultDocument[]): string {
  const head = ['scenario', 'seed', 'replications', 'port', 'lane', 'figure', 'n', 'mean', 'sd', 'ci_low', 'ci_high', 'half_width'];
  const lines = [head.join(',')];
  for (const r of tidyRows(docs)) {
    lines.push([r.scenario, r.seed, r.replications, r.port, r.lane, r.figure, r.a.n, r.a.mean, r.a.sd, r.a.ciLow, r.a.ciHigh, r.a.halfWidth].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
