// Regenerates docs/calibration/: one page per bundled scenario (simulated against published figures,
// hourly profile charts, in-sample and held-out fit, sensitivity ranking, the +10 % volume check, and
// plain words where the model does not match), the index with the calibration goals, and
// manifest.json (file hashes, engine version, seeds, replications, key figures with tolerances).
//
//   npm run calibrate            (node --import tsx scripts/calibration-report.ts)
//
// Runs every scenarios/bundled/*.yaml one after the other; replications are capped (see
// scripts/calibration/settings.ts) to keep the whole report within a few minutes.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ENGINE_VERSION, sensitivity, type Scenario, type SensitivityResult } from '../sim/index.ts';
import { loadScenarioFile } from '../sim/node.ts';
import { checkBoundedness, stabilityDays, type BoundednessReport } from './calibration-check.ts';
import { evaluateScenario, readCalibrationBlock, type CalibrationBlock, type Evaluation } from './calibration/evaluate.ts';
import { hourlyBand, laneLabel, laneTypesOfPort, type KeyFigure } from './calibration/figures.ts';
import { num, signed } from './calibration/markdown.ts';
import { indexPage, scenarioPage, type Goal, type IndexRow, type ScenarioPage } from './calibration/page.ts';
import { REPORT_SETTINGS, runSettings } from './calibration/settings.ts';
import { profileChartSvg } from './calibration/svg.ts';
import { targetsFor } from './calibration/targets.ts';

export const BUNDLED_DIR = 'scenarios/bundled';
export const REPORT_DIR = 'docs/calibration';
export const MANIFEST_FILE = `${REPORT_DIR}/manifest.json`;
/** The scenario the calibration goals are about: San Ysidro on a weekday. */
export const CALIBRATED_STEM = 'san-ysidro-northbound';

/** What each bundled scenario is for, in a phrase; a scenario not listed gets one from its figures. */
export const SCENARIO_ROLES: Record<string, string> = {
  'san-ysidro-northbound': 'the calibrated San Ysidro weekday baseline',
  'san-ysidro-heightened-alert': "a what-if on the San Ysidro baseline (a heightened alert on the measured day), so differences from CBP's ordinary-day figures are the point",
  'san-ysidro-no-primary': "a what-if on the San Ysidro baseline (no primary inspection for trusted travelers), so differences from CBP's figures are the point",
  'san-ysidro-sentri-conversion': "a what-if on the San Ysidro baseline (two general booths converted to SENTRI, six more officers), so differences from CBP's figures are the point",
  'san-diego-region': "two ports with switching drivers and adaptive smugglers, not calibrated as a pair; San Ysidro's published figures apply to its northbound lanes, Otay Mesa has published volumes only",
  'detroit-commercial-week': 'a commercial crossing in the style of the Ambassador Bridge, held against old national truck-delay figures',
  'laredo-commercial-screening': 'a commercial crossing in the style of the Laredo World Trade Bridge, held against volumes officials quote and an old regional truck-delay figure',
  'mmc-theory-check': 'a textbook M/M/3 queue, held against the exact Erlang C wait',
  'san-ysidro-weekend':
    "a what-if on the weekday staffing logic with assumed weekend arrivals: CBP's San Ysidro figures are weekday means, so they are shown for reference, not as targets (no weekend waits are published)",
  'otay-mesa-commercial':
    "Otay Mesa's trucks: the calibration notes publish the port's passenger volumes only, so nothing here is a target (tests/scenarios/library.test.ts holds the general-truck wait against a press figure of about 30 minutes)",
};

const WHAT_IF = /what-if/;

/** The manifest: per scenario, what the report was generated from and the figures it found. */
export interface Manifest {
  format: 'borderflow-calibration-manifest';
  version: 1;
  engineVersion: string;
  settings: typeof REPORT_SETTINGS;
  scenarios: ManifestEntry[];
}

export interface ManifestEntry {
  file: string;
  stem: string;
  /** SHA-256 of the scenario file's bytes: any edit, comments included, makes the report stale. */
  sha256: string;
  name: string;
  loads: boolean;
  calibrationRecord: boolean;
  seed: number | null;
  replications: number | null;
  horizonHours: number | null;
  sensitivityReplications: number;
  bounded: boolean | null;
  keyFigures: { id: string; label: string; unit: string; value: number | null; ciLow: number | null; ciHigh: number | null; published: number | null; source: string | null; tolerance: number; within: boolean | null }[];
}

