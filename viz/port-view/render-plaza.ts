// Draws a plaza layout (booths in a row, lines behind them, secondary and imaging areas) or a region
// layout (ports, driving links, switching drivers) as SVG with d3-selection.
//
// Marks are joined by vehicle id so a vehicle keeps its element (and keyboard focus) while it
// moves along; nothing is animated between frames (the clock already moves them). Every state
// drawn is also written (booth titles, counts, the SVG description), so colour is never the only cue.

import { select, type Selection } from 'd3-selection';
import type { VehicleView } from '../../sim/index.ts';
import { t } from './texts.ts';
import { BOOTH_GLYPH, glyphFor, PROGRAM_COLOUR } from './glyphs.ts';
import { LANE_TYPE_COLOUR, PLAZA, type PlacedVehicle, type PlazaArea, type PlazaBooth, type PlazaGroup, type PlazaLayout, type PlazaSegment } from './plaza-layout.ts';
import type { RegionLayout, RegionLink, RegionNode } from './region-layout.ts';
import { boothStateText, count, laneTypeAbbr, laneTypeName, vehicleWho } from './plaza-text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
type G = Selection<SVGGElement, unknown, null, undefined>;

export interface RenderOptions {
  /** Title read by assistive technology. */
  label: string;
  selected: number | null;
  onSelect: (vehicleId: number) => void;
  /** Describes a vehicle for its accessible name. */
  describe: (v: VehicleView) => string;
}

/** Creates an (empty) SVG with the given layers, bottom first. */
export function createSvg(doc: Document, cls: string, layers: readonly string[]): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('class', cls);
  svg.setAttribute('role', 'group');
  svg.append(doc.createElementNS(SVG_NS, 'title'), doc.createElementNS(SVG_NS, 'desc'));
  for (const layer of [...layers, 'vehicles']) {
    const g = doc.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', layer);
    svg.append(g);
  }
  // Arrow keys move between vehicle marks (roving focus) only while one of them has focus.
  svg.querySelector('g.vehicles')!.addEventListener('keydown', (e) => roveFocus(svg, e as KeyboardEvent));
  return svg;
}

export const createPlazaSvg = (doc: Document): SVGSVGElement => createSvg(doc, 'bf-port-svg bf-plaza-svg', ['areas', 'lanes', 'booths']);
export const createRegionSvg = (doc: Document): SVGSVGElement => createSvg(doc, 'bf-port-svg bf-region-svg', ['links', 'nodes']);

function frame(svg: SVGSVGElement, width: number, height: number, label: string, desc: string): void {
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-label', label);
  svg.querySelector('title')!.textContent = label;
  svg.querySelector('desc')!.textContent = desc;
}

/** One sentence per lane group, for the SVG description and the lane key. */
export function groupSummary(g: PlazaGroup): string {
  return t('plaza:group.summary', {
    title: g.title,
    type: laneTypeName(g.laneType),
    booths: count(g.booths),
    open: count(Math.min(g.open, g.booths)),
    busy: count(g.busy),
    n: count(g.lineLength),
    more: count(g.overflow),
  });
}

export function renderPlaza(svg: SVGSVGElement, layout: PlazaLayout, o: RenderOptions): void {
  frame(svg, layout.width, layout.height, o.label, layout.groups.map(groupSummary).join(' '));
  const root = select(svg);
  const groupOf = new Map(layout.groups.map((g) => [g.key, g]));
  drawSegments(root.select<SVGGElement>('g.lanes'), layout.segments, groupOf);
  drawAreas(root.select<SVGGElement>('g.areas'), [layout.secondary, layout.imaging].filter((a): a is PlazaArea => a !== null));
  const bays = layout.secondary ? layout.secondary.bays.map((b) => ({ ...b, group: 'secondary', row: -1 })) : [];
  drawBooths(root.select<SVGGElement>('g.booths'), [...layout.booths, ...bays], (b) =>
    b.group === 'secondary' ? t('plaza:area.bay', { n: b.index + 1, state: boothStateText(b.state) }) : t('plaza:booth.title', { group: groupOf.get(b.group)?.title ?? b.group, n: b.index + 1, state: boothStateText(b.state) }),
  );
  // Vehicles in line face the booths (down the drawing); a pedestrian stands upright whichever way they walk.
  drawVehicles(root.select<SVGGElement>('g.vehicles'), layout.marks, o, (d) => (d.vehicle.stage === 'in-line' && d.vehicle.mode !== 'pedestrian' ? 90 : 0));
}

