// Where each scenario's numbers come from: its description, cited sources and stated assumptions,
// exactly as the scenario file carries them (the schema's `description`, `sources` and `assumptions`).

import type { Scenario } from '../scenario-types.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/index.ts';

type Source = { id: string; citation: string; confidence?: string };

/** The sources, assumptions and description one scenario carries (empty lists when it states none). */
export function provenanceOf(s: Scenario): { description: string; sources: Source[]; assumptions: string[] } {
  const x = s as { description?: string; sources?: Source[]; assumptions?: string[] };
  return { description: x.description?.trim() ?? '', sources: x.sources ?? [], assumptions: x.assumptions ?? [] };
}

/** The first sentence of a description: the question the scenario asks. */
export function questionOf(s: Scenario): string {
  const d = provenanceOf(s).description.replace(/\s+/g, ' ');
  const m = /^(.*?[.?!])(\s|$)/.exec(d);
  return m ? m[1] : d;
}

/** One scenario's provenance as a block: description, numbered sources with confidence, assumptions. */
export function provenanceBlock(name: string, s: Scenario, baselineSources: Set<string> | null, baselineAssumptions: Set<string> | null = null): HTMLElement {
  const p = provenanceOf(s);
  const ownAssumptions = baselineAssumptions ? p.assumptions.filter((a) => !baselineAssumptions.has(a)) : p.assumptions;
  const sharedAssumptions = p.assumptions.length - ownAssumptions.length;
  // A variant usually repeats its parent's sources: say so instead of listing them twice.
  const own = baselineSources ? p.sources.filter((src) => !baselineSources.has(src.id + src.citation)) : p.sources;
  const shared = p.sources.length - own.length;
  return h(
    'section',
    { class: 'provenance-scenario' },
    h('h4', {}, name),
    p.description ? h('p', { class: 'provenance-description' }, p.description) : h('p', { class: 'hint' }, t('compare:provenance.noDescription')),
    h('h5', {}, t('compare:provenance.sources', { count: p.sources.length })),
    p.sources.length === 0
      ? h('p', { class: 'hint' }, t('compare:provenance.noSources'))
      : h(
          'ul',
          { class: 'provenance-sources' },
          shared > 0 ? h('li', { class: 'hint' }, t('compare:provenance.sharedSources', { count: shared })) : null,
          own.map((src) => h('li', {}, h('code', {}, src.id), ` — ${src.citation}`, src.confidence ? h('span', { class: 'badge' }, t('compare:provenance.confidence', { level: src.confidence })) : null)),
        ),
    h('h5', {}, t('compare:provenance.assumptions', { count: p.assumptions.length })),
    p.assumptions.length === 0
      ? h('p', { class: 'hint' }, t('compare:provenance.noAssumptions'))
      : h(
          'ul',
          { class: 'provenance-assumptions' },
          sharedAssumptions > 0 ? h('li', { class: 'hint' }, t('compare:provenance.sharedAssumptions', { count: sharedAssumptions })) : null,
          ownAssumptions.map((a) => h('li', {}, a)),
        ),
  );
}

/** Sources and assumptions of every compared scenario, the baseline first. */
export function provenanceSection(items: { name: string; scenario: Scenario }[]): HTMLElement {
  const base = items[0] ? new Set(provenanceOf(items[0].scenario).sources.map((s) => s.id + s.citation)) : null;
  const baseAssumptions = items[0] ? new Set(provenanceOf(items[0].scenario).assumptions) : null;
  return h(
    'div',
    { class: 'provenance' },
    h('p', { class: 'hint' }, t('compare:provenance.intro')),
    items.map((it, i) => provenanceBlock(it.name, it.scenario, i === 0 ? null : base, i === 0 ? null : baseAssumptions)),
  );
}
