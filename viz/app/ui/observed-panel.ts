// The "Observed & forecast" tab: observed CBP waits beside the simulated ones (per lane class, with
// the fit figures), and the coming hours forecast from a saved Border Wait Times snapshot.

import {
  compareWaits,
  FORECAST_METHOD,
  MAX_OBSERVED_BYTES,
  parseObservedText,
  summarizeFit,
  type ForecastDocument,
  type ObservedDayType,
  type ObservedWaits,
} from '../../../sim/index.ts';
import { svgToPngBlob, svgToString } from '../../charts/export.ts';
import { renderForecastBand } from '../../charts/forecast-band.ts';
import { renderObservedVsSimulated } from '../../charts/observed-vs-simulated.ts';
import type { ChartTable, ChartText } from '../../charts/types.ts';
import { t } from '../../i18n/index.ts';
import { engineText, fmtNumber } from '../format.ts';
import {
  bandLabel,
  dayTypeLabel,
  dayTypesIn,
  describeForecast,
  describeOverlay,
  fitTable,
  forecastInputs,
  forecastModels,
  observationsOfPort,
  observationsToCompare,
  portsIn,
  overlayModels,
  problemLines,
  startTable,
  type ComparedRun,
} from '../../observed/view-model.ts';
import type { Actions } from '../actions.ts';
import { h, setChildren, uid } from '../dom.ts';
import { downloadBlob, downloadText } from '../download.ts';
import { setObservedChoice } from '../observed-files.ts';
import { displayName } from '../entries.ts';
import { chosen, compared, type AppState } from '../state.ts';
import { watch, type Store } from '../store.ts';
import type { ForecastReply, ForecastRequest } from '../../worker/forecast-worker.ts';

const STORAGE_KEY = 'borderflow.observed.v1';

interface Loaded {
  name: string;
  text: string;
  observed: ObservedWaits;
}

