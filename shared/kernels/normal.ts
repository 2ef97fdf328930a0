/* eslint-disable no-loss-of-precision -- coefficients are kept digit for digit as published, for checking against the papers */
/**
 * The standard normal distribution at full double precision in both tails.
 *
 * Φ uses the rational Chebyshev approximations of W. J. Cody, "Rational Chebyshev approximations
 * for the error function", Math. Comp. 23 (1969) 631–637 (the coefficients of his SPECFUN CALERF,
 * ACM TOMS Algorithm 715), evaluated as the scaled function erfcx(y) = e^{y²}·erfc(y) and multiplied
 * by e^{−x²/2}, which is computed from an exactly representable split of x so that the error of
 * x/√2 never reaches the exponential (the naive erfc(−x/√2)/2 loses ~2y² ulps, 1e-13 at x = −37).
 * Upper tails are 1 − Φ(−x) only where that is well conditioned; callers that need a small upper
 * tail ask for Φ(−x).
 *
 * Φ⁻¹ is M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
 * Applied Statistics 37 (1988) 477–484 (PPND16, about 1e-16 relative), followed in the tails by one
 * Halley step against the accurate Φ above.
 */

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_PI = 0.5641895835477562869480794515607725858; // 1/√π
const INV_SQRT_2PI = 0.3989422804014326779399460599343818684; // 1/√(2π)
const SQRT_2PI = 2.506628274631000502415765284811045253;
const SQRT_PI = 1.772453850905516027298167483341145183; // √π

// Cody (1969) erf on |y| ≤ 0.5: erf(y) = y·A(y²)/B(y²)
const A0 = 3.1611237438705656;
const A1 = 113.86415415105016;
const A2 = 377.48523768530202;
const A3 = 3209.3775891384695;
const A4 = 0.18577770618460315;
const B0 = 23.601290952344121;
const B1 = 244.02463793444417;
const B2 = 1282.6165260773723;
const B3 = 2844.2368334391706;
// erfcx on 0.46875 ≤ y ≤ 4: C(y)/D(y)
const C0 = 0.56418849698867009;
const C1 = 8.8831497943883759;
const C2 = 66.11919063714163;
const C3 = 298.63513819740013;
const C4 = 881.95222124176909;
const C5 = 1712.0476126340706;
const C6 = 2051.0783778260715;
const C7 = 1230.3393547979972;
const C8 = 2.1531153547440385e-8;
const D0 = 15.744926110709835;
const D1 = 117.6939508913125;
const D2 = 537.18110186200986;
const D3 = 1621.3895745666902;
const D4 = 3290.7992357334596;
const D5 = 4362.6190901432472;
const D6 = 3439.3676741437216;
const D7 = 1230.3393548037494;
// erfcx on y > 4: (1/√π − z·P(z)/Q(z))/y with z = 1/y²
const P0 = 0.30532663496123234;
const P1 = 0.36034489994980444;
const P2 = 0.12578172611122925;
const P3 = 0.016083785148742277;
const P4 = 6.587491615298378e-4;
const P5 = 0.016315387137302098;
const Q0 = 2.5685201922898224;
const Q1 = 1.8729528499234605;
const Q2 = 0.52790510295142841;
const Q3 = 0.060518341312441319;
const Q4 = 0.0023352049762686918;

const SMALL = 0.46875;

/** erf(y) for |y| ≤ 0.46875. */
function erfSmall(y: number): number {
  const z = y * y;
  const num = (((A4 * z + A0) * z + A1) * z + A2) * z + A3;
  const den = (((z + B0) * z + B1) * z + B2) * z + B3;
  return (y * num) / den;
}

/** Scaled complementary error function e^{y²}·erfc(y) for y ≥ 0.46875. */
export function erfcxLarge(y: number): number {
  if (y <= 4) {
    const num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
    const den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7;
    return num / den;
  }
  return (INV_SQRT_PI - cody4(1 / (y * y))) / y;
}

