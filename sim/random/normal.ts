// Standard normal CDF and quantile, accurate to near double precision, for inverse-transform sampling.
import * as fm from '../math/index.ts';

const SQRT_2PI = 2.5066282746310002;

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return fm.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * Standard normal CDF Φ(x) by Cody's ANORM (ACM TOMS algorithm 715, rational
 * Chebyshev approximations, ~1e-16 relative error). For negative x it computes
 * the lower tail directly instead of 1 − Φ(|x|), so tail probabilities keep full
 * relative accuracy; the quantile's refinement step and the truncated normal
 * depend on that. exp(−x²/2) is split in two factors because x² itself carries a
 * rounding error that exp would otherwise amplify in the far tail.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= 0.66291) {
    const xsq = x * x;
    let num = CA[4] * xsq;
    let den = xsq;
    for (let i = 0; i < 3; i++) {
      num = (num + CA[i]) * xsq;
      den = (den + CB[i]) * xsq;
    }
    return 0.5 + (x * (num + CA[3])) / (den + CB[3]);
  }
  let tail: number;
  if (y <= 5.656854248) {
    let num = CC[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + CC[i]) * y;
      den = (den + CD[i]) * y;
    }
    tail = (num + CC[7]) / (den + CD[7]);
  } else if (y < 38.6) {
    const isq = 1 / (y * y);
    let num = CP[5] * isq;
    let den = isq;
    for (let i = 0; i < 4; i++) {
      num = (num + CP[i]) * isq;
      den = (den + CQ[i]) * isq;
    }
    tail = (INV_SQRT_2PI - (isq * (num + CP[4])) / (den + CQ[4])) / y;
  } else {
    return x > 0 ? 1 : 0;
  }
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  tail *= fm.exp(-0.5 * ysq * ysq) * fm.exp(-0.5 * del);
  return x > 0 ? 1 - tail : tail;
}

const INV_SQRT_2PI = 0.39894228040143267794;
const CA = [2.2352520354606839287, 1.6102823106855587881e2, 1.0676894854603709582e3, 1.8154981253343561249e4, 6.5682337918207449113e-2];
const CB = [4.7202581904688241870e1, 9.7609855173777669322e2, 1.0260932208618978205e4, 4.5507789335026729956e4];
const CC = [
  3.9894151208813466764e-1, 8.8831497943883759412, 9.3506656132177855979e1, 5.9727027639480026226e2, 2.4945375852903726711e3,
  6.8481904505362823326e3, 1.1602651437647350124e4, 9.8427148383839780218e3, 1.0765576773720192317e-8,
];
const CD = [
  2.2266688044328115691e1, 2.3538790178262499861e2, 1.5193775994075548050e3, 6.4855582982667607550e3, 1.8615571640885098091e4,
  3.4900952721145977266e4, 3.8912003286093271411e4, 1.9685429676859990727e4,
];
const CP = [2.1589853405795699e-1, 1.274011611602473639e-1, 2.2235277870649807e-2, 1.421619193227893466e-3, 2.9112874951168792e-5, 2.307344176494017303e-2];
const CQ = [1.28426009614491121, 4.68238212480865118e-1, 6.59881378689285515e-2, 3.78239633202758244e-3, 7.29751555083966205e-5];

// Wichura's AS 241 (PPND16; Applied Statistics 37(3), 477–484, 1988): rational approximations
// with about 1e-16 relative error, coefficients lowest degree first.
const AS_A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const AS_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const AS_C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.241780725177450611770, 0.0227238449892691845833, 7.7454501427834140764e-4];
const AS_D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const AS_E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const AS_F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** c[0] + c[1]·x + … + c[7]·x⁷ by Horner's rule. */
function poly7(c: readonly number[], x: number): number {
  return ((((((c[7] * x + c[6]) * x + c[5]) * x + c[4]) * x + c[3]) * x + c[2]) * x + c[1]) * x + c[0];
}

/**
 * Standard normal quantile Φ⁻¹(p) by Wichura's AS 241 (about 1e-16 relative error). The
 * central 85 % needs no logarithm or exponential, which matters because every lognormal
 * inspection time goes through here.
 *
 * It is evaluated on the lower half only (q = min(p, 1 − p), exact for p ≥ 0.5) and
 * mirrored, so the result is exactly antisymmetric and the upper tail is as accurate as
 * 1 − p allows. Returns ∓Infinity at p = 0 and p = 1, NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  const q = p < 0.5 ? p : 1 - p;
  const d = q - 0.5; // ≤ 0
  let x: number;
  if (d >= -0.425) {
    const r = 0.180625 - d * d;
    x = (d * poly7(AS_A, r)) / poly7(AS_B, r);
  } else {
    let r = Math.sqrt(-fm.log(q));
    if (r <= 5) {
      r -= 1.6;
      x = -poly7(AS_C, r) / poly7(AS_D, r);
    } else {
      r -= 5;
      x = -poly7(AS_E, r) / poly7(AS_F, r);
    }
  }
  return p < 0.5 ? x : 0 - x; // 0 - x: the median is +0, not -0
}
