// Vehicle glyphs (shape by mode) and colours (Okabe–Ito, by program), centred on (0, 0) and about 10 px across.
//
// Glyphs with a cut-out (the bus's windows) are drawn with fill-rule evenodd.

export const MODE_GLYPH: Record<string, string> = {
  // A rounded car body.
  car: 'M-3.5,-3 h7 a1.5,1.5 0 0 1 1.5,1.5 v3 a1.5,1.5 0 0 1 -1.5,1.5 h-7 a1.5,1.5 0 0 1 -1.5,-1.5 v-3 a1.5,1.5 0 0 1 1.5,-1.5 Z',
  // A person: head and body.
  pedestrian: 'M-1.8,-4.5 a1.8,1.8 0 1 0 3.6,0 a1.8,1.8 0 1 0 -3.6,0 Z M-2,-2.2 h4 v7 h-4 Z',
  // A long box with a separate cab in front (traffic moves right).
  truck: 'M-5.5,-3.5 h7.5 v7 h-7.5 Z M3,-2 h2.5 v5.5 h-2.5 Z',
  // A long body with a window band cut out.
  bus: 'M-5.5,-3.5 h11 v7 h-11 Z M-4,-2 v1.5 h8 v-1.5 Z',
};

export const MODE_NAME: Record<string, string> = { car: 'car', pedestrian: 'pedestrian', truck: 'truck', bus: 'bus' };

/** Okabe–Ito colours by program; travelers in no program are black. */
export const PROGRAM_COLOUR: Record<string, string> = {
  none: '#000000',
  ready: '#0072B2',
  sentri: '#009E73',
  nexus: '#CC79A7',
  fast: '#D55E00',
};

export const PROGRAM_NAME: Record<string, string> = {
  none: 'no program',
  ready: 'Ready Lane document',
  sentri: 'SENTRI member',
  nexus: 'NEXUS member',
  fast: 'FAST carrier',
};

export function glyphFor(mode: string): string {
  return MODE_GLYPH[mode] ?? MODE_GLYPH.car;
}

/** Booth outlines by state; the state is also written beside it, so colour is never the only cue. */
export const BOOTH_GLYPH = {
  /** Hollow square. */
  square: (s: number) => `M0,0 h${s} v${s} h${-s} Z`,
  /** Lower-right half, for an officer finishing after closing time. */
  half: (s: number) => `M${s},0 v${s} h${-s} Z`,
} as const;