function drawSegments(g: G, segments: PlazaSegment[], groups: Map<string, PlazaGroup>): void {
  const P = PLAZA;
  const seg = g
    .selectAll<SVGGElement, PlazaSegment>('g.segment')
    .data(segments, (d) => `${d.group}@${d.row}`)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'segment');
      e.append('rect').attr('class', 'approach');
      e.append('path').attr('class', 'lane-marks');
      e.append('rect').attr('class', 'lane-band');
      e.append('text').attr('class', 'lane-abbr');
      e.append('text').attr('class', 'overflow');
      return e;
    });
  seg.attr('data-group', (d) => d.group).attr('data-row', (d) => d.row);
  const top = (d: PlazaSegment) => d.countY + 3;
  const boothTop = (d: PlazaSegment) => d.bandY - 3 - P.boothSize;
  // The approach: the lanes behind the booths, with a dashed lane line between two booths.
  seg
    .select('rect.approach')
    .attr('x', (d) => d.x0)
    .attr('y', top)
    .attr('width', (d) => d.x1 - d.x0)
    .attr('height', (d) => boothTop(d) - top(d))
    .attr('fill', '#f4f4f4');
  seg
    .select('path.lane-marks')
    .attr('d', (d) => {
      let p = '';
      for (let x = d.x0 + P.pitch; x < d.x1 - 1; x += P.pitch) p += `M${x},${top(d)}V${boothTop(d) - 2}`;
      return p;
    })
    .attr('stroke', '#b0b0b0')
    .attr('stroke-dasharray', '4 4');
  seg
    .select('rect.lane-band')
    .attr('x', (d) => d.x0 + 1)
    .attr('y', (d) => d.bandY)
    .attr('width', (d) => d.x1 - d.x0 - 2)
    .attr('height', P.bandHeight)
    .attr('fill', (d) => LANE_TYPE_COLOUR[groups.get(d.group)?.laneType ?? 'custom']);
  seg
    .select('text.lane-abbr')
    .attr('x', (d) => (d.x0 + d.x1) / 2)
    .attr('y', (d) => d.bandY + P.bandHeight - 3.5)
    .attr('text-anchor', 'middle')
    .attr('font-size', 10)
    .attr('font-weight', 700)
    .attr('fill', (d) => (['ready', 'nexus-sentri', 'fast'].includes(groups.get(d.group)?.laneType ?? '') ? '#fff' : '#000'))
    .text((d) => (d.x1 - d.x0 >= 30 ? laneTypeAbbr(groups.get(d.group)?.laneType ?? 'custom') : ''));
  seg
    .select('text.overflow')
    .attr('x', (d) => (d.x0 + d.x1) / 2)
    .attr('y', (d) => d.countY)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .attr('font-weight', 600)
    .attr('data-overflow', (d) => d.overflow)
    .text((d) => (d.overflow > 0 ? t(d.x1 - d.x0 >= 70 ? 'plaza:group.more' : 'plaza:group.moreShort', { n: count(d.overflow) }) : ''));
}

function drawAreas(g: G, areas: PlazaArea[]): void {
  const area = g
    .selectAll<SVGGElement, PlazaArea>('g.area')
    .data(areas, (d) => d.key)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'area');
      e.append('rect').attr('class', 'area-bg');
      e.append('text').attr('class', 'area-title');
      e.append('text').attr('class', 'overflow');
      return e;
    });
  area.attr('data-area', (d) => d.key).attr('data-count', (d) => d.count);
  area
    .select('rect.area-bg')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .attr('rx', 4)
    .attr('fill', (d) => (d.key === 'secondary' ? '#fbeee6' : '#eaf3fa'))
    .attr('stroke', '#767676');
  area
    .select('text.area-title')
    .attr('x', (d) => d.x + 6)
    .attr('y', (d) => d.y + 13)
    .attr('font-size', 12)
    .attr('font-weight', 600)
    .text((d) => (d.key === 'secondary' ? t('plaza:area.secondary') : t('plaza:area.imaging')));
  area
    .select('text.overflow')
    .attr('x', (d) => d.x + 6)
    .attr('y', (d) => d.y + d.height - 5)
    .attr('font-size', 11)
    .attr('font-weight', 600)
    .attr('data-overflow', (d) => d.overflow)
    .text((d) => (d.overflow > 0 ? t('plaza:area.more', { n: count(d.overflow) }) : ''));
}