/** SHA-256 of a file's bytes, hex. */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The bundled scenario files, sorted by name. */
export function bundledFiles(dir = BUNDLED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

const stemOf = (file: string) => basename(file, '.yaml');

function roleOf(stem: string, scenario: Scenario, block: CalibrationBlock | null): string {
  if (SCENARIO_ROLES[stem]) return SCENARIO_ROLES[stem];
  if (block) return 'calibrated by search (a calibration record in the scenario file)';
  return scenario.ports.some((p) => targetsFor(p)) ? "held against its ports' published figures" : 'no published figures for its ports';
}

/** Published figures of a scenario's ports with no simulated counterpart (a lane type or mode the scenario does not model). */
export function unmodelledFigures(scenario: Scenario, keys: readonly KeyFigure[]): string[] {
  const out: string[] = [];
  for (const port of scenario.ports) {
    const t = targetsFor(port);
    if (!t) continue;
    for (const f of t.figures) {
      const id = f.kind === 'wait' ? `wait:${port.id}/${f.laneType}` : f.kind === 'volume' ? `volume:${port.id}/${f.mode}` : `laneVolume:${port.id}/${f.laneType}`;
      if (keys.some((k) => k.id === id)) continue;
      const what = f.kind === 'volume' ? `northbound ${f.mode === 'pedestrian' ? 'pedestrians' : `${f.mode}s`} per day` : f.kind === 'wait' ? `mean wait, ${laneLabel(f.laneType)}` : `arrivals per day, ${laneLabel(f.laneType)}`;
      out.push(`${t.name}: ${what} (${num(f.value, f.kind === 'wait' ? 1 : 0)})`);
    }
  }
  return out;
}

interface Built {
  page: string;
  charts: { file: string; svg: string }[];
  entry: ManifestEntry;
  row: IndexRow;
  evaluation: Evaluation | null;
  bounded: BoundednessReport | null;
}

function manifestFigures(keys: KeyFigure[]): ManifestEntry['keyFigures'] {
  return keys.map((k) => ({
    id: k.id,
    label: k.label,
    unit: k.unit,
    value: k.simulated.mean,
    ciLow: k.simulated.ciLow,
    ciHigh: k.simulated.ciHigh,
    published: k.published?.value ?? null,
    source: k.published?.source ?? null,
    tolerance: k.tolerance,
    within: k.within,
  }));
}

/** Builds one scenario's page, charts, manifest entry and index row (runs the scenario). */
export function buildScenario(file: string, log: (s: string) => void = () => {}): Built {
  const stem = stemOf(file);
  const text = readFileSync(file, 'utf8');
  const sha256 = fileSha256(file);
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) {
    const problems = loaded.problems.map((p) => `${p.path || '(file)'}: ${p.message}`);
    const page = [`# Calibration: ${stem}`, '', `The scenario file ${file} does not load, so there is nothing to compare:`, '', ...problems.map((p) => `- ${p}`), ''].join('\n');
    return {
      page,
      charts: [],
      entry: { file, stem, sha256, name: stem, loads: false, calibrationRecord: false, seed: null, replications: null, horizonHours: null, sensitivityReplications: 0, bounded: null, keyFigures: [] },
      row: { stem, name: stem, role: 'does not load', headline: '–', within: '–', bounded: null, status: 'does not load' },
      evaluation: null,
      bounded: null,
    };
  }
  const scenario = loaded.scenario;
  const block = readCalibrationBlock(text);
  const settings = runSettings(scenario, block);
  const role = roleOf(stem, scenario, block);

  let t = Date.now();
  const evaluation = evaluateScenario(scenario, file, block, settings);
  log(`  run ${settings.replications} replications: ${((Date.now() - t) / 1000).toFixed(1)} s`);

  // Charts: each port's lane types, simulated band against observed where there is an hourly series.
  const charts: { file: string; svg: string; title: string }[] = [];
  const many = scenario.ports.length > 1;
  scenario.ports.forEach((port, pi) => {
    for (const { laneType, lanes } of laneTypesOfPort(scenario, pi)) {
      const band = hourlyBand(evaluation.doc, pi, lanes);
      if (band.mean.every((x) => x === null)) continue;
      const cmp = evaluation.fits.find((f) => f.port === pi)?.comparison?.laneTypes.find((x) => x.laneType === laneType);
      const obs = cmp && cmp.rows.length > 0 ? { hours: cmp.rows.map((r) => r.hour), values: cmp.rows.map((r) => r.observed) } : null;
      const title = `${many ? `${port.name ?? port.id}: ` : ''}${laneLabel(laneType)} — mean wait by hour`;
      const chartFile = `${stem}${many ? `-${port.id}` : ''}-${laneType}.svg`;
      const fit = evaluation.fits.find((f) => f.port === pi);
      const source = `Simulated: borderflow ${ENGINE_VERSION}, seed ${settings.seed}, ${settings.replications} replications.${obs && fit ? ` Observed: ${fit.targets?.name ?? fit.observedFile}, ${fit.targets?.hourly?.period ?? 'as recorded'}.` : ' No observed hourly series.'}`;
      charts.push({ file: chartFile, title, svg: profileChartSvg({ title, source, xLabel: 'clock hour of arrival', yLabel: 'mean wait (min)', simulated: band, observed: obs }) });
    }
  });

  t = Date.now();
  let sens: SensitivityResult | { error: string };
  try {
    sens = sensitivity(scenario, { replications: REPORT_SETTINGS.sensitivityReplications, seed: settings.seed, ...(settings.horizonHours ? { horizonHours: settings.horizonHours } : {}) });
  } catch (e) {
    sens = { error: (e as Error).message };
  }
  log(`  sensitivity: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  let bounded: BoundednessReport | { error: string };
  try {
    bounded = checkBoundedness(scenario, { volume: REPORT_SETTINGS.boundedVolume, days: stabilityDays(scenario), replications: REPORT_SETTINGS.boundedReplications, slack: REPORT_SETTINGS.boundedSlack, seed: settings.seed });
  } catch (e) {
    bounded = { error: (e as Error).message };
  }
  log(`  +10 % volume: ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const notesFile = join(REPORT_DIR, 'notes', `${stem}.md`);
  const page: ScenarioPage = {
    stem,
    file,
    name: scenario.name,
    role,
    engineVersion: ENGINE_VERSION,
    seed: settings.seed,
    replications: evaluation.doc.replications,
    horizonHours: evaluation.doc.scenario.horizonHours,
    warmupHours: evaluation.doc.scenario.warmupHours,
    keyFigures: evaluation.keyFigures,
    fits: evaluation.fits,
    block,
    charts: charts.map((c) => ({ file: c.file, title: c.title })),
    sensitivity: sens,
    sensitivityReplications: REPORT_SETTINGS.sensitivityReplications,
    bounded,
    boundedSlack: REPORT_SETTINGS.boundedSlack,
    notes: existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : null,
    portsWithoutFigures: scenario.ports.filter((p) => !targetsFor(p)).map((p) => p.name ?? p.id),
    unmodelled: unmodelledFigures(scenario, evaluation.keyFigures),
    laneNames: scenario.ports.flatMap((p) => p.laneGroups.map((l) => (many ? `${p.id}/${l.id}` : l.id))),
  };

  const published = evaluation.keyFigures.filter((k) => k.published);
  const within = published.filter((k) => k.within).length;
  const fit = evaluation.fits.find((f) => !f.problem);
  const rs = fit?.inSample.byLaneType.filter((x) => x.correlation !== null) ?? [];
  const headline = fit
    ? `in-sample RMSE ${num(fit.inSample.rmseMinutes)} min over ${fit.inSample.hours} lane-hours; r ${rs.map((x) => `${laneLabel(x.laneType)} ${num(x.correlation, 2)}`).join(', ')}`
    : published.length > 0
      ? published
          .slice(0, 2)
          .map((k) => {
            const d = k.unit === 'per day' ? 0 : Math.abs(k.published!.value) < 10 ? 2 : 1;
            return `${k.label.replace(/ \(.*\)$/, '')} ${num(k.simulated.mean, d)} vs ${num(k.published!.value, d)}${k.unit === 'min' ? ' min' : ''}`;
          })
          .join('; ')
      : 'no published figures';
  const isBounded = 'error' in bounded ? null : bounded.bounded;
  const outside = published.length - within;
  const statusText =
    published.length === 0
      ? "model's own figures only (checked for drift)"
      : `${WHAT_IF.test(role) ? 'what-if: ' : ''}${outside === 0 ? 'all published figures within tolerance' : `${outside} of ${published.length} outside tolerance`}`;
  return {
    page: scenarioPage(page),
    charts: charts.map(({ file: f, svg }) => ({ file: f, svg })),
    entry: {
      file,
      stem,
      sha256,
      name: scenario.name,
      loads: true,
      calibrationRecord: block !== null,
      seed: settings.seed,
      replications: evaluation.doc.replications,
      horizonHours: evaluation.doc.scenario.horizonHours,
      sensitivityReplications: REPORT_SETTINGS.sensitivityReplications,
      bounded: isBounded,
      keyFigures: manifestFigures(evaluation.keyFigures),
    },
    row: { stem, name: scenario.name, role, headline, within: published.length ? `${within} of ${published.length}` : '–', bounded: isBounded, status: statusText },
    evaluation,
    bounded: 'error' in bounded ? null : bounded,
  };
}

/** The calibration goals, measured on the calibrated San Ysidro scenario and on every bundled one. */
export function goalsOf(built: ReadonlyMap<string, Built>): Goal[] {
  const sy = built.get(CALIBRATED_STEM);
  const fit = sy?.evaluation?.fits.find((f) => !f.problem && f.targets?.key === 'san-ysidro');
  const goals: Goal[] = [];
  const minR = fit?.targets?.minCorrelation ?? 0.8;
  const rs = fit?.inSample.byLaneType ?? [];
  goals.push({
    goal: `San Ysidro weekday, in sample: hourly-profile correlation ≥ ${minR} for each lane type`,
    measured: rs.length ? rs.map((t) => `${laneLabel(t.laneType)} ${num(t.correlation, 2)}`).join('; ') : 'no fit (scenario or observations missing)',
    met: rs.length ? rs.every((t) => t.correlation !== null && t.correlation >= minR) : false,
  });
  const tol = fit?.targets?.ratioTolerance ?? 0.1;
  const ratios = rs.filter((t) => t.laneType === 'ready' || t.laneType === 'sentri').filter((t) => t.ratioToGeneral);
  goals.push({
    goal: `San Ysidro weekday: Ready/general and SENTRI/general wait ratios within ±${tol} of CBP's`,
    measured: ratios.length
      ? ratios.map((t) => `${t.laneType === 'ready' ? 'Ready' : 'SENTRI'}/general ${num(t.ratioToGeneral!.simulated, 2)} vs ${num(t.ratioToGeneral!.observed, 2)} (${signed(t.ratioToGeneral!.simulated - t.ratioToGeneral!.observed, 2)})`).join('; ')
      : 'no ratios (scenario or observations missing)',
    met: ratios.length === 2 ? ratios.every((t) => Math.abs(t.ratioToGeneral!.simulated - t.ratioToGeneral!.observed) <= tol) : false,
  });
  goals.push({
    goal: 'San Ysidro weekday: held-out error shown next to in-sample error',
    measured: fit
      ? fit.heldOut
        ? `in sample RMSE ${num(fit.inSample.rmseMinutes)} min; held out (${fit.holdout?.text}) RMSE ${num(fit.heldOut.rmseMinutes)} min`
        : `in sample RMSE ${num(fit.inSample.rmseMinutes)} min; no held-out observations (calibrated by hand to all published hours)`
      : 'no fit',
    met: fit ? fit.heldOut !== null : false,
  });
  const growing = [...built.values()].filter((b) => b.entry.bounded === false).map((b) => b.entry.stem);
  const unchecked = [...built.values()].filter((b) => b.entry.bounded === null).map((b) => b.entry.stem);
  goals.push({
    goal: "No bundled scenario's line grows day to day at +10 % volume",
    measured: `${growing.length === 0 ? 'every scenario bounded' : `grows: ${growing.join(', ')}`}${unchecked.length ? `; not checked: ${unchecked.join(', ')}` : ''}`,
    met: growing.length === 0 && unchecked.length === 0,
  });
  return goals;
}

/** Writes the whole report; returns the seconds it took. */
export function generate(log: (s: string) => void = console.log): number {
  const start = Date.now();
  mkdirSync(REPORT_DIR, { recursive: true });
  // Pages and charts of scenarios that no longer exist go; the hand-written notes stay.
  for (const f of readdirSync(REPORT_DIR)) if (/\.(md|svg)$/.test(f) || f === 'manifest.json') rmSync(join(REPORT_DIR, f));
  const built = new Map<string, Built>();
  for (const file of bundledFiles()) {
    log(`${file}`);
    const b = buildScenario(file, log);
    built.set(b.entry.stem, b);
    writeFileSync(join(REPORT_DIR, `${b.entry.stem}.md`), b.page);
    for (const c of b.charts) writeFileSync(join(REPORT_DIR, c.file), c.svg);
  }
  const goals = goalsOf(built);
  const note = `Each page runs its scenario with the seed and replications in the manifest (${REPORT_SETTINGS.replicationsWithHourly} replications where CBP publishes hourly waits, ${REPORT_SETTINGS.replicationsOther} otherwise, at most ${REPORT_SETTINGS.maxReplications}), the sensitivity with ${REPORT_SETTINGS.sensitivityReplications} replications per variant on common random numbers, and the stability check with ${REPORT_SETTINGS.boundedReplications} replications of three measured days (two for a scenario measured over exactly two days, such as a weekend). Published figures and their sources are from the project's calibration notes; tolerances are stated beside each figure.`;
  writeFileSync(join(REPORT_DIR, 'README.md'), indexPage([...built.values()].map((b) => b.row), goals, { engineVersion: ENGINE_VERSION, note }));
  const manifest: Manifest = { format: 'borderflow-calibration-manifest', version: 1, engineVersion: ENGINE_VERSION, settings: REPORT_SETTINGS, scenarios: [...built.values()].map((b) => b.entry) };
  writeFileSync(MANIFEST_FILE, JSON.stringify(manifest, null, 2) + '\n');
  return (Date.now() - start) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seconds = generate();
  console.log(`Calibration report written to ${REPORT_DIR}/ in ${seconds.toFixed(0)} s.`);
}
