// Pure view models of the "Observed & forecast" tab: simulated hourly waits beside observed ones,
// per CBP lane class, with the fit figures; and the forecast's bands and assumed start.

import { dayTypeOf, observationsOfDayType, type FitSummary, type ForecastDocument, type ObservedDayType, type ObservedLaneType, type ObservedWaits, type ScenarioProblem, type WaitComparisonDocument } from '../../sim/index.ts';
import type { ChartTable, ChartText } from '../charts/types.ts';
import { fmtNumber } from '../charts/format.ts';
import { t } from '../i18n/index.ts';
import { formatFixed } from '../i18n/number.ts';
import enObserved from '../i18n/locales/en/observed.ts';

/** Lane classes as CBP's Border Wait Times page names them (English; `laneClassLabel` gives the page's language). */
export const LANE_CLASS_LABELS: Record<ObservedLaneType, string> = enObserved.laneClass;

export function laneClassLabel(lt: ObservedLaneType): string {
  return lt in LANE_CLASS_LABELS ? t(`observed:laneClass.${lt}`) : lt;
}

/** "weekday", "saturday", … in the page's language. */
export function dayTypeLabel(d: string): string {
  return ['weekday', 'saturday', 'sunday', 'holiday'].includes(d) ? t(`observed:dayType.${d}`) : d;
}

/** One simulated scenario's comparison against the observed waits. */
export interface ComparedRun {
  /** Card id (stable key of the series). */
  key: string;
  name: string;
  isBaseline: boolean;
  comparison: WaitComparisonDocument;
  fit: FitSummary;
}

export interface OverlaySeries {
  key: string;
  name: string;
  isBaseline: boolean;
  /** Series position among the non-baseline ones (−1 for the baseline), for its style. */
  styleIndex: number;
  points: { hour: number; mean: number | null; ciLow: number | null; ciHigh: number | null }[];
}

/** One lane class's overlay chart: each scenario's simulated hourly mean with its 95 % interval, and the observed hourly means. */
export interface OverlayModel {
  laneType: ObservedLaneType;
  label: string;
  observedFile: string;
  /** The day type the observations were selected by, when the file names several. */
  dayType?: ObservedDayType;
  series: OverlaySeries[];
  observed: { hour: number; wait: number; observations: number }[];
  /** Baseline fit of this lane class (null when the scenario has no lane of the class). */
  baselineFit: { rmse: number | null; correlation: number | null } | null;
}

