// Student-t distribution function and quantile, accurate to ~1e-11 relative, for replication confidence intervals.
import * as fm from '../math/index.ts';
import { betaContinuedFraction, logBeta, logGammaRatio } from './special-functions.ts';

const LN_HALF = fm.log(0.5);

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`Student t: df must be finite and > 0, got ${df}`);
}

/**
 * ln P(T > t) for t ≥ 0, via P(T > t) = ½·I_x(ν/2, ½) with x = ν/(ν+t²). Kept in log space so
 * far tails neither underflow nor lose digits to 1 − (something near 1).
 */
function logUpperTail(t: number, df: number): number {
  if (t === 0) return LN_HALF;
  if (t === Infinity) return -Infinity;
  // ln x and ln y via r = t²/ν with log1p: ln x ≈ −t²/ν is tiny for large ν and would otherwise
  // be a difference of two nearly equal logs; the other branch covers r overflowing (tiny ν, huge t).
  const r = (t / df) * t;
  let logX: number;
  let logY: number;
  if (r < Infinity) {
    logX = -fm.log1p(r);
    logY = fm.log(r) + logX;
  } else {
    logY = -fm.log1p(df / t / t);
    logX = fm.log(df) - 2 * fm.log(t) + logY;
  }
  const x = fm.exp(logX);
  const y = fm.exp(logY);
  const a = df / 2;
  const b = 0.5;
  const logFront = a * logX + b * logY - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return LN_HALF + logFront + fm.log(betaContinuedFraction(a, b, x) / a);
  return LN_HALF + fm.log1p((-fm.exp(logFront) * betaContinuedFraction(b, a, y)) / b);
}

function logDensity(t: number, df: number): number {
  const r = (t / df) * t;
  const logKernel = r < Infinity ? fm.log1p(r) : 2 * fm.log(t) - fm.log(df) + fm.log1p(df / t / t);
  return logGammaRatio(df / 2, 0.5) - 0.5 * fm.log(df * Math.PI) - ((df + 1) / 2) * logKernel;
}

/** P(T ≤ t) for Student's t with df > 0 degrees of freedom (df need not be an integer). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) throw new RangeError('studentTCdf: t is NaN');
  return t >= 0 ? 1 - fm.exp(logUpperTail(t, df)) : fm.exp(logUpperTail(-t, df));
}

/**
 * Upper standard normal quantile z with P(Z > z) = q, q in (0, ½], by Acklam's rational
 * approximation (≈1e-9 relative). Only a starting point for Newton, so no refinement.
 */
function normalUpperQuantile(q: number): number {
  const LOW = 0.02425;
  if (q < LOW) {
    const r = Math.sqrt(-2 * fm.log(q));
    return -(
      (((((-7.784894002430293e-3 * r - 3.223964580411365e-1) * r - 2.400758277161838) * r - 2.549732539343734) * r +
        4.374664141464968) *
        r +
        2.938163982698783) /
      ((((7.784695709041462e-3 * r + 3.224671290700398e-1) * r + 2.445134137142996) * r + 3.754408661907416) * r + 1)
    );
  }
  const u = q - 0.5;
  const r = u * u;
  return -(
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
      u) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
      1.328068155288572e1) *
      r +
      1)
  );
}

/** Starting point: Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5), or the power-law tail when larger. */
function initialGuess(q: number, df: number): number {
  const z = normalUpperQuantile(q);
  const z2 = z * z;
  const g1 = (z2 + 1) * z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
  const cornishFisher = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
  // P(T > t) ≈ ν^(ν/2−1) t^(−ν) / B(ν/2, ½) for large t: far better for tiny df and q.
  const powerTail = Math.sqrt(df) * fm.exp(-(fm.log(df * q) + logBeta(df / 2, 0.5)) / df);
  const guess = df < 3 ? Math.max(cornishFisher, powerTail) : cornishFisher;
  return guess > 0 && Number.isFinite(guess) ? guess : 1;
}

/** t ≥ 0 with P(T > t) = q, q in (0, ½): safeguarded Newton on ln P(T > t) (well-scaled in heavy tails). */
function upperTailInverse(q: number, df: number): number {
  const logQ = fm.log(q);
  let lo = 0;
  let hi = Infinity;
  let t = initialGuess(q, df);
  for (let iteration = 0; iteration < 200; iteration++) {
    const logTail = logUpperTail(t, df);
    const g = logTail - logQ;
    if (g === 0) return t;
    if (g > 0) lo = t;
    else hi = t;
    // d/dt ln P(T > t) = −f(t)/P(T > t)
    let next = t + g * fm.exp(logTail - logDensity(t, df));
    if (!(next > lo && next < hi)) {
      if (hi === Infinity) next = 2 * Math.max(lo, 1);
      else next = lo > 0 && hi > 4 * lo ? Math.sqrt(lo * hi) : (lo + hi) / 2;
    }
    if (Math.abs(next - t) <= 1e-14 * next || (hi < Infinity && hi - lo <= 1e-15 * hi)) return next;
    t = next;
  }
  return t;
}

/**
 * Quantile of Student's t: the t with P(T ≤ t) = p, for df > 0 (real). Accurate to ~1e-11
 * relative (far inside the 1e-6 needed for confidence intervals). p = 0 / 1 give ∓Infinity.
 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`studentTQuantile: p must be in [0,1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  // 1 − p is exact for p ≥ ½ (Sterbenz), so working with the smaller tail loses nothing.
  return p > 0.5 ? upperTailInverse(1 - p, df) : -upperTailInverse(p, df);
}
