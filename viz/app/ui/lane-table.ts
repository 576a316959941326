// The Table tab: per scenario, a row per lane group with the CLI's headline figures, each mean ± 95 % CI half-width.

import { termTip } from '../contracts.ts';
import { h, setChildren } from '../dom.ts';
import { displayName } from '../entries.ts';
import { LANE_FIGURES } from '../lane-figures.ts';
import { compared, type AppState } from '../state.ts';
import { watch, type Store } from '../store.ts';
import { t } from '../../i18n/index.ts';
import { fmtAuto, fmtNumber } from '../format.ts';
import { confidenceNote } from './compare.ts';

/** "36.2 ± 15.1" as the mean over its interval, so eleven columns fit a laptop screen (the text stays "36.2 ± 15.1"). */
function twoLines(text: string): (Node | string)[] {
  const i = text.indexOf(' ± ');
  if (i < 0) return [text];
  return [h('span', { class: 'mean' }, text.slice(0, i)), ' ', h('span', { class: 'ci' }, text.slice(i + 1))];
}

export function mountLaneTable(root: HTMLElement, store: Store<AppState>): void {
  const body = h('div', { class: 'lane-tables' });
  root.append(
    h('h2', {}, t('compare:table.heading')),
    h('p', { class: 'lede' }, t('compare:table.lede')),
    h('p', { class: 'confidence-note' }, confidenceNote()),
    body,
  );

  watch(store, (s) => [...compared(s).map((e) => e.run.result), s.baselineId], (s) => {
    const list = compared(s);
    if (list.length === 0) {
      setChildren(body, h('p', { class: 'empty-state' }, t('compare:table.empty')));
      return;
    }
    setChildren(
      body,
      list.map((e, i) => {
        const d = e.run.result!;
        return h(
          'section',
          { class: 'lane-table', 'data-scenario': e.id, 'aria-label': displayName(e) },
          h('h3', {}, displayName(e), i === 0 ? h('span', { class: 'badge baseline-badge' }, t('compare:baseline')) : null),
          h(
            'p',
            { class: 'hint' },
            t('compare:table.meta', {
              seed: d.seed,
              replications: fmtNumber(d.replications, 0),
              hours: fmtAuto(d.scenario.horizonHours),
              warmup: fmtAuto(d.scenario.warmupHours),
              engine: d.engine.version,
            }),
          ),
          d.ports.map((p) =>
            h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'data numbers', 'data-port': p.id },
                h('caption', {}, `${p.name} — ${displayName(e)}`),
                h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('compare:table.laneGroup')), LANE_FIGURES.map((f) => h('th', { scope: 'col', title: termTip(f.term) || null }, f.label)))),
                h(
                  'tbody',
                  {},
                  p.lanes.map((l) =>
                    h(
                      'tr',
                      { 'data-lane': l.id },
                      h('th', { scope: 'row' }, l.label),
                      LANE_FIGURES.map((f) => h('td', { 'data-figure': f.id }, twoLines(f.format(f.get(l))))),
                    ),
                  ),
                ),
              ),
            ),
          ),
        );
      }),
    );
  });
}
