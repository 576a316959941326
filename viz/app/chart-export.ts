// SVG and PNG export of a chart: the charts' own exporters when present, a plain serializer otherwise.

import { chartExportModule, fn } from './contracts.ts';

type ToString = (svg: SVGSVGElement) => string;
type ToPng = (svg: SVGSVGElement, scale?: number) => Promise<Blob>;

export function svgText(svg: SVGSVGElement): string {
  const own = fn<ToString>(chartExportModule, 'svgToString');
  if (own) return own(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const own = fn<ToPng>(chartExportModule, 'svgToPngBlob');
  if (own) return own(svg, scale);
  const w = Number(svg.getAttribute('width')) || svg.clientWidth || 800;
  const hgt = Number(svg.getAttribute('height')) || svg.clientHeight || 400;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(hgt * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
