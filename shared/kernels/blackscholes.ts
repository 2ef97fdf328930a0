/**
 * Black–Scholes–Merton for European options on a stock with a continuous dividend yield q and a
 * continuously compounded rate r (Merton 1973; Hull, Options, Futures and Other Derivatives, 10th
 * ed., §17.13 and §19): with F = S·e^{(r−q)T} and s = σ√T,
 *   call = e^{−rT}[F Φ(d₁) − K Φ(d₂)],  put = e^{−rT}[K Φ(−d₂) − F Φ(−d₁)],  d₁,₂ = ln(F/K)/s ± s/2.
 *
 * Accuracy. The in-the-money option is the out-of-the-money one plus the forward intrinsic value
 * (put–call parity), so only out-of-the-money values are ever computed. Their two terms cancel
 * when both are far in the tail (deep out of the money, minutes to expiry). Far in the tail
 * (d₁ ≤ −4√2, most such cases) the value is K·φ(d₂) times a difference of Mills ratios written
 * as its leading term s/(d₁d₂) plus a small correction from Cody's rational form, with no Φ at
 * all. Nearer, when the direct difference would lose six bits or more, it is taken instead from
 *   C = ∫_K^∞ Φ(d₂(k)) dk = (K s/2)·e^{−d₂²/2} ∫_0^∞ e^{d₁w − w²/2} erfcx((w − d₂)/√2) dw,
 * an integral of positive terms: by 14-point Gauss–Laguerre after u = −d₁w + w²/2 when
 * d₁ ≤ −4, else as F·(Φ(d₁) − Φ(d₂)) − (K − F)·Φ(d₂) with the band integrated by Gauss–Legendre
 * when that is well conditioned, else by composite Gauss–Legendre (issue #11).
 * T → 0 and σ → 0 give the discounted intrinsic value.
 */
import { fail, NO_VALUE } from '../errors';
import { erf, erfcx, erfcxLarge, expHalfSquare, MILLS_REST_FROM, millsRest, normCdf, normPdf, X_SMALL } from './normal';
import { gaussLegendre, integrate } from './quadrature';

export type OptionType = 'call' | 'put';
export type Greek = 'delta' | 'gamma' | 'vega' | 'theta' | 'rho';

const RULE = gaussLegendre(16);
const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Gauss–Laguerre nodes and weights (weight e^{−u} on [0, ∞)) by Newton's method on the Laguerre
 * polynomial L_n from the usual asymptotic first guesses (Press et al., Numerical Recipes 3rd ed.
 * §4.6.1, gaulag with α = 0).
 */
function gaussLaguerre(n: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  let z = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0) z = 3 / (1 + 2.4 * n);
    else if (i === 1) z += 15 / (1 + 2.5 * n);
    else z += ((1 + 2.55 * (i - 1)) / (1.9 * (i - 1))) * (z - x[i - 2]);
    let pp = 1;
    let p2 = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p1 = 1;
      p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j + 1 - z) * p2 - j * p3) / (j + 1);
      }
      pp = (n * p1 - n * p2) / z;
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) <= 1e-15 * z) break;
    }
    x[i] = z;
    w[i] = -1 / (pp * n * p2);
  }
  return { x, w };
}

/** 14 nodes for 4 ≤ −d₁ < 4√2 (≲ 4e-15 against 80-digit values). */
const LAGUERRE14 = gaussLaguerre(14);
/** Ten- and five-point Gauss–Legendre for Φ(d₁) − Φ(d₂) = ∫ φ over the short interval [d₂, d₁]. */
const RULE10 = gaussLegendre(10);
const RULE5 = gaussLegendre(5);

/**
 * Undiscounted out-of-the-money call on a forward: F < K (x = ln(F/K) < 0), total volatility s > 0.
 * Also an OTM put by symmetry: put(F, K) = otmCall(K, F).
 */
