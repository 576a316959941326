// Chart export for the app's buttons: SVG text anywhere, PNG through a canvas in the browser.
import { SVG_NS } from './frame.ts';

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
