// Series styles: Okabe–Ito colour plus a dash and a symbol per series, so no series relies on colour alone.
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

/** Okabe & Ito (2008), ordered so the strongest-contrast colours come first; black is kept for references. */
export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

const COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

const DASHES = ['', '7 3', '2 3', '9 3 2 3', '4 4', '12 3 2 3 2 3', '1 3'];

export type SymbolName = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';
const SYMBOLS: SymbolName[] = ['square', 'triangle', 'diamond', 'cross', 'star', 'wye', 'circle'];
const SYMBOL_TYPES: Record<SymbolName, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
};

/** Baseline grey: 4.5:1 on white, so the ghost stays visible behind the colours. */
export const BASELINE_GREY = '#767676';
export const BASELINE_BAND = '#d9d9d9';
export const REFERENCE_BLACK = OKABE_ITO.black;
export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const MISSING_FILL = '#f2f2f2';

export interface SeriesStyle {
  color: string;
  /** stroke-dasharray ('' = solid). */
  dash: string;
  symbol: SymbolName;
  /** Line width in px. */
  width: number;
}

/** Style of a series from its position among the non-baseline series (−1 = the baseline). */
export function seriesStyle(s: { styleIndex: number; isBaseline?: boolean }): SeriesStyle {
  if (s.isBaseline || s.styleIndex < 0) return { color: BASELINE_GREY, dash: '', symbol: 'circle', width: 4 };
  const i = s.styleIndex;
  return { color: COLORS[i % COLORS.length], dash: DASHES[i % DASHES.length], symbol: SYMBOLS[i % SYMBOLS.length], width: 2 };
}

/** Path data for a symbol centred at 0,0; `size` is its area in px². */
export function symbolPath(name: SymbolName, size = 64): string {
  return symbol(SYMBOL_TYPES[name], size)() ?? '';
}