export function otmForwardCall(F: number, K: number, s: number, precise = true): number {
  const x = Math.log(F / K);
  const d1 = x / s + 0.5 * s;
  const d2 = d1 - s;
  // Far in the tail (d₁ ≤ −4√2), with a = −d₁, b = −d₂ = a + s and Fφ(a) = Kφ(b):
  //   C = F Φ(−a) − K Φ(−b) = K φ(b) [s/(ab) − (m(a)/a − m(b)/b)],  m(x) = 1 − x Φ(−x)/φ(x),
  // where the bracket's correction is small (m(x) ≈ 1/x²) and m comes straight from Cody's
  // rational form, so nothing cancels beyond the small correction: relative error ≲ 5 ulps·(1 +
  // 1/(a s)), no Φ evaluated.
  if (d1 <= -MILLS_REST_FROM) {
    const gauss = expHalfSquare(d2);
    if (gauss === 0) return 0; // beyond d₂ ≈ −38.6 the price underflows
    const a = -d1;
    const b = -d2;
    return K * INV_SQRT_2PI * gauss * (s / (a * b) - (millsRest(a) / a - millsRest(b) / b));
  }
  let cdf2: number; // Φ(d₂), for the band below
  if (d1 <= -X_SMALL) {
    // (−d₁ ≥ X_SMALL: erfcxLarge covers both Mills ratios)
    // In the tail the same factoring with the Mills ratios themselves, Φ(−x)/φ(x) = √(π/2)·erfcx(x/√2):
    // C = (K/2)·e^{−d₂²/2}·(erfcx(−d₁/√2) − erfcx(−d₂/√2)). One Gaussian factor, so the roundings
    // of d₁ and d₂ are not amplified by the difference; kept while it loses under 6 bits.
    const ea = erfcxLarge(-d1 * SQRT1_2);
    const eb = erfcxLarge(-d2 * SQRT1_2);
    const diff = ea - eb;
    const gauss = expHalfSquare(d2);
    if (diff > 0 && (!precise || ea < 64 * diff)) return 0.5 * K * gauss * diff;
    cdf2 = 0.5 * eb * gauss;
  } else {
    const a = F * normCdf(d1);
    cdf2 = normCdf(d2);
    const direct = a - K * cdf2;
    // The direct difference loses log2(a/direct) bits, and the rounding of d₂ far in the tail costs
    // about d₂² ulps more; keep it while the two together stay under 6 bits.
    if (direct > 0 && (!precise || (a / direct) * Math.max(1, 0.25 * d2 * d2) < 64)) return direct;
  }
  // Cancellation. In the tail (−4√2 < d₁ ≤ −4) the integral below, after
  // u = −d₁w + w²/2 turns e^{d₁w − w²/2} into e^{−u}, is ∫_0^∞ e^{−u} erfcx((w(u) − d₂)/√2)/√(d₁² + 2u) du
  // with w(u) = 2u/(−d₁ + √(d₁² + 2u)): a slowly varying algebraic integrand whose nearest
  // singularity u = −d₁²/2 lies far enough from [0, ∞) for 14-point Gauss–Laguerre.
  if (d1 <= -4) {
    const a = -d1;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      const u = LAGUERRE14.x[i];
      const root = Math.sqrt(a * a + 2 * u);
      sum += (LAGUERRE14.w[i] * erfcx(((2 * u) / (a + root) - d2) * SQRT1_2)) / root;
    }
    return 0.5 * K * s * expHalfSquare(d2) * sum;
  }
  // Near the money with a small total volatility: C = F·(Φ(d₁) − Φ(d₂)) − (K − F)·Φ(d₂), the first
  // term a Gauss–Legendre integral of φ over [d₂, d₁] (10 points, exact to rounding for s ≤ 1; 5
  // for s ≤ 0.1, where the rule's error bound is below 1e-19 relative), kept when the remaining
  // difference loses under 6 bits.
  if (s <= 1) {
    const half = 0.5 * s;
    const mid = d2 + half;
    const rule = s <= 0.1 ? RULE5 : RULE10;
    // φ(mid + h·t) = φ(mid)·e^{−h·t·(mid + h·t/2)}: one exponential of a small argument per node.
    let band = 0;
    for (let i = 0; i < rule.nodes.length; i++) {
      const ht = half * rule.nodes[i];
      band += rule.weights[i] * Math.exp(-ht * (mid + 0.5 * ht));
    }
    const first = F * INV_SQRT_2PI * expHalfSquare(mid) * band * half;
    const value = first - (K - F) * cdf2;
    if (value > 0 && first / value < 64) return value;
  }
  // Otherwise integrate the positive integrand. It decays like e^{d₁w − w²/2}; integrate to
  // where that has fallen by e^{−40}, on geometrically shrinking panels toward 0.
  const top = d1 > 0 ? d1 + Math.sqrt(80) : -d1 < 1e-3 ? Math.sqrt(80) : Math.min(40 / -d1, -d1 + Math.sqrt(d1 * d1 + 80));
  const f = (w: number) => Math.exp(d1 * w - 0.5 * w * w) * erfcx((w - d2) * SQRT1_2);
  let sum = 0;
  let hi = top;
  for (let k = 0; k < 8; k++) {
    const lo = k === 7 ? 0 : hi / 2;
    sum += integrate(RULE, f, lo, hi);
    hi = lo;
  }
  return 0.5 * K * s * expHalfSquare(d2) * sum;
}