/** The overlay models, one per lane class present in the observations, in the comparison's order. */
export function overlayModels(runs: readonly ComparedRun[]): OverlayModel[] {
  if (runs.length === 0) return [];
  const out: OverlayModel[] = [];
  let styleIndex = 0;
  const styles = new Map(runs.map((r) => [r.key, r.isBaseline ? -1 : styleIndex++]));
  for (const t of runs[0].comparison.laneTypes) {
    const series: OverlaySeries[] = runs.map((r) => {
      const lt = r.comparison.laneTypes.find((x) => x.laneType === t.laneType);
      return {
        key: r.key,
        name: r.name,
        isBaseline: r.isBaseline,
        styleIndex: styles.get(r.key)!,
        points: (lt?.rows ?? [])
          .map((row) => ({ hour: row.hour, mean: row.simulated?.mean ?? null, ciLow: row.simulated?.ciLow ?? null, ciHigh: row.simulated?.ciHigh ?? null }))
          .sort((a, b) => a.hour - b.hour),
      };
    });
    const base = runs.find((r) => r.isBaseline) ?? runs[0];
    const fit = base.fit.byLaneType.find((f) => f.laneType === t.laneType);
    out.push({
      laneType: t.laneType,
      label: laneClassLabel(t.laneType),
      observedFile: runs[0].comparison.observed.file,
      ...(runs[0].comparison.observed.dayType ? { dayType: runs[0].comparison.observed.dayType } : {}),
      series,
      observed: t.rows.map((r) => ({ hour: r.hour, wait: r.observed, observations: r.observations })).sort((a, b) => a.hour - b.hour),
      baselineFit: fit ? { rmse: fit.rmseMinutes, correlation: fit.correlation } : null,
    });
  }
  return out;
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Takeaway title, summary and data table of an overlay chart. */
export function describeOverlay(m: OverlayModel): ChartText {
  const base = m.series.find((s) => s.isBaseline) ?? m.series[0];
  const simulated = base ? base.points.filter((p) => p.mean !== null).length : 0;
  let title: string;
  if (!base || simulated === 0) title = t('observed:overlay.titleNone', { label: m.label });
  else if (m.baselineFit?.rmse != null) title = t('observed:overlay.titleRmse', { label: m.label, name: base.name, rmse: fmtNumber(m.baselineFit.rmse) });
  else title = t('observed:overlay.title', { label: m.label });
  const peak = m.observed.reduce<{ hour: number; wait: number } | null>((a, o) => (a === null || o.wait > a.wait ? o : a), null);
  const basePeak = base?.points.find((p) => p.hour === peak?.hour);
  const parts = [
    t('observed:overlay.summary', { file: m.observedFile, day: m.dayType ? t('observed:overlay.dayObs', { day: dayTypeLabel(m.dayType) }) : '', count: m.observed.length }),
    peak
      ? t('observed:overlay.peak', {
          wait: fmtNumber(peak.wait),
          hour: hh(peak.hour),
          where: basePeak?.mean != null && base ? t('observed:overlay.peakWhere', { name: base.name, mean: fmtNumber(basePeak.mean) }) : '',
        })
      : '',
    m.baselineFit?.correlation != null ? t('observed:overlay.correlate', { r: fmtNumber(m.baselineFit.correlation, 2) }) : '',
  ];
  const hours = [...new Set([...m.observed.map((o) => o.hour), ...m.series.flatMap((s) => s.points.map((p) => p.hour))])].sort((a, b) => a - b);
  const table: ChartTable = {
    columns: [
      t('observed:overlay.hour'),
      t('observed:overlay.observed'),
      ...m.series.flatMap((s) => [t('observed:overlay.mean', { name: s.name }), t('observed:overlay.low', { name: s.name }), t('observed:overlay.high', { name: s.name })]),
    ],
    rows: hours.map((h) => [
      hh(h),
      m.observed.find((o) => o.hour === h)?.wait ?? null,
      ...m.series.flatMap((s) => {
        const p = s.points.find((x) => x.hour === h);
        return [p?.mean ?? null, p?.ciLow ?? null, p?.ciHigh ?? null];
      }),
    ]),
  };
  return { title, summary: parts.filter(Boolean).join(' '), table };
}

/** The fit table: one row per scenario and lane class. */
export function fitTable(runs: readonly ComparedRun[]): ChartTable {
  const rows: ChartTable['rows'] = [];
  for (const r of runs) {
    for (const f of r.fit.byLaneType) {
      rows.push([
        r.name,
        laneClassLabel(f.laneType),
        f.hours,
        f.rmseMinutes,
        f.maeMinutes,
        f.correlation,
        f.ratioToGeneral ? f.ratioToGeneral.simulated : null,
        f.ratioToGeneral ? f.ratioToGeneral.observed : null,
      ]);
    }
    rows.push([r.name, t('observed:fit.all'), r.fit.hours, r.fit.rmseMinutes, r.fit.maeMinutes, null, null, null]);
  }
  return {
    columns: ['scenario', 'laneClass', 'hours', 'rmse', 'mae', 'correlation', 'ratioSim', 'ratioObs'].map((k) => t(`observed:fit.${k}`)),
    rows,
  };
}

/** One lane class's forecast band chart. */
export interface ForecastBandModel {
  laneType: ObservedLaneType;
  label: string;
  port: string;
  scenario: string;
  replications: number;
  points: { hour: number; window: string; mean: number | null; low: number | null; high: number | null; replications: number; lanesOpen: number | null }[];
  /** Reported delay now (minutes), or null when the snapshot has none for this class. */
  reported: number | null;
  clock: string;
}

export function forecastModels(doc: ForecastDocument): ForecastBandModel[] {
  return doc.laneTypes.map((t) => {
    const start = doc.initialState.find((s) => s.port === t.port)?.laneTypes.find((c) => c.laneType === t.laneType);
    return {
      laneType: t.laneType,
      label: laneClassLabel(t.laneType),
      port: t.port,
      scenario: doc.scenario.name,
      replications: doc.scenario.replications,
      points: t.hours.map((h) => ({ hour: h.hour, window: h.window, mean: h.mean, low: h.low90, high: h.high90, replications: h.replications, lanesOpen: h.lanesOpen })),
      reported: start?.delayMinutes ?? null,
      clock: doc.start.clock,
    };
  });
}

/** What the forecast band spans (English; `bandLabel` gives the page's language). */
export const BAND_LABEL = '5th–95th percentile of replication means';
export const bandLabel = (): string => t('observed:band.label');

export function describeForecast(m: ForecastBandModel): ChartText {
  const first = m.points[0];
  const last = m.points[m.points.length - 1];
  const title =
    first?.mean != null && last?.mean != null && m.points.length > 1
      ? t('observed:band.titleFromTo', { label: m.label, from: fmtNumber(first.mean), fromWindow: first.window, to: fmtNumber(last.mean), toWindow: last.window })
      : first?.mean != null
        ? t('observed:band.titleOne', { label: m.label, wait: fmtNumber(first.mean), window: first.window })
        : t('observed:band.titleNone', { label: m.label });
  const summary = [
    t('observed:band.summary', { clock: m.clock, scenario: m.scenario, replications: formatFixed(m.replications, 0), band: bandLabel() }),
    m.reported !== null ? t('observed:band.reported', { n: fmtNumber(m.reported, 0) }) : t('observed:band.notReported'),
  ].join(' ');
  return {
    title,
    summary,
    table: {
      columns: ['hours', 'mean', 'p5', 'p95', 'replications', 'lanesOpen'].map((k) => t(`observed:band.${k}`)),
      rows: m.points.map((p) => [p.window, p.mean, p.low, p.high, p.replications, p.lanesOpen]),
    },
  };
}

/** The assumed start state, one row per lane group. */
export function startTable(doc: ForecastDocument): ChartTable {
  const rows: ChartTable['rows'] = [];
  for (const p of doc.initialState) {
    for (const c of p.laneTypes) {
      for (const g of c.laneGroups) {
        rows.push([
          laneClassLabel(c.laneType),
          g.id,
          c.source === 'reported' ? t('observed:start.reported') : t('observed:start.notReported'),
          c.delayMinutes,
          c.reportedLanesOpen,
          g.lanesOpen,
          Math.round(g.line),
          c.updatedAt?.replace('T', ' ') ?? doc.start.clock,
        ]);
      }
    }
  }
  return { columns: ['laneClass', 'laneGroup', 'feed', 'delay', 'reportedOpen', 'openAtStart', 'line', 'clock'].map((k) => t(`observed:start.${k}`)), rows };
}

/** Forecast hours and replications kept within what the tab offers (1–12 hours, 10–20 replications) unless `allowFew`. */
export function forecastInputs(hours: number, replications: number, allowFew = false): { hours: number; replications: number } {
  const clamp = (x: number, lo: number, hi: number, dflt: number) => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.round(x))) : dflt);
  return { hours: clamp(hours, 1, 12, 4), replications: clamp(replications, allowFew ? 1 : 10, 20, 10) };
}

