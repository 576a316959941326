// The SVG shell every chart shares: size, role, title, desc, aria-label, fonts and the focus ring style.
import { select, type Selection } from 'd3-selection';
import { INK } from './palette.ts';
import type { ChartOptions, ChartText } from './types.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type G = Selection<SVGGElement, unknown, null, undefined>;

export interface Frame {
  svg: SVGSVGElement;
  /** Group translated by the margins: draw the plot here. */
  plot: G;
  /** Group at the SVG origin, for legends and notes. */
  top: G;
  width: number;
  height: number;
  innerWidth: number;
  innerHeight: number;
  margin: Margin;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

// Inside the SVG so an exported file and every host page get the same focus ring (2 px, visible on any mark).
const STYLE = `
.bf-chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.bf-focusable { cursor: pointer; outline: none; }
.bf-focusable .bf-focus-ring { fill: none; stroke: none; }
.bf-focusable:focus .bf-focus-ring, .bf-focusable:focus-visible .bf-focus-ring { stroke: #000; stroke-width: 2px; }
.bf-focusable:hover .bf-focus-ring { stroke: #595959; stroke-width: 2px; }
`;

export function documentOf(opts: ChartOptions | undefined): Document {
  const doc = opts?.document ?? (globalThis as { document?: Document }).document;
  if (!doc) throw new Error('chart: no document; pass options.document (e.g. a jsdom document) outside a browser');
  return doc;
}

export interface FrameSpec {
  /** Chart name, e.g. "wait-by-hour" (class and data attribute). */
  name: string;
  text: ChartText;
  width: number;
  height: number;
  margin: Margin;
  /** Interactive charts use role="group" so their focusable marks stay visible to screen readers (role="img" hides children). */
  interactive?: boolean;
}

export function chartFrame(spec: FrameSpec, opts: ChartOptions | undefined): Frame {
  const doc = documentOf(opts);
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const { width, height, margin } = spec;
  const s = select(svg)
    .attr('xmlns', SVG_NS)
    .attr('class', `bf-chart bf-chart--${spec.name}`)
    .attr('data-chart', spec.name)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', spec.interactive ? 'group' : 'img')
    .attr('aria-label', spec.text.title)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12)
    .attr('fill', INK);
  if (spec.interactive) s.attr('aria-roledescription', 'interactive chart');
  s.append('title').text(spec.text.title);
  s.append('desc').text(spec.text.summary);
  s.append('style').text(STYLE);
  s.append('rect').attr('class', 'bf-background').attr('width', width).attr('height', height).attr('fill', '#ffffff');
  const top = s.append('g').attr('class', 'bf-top');
  const plot = s.append('g').attr('class', 'bf-plot').attr('transform', `translate(${margin.left},${margin.top})`);
  return {
    svg,
    plot,
    top,
    width,
    height,
    innerWidth: Math.max(10, width - margin.left - margin.right),
    innerHeight: Math.max(10, height - margin.top - margin.bottom),
    margin,
  };
}

/**
 * Makes a mark keyboard-reachable: tabindex 0, a role (button when it does something) and a
 * name; Enter/Space and click call `activate`, and a focus ring drawn by `ring` (CSS outlines do not follow SVG shapes everywhere).
 */
export function focusable(g: G, label: string, activate: (() => void) | undefined, role = activate ? 'button' : 'img'): void {
  g.attr('class', `${g.attr('class') ?? ''} bf-focusable`.trim()).attr('tabindex', 0).attr('role', role).attr('aria-label', label);
  if (!activate) return;
  g.on('click', () => activate());
  g.on('keydown', (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  });
}
