// Referrals by reason, secondary inspections and seizures per scenario, per day of measured time, with rates.
import { t } from '../i18n/index.ts';
import { summarize, type Across, type Figures, type ResultDocument } from '../../sim/index.ts';
import { measuredHours } from './hours.ts';
import { laneIndexOf, lanesOf, pickLane, portIndexOf, portOf, type LaneRef } from './lanes.ts';
import { seriesOf, type SeriesInfo, type ViewModelOptions } from './options.ts';
import enCharts from '../i18n/locales/en/charts.ts';

export interface ReferralsOptions extends ViewModelOptions {
  /** Lane group id; default the whole port. */
  lane?: string;
}

/** How each referral reason the engine records reads in a sentence; unknown future reasons fall back to their id. */
export const REFERRAL_REASON_LABELS: Record<string, string> = Object.fromEntries(
  ['rpm', 'imaging', 'targeting', 'alert', 'random', 'verification', 'judgment'].map((r) => [r, enCharts.reason[r as keyof typeof enCharts.reason]]),
);

/** Axis labels, short enough for a bar group. */
export const REFERRAL_REASON_SHORT: Record<string, string> = {
  rpm: 'Radiation alarm',
  imaging: 'Imaging (NII)',
  targeting: 'Targeting',
  alert: 'Alert (random)',
  random: 'Random',
  verification: 'Seal check',
  judgment: 'Officer judgment',
};

/** Reasons always shown, so "no random referral" reads as a real 0 rather than a missing bar. */
const ALWAYS = ['random', 'judgment'];

/** A category is "reason:<id>", "secondary" or "seizures". */
export type ReferralCategory = string;

export interface ReferralsGroup {
  series: SeriesInfo;
  /** Per 24 h of measured time, across replications, by category id. */
  perDay: Record<ReferralCategory, Across>;
  /** Seizures per day by contraband type id. */
  seizuresByTypePerDay: Record<string, Across>;
  contrabandPerDay: Across;
  /** Shares 0–1; mean null when undefined in every replication. */
  interdictionRate: Across;
  falsePositiveRate: Across;
  measuredHours: number;
}

export interface ReferralsData {
  lane: LaneRef | null;
  portName: string;
  /** Referral reasons that occurred in some scenario (plus random and judgment), then secondary inspections and seizures. */
  categories: { id: ReferralCategory; label: string; short: string }[];
  groups: ReferralsGroup[];
  missing: SeriesInfo[];
}

export function referralsSeizures(docs: ResultDocument[], opts: ReferralsOptions): ReferralsData {
  const series = seriesOf(docs, opts);
  const lane = opts.lane === undefined ? null : pickLane(lanesOf(docs, opts), opts.lane);
  const order = [opts.baseline, ...docs.map((_, i) => i).filter((i) => i !== opts.baseline)];
  const groups: ReferralsGroup[] = [];
  const missing: SeriesInfo[] = [];
  const reasons = new Set<string>(ALWAYS);
  for (const doc of docs) {
    for (const run of doc.runs) for (const port of run.ports) for (const [k, v] of Object.entries(port.summary.referralsByReason)) if (v > 0) reasons.add(k);
  }
  const known = Object.keys(REFERRAL_REASON_LABELS);
  const reasonIds = [...reasons].sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
  const categories: { id: string; label: string; short: string; read: (f: Figures) => number }[] = [
    ...reasonIds.map((r) => ({
      id: `reason:${r}`,
      label: r in REFERRAL_REASON_LABELS ? t(`charts:reason.${r}`) : t('charts:reason.other', { id: r }),
      short: t('charts:reasonShort.referred', { reason: r in REFERRAL_REASON_SHORT ? t(`charts:reasonShort.${r}`) : r }),
      read: (f: Figures) => (f.referralsByReason as Record<string, number>)[r] ?? 0,
    })),
    { id: 'secondary', label: t('charts:reason.secondary'), short: t('charts:reasonShort.secondary'), read: (f: Figures) => f.secondaryInspections },
    { id: 'seizures', label: t('charts:reason.seizures'), short: t('charts:reasonShort.seizures'), read: (f: Figures) => f.seizures },
  ];
  for (const i of order) {
    const port = portOf(docs, opts, i);
    const li = lane ? laneIndexOf(port, lane.id) : -1;
    if (!port || (lane && li < 0)) {
      missing.push(series[i]);
      continue;
    }
    const pi = portIndexOf(docs[i], port);
    const figs: Figures[] = docs[i].runs.map((r) => (lane ? r.ports[pi].lanes[li] : r.ports[pi].summary));
    const hours = measuredHours(docs[i].scenario);
    // Counts are never negative and rates lie in [0, 1]: intervals stop there, as in the result document.
    const perDay = (read: (f: Figures) => number) => summarize(figs.map((f) => (read(f) * 24) / hours), 0.95, { lower: 0 });
    groups.push({
      series: series[i],
      perDay: Object.fromEntries(categories.map((c) => [c.id, perDay(c.read)])),
      seizuresByTypePerDay: Object.fromEntries(Object.keys(figs[0]?.seizuresByType ?? {}).map((t) => [t, perDay((f) => f.seizuresByType[t] ?? 0)])),
      contrabandPerDay: perDay((f) => f.contrabandArrivals),
      interdictionRate: summarize(figs.map((f) => f.interdictionRate), 0.95, { lower: 0, upper: 1 }),
      falsePositiveRate: summarize(figs.map((f) => f.falsePositiveRate), 0.95, { lower: 0, upper: 1 }),
      measuredHours: hours,
    });
  }
  return {
    lane,
    portName: portOf(docs, opts, opts.baseline)!.name,
    categories: categories.map(({ id, label, short }) => ({ id, label, short })),
    groups,
    missing,
  };
}