/** Problems of a file as lines: file, line or field, message. */
export function problemLines(problems: readonly ScenarioProblem[]): string[] {
  return problems.map((p) => [p.file, p.path, p.message].filter((x) => x !== undefined && x !== null && x !== '').join(': '));
}

/** The day types (weekday, saturday, sunday, holiday) the observations name, in that order. */
export function dayTypesIn(observed: ObservedWaits): ObservedDayType[] {
  const seen = new Set(observed.observations.map(dayTypeOf).filter((t): t is ObservedDayType => t !== null));
  return (['weekday', 'saturday', 'sunday', 'holiday'] as ObservedDayType[]).filter((t) => seen.has(t));
}

/**
 * The observations to compare with: those of `dayType` when the file names more than one day type
 * (averaging a Saturday with a Tuesday describes no day); otherwise all of them. `choice` null
 * takes the weekday when present, else the first day type named.
 */
export function observationsToCompare(observed: ObservedWaits, choice: ObservedDayType | null): { observed: ObservedWaits; dayType: ObservedDayType | undefined } {
  const types = dayTypesIn(observed);
  if (types.length <= 1) return { observed, dayType: undefined };
  const dayType = choice !== null && types.includes(choice) ? choice : types[0];
  return { observed: observationsOfDayType(observed, dayType).observed, dayType };
}

/** A port named in observed waits: its key (as the source gives it) and a label for a menu. */
export interface ObservedPort {
  port: string;
  label: string;
}

/** The ports the observations name, in file order (a full BWT snapshot lists every port on the border). */
export function portsIn(observed: ObservedWaits): ObservedPort[] {
  const out = new Map<string, ObservedPort>();
  for (const o of observed.observations) {
    if (out.has(o.port)) continue;
    const name = [o.portName, o.crossingName].filter((x) => x).join(' – ');
    out.set(o.port, { port: o.port, label: name ? `${name} (${o.port})` : o.port });
  }
  return [...out.values()];
}

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The observations of one port, when the file names several (waits at different ports are not one
 * series). `choice` null takes the port whose name or number matches one of `scenarioPorts` (their
 * names and ids), else the first.
 */
export function observationsOfPort(observed: ObservedWaits, choice: string | null, scenarioPorts: readonly string[]): { observed: ObservedWaits; port: string | undefined } {
  const ports = portsIn(observed);
  if (ports.length <= 1) return { observed, port: ports[0]?.port };
  const wanted = new Set(scenarioPorts.map(norm).filter((x) => x !== ''));
  const matches = (p: string) =>
    observed.observations.some((o) => o.port === p && [o.port, o.portName, o.portName && o.crossingName ? `${o.portName} ${o.crossingName}` : undefined].some((n) => n !== undefined && wanted.has(norm(n))));
  const port = choice !== null && ports.some((p) => p.port === choice) ? choice : (ports.find((p) => matches(p.port)) ?? ports[0]).port;
  return { observed: { ...observed, observations: observed.observations.filter((o) => o.port === port) }, port };
}
