// A jsdom document for rendering charts headlessly, plus small queries the chart tests share.
import { JSDOM } from 'jsdom';

export function newDocument(): Document {
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}

/** Checks every chart promises: role, <title> and <desc> with the text, an aria-label. */
export function frameOf(svg: SVGSVGElement): { role: string | null; title: string; desc: string; label: string | null } {
  return {
    role: svg.getAttribute('role'),
    title: svg.querySelector(':scope > title')?.textContent ?? '',
    desc: svg.querySelector(':scope > desc')?.textContent ?? '',
    label: svg.getAttribute('aria-label'),
  };
}

/** Every font-size in the SVG, so tests can hold charts to ≥ 12 px text. */
export function fontSizes(svg: SVGSVGElement): number[] {
  return [...svg.querySelectorAll('[font-size]')].map((e) => Number(e.getAttribute('font-size')));
}

/** The exported SVG text with one element per line, so a snapshot diff points at the mark that changed. */
export function snapshotText(svgText: string): string {
  return svgText.replace(/></g, '>\n<');
}