interface Setup {
  F: number;
  df: number;
  s: number;
}

function setup(S: number, K: number, T: number, vol: number, r: number, q: number): Setup {
  if (!(S > 0)) fail('positive', 'spot', S);
  if (!(K > 0)) fail('positive', 'strike', K);
  return { F: S * Math.exp((r - q) * T), df: Math.exp(-r * T), s: vol * Math.sqrt(T) };
}

/** Undiscounted forward value of the option. */
function forwardValue(call: boolean, F: number, K: number, s: number): number {
  const intrinsic = call ? Math.max(F - K, 0) : Math.max(K - F, 0);
  if (!(s > 0) || !Number.isFinite(F)) return intrinsic;
  if (F === K) return F * erf(0.5 * s * SQRT1_2); // at the money forward: 2Φ(s/2) − 1 without cancellation near s = 0
  const otm = F < K ? otmForwardCall(F, K, s) : otmForwardCall(K, F, s); // call OTM when F<K; put OTM when F>K
  const callIsOtm = F < K;
  return call === callIsOtm ? otm : intrinsic + otm;
}

export function bsPrice(type: OptionType, S: number, K: number, T: number, vol: number, r: number, q: number): number {
  // The hot path of every option column: no intermediate object.
  if (!(S > 0)) fail('positive', 'spot', S);
  if (!(K > 0)) fail('positive', 'strike', K);
  return Math.exp(-r * T) * forwardValue(type === 'call', S * Math.exp((r - q) * T), K, vol * Math.sqrt(T));
}

/**
 * Greeks per the conventions of the catalog: delta per 1 of spot, gamma per 1 of spot per 1 of spot,
 * vega per 1 percentage point of volatility, theta per year (the catalog divides by year_days), rho
 * per 1 percentage point of rate.
 */
export function bsGreek(greek: Greek, type: OptionType, S: number, K: number, T: number, vol: number, r: number, q: number): number {
  const { F, df, s } = setup(S, K, T, vol, r, q);
  const call = type === 'call';
  const divDf = Math.exp(-q * T);
  if (!(s > 0)) {
    // Deterministic limit: the option is worth its discounted forward intrinsic value.
    const itm = call ? F > K : F < K;
    const sign = call ? 1 : -1;
    switch (greek) {
      case 'delta':
        return itm ? sign * divDf : 0;
      case 'gamma':
      case 'vega':
        return 0;
      case 'theta':
        return itm ? sign * (q * S * divDf - r * K * df) : 0;
      case 'rho':
        return itm ? (sign * K * T * df) / 100 : 0;
    }
  }
  const d1 = Math.log(F / K) / s + 0.5 * s;
  const d2 = d1 - s;
  const pdf1 = normPdf(d1);
  switch (greek) {
    case 'delta':
      return call ? divDf * normCdf(d1) : -divDf * normCdf(-d1);
    case 'gamma':
      return (divDf * pdf1) / (S * s);
    case 'vega':
      return (S * divDf * pdf1 * Math.sqrt(T)) / 100;
    case 'theta': {
      const decay = (-S * divDf * pdf1 * vol) / (2 * Math.sqrt(T));
      return call
        ? decay - r * K * df * normCdf(d2) + q * S * divDf * normCdf(d1)
        : decay + r * K * df * normCdf(-d2) - q * S * divDf * normCdf(-d1);
    }
    case 'rho':
      return call ? (K * T * df * normCdf(d2)) / 100 : (-K * T * df * normCdf(-d2)) / 100;
  }
}

/**
 * The volatility at which the model reproduces `price`. The option is turned into its
 * out-of-the-money twin by put–call parity, then Newton's method on the logarithm of its forward
 * value runs inside a bracket that every step narrows; a step that would leave the bracket is
 * replaced by bisection. At most 200 iterations; stops when the volatility is fixed to ~1 ulp.
 */
/** The largest total volatility σ√T the solver considers. */
const S_MAX = 1e4;

function money(x: number): number {
  return Number(x.toPrecision(10));
}

/** Forward value of the out-of-the-money option a→b (a < b), or of the at-the-money one. */
function otmValue(atm: boolean, a: number, b: number, s: number, precise = true): number {
  return atm ? a * erf(0.5 * s * SQRT1_2) : otmForwardCall(a, b, s, precise);
}