/** Cody's correction z·P(z)/Q(z) on y > 4, z = 1/y²: y·erfcx(y) = 1/√π − cody4(z). */
function cody4(z: number): number {
  const num = ((((P5 * z + P0) * z + P1) * z + P2) * z + P3) * z + P4;
  const den = ((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4;
  return (z * num) / den;
}

/** Where millsRest may be used: x/√2 > 4. */
export const MILLS_REST_FROM = 4 * Math.SQRT2;

/**
 * 1 − x·Φ(−x)/φ(x) for x ≥ 4√2, i.e. √π·cody4(2/x²), without the cancellation of forming it from
 * the Mills ratio (≈ 1/x²; within 5 ulps of 50-digit mpmath on [4√2, 40]). Deep in the tail this
 * lets Φ(−a)/φ(a) − Φ(−b)/φ(b) = (b − a)/(ab) − (millsRest(a)/a − millsRest(b)/b) be formed
 * without the two Mills ratios cancelling.
 */
export function millsRest(x: number): number {
  return SQRT_PI * cody4(2 / (x * x));
}

/** e^{y²}·erfc(y) for any y ≥ 0 (small y by definition, which is accurate there). */
export function erfcx(y: number): number {
  if (y >= SMALL) return erfcxLarge(y);
  return (1 - erfSmall(y)) * Math.exp(y * y);
}

/** e^{−x²/2} without the rounding of x² reaching the exponent: x = h + l with h = ⌊16x⌋/16 exact. */
export function expHalfSquare(x: number): number {
  const a = Math.abs(x);
  if (a > 38.61) return 0; // below 2^−1075, so it rounds to 0; skips exp's slow underflow path
  const h = Math.trunc(a * 16) / 16;
  const d = (a - h) * (a + h);
  return Math.exp(-0.5 * h * h) * Math.exp(-0.5 * d);
}

/** |x| below which Φ = ½ + ½·erf(x/√2) is used; from it on, erfcxLarge(|x|/√2) covers the tail. */
export const X_SMALL = SMALL / SQRT1_2;

/**
 * Φ(x) given E = e^{−x²/2} computed by the caller (who needs the density too): one exponential
 * shared by both. Small and free of further calls, so hot loops can inline it whole.
 */
export function normCdfGivenExp(x: number, E: number): number {
  if (x > -X_SMALL && x < X_SMALL) return 0.5 + 0.5 * erfSmall(x * SQRT1_2);
  const tail = 0.5 * erfcxLarge(Math.abs(x) * SQRT1_2) * E;
  return x < 0 ? tail : 1 - tail;
}

/** The error function, accurate in relative terms near 0 (where 2Φ − 1 would cancel). */
export function erf(y: number): number {
  const a = Math.abs(y);
  if (a <= SMALL) return erfSmall(y);
  const v = 1 - erfcxLarge(a) * Math.exp(-a * a);
  return y < 0 ? -v : v;
}

/** Standard normal density φ(x). */
export function normPdf(x: number): number {
  return INV_SQRT_2PI * expHalfSquare(x);
}

/** Standard normal cumulative distribution Φ(x), relative error ≲ 1e-15 for x in [−38, 8]. */
export function normCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (Math.abs(x) < X_SMALL) return 0.5 + 0.5 * erfSmall(x * SQRT1_2);
  const tail = 0.5 * erfcxLarge(Math.abs(x) * SQRT1_2) * expHalfSquare(x);
  return x < 0 ? tail : 1 - tail;
}

/**
 * Φ(z)·e^{z²/2} for z ≤ 0: the lower tail with its Gaussian factor removed. Combining it with an
 * e^{−w²/2} computed separately avoids the overflow of e^{a}·Φ(z) when a is large and Φ(z) tiny.
 */
export function normCdfScaled(z: number): number {
  if (z > -X_SMALL) return normCdf(z) * Math.exp(0.5 * z * z);
  return 0.5 * erfcxLarge(-z * SQRT1_2);
}

// Wichura AS 241 (PPND16)
const WA = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
];
const WB = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
  5226.495278852854561,
];
const WC = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const WD = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966,
  5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const WE = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const WF = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5,
  1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

function poly(c: readonly number[], x: number): number {
  let s = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) s = s * x + c[i];
  return s;
}

/** Inverse standard normal CDF Φ⁻¹(p) for 0 < p < 1; ±Infinity at 0 and 1, NaN outside. */
export function normInv(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(WA, r)) / poly(WB, r);
  }
  const tail = q < 0 ? p : 1 - p; // exact for p ≥ 0.5 (Sterbenz)
  let r = Math.sqrt(-Math.log(tail));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = poly(WC, r) / poly(WD, r);
  } else {
    r -= 5;
    x = poly(WE, r) / poly(WF, r);
  }
  // x > 0 is the upper-tail deviate of `tail`; one Halley step on the lower tail Φ(−x) = tail.
  const e = normCdf(-x) - tail;
  const u = (e * SQRT_2PI) / expHalfSquare(x);
  if (Number.isFinite(u)) x = x + u / (1 - (x * u) / 2);
  return q < 0 ? -x : x;
}
