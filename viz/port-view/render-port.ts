// Draws a port layout as SVG with d3-selection: lane bands, booths (shape and text), vehicle marks, overflow counters.
//
// Marks are joined by vehicle id so a vehicle keeps its element (and keyboard focus) while
// it moves along; nothing is animated between frames (the clock already moves them).

import { select, type Selection } from 'd3-selection';
import type { VehicleView } from '../../sim/index.ts';
import { BOOTH_STATE_TEXT } from './booths.ts';
import { BOOTH_GLYPH, glyphFor, MODE_NAME, PROGRAM_COLOUR, PROGRAM_NAME } from './glyphs.ts';
import { GEOMETRY, type Band, type PlacedBooth, type PlacedVehicle, type PortLayout } from './layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PortRenderOptions {
  /** Title read by assistive technology, e.g. "Scenario A: M/M/3 station". */
  label: string;
  selected: number | null;
  onSelect: (vehicleId: number) => void;
  /** Describes a vehicle for its accessible name. */
  describe: (v: VehicleView) => string;
}

/** Creates the (empty) SVG for a port view. */
export function createPortSvg(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('class', 'bf-port-svg');
  svg.setAttribute('role', 'group');
  const title = doc.createElementNS(SVG_NS, 'title');
  const desc = doc.createElementNS(SVG_NS, 'desc');
  svg.append(title, desc);
  for (const cls of ['bands', 'booths', 'vehicles']) {
    const g = doc.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', cls);
    svg.append(g);
  }
  // Arrow keys move between vehicle marks (roving focus) only while one of them has focus.
  svg.querySelector('g.vehicles')!.addEventListener('keydown', (e) => roveFocus(svg, e as KeyboardEvent));
  return svg;
}

export function renderPort(svg: SVGSVGElement, layout: PortLayout, o: PortRenderOptions): void {
  const root = select(svg);
  svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  svg.setAttribute('width', String(layout.width));
  svg.setAttribute('height', String(layout.height));
  svg.setAttribute('aria-label', o.label);
  svg.querySelector('title')!.textContent = o.label;
  const bands = [...layout.lanes, ...(layout.secondary ? [layout.secondary] : [])];
  svg.querySelector('desc')!.textContent = bands.map(bandSummary).join(' ');

  drawBands(root.select<SVGGElement>('g.bands'), bands);
  drawBooths(root.select<SVGGElement>('g.booths'), bands.flatMap((b) => b.booths.map((m) => ({ ...m, band: b.key }))));
  const marks: PlacedVehicle[] = [];
  for (const b of bands) {
    marks.push(...b.line);
    for (const m of b.booths) if (m.vehicle) marks.push({ vehicle: m.vehicle, x: m.x + GEOMETRY.boothSize / 2, y: m.y });
  }
  drawVehicles(root.select<SVGGElement>('g.vehicles'), marks, o);
}

export function bandSummary(b: Band): string {
  const counts = { closed: 0, idle: 0, busy: 0, closing: 0 };
  for (const m of b.booths) counts[m.state]++;
  const parts = [`${counts.busy} busy`, `${counts.idle} open and idle`, `${counts.closing} closing`, `${counts.closed} closed`];
  return `${b.title}: ${b.staffing}; booths ${parts.join(', ')}; ${b.lineLength} in line.`;
}

function drawBands(g: Selection<SVGGElement, unknown, null, undefined>, bands: Band[]): void {
  const G = GEOMETRY;
  const band = g
    .selectAll<SVGGElement, Band>('g.band')
    .data(bands, (d) => d.key)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'band');
      e.append('rect').attr('class', 'lane-bg');
      e.append('text').attr('class', 'band-title');
      e.append('text').attr('class', 'band-subtitle');
      e.append('text').attr('class', 'band-staffing');
      e.append('text').attr('class', 'band-line');
      e.append('text').attr('class', 'overflow');
      return e;
    });
  band.attr('data-key', (d) => d.key).attr('transform', (d) => `translate(0,${d.y})`);
  band
    .select('rect.lane-bg')
    .attr('x', G.queueX - 4)
    .attr('y', 0)
    .attr('width', G.boothX - G.queueX + 4 - 4)
    .attr('height', (d) => d.height)
    .attr('fill', '#f2f2f2')
    .attr('stroke', '#767676')
    .attr('stroke-dasharray', '4 3');
  band.select('text.band-title').attr('x', 0).attr('y', 13).attr('font-size', 13).attr('font-weight', 600).text((d) => clip(d.title, 24));
  band.select('text.band-subtitle').attr('x', 0).attr('y', 30).attr('font-size', 12).text((d) => clip(d.subtitle, 28));
  band.select('text.band-staffing').attr('x', 0).attr('y', 46).attr('font-size', 12).text((d) => d.staffing);
  band.select('text.band-line').attr('x', 0).attr('y', 62).attr('font-size', 12).text((d) => `${d.lineLength.toLocaleString('en-US')} in line`);
  band
    .select('text.overflow')
    .attr('x', 0)
    .attr('y', 78)
    .attr('font-size', 12)
    .attr('font-weight', 600)
    .attr('data-overflow', (d) => d.overflow)
    .text((d) => (d.overflow > 0 ? `+${d.overflow.toLocaleString('en-US')} more in line` : ''));
}

/** Shortens a label that would run into the line (the full text is in the SVG description). */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type BoothDatum = PlacedBooth & { band: string };

function drawBooths(g: Selection<SVGGElement, unknown, null, undefined>, booths: BoothDatum[]): void {
  const s = GEOMETRY.boothSize;
  const booth = g
    .selectAll<SVGGElement, BoothDatum>('g.booth')
    .data(booths, (d) => `${d.band}#${d.index}`)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'booth');
      e.append('path').attr('class', 'booth-outline');
      e.append('path').attr('class', 'booth-fill');
      e.append('circle').attr('class', 'officer');
      e.append('text').attr('class', 'booth-state');
      return e;
    });
  booth
    .attr('transform', (d) => `translate(${d.x},${d.y - s / 2})`)
    .attr('data-state', (d) => d.state)
    .attr('data-band', (d) => d.band)
    .attr('data-vehicle', (d) => (d.vehicle ? d.vehicle.id : null));
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
    .attr('r', 3.5)
    .attr('fill', '#000')
    .attr('display', (d) => (d.state === 'idle' ? null : 'none'));
  booth
    .select('text.booth-state')
    .attr('x', s + 6)
    .attr('y', s / 2 + 4)
    .attr('font-size', 12)
    .text((d) => `${d.index + 1} ${BOOTH_STATE_TEXT[d.state]}`);
}

function drawVehicles(g: Selection<SVGGElement, unknown, null, undefined>, marks: PlacedVehicle[], o: PortRenderOptions): void {
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
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
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
  mark.select('title').text((d) => `${MODE_NAME[d.vehicle.mode] ?? d.vehicle.mode} #${d.vehicle.id}, ${PROGRAM_NAME[d.vehicle.program] ?? d.vehicle.program}`);
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