export function impliedVol(price: number, type: OptionType, S: number, K: number, T: number, r: number, q: number): number {
  if (!(T > 0)) fail('no_time_value', 'T', T);
  const { F, df } = setup(S, K, T, 0, r, q);
  const call = type === 'call';
  const target = price / df; // forward value
  const intrinsic = call ? Math.max(F - K, 0) : Math.max(K - F, 0);
  const upper = call ? F : K;
  if (!(price >= 0)) fail('min', 'price', price, { op: '≥', bound: 0 });
  if (target < intrinsic * (1 - 4 * Number.EPSILON)) fail('below_intrinsic', 'price', price, { bound: money(intrinsic * df) });
  if (target >= upper) fail('above_max', 'price', price, { bound: money(upper * df), what: call ? 'forward' : 'strike' });
  const otm = target - intrinsic;
  if (!(otm > 0)) return 0;
  // The OTM option: a call on F struck at K when F < K, else a put, i.e. otmForwardCall(K, F).
  const atm = F === K;
  const [a, b] = F < K ? [F, K] : [K, F];
  const sqrtT = Math.sqrt(T);
  const logTarget = Math.log(otm);
  const x = Math.abs(Math.log(a / b));
  const finish = (sFinal: number): number => {
    if (sFinal >= 0.999 * S_MAX) fail('vol_too_high', 'price', price, { bound: Number((S_MAX / sqrtT).toPrecision(3)) });
    return sFinal / sqrtT;
  };
  // Bracket [lo, hi] in total volatility s = σ√T, split at Manaster–Koehler's inflection point
  // s_c = √(2|x|): below it the value is convex in s, above it concave.
  const sc = Math.sqrt(2 * x);
  let lo = 0;
  let hi: number;
  let s: number;
  // Start: one Newton step on the value from the inflection point s_c, which lands between s_c and
  // the root on either side (Manaster & Koehler 1982); at the money, Brenner–Subrahmanyam's
  // s ≈ √(2π)·v/a. Below s_c the upper end is s_c; above it the largest total volatility we solve
  // for, tightened by the iterations.
  const vc = sc > 0 ? otmValue(atm, a, b, sc) : 0;
  const fromInflection = sc > 0 ? sc - (vc - otm) / (b * normPdf(-x / sc - 0.5 * sc)) : NaN;
  if (vc > otm) {
    hi = sc;
    s = fromInflection;
    if (!(s > lo && s < hi)) {
      // Far in the tail: the small-s asymptote ln(v/√(ab)) ≈ −x²/(2s²) starts left of the root.
      const nlog = Math.log(Math.sqrt(a) * Math.sqrt(b)) - logTarget;
      s = nlog > 0.5 ? x / Math.sqrt(2 * nlog) : 0.5 * sc;
    }
  } else {
    lo = sc;
    hi = S_MAX;
    s = sc > 0 ? fromInflection : Math.sqrt(2 * Math.PI) * (otm / a);
  }
  if (!(s > lo && s < hi)) s = hi === S_MAX ? Math.max(2 * lo, 1) : 0.5 * (lo + hi);
  // Far from the root the cheap direct difference steers well enough; the accurate value is used
  // once the steps are small, so the answer carries the full accuracy of the price.
  let step = Infinity;
  for (let iter = 0; iter < 200; iter++) {
    const v = otmValue(atm, a, b, s, Math.abs(step) < 1e-6 * s);
    if (v === otm) return finish(s);
    if (v < otm) lo = s;
    else hi = s;
    // d(ln v)/ds = vega / v, with forward vega = b·φ(d₂) for the OTM call a→b.
    // Halley's step on f(s) = ln v(s) − ln target: f' = vega/v, f'' = f'·(d₁d₂/s − f'), using the
    // forward vega b·φ(d₂) and its derivative ∂vega/∂s = vega·d₁d₂/s.
    const d2 = -x / s - 0.5 * s;
    const d1 = d2 + s;
    const f = Math.log(v) - logTarget;
    const f1 = (b * normPdf(d2)) / v;
    const f2 = f1 * ((d1 * d2) / s - f1);
    const newton = f / f1;
    const denom = 1 - (newton * f2) / (2 * f1);
    let next = s - (denom > 0.5 && denom < 2 ? newton / denom : newton);
    const precise = Math.abs(step) < 1e-6 * s;
    if (precise && Number.isFinite(next) && Math.abs(next - s) <= 16 * Number.EPSILON * s) return finish(next);
    if (!(next > lo && next < hi)) next = s - newton; // Halley overshot: plain Newton
    if (!(next > lo && next < hi)) next = hi === S_MAX ? Math.max(2 * lo, 0.5) : lo > 0 ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
    if (hi - lo <= 4 * Number.EPSILON * hi) return finish(next);
    step = next - s;
    s = next;
  }
  return fail('no_convergence', 'IMPLIED_VOL', NO_VALUE, { iterations: 200 });
}