function drawBooths(g: G, booths: PlazaBooth[], title: (b: PlazaBooth) => string): void {
  const s = PLAZA.boothSize;
  const booth = g
    .selectAll<SVGGElement, PlazaBooth>('g.booth')
    .data(booths, (d) => `${d.group}#${d.index}`)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'booth');
      e.append('title');
      e.append('path').attr('class', 'booth-outline');
      e.append('path').attr('class', 'booth-fill');
      e.append('circle').attr('class', 'officer');
      return e;
    });
  booth
    .attr('transform', (d) => `translate(${d.x - s / 2},${d.y - s / 2})`)
    .attr('data-state', (d) => d.state)
    .attr('data-band', (d) => d.group)
    .attr('data-vehicle', (d) => (d.vehicle ? d.vehicle.id : null));
  booth.select('title').text(title);
  booth
    .select('path.booth-outline')
    .attr('d', BOOTH_GLYPH.square(s))
    .attr('fill', (d) => (d.state === 'busy' ? '#56B4E9' : '#ffffff'))
    .attr('stroke', '#000')
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', (d) => (d.state === 'closed' ? '3 2' : null));
  booth
    .select('path.booth-fill')
    .attr('d', BOOTH_GLYPH.half(s))
    .attr('fill', '#E69F00')
    .attr('display', (d) => (d.state === 'closing' ? null : 'none'));
  // An officer dot marks a staffed booth waiting for the next vehicle.
  booth
    .select('circle.officer')
    .attr('cx', s / 2)
    .attr('cy', s / 2)
    .attr('r', 3)
    .attr('fill', '#000')
    .attr('display', (d) => (d.state === 'idle' ? null : 'none'));
}

export function renderRegion(svg: SVGSVGElement, layout: RegionLayout, o: RenderOptions): void {
  const nodeName = (i: number) => layout.nodes[i]?.name ?? '';
  const desc = [
    ...layout.nodes.map((n) => t('plaza:region.nodeSummary', { port: n.name, n: count(n.inLine) })),
    ...layout.links.map((l) => t('plaza:region.linkSummary', { a: nodeName(l.a), b: nodeName(l.b), minutes: count(l.minutes), toB: count(l.towardB), toA: count(l.towardA) })),
  ].join(' ');
  frame(svg, layout.width, layout.height, o.label, desc);
  const root = select(svg);
  const link = root
    .select<SVGGElement>('g.links')
    .selectAll<SVGGElement, RegionLink>('g.link')
    .data(layout.links, (d) => `${d.a}-${d.b}`)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'link');
      e.append('line').attr('class', 'road');
      e.append('text').attr('class', 'drive');
      e.append('text').attr('class', 'toward-b');
      e.append('text').attr('class', 'toward-a');
      e.append('text').attr('class', 'overflow');
      return e;
    });
  link.attr('data-a', (d) => d.a).attr('data-b', (d) => d.b).attr('data-toward-a', (d) => d.towardA).attr('data-toward-b', (d) => d.towardB);
  link
    .select('line.road')
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2)
    .attr('stroke', '#b0b0b0')
    .attr('stroke-width', 30)
    .attr('stroke-linecap', 'round');
  link
    .select('text.drive')
    .attr('x', (d) => d.labelX)
    .attr('y', (d) => d.labelY - 16)
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .attr('font-weight', 600)
    .text((d) => t('plaza:region.drive', { minutes: count(d.minutes) }));
  link
    .select('text.toward-b')
    .attr('x', (d) => (d.x1 + d.x2) / 2)
    .attr('y', (d) => (d.y1 + d.y2) / 2 + 34)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .text((d) => t('plaza:region.onRoad', { n: count(d.towardB), port: nodeName(d.b) }));
  link
    .select('text.toward-a')
    .attr('x', (d) => (d.x1 + d.x2) / 2)
    .attr('y', (d) => (d.y1 + d.y2) / 2 + 48)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .text((d) => t('plaza:region.onRoad', { n: count(d.towardA), port: nodeName(d.a) }));
  link
    .select('text.overflow')
    .attr('x', (d) => (d.x1 + d.x2) / 2)
    .attr('y', (d) => (d.y1 + d.y2) / 2 + 62)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .attr('data-overflow', (d) => d.overflow)
    .text((d) => (d.overflow > 0 ? t('plaza:region.more', { n: count(d.overflow) }) : ''));

  const node = root
    .select<SVGGElement>('g.nodes')
    .selectAll<SVGGElement, RegionNode>('g.node')
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'node');
      e.append('circle');
      e.append('text').attr('class', 'name');
      e.append('text').attr('class', 'line');
      e.append('text').attr('class', 'line-label');
      e.append('text').attr('class', 'inside');
      e.append('text').attr('class', 'holding');
      return e;
    });
  node.attr('data-port', (d) => d.id).attr('data-line', (d) => d.inLine).attr('transform', (d) => `translate(${d.x},${d.y})`);
  node.select('circle').attr('r', (d) => d.r).attr('fill', '#fff').attr('stroke', '#000').attr('stroke-width', 2);
  node.select('text.name').attr('y', (d) => -d.r - 8).attr('text-anchor', 'middle').attr('font-size', 13).attr('font-weight', 600).text((d) => d.name);
  node.select('text.line').attr('y', -6).attr('text-anchor', 'middle').attr('font-size', 15).attr('font-weight', 700).text((d) => count(d.inLine));
  node.select('text.line-label').attr('y', 7).attr('text-anchor', 'middle').attr('font-size', 10).text(t('plaza:region.lineLabel'));
  node.select('text.inside').attr('y', 21).attr('text-anchor', 'middle').attr('font-size', 10).text((d) => t('plaza:region.inside', { n: count(d.inside) }));
  node
    .select('text.holding')
    .attr('y', (d) => d.r + 16)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .text((d) => (d.holding > 0 ? t('plaza:region.holding', { n: count(d.holding) }) : ''));

  drawVehicles(root.select<SVGGElement>('g.vehicles'), layout.links.flatMap((l) => l.marks), o, () => 0);
}

