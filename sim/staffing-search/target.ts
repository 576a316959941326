// The service target a staffing search must meet in every clock hour, and the small strict grammar planners write it in.

/**
 * A staffing target on one lane-hour figure of the result document, with the limit it must not exceed:
 * `mean` and `p50`/`p90`/`p95` read `wait.*` (minutes); `waitOver` reads `waitOver[thresholdMinutes]`
 * (a share). `text` is the target as written, normalised ("p95 wait <= 30 min").
 */
export interface StaffingTarget {
  figure: 'mean' | 'p50' | 'p90' | 'p95' | 'waitOver';
  /** The limit: minutes for waits, a share in [0, 1] for `waitOver`. */
  limit: number;
  /** For `waitOver`: T of P(wait > T min), minutes (the key of `waitOver`). */
  thresholdMinutes?: number;
  text: string;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const LE = String.raw`\s*(?:<=|≤)\s*`;
const MINUTES = String.raw`\s*(?:min|mins|minutes?)`;
const WAIT_FIGURE = new RegExp(String.raw`^(mean|p50|p90|p95)\s+wait${LE}${NUMBER}${MINUTES}$`, 'i');
const WAIT_OVER = new RegExp(String.raw`^p\s*\(\s*wait\s*>\s*${NUMBER}${MINUTES}\s*\)${LE}${NUMBER}\s*(%?)$`, 'i');

const GRAMMAR =
  'expected one of "mean wait <= X min", "p50|p90|p95 wait <= X min" or "P(wait > T min) <= p" (p a share from 0 to 1, or a percentage such as 5%)';

/**
 * Parses a staffing target: `mean wait <= X min`, `p50|p90|p95 wait <= X min`, or
 * `P(wait > T min) <= p` with p a share (0.05) or a percentage (5%). Case and spaces are free;
 * `≤` may stand for `<=`, `minutes` for `min`. Throws a `RangeError` saying what was expected.
 */
export function parseTarget(text: string): StaffingTarget {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '') throw new RangeError(`empty target: ${GRAMMAR}`);
  let m = WAIT_FIGURE.exec(s);
  if (m) {
    const figure = m[1].toLowerCase() as StaffingTarget['figure'];
    const limit = Number(m[2]);
    if (!(limit > 0)) throw new RangeError(`target "${text}": the wait limit must be more than 0 minutes`);
    return { figure, limit, text: `${figure} wait <= ${limit} min` };
  }
  m = WAIT_OVER.exec(s);
  if (m) {
    const threshold = Number(m[1]);
    const share = m[3] === '%' ? Number(m[2]) / 100 : Number(m[2]);
    if (threshold > 24 * 60) throw new RangeError(`target "${text}": the wait threshold must be at most ${24 * 60} minutes (a day)`);
    if (!(share > 0 && share < 1)) throw new RangeError(`target "${text}": the share must be more than 0 and less than 1 (or 0% to 100%)`);
    return { figure: 'waitOver', limit: share, thresholdMinutes: threshold, text: `P(wait > ${threshold} min) <= ${share}` };
  }
  if (/[<>]=?\s*$/.test(s) || !/(<=|≤)/.test(s)) throw new RangeError(`target "${text}": ${GRAMMAR}; the target needs a limit after "<="`);
  throw new RangeError(`target "${text}": ${GRAMMAR}`);
}

/** The figure's name as a table heads its column ("p95 wait", "P(wait > 30 min)"). */
export function targetFigureName(t: StaffingTarget): string {
  return t.figure === 'waitOver' ? `P(wait > ${t.thresholdMinutes} min)` : `${t.figure} wait`;
}