interface Saved {
  series?: { name: string; text: string };
  snapshot?: { name: string; text: string };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function dataTable(table: ChartTable, caption: string): HTMLTableElement {
  return h(
    'table',
    { class: 'data' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, table.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      table.rows.map((row) =>
        h(
          'tr',
          {},
          row.map((v, i) => {
            const content =
              v === null ? h('span', { class: 'missing', title: t('observed:noData') }, '—') : typeof v === 'number' ? fmtNumber(v, Number.isInteger(Math.round(v * 100) / 10) ? (Number.isInteger(Math.round(v * 100) / 100) ? 0 : 1) : 2) : v;
            return i === 0 ? h('th', { scope: 'row' }, content) : h('td', {}, content);
          }),
        ),
      ),
    ),
  );
}

/** A chart in a <figure>: takeaway caption, the SVG, its summary, a data-table toggle and SVG/PNG export. */
function figure(id: string, text: ChartText, svg: SVGSVGElement): HTMLElement {
  const titleId = uid('obs-title');
  const tableId = uid('obs-table');
  const toggle = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': tableId, class: 'secondary small' }, t('observed:showTable'));
  const tableBox = h('div', { id: tableId, class: 'chart-table table-scroll', hidden: true }, dataTable(text.table, t('observed:dataCaption', { title: text.title })));
  toggle.addEventListener('click', () => {
    const open = tableBox.hidden;
    tableBox.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? t('observed:hideTable') : t('observed:showTable');
  });
  const summary = h('p', { class: 'chart-summary' }, text.summary);
  const svgButton = h('button', { type: 'button', class: 'secondary small', 'aria-label': t('observed:saveSvgLabel', { title: text.title }) }, t('observed:saveSvg'));
  const pngButton = h('button', { type: 'button', class: 'secondary small', 'aria-label': t('observed:savePngLabel', { title: text.title }) }, t('observed:savePng'));
  svgButton.addEventListener('click', () => downloadText(svgToString(svg), `borderflow-${id}.svg`, 'image/svg+xml'));
  pngButton.addEventListener('click', () => {
    svgToPngBlob(svg).then(
      (b) => downloadBlob(b, `borderflow-${id}.png`),
      (err: unknown) => (summary.textContent = t('observed:pngFailed', { error: err instanceof Error ? err.message : String(err) })),
    );
  });
  return h(
    'figure',
    { class: 'chart', id: `chart-${id}`, 'data-chart-id': id, 'aria-labelledby': titleId },
    h('figcaption', { id: titleId, class: 'chart-title' }, text.title),
    h('div', { class: 'chart-svg' }, svg),
    summary,
    h('div', { class: 'chart-tools' }, toggle, svgButton, pngButton),
    tableBox,
  );
}

export function mountObservedPanel(root: HTMLElement, store: Store<AppState>, _actions: Actions, widthOf: () => number): void {
  let series: Loaded | null = null;
  let snapshot: Loaded | null = null;

  const fileInput = h('input', { type: 'file', id: 'observed-file', accept: '.csv,.json,.xml,text/csv,application/json,text/xml,application/xml', multiple: true, class: 'visually-hidden' });
  const drop = h(
    'div',
    { class: 'dropzone observed-drop' },
    h('p', {}, t('observed:drop')),
    h('label', { for: fileInput.id, class: 'button-like' }, t('observed:choose')),
    fileInput,
  );
  const problems = h('div', { class: 'observed-problems', role: 'alert' });
  const loadedList = h('ul', { class: 'observed-files' });
  const forget = h('button', { type: 'button', class: 'secondary small', hidden: true }, t('observed:forget'));
  const overlay = h('div', { class: 'charts two-col observed-charts' });
  const daySelect = h('select', { id: uid('observed-day-type'), class: 'observed-day-type' });
  const dayRow = h('div', { class: 'field-row', hidden: true }, h('label', { for: daySelect.id }, t('observed:compareObserved')), daySelect);
  let dayChoice: ObservedDayType | null = null;
  const portSelect = h('select', { id: uid('observed-port'), class: 'observed-port' });
  const portRow = h('div', { class: 'field-row', hidden: true }, h('label', { for: portSelect.id }, t('observed:port')), portSelect);
  let portChoice: string | null = null;
  portSelect.addEventListener('change', () => {
    portChoice = portSelect.value || null;
    renderOverlay(store.get(), true);
  });
  daySelect.addEventListener('change', () => {
    dayChoice = (daySelect.value || null) as ObservedDayType | null;
    renderOverlay(store.get(), true);
  });
  const fitBox = h('div', { class: 'observed-fit table-scroll' });

  const scenarioSelect = h('select', { id: uid('forecast-scenario') });
  const hoursInput = h('input', { type: 'number', id: uid('forecast-hours'), min: 1, max: 12, step: 1, value: 4, class: 'forecast-hours' });
  const repsInput = h('input', { type: 'number', id: uid('forecast-reps'), min: 10, max: 20, step: 1, value: 10, class: 'forecast-reps' });
  const runButton = h('button', { type: 'button', class: 'forecast-run' }, t('observed:forecast'));
  const forecastStatus = h('p', { class: 'hint forecast-status', 'aria-live': 'polite' });
  const forecastCharts = h('div', { class: 'charts two-col forecast-charts' });
  const startBox = h('div', { class: 'forecast-start table-scroll' });
  const methodBox = h(
    'details',
    { class: 'forecast-method' },
    h('summary', {}, t('observed:howMade')),
    h(
      'dl',
      {},
      h('dt', {}, t('observed:theLine')),
      h('dd', {}, engineText(FORECAST_METHOD.line, 'observed:method.line')),
      h('dt', {}, t('observed:boothsOpen')),
      h('dd', {}, engineText(FORECAST_METHOD.booths, 'observed:method.booths')),
      h('dt', {}, t('observed:theBand')),
      h('dd', {}, engineText(FORECAST_METHOD.band, 'observed:method.band')),
    ),
  );
  const forecastControls = h(
    'div',
    { class: 'field-row forecast-controls' },
    h('label', { for: scenarioSelect.id }, t('observed:scenario')),
    scenarioSelect,
    h('label', { for: hoursInput.id }, t('observed:nextHours')),
    hoursInput,
    h('label', { for: repsInput.id }, t('observed:replications')),
    repsInput,
    runButton,
  );
  const forecastHint = h('p', { class: 'empty-state' }, t('observed:loadSnapshot'));

  setChildren(
    root,
    h('h2', {}, t('observed:heading')),
    h('p', { class: 'lede' }, t('observed:lede')),
    drop,
    problems,
    loadedList,
    forget,
    h('h3', {}, t('observed:besideObserved')),
    portRow,
    dayRow,
    overlay,
    fitBox,
    h('h3', {}, t('observed:fromSnapshot')),
    forecastHint,
    forecastControls,
    forecastStatus,
    forecastCharts,
    startBox,
    methodBox,
  );

  function save(): void {
    const st = storage();
    if (!st) return;
    const s: Saved = {};
    if (series) s.series = { name: series.name, text: series.text };
    if (snapshot) s.snapshot = { name: snapshot.name, text: snapshot.text };
    try {
      if (!s.series && !s.snapshot) st.removeItem(STORAGE_KEY);
      else st.setItem(STORAGE_KEY, JSON.stringify(s));
    } catch {
      // Storage full or blocked: the files stay loaded for this page only.
    }
  }

  function showProblems(lines: string[]): void {
    if (lines.length === 0) setChildren(problems);
    else setChildren(problems, h('p', {}, h('strong', {}, t('observed:unreadable'))), h('ul', { class: 'problems' }, lines.map((l) => h('li', {}, l))));
  }

  /** Parses one file's text; a snapshot goes to the forecast (and the overlay, when no hourly series is loaded), hourly CSVs to the overlay. */
  function accept(name: string, text: string): string[] {
    const r = parseObservedText(text, name);
    if (!r.ok) return problemLines(r.problems);
    if (r.observed.observations.length === 0) return [t('observed:noObservations', { name })];
    const loaded = { name, text, observed: r.observed };
    if (r.observed.format === 'bwt-xml' || r.observed.format === 'bwt-json') snapshot = loaded;
    else series = loaded;
    return [];
  }

  function seriesForOverlay(): Loaded | null {
    return series ?? snapshot;
  }

  /** Shares the loaded waits and the port and day chosen here with the waits-by-hour chart in Compare. */
  function publishChoice(): void {
    const obs = seriesForOverlay();
    setObservedChoice(obs ? { name: obs.name, observed: obs.observed, port: portChoice, dayType: dayChoice } : null);
  }

  function renderFiles(): void {
    publishChoice();
    const items: HTMLElement[] = [];
    if (series) items.push(h('li', {}, t('observed:hourly'), h('strong', {}, series.name), t('observed:hourlyCount', { n: fmtNumber(series.observed.observations.length, 0) })));
    if (snapshot) items.push(h('li', {}, t('observed:snapshot'), h('strong', {}, snapshot.name), t('observed:snapshotCount', { n: fmtNumber(snapshot.observed.observations.length, 0) })));
    setChildren(loadedList, items);
    forget.hidden = items.length === 0;
    forecastHint.hidden = snapshot !== null;
    forecastControls.hidden = snapshot === null;
  }

  let overlayKey: unknown[] = [];
  function renderOverlay(s: AppState, force = false): void {
    publishChoice();
    const obs = seriesForOverlay();
    const entries = compared(s);
    const key = [obs, s.baselineId, ...entries.map((e) => e.run.result)];
    if (!force && key.length === overlayKey.length && key.every((x, i) => x === overlayKey[i])) return;
    overlayKey = key;
    if (!obs) {
      dayRow.hidden = portRow.hidden = true;
      setChildren(overlay, h('p', { class: 'empty-state' }, t('observed:loadObserved')));
      setChildren(fitBox);
      return;
    }
    if (entries.length === 0) {
      setChildren(overlay, h('p', { class: 'empty-state' }, t('observed:runFirst')));
      setChildren(fitBox);
      return;
    }
    const ports = portsIn(obs.observed);
    portRow.hidden = ports.length <= 1;
    const base = entries.find((e) => e.id === s.baselineId) ?? entries[0];
    const atPort = observationsOfPort(obs.observed, portChoice, base.run.ran!.ports.flatMap((p) => [p.name, p.id]));
    setChildren(portSelect, ports.map((p) => h('option', { value: p.port, selected: p.port === atPort.port }, p.label)));
    const types = dayTypesIn(atPort.observed);
    dayRow.hidden = types.length <= 1;
    const pick = observationsToCompare(atPort.observed, dayChoice);
    setChildren(daySelect, types.map((d) => h('option', { value: d, selected: d === pick.dayType }, t('observed:dayObservations', { day: dayTypeLabel(d) }))));
    try {
      const runs: ComparedRun[] = entries.map((e) => {
        const comparison = compareWaits(e.run.ran!, e.run.result!, pick.observed, { scenario: e.fileName, ...(pick.dayType ? { dayType: pick.dayType } : {}) });
        return { key: e.id, name: displayName(e), isBaseline: e.id === s.baselineId, comparison, fit: summarizeFit(comparison) };
      });
      const width = Math.max(420, Math.min(720, Math.floor((widthOf() - 24) / 2)));
      const models = overlayModels(runs);
      setChildren(
        overlay,
        models.map((m) => figure(`observed-${m.laneType}`, describeOverlay(m), renderObservedVsSimulated(m, { width }))),
      );
      setChildren(
        fitBox,
        dataTable(fitTable(runs), t('observed:fitCaption', { name: obs.name })),
      );
    } catch (err) {
      setChildren(overlay, h('p', { class: 'problems' }, t('observed:cannotCompare', { name: obs.name, error: err instanceof Error ? err.message : String(err) })));
      setChildren(fitBox);
    }
  }

  function renderScenarioChoices(s: AppState): void {
    const current = scenarioSelect.value;
    const options = chosen(s).filter((e) => e.scenario !== null);
    setChildren(
      scenarioSelect,
      options.map((e) => h('option', { value: e.id, selected: e.id === (current || s.baselineId) }, `${displayName(e)}${e.id === s.baselineId ? t('observed:baselineMark') : ''}`)),
    );
    runButton.disabled = options.length === 0;
  }

  function renderForecast(doc: ForecastDocument): void {
    const save = h('button', { type: 'button', class: 'secondary small forecast-save' }, t('observed:forecastJson'));
    // The borderflow-forecast document itself (without the scenario's file name, which a browser does not know).
    save.addEventListener('click', () => downloadText(`${JSON.stringify(doc, null, 2)}\n`, 'borderflow-forecast.json', 'application/json'));
    const width = Math.max(380, Math.min(640, Math.floor((widthOf() - 24) / 2)));
    setChildren(
      forecastCharts,
      forecastModels(doc).map((m) => figure(`forecast-${m.laneType}`, describeForecast(m), renderForecastBand(m, { width }))),
    );
    setChildren(
      startBox,
      dataTable(startTable(doc), t('observed:startCaption', { clock: doc.start.clock, day: doc.snapshot.day, dayType: dayTypeLabel(doc.snapshot.dayType) })),
      doc.warnings.length > 0 ? h('ul', { class: 'hint forecast-warnings' }, doc.warnings.map((w) => h('li', {}, w))) : null,
      save,
    );
  }

  const cancelButton = h('button', { type: 'button', class: 'secondary forecast-cancel', hidden: true }, t('observed:cancel'));
  forecastControls.append(cancelButton);
  let worker: Worker | null = null;

  function finish(): void {
    worker?.terminate();
    worker = null;
    runButton.disabled = false;
    cancelButton.hidden = true;
  }

  function failed(lines: readonly string[]): void {
    forecastStatus.textContent = '';
    setChildren(startBox);
    setChildren(forecastCharts, h('div', { class: 'problems', role: 'alert' }, h('strong', {}, t('observed:noForecast')), h('ul', {}, lines.map((l) => h('li', {}, l)))));
  }

  function done(doc: ForecastDocument, ms: number): void {
    renderForecast(doc);
    forecastStatus.textContent = t('observed:done', {
      classes: fmtNumber(doc.laneTypes.length, 0),
      clock: doc.start.clock,
      replications: fmtNumber(doc.scenario.replications, 0),
      seconds: fmtNumber(ms / 1000, 1),
      band: bandLabel(),
    });
  }

  runButton.addEventListener('click', () => {
    if (worker || !snapshot) return;
    const s = store.get();
    const entry = s.entries.find((e) => e.id === scenarioSelect.value) ?? chosen(s).find((e) => e.scenario);
    const scenario = entry?.scenario;
    if (!entry || !scenario) {
      forecastStatus.textContent = t('observed:chooseValid');
      return;
    }
    const { hours, replications } = forecastInputs(Number(hoursInput.value), Number(repsInput.value));
    hoursInput.value = String(hours);
    repsInput.value = String(replications);
    runButton.disabled = true;
    cancelButton.hidden = false;
    const what = t('observed:what', { count: hours, name: displayName(entry) });
    forecastStatus.textContent = t('observed:forecasting', { what, done: fmtNumber(0, 0), total: fmtNumber(replications, 0) });
    const request: ForecastRequest = { type: 'forecast', scenario, snapshot: snapshot.observed, options: { hours, replications, seed: s.seed } };
    const w = new Worker(new URL('../../worker/forecast-worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    w.onmessage = (ev: MessageEvent<ForecastReply>) => {
      if (worker !== w) return;
      const m = ev.data;
      if (m.type === 'progress') forecastStatus.textContent = t('observed:forecasting', { what, done: fmtNumber(m.done, 0), total: fmtNumber(m.total, 0) });
      else {
        finish();
        if (m.type === 'done') done(m.doc, m.ms);
        else failed(m.problems);
      }
    };
    w.onerror = (ev) => {
      if (worker !== w) return;
      finish();
      failed([t('observed:stopped', { error: ev.message || t('observed:workerFailed') })]);
    };
    w.postMessage(request);
  });
  cancelButton.addEventListener('click', () => {
    if (!worker) return;
    finish();
    forecastStatus.textContent = t('observed:cancelled');
  });

  async function readFiles(files: File[]): Promise<void> {
    const lines: string[] = [];
    for (const f of files) {
      if (f.size > MAX_OBSERVED_BYTES) {
        lines.push(t('observed:tooLarge', { name: f.name, size: fmtNumber(f.size, 0), max: fmtNumber(MAX_OBSERVED_BYTES, 0) }));
        continue;
      }
      try {
        lines.push(...accept(f.name, await f.text()));
      } catch (err) {
        lines.push(t('observed:cannotRead', { name: f.name, error: err instanceof Error ? err.message : String(err) }));
      }
    }
    showProblems(lines);
    save();
    renderFiles();
    renderOverlay(store.get(), true);
  }

  fileInput.addEventListener('change', () => {
    if (fileInput.files && fileInput.files.length > 0) void readFiles([...fileInput.files]);
    fileInput.value = '';
  });
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('is-over');
    const files = ev.dataTransfer?.files;
    if (files && files.length > 0) void readFiles([...files]);
  });
  forget.addEventListener('click', () => {
    series = snapshot = null;
    showProblems([]);
    save();
    renderFiles();
    finish();
    setChildren(forecastCharts);
    setChildren(startBox);
    forecastStatus.textContent = '';
    renderOverlay(store.get(), true);
  });

  // Files loaded earlier in this browser come back with the page.
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (raw) {
      const saved = JSON.parse(raw) as Saved;
      for (const f of [saved.series, saved.snapshot]) if (f && typeof f.name === 'string' && typeof f.text === 'string') accept(f.name, f.text);
    }
  } catch {
    // A damaged saved entry is dropped.
    storage()?.removeItem(STORAGE_KEY);
  }
  renderFiles();

  watch(store, (s) => [s.tab, s.baselineId, ...compared(s).map((e) => e.run.result)], (s) => {
    if (s.tab === 'observed') renderOverlay(s);
  });
  watch(store, (s) => [s.baselineId, ...chosen(s).map((e) => e.scenario)], (s) => renderScenarioChoices(s));
}