function drawVehicles(g: G, marks: PlacedVehicle[], o: RenderOptions, angle: (d: PlacedVehicle) => number): void {
  const mark = g
    .selectAll<SVGGElement, PlacedVehicle>('g.vehicle')
    .data(marks, (d) => d.vehicle.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'vehicle').attr('role', 'button').attr('tabindex', -1);
      e.append('path').attr('class', 'glyph');
      e.append('title');
      return e;
    });
  // Handlers close over the latest options (a new selection callback after setScenarios).
  mark.on('click', (_ev, d) => o.onSelect(d.vehicle.id));
  mark.on('keydown', (ev: KeyboardEvent, d) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      o.onSelect(d.vehicle.id);
    }
  });
  mark
    .attr('transform', (d) => {
      const a = angle(d);
      return a ? `translate(${d.x},${d.y}) rotate(${a})` : `translate(${d.x},${d.y})`;
    })
    .attr('data-vehicle', (d) => d.vehicle.id)
    .attr('data-stage', (d) => d.vehicle.stage)
    .attr('aria-label', (d) => o.describe(d.vehicle))
    .attr('aria-pressed', (d) => (d.vehicle.id === o.selected ? 'true' : 'false'));
  mark
    .select('path.glyph')
    .attr('d', (d) => glyphFor(d.vehicle.mode))
    .attr('fill-rule', 'evenodd')
    .attr('fill', (d) => (d.vehicle.stage === 'at-primary' || d.vehicle.stage === 'at-secondary' ? '#ffffff' : (PROGRAM_COLOUR[d.vehicle.program] ?? '#000')))
    .attr('stroke', (d) => (d.vehicle.id === o.selected ? '#D55E00' : '#000'))
    .attr('stroke-width', (d) => (d.vehicle.id === o.selected ? 2.5 : 0.75));
  mark.select('title').text((d) => vehicleWho(d.vehicle));
  // Exactly one mark is in the tab order: the selected vehicle if drawn, else the first.
  const nodes = mark.nodes();
  const current = nodes.find((n) => n.getAttribute('aria-pressed') === 'true') ?? nodes.find((n) => n === n.ownerDocument.activeElement) ?? nodes[0];
  for (const n of nodes) n.setAttribute('tabindex', n === current ? '0' : '-1');
}

function roveFocus(svg: SVGSVGElement, e: KeyboardEvent): void {
  const keys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  const delta = keys[e.key];
  if (delta === undefined) return;
  const marks = [...svg.querySelectorAll<SVGGElement>('g.vehicles g.vehicle')];
  const at = marks.indexOf(e.target as SVGGElement);
  if (at < 0 || marks.length === 0) return;
  e.preventDefault();
  const to = delta === -Infinity ? 0 : delta === Infinity ? marks.length - 1 : Math.max(0, Math.min(marks.length - 1, at + delta));
  for (const m of marks) m.setAttribute('tabindex', '-1');
  marks[to].setAttribute('tabindex', '0');
  marks[to].focus();
}
