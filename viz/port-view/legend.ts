// The legend: vehicle shapes by mode, colours by program, and booth shapes by state.

import { t } from './texts.ts';
import { BOOTH_GLYPH, MODE_GLYPH, PROGRAM_COLOUR } from './glyphs.ts';
import { LANE_TYPE_COLOUR, type LaneTypeKey } from './plaza-layout.ts';
import { laneTypeName, modeName, programName } from './plaza-text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function createLegend(doc: Document): HTMLElement {
  const div = doc.createElement('div');
  div.className = 'bf-pv-legend';
  div.setAttribute('aria-label', t('plaza:legend.aria'));
  for (const [mode, d] of Object.entries(MODE_GLYPH)) div.append(item(doc, swatch(doc, d, '#000'), modeName(mode)));
  for (const [program, colour] of Object.entries(PROGRAM_COLOUR)) div.append(item(doc, swatch(doc, MODE_GLYPH.car, colour), programName(program)));
  const s = 12;
  const off = -s / 2;
  div.append(
    item(doc, swatch(doc, BOOTH_GLYPH.square(s), '#fff', off, '3 2'), t('plaza:legend.closed')),
    item(doc, swatch(doc, `${BOOTH_GLYPH.square(s)} M${s / 2 + 2.5},${s / 2} a2.5,2.5 0 1 0 -5,0 a2.5,2.5 0 1 0 5,0`, '#fff', off), t('plaza:legend.idle')),
    item(doc, swatch(doc, BOOTH_GLYPH.square(s), '#56B4E9', off), t('plaza:legend.busy')),
    item(doc, swatch(doc, BOOTH_GLYPH.half(s), '#E69F00', off), t('plaza:legend.closing')),
  );
  // Lane types: the coloured band under each group of booths.
  for (const [type, colour] of Object.entries(LANE_TYPE_COLOUR) as [LaneTypeKey, string][]) {
    if (type === 'custom') continue;
    div.append(item(doc, swatch(doc, 'M-7,-4 h14 v8 h-14 Z', colour), laneTypeName(type)));
  }
  return div;
}

function swatch(doc: Document, d: string, fill: string, offset = 0, dash?: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('viewBox', '-8 -8 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', fill);
  path.setAttribute('fill-rule', 'evenodd');
  path.setAttribute('stroke', '#000');
  if (offset) path.setAttribute('transform', `translate(${offset},${offset})`);
  if (dash) path.setAttribute('stroke-dasharray', dash);
  svg.append(path);
  return svg;
}

function item(doc: Document, icon: SVGSVGElement, text: string): HTMLElement {
  const span = doc.createElement('span');
  span.append(icon, doc.createTextNode(` ${text}`));
  return span;
}
