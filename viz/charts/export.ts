// Chart export for the app's buttons: SVG text anywhere, PNG through a canvas in the browser.
import { SVG_NS } from './frame.ts';
import { wrapWords } from './legend.ts';

/**
 * The chart with its title above and a provenance line below, for a file that travels without the
 * page (scenario names, seed, replications, engine version; no date, so the same run exports the same bytes).
 */
export function withTitleAndProvenance(svg: SVGSVGElement, title: string, provenance: string): SVGSVGElement {
  const doc = svg.ownerDocument;
  const width = Number(svg.getAttribute('width')) || svg.viewBox?.baseVal?.width || 800;
  const height = Number(svg.getAttribute('height')) || svg.viewBox?.baseVal?.height || 600;
  const titleLines = wrapWords(title, (width - 24) / 1.25);
  const provLines = wrapWords(provenance, (width - 24) / 0.9);
  const top = 12 + titleLines.length * 20;
  const bottom = 8 + provLines.length * 14;
  const out = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const total = top + height + bottom;
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(total));
  out.setAttribute('viewBox', `0 0 ${width} ${total}`);
  out.setAttribute('role', 'img');
  out.setAttribute('aria-label', title);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(total));
  bg.setAttribute('fill', '#ffffff');
  out.appendChild(bg);
  const text = (lines: string[], y0: number, step: number, size: number, weight: string, cls: string) => {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('class', cls);
    t.setAttribute('font-family', 'system-ui, sans-serif');
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', '#1a1a1a');
    lines.forEach((l, i) => {
      const span = doc.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', '12');
      span.setAttribute('y', String(y0 + i * step));
      span.textContent = l;
      t.appendChild(span);
    });
    out.appendChild(t);
  };
  text(titleLines, 24, 20, 15, '600', 'bf-export-title');
  const inner = svg.cloneNode(true) as SVGSVGElement;
  inner.setAttribute('x', '0');
  inner.setAttribute('y', String(top));
  out.appendChild(inner);
  text(provLines, top + height + 16, 14, 10.5, '400', 'bf-export-provenance');
  return out;
}

/** Standalone SVG file text (XML declaration, namespace, inline styles already in the chart). */
export function svgToString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  if (!clone.getAttribute('xmlns')) clone.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  const view = svg.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Serializer = view?.XMLSerializer ?? globalThis.XMLSerializer;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(clone)}`;
}

/**
 * PNG of the chart at `scale` × its size, on white (browser only: needs Image, canvas and
 * object URLs). Resolves to a Blob for a download link.
 */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  if (!view || typeof view.Image !== 'function' || typeof view.URL?.createObjectURL !== 'function') {
    throw new Error('svgToPngBlob needs a browser (Image, canvas, URL.createObjectURL)');
  }
  const box = svg.viewBox?.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || 800;
  const height = Number(svg.getAttribute('height')) || box?.height || 600;
  const url = view.URL.createObjectURL(new view.Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new view.Image();
    img.src = url;
    await img.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('svgToPngBlob: no 2D canvas context');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('svgToPngBlob: the canvas produced no image'))), 'image/png'),
    );
  } finally {
    view.URL.revokeObjectURL(url);
  }
}
