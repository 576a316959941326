// Ports other than the baseline's first port: each in its own panel, with a plain note of what is shown,
// so a scenario for another port (or a region's second port) is never silently left out of the charts.

import type { ResultDocument } from '../../../sim/index.ts';
import { CHARTS } from '../chart-registry.ts';
import type { ViewModelOptions } from '../contracts.ts';
import { h, setChildren } from '../dom.ts';
import type { Scenario } from '../scenario-types.ts';
import { shortLabels } from '../labels.ts';
import { t } from '../../i18n/index.ts';
import { createChartFigure, type ChartFigure, type Provenance } from './chart-figure.ts';

/** The charts drawn for another port (the full set stays with the main port). */
const PER_PORT = ['wait-by-hour', 'wait-over', 'paired-difference'];

export interface PortGroup {
  portId: string;
  portName: string;
  /** Indices into the compared documents that model this port. */
  docs: number[];
}

/** Every port in the compared documents, the baseline's first port first, then in order of appearance. */
export function portGroups(docs: readonly ResultDocument[], baseline: number): PortGroup[] {
  const order = [baseline, ...docs.map((_, i) => i).filter((i) => i !== baseline)];
  const groups: PortGroup[] = [];
  for (const i of order) {
    for (const p of docs[i].ports) {
      let g = groups.find((x) => x.portId === p.id);
      if (!g) groups.push((g = { portId: p.id, portName: p.name, docs: [] }));
      if (!g.docs.includes(i)) g.docs.push(i);
    }
  }
  return groups;
}

/** "Shown above: San Ysidro, for A and B. C models only Otay Mesa: it is drawn below in its own panel." */
export function portNote(groups: readonly PortGroup[], labels: readonly string[]): string {
  const [main, ...rest] = groups;
  if (!main || rest.length === 0) return '';
  const names = (ix: number[]) => ix.map((i) => `“${labels[i]}”`).join(', ');
  const missing = labels.map((_, i) => i).filter((i) => !main.docs.includes(i));
  return [
    t('compare:ports.shownAbove', { port: main.portName, names: names(main.docs) }),
    missing.length ? t('compare:ports.missing', { count: missing.length, names: names(missing) }) : '',
    t('compare:ports.below', { list: rest.map((g) => `${g.portName} (${names(g.docs)})`).join('; ') }),
  ]
    .filter(Boolean)
    .join(' ');
}

export function mountOtherPorts(root: HTMLElement): {
  draw(docs: ResultDocument[], groups: PortGroup[], base: { scenarios: Scenario[]; labels: string[]; names: string[]; keys: string[] }, width: number, prov: Provenance): void;
} {
  const cache = new Map<string, { box: HTMLElement; figures: { id: string; f: ChartFigure }[] }>();
  return {
    draw(docs, groups, base, width, prov) {
      const rest = groups.slice(1);
      root.hidden = rest.length === 0;
      const boxes = rest.map((g) => {
        let c = cache.get(g.portId);
        if (!c) {
          const figures = CHARTS.filter((s) => PER_PORT.includes(s.id)).map((spec) => ({ id: spec.id, f: createChartFigure({ ...spec, id: `${spec.id}-port-${g.portId}` }) }));
          c = { box: h('section', { class: 'port-panel', 'data-port': g.portId }), figures };
          cache.set(g.portId, c);
        }
        const sub = g.docs.map((i) => docs[i]);
        const baseDoc = sub[0];
        const opts: ViewModelOptions & { labels: string[]; keys: string[] } = {
          baseline: 0,
          port: baseDoc.ports.findIndex((p) => p.id === g.portId),
          scenarios: g.docs.map((i) => base.scenarios[i]),
          labels: shortLabels(g.docs.map((i) => base.names[i])),
          keys: g.docs.map((i) => base.keys[i]),
        };
        setChildren(
          c.box,
          h('h3', {}, `${g.portName}`),
          h(
            'p',
            { class: 'hint port-note' },
            t('compare:ports.models', { count: g.docs.length, list: opts.labels.map((l, k) => (k === 0 && g.docs.length > 1 ? t('compare:ports.baselineHere', { name: l }) : l)).join('; ') }),
          ),
          c.figures.map((x) => x.f.el),
        );
        for (const x of c.figures) x.f.update(sub, opts, width, {}, { ...prov, scenarios: opts.labels });
        return c.box;
      });
      setChildren(root, rest.length ? h('h2', {}, t('compare:ports.heading')) : null, boxes);
    },
  };
}
