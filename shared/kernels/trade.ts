/**
 * A trade with a target and a stop under geometric Brownian motion: ln S_t = ln S_0 + ν t + σ W_t,
 * ν = drift − σ²/2 (drift and σ annual, t in years).
 *
 * With the lower level at −x₀ and the upper at D in log space (width w = x₀ + D), the first exit of
 * the strip is the classical double-barrier problem. Two series give it exactly:
 *
 * - the method of images (Kunitomo & Ikeda, "Pricing options with curved boundaries", Math. Finance
 *   2 (1992) 275–298; Karatzas & Shreve, Brownian Motion and Stochastic Calculus, 2nd ed., §2.8):
 *     P(upper first by T) = Σ_{j≥0} e^{−2ν̃jw}·FP(D + 2jw, ν) − Σ_{j≥1} e^{2ν̃jw}·FP(x₀ + (2j−1)w, −ν),
 *   ν̃ = ν/σ², FP(d, m) = Φ(z₁) + e^{2md/σ²}·Φ(z₂) the single-barrier first passage by T
 *   (z₁ = (mT − d)/(σ√T), z₂ = (−d − mT)/(σ√T)), and the survival mass a sum of Gaussian masses of
 *   the reflected images. Term j is below e^{−(d_j² − D²)/(2σ²T)} of the first, so at short
 *   horizons one or two terms are exact to the last bit, and every term is positive-dominated:
 *   tiny probabilities keep their relative accuracy.
 * - the eigenfunction (Fourier sine) series (Hui, "One-touch double barrier binary option values",
 *   Applied Financial Economics 6 (1996) 343–346; Haug, The Complete Guide to Option Pricing
 *   Formulas, 2nd ed., §4.19.5): with θ = πx₀/w, m = ν̃w, a = π²σ²T/(2w²), b = ν²T/(2σ²),
 *     tail_up(T)   = e^{ν̃D − b}·Σ_n (−1)^{n+1}·2nπ sin(nθ) e^{−an²}/(n²π² + m²),
 *     tail_down(T) = e^{−ν̃x₀ − b}·Σ_n 2nπ sin(nθ) e^{−an²}/(n²π² + m²),
 *   P(up first by T) = P_up(∞) − tail_up, P(down first by T) = P_down(∞) − tail_down, and
 *   P(neither) = tail_up + tail_down, where P_up(∞) = (1 − e^{−2ν̃x₀})/(1 − e^{−2ν̃w}) is the
 *   gambler's-ruin limit (scale function e^{−2ν̃x}). Terms fall like e^{−a(n² − 1)}.
 *
 * The series is chosen by τ = σ²T/w²: images below TAU_SWITCH (at most ~3 terms each), sines above
 * (at most ~10 terms, sin(nθ) and e^{−an²} by recurrences). A sine-series probability that cancels
 * (far below its T = ∞ limit) is recomputed by images. Exponential prefactors are folded into the
 * Gaussian exponents (2md/σ² − z₂²/2 = −z₁²/2), so nothing overflows however small σ is.
 *
 * Trade P&L: the position is closed at the target or the stop when first touched, else at S_T. By
 * Girsanov with S as numéraire, E[S_T; no touch] = S₀e^{μT}·P*(no touch) where under P* the log
 * drift is ν + σ² — the same survival probability with a shifted drift.
 */
import { fail } from '../errors';
import { expHalfSquare, normCdf, normCdfScaled, normInv } from './normal';
import { logDistance } from './scenario';

/** Terms below e^{−CUT} of the leading one are dropped (e^{−41.5} ≈ 1e-18). */
const CUT = 41.5;
/** τ = σ²T/w² from which the sine series is used. */
const TAU_SWITCH = 0.04;
/** A sine-series probability below this fraction of its T = ∞ limit is recomputed by images. */
const CANCEL = 0.05;

/** e^{c}·Φ(z) without overflow or underflow of the factors. */
function expPhi(c: number, z: number): number {
  if (c === 0) return normCdf(z);
  if (z < 0) return Math.exp(c - 0.5 * z * z) * normCdfScaled(z);
  return Math.exp(c) * normCdf(z);
}

/**
 * e^{c}·P(a Brownian motion with drift m and variance σ² per year reaches d > 0 by T):
 * e^{c}·[Φ(z₁) + e^{2md/σ²}·Φ(z₂)], the second term as e^{c − z₁²/2}·Φ(z₂)e^{z₂²/2} when z₂ ≤ 0.
 */
function passage(c: number, d: number, m: number, sig2: number, s: number, T: number): number {
  const z1 = (m * T - d) / s;
  const z2 = (-d - m * T) / s;
  const first = expPhi(c, z1);
  let second: number;
  if (z2 <= 0) second = (c === 0 ? expHalfSquare(z1) : Math.exp(c - 0.5 * z1 * z1)) * normCdfScaled(z2);
  else second = Math.exp(c + (2 * m * d) / sig2) * normCdf(z2);
  return first + second;
}

/**
 * P(the level at distance `near` is reached before the one at distance `far`, by T), drift m toward
 * `near`: the image series, terms taken while their Gaussian bound exceeds e^{−CUT}.
 */
function imagesFirst(near: number, far: number, w: number, m: number, sig2: number, s: number, T: number): number {
  const mt = m / sig2;
  const s2 = 2 * s * s;
  const base = near * near;
  let total = passage(0, near, m, sig2, s, T);
  for (let j = 1; j < 64; j++) {
    const dPos = near + 2 * j * w;
    const dNeg = far + (2 * j - 1) * w;
    const takePos = (dPos * dPos - base) / s2 < CUT;
    const takeNeg = (dNeg * dNeg - base) / s2 < CUT;
    if (!takePos && !takeNeg) break;
    if (takePos) total += passage(-2 * mt * j * w, dPos, m, sig2, s, T);
    if (takeNeg) total -= passage(2 * mt * j * w, dNeg, -m, sig2, s, T);
  }
  return total;
}

/** e^{c}·(Φ(b) − Φ(a)) for a ≤ b, each difference taken in the tail where it does not cancel. */
function expMass(c: number, a: number, b: number): number {
  if (b <= 0) {
    // lower tail: e^{c − b²/2}·(R(b) − R(a)·e^{(b² − a²)/2}), R(z) = Φ(z)e^{z²/2}
    return Math.exp(c - 0.5 * b * b) * (normCdfScaled(b) - normCdfScaled(a) * Math.exp(0.5 * (b - a) * (b + a)));
  }
  if (a >= 0) return expMass(c, -b, -a);
  return Math.exp(c) * (1 - normCdf(a) - normCdf(-b));
}

/** P(no touch by T) by images: Σ_k [M(2kw) − M(2kw − 2x₀)], M(c) the Gaussian mass of image c. */
function imagesNeither(x0: number, D: number, w: number, nu: number, sig2: number, s: number, T: number): number {
  const mt = nu / sig2;
  const s2 = 2 * s * s;
  const mass = (c: number): number => expMass(mt * c, (-x0 - c - nu * T) / s, (D - c - nu * T) / s);
  // an image at c has a density below e^{−(c² − 2·max(cD, −cx₀))/(2σ²T)} of the direct one on the strip
  const far = (c: number): boolean => (c * c - 2 * Math.max(c * D, -c * x0)) / s2 >= CUT;
  let total = mass(0);
  for (let k = 1; k < 64; k++) {
    let any = false;
    const images: [number, number][] = [
      [2 * k * w, 1],
      [-2 * k * w, 1],
      [2 * k * w - 2 * x0, -1],
      [2 * (1 - k) * w - 2 * x0, -1],
    ];
    for (const [c, sign] of images) {
      if (far(c)) continue;
      any = true;
      total += sign * mass(c);
    }
    if (!any) break;
  }
  return total;
}

/** The three outcomes [up first, down first, neither] for log distances x₀ (down) and D (up). */
function outcomes(x0: number, D: number, w: number, sigma: number, T: number, nu: number, out: number[]): void {
  const sig2 = sigma * sigma;
  const s = sigma * Math.sqrt(T);
  const mt = nu / sig2;
  if (!(s > 0) || !Number.isFinite(mt * w) || !Number.isFinite(D / s)) {
    // Deterministic path ν t (vol 0, T = 0, or σ too small to matter).
    const up = nu > 0 && nu * T >= D;
    const down = nu < 0 && -nu * T >= x0;
    out[0] = up ? 1 : 0;
    out[1] = down ? 1 : 0;
    out[2] = up || down ? 0 : 1;
    return;
  }
  const tau = (sig2 * T) / (w * w);
  if (tau < TAU_SWITCH) {
    const pu = imagesFirst(D, x0, w, nu, sig2, s, T);
    const pd = imagesFirst(x0, D, w, -nu, sig2, s, T);
    const rest = 1 - pu - pd;
    out[0] = Math.max(0, pu);
    out[1] = Math.max(0, pd);
    out[2] = Math.max(0, rest >= 0.01 ? rest : imagesNeither(x0, D, w, nu, sig2, s, T));
    return;
  }
  // Sine series. sin(nθ) with θ = πx₀/w, from the nearer end so small angles keep their digits.
  const flip = x0 > D;
  const phi = (Math.PI * (flip ? D : x0)) / w;
  const sh = Math.sin(0.5 * phi);
  const twoCos = 2 - 4 * sh * sh;
  const m2 = mt * w * mt * w;
  const a = (Math.PI * Math.PI * tau) / 2;
  const b = (nu * nu * T) / (2 * sig2);
  const nMax = Math.ceil(Math.sqrt(1 + CUT / a));
  const q2 = Math.exp(-2 * a);
  let ratio = Math.exp(-3 * a); // e^{−a((n+1)² − n²)} for n = 1
  let g = 1; // e^{−a(n² − 1)}
  let sPrev = 0;
  let sCur = Math.sin(phi);
  let tu = 0;
  let tl = 0;
  for (let n = 1; n <= nMax; n++) {
    // sin(nθ) = sin(nφ) when x₀ ≤ D, (−1)^{n+1} sin(nφ) otherwise
    const odd = (n & 1) === 1;
    const sinN = flip && !odd ? -sCur : sCur;
    const t = (2 * n * Math.PI * sinN * g) / (n * n * Math.PI * Math.PI + m2);
    tu += odd ? t : -t;
    tl += t;
    const sNext = twoCos * sCur - sPrev;
    sPrev = sCur;
    sCur = sNext;
    g *= ratio;
    ratio *= q2;
  }
  tu *= Math.exp(mt * D - b - a);
  tl *= Math.exp(-mt * x0 - b - a);
  let upInf: number;
  let downInf: number;
  if (mt === 0) {
    upInf = x0 / w;
    downInf = D / w;
  } else if (mt > 0) {
    upInf = Math.expm1(-2 * mt * x0) / Math.expm1(-2 * mt * w);
    downInf = Math.exp(-2 * mt * x0) * (Math.expm1(-2 * mt * D) / Math.expm1(-2 * mt * w));
  } else {
    upInf = Math.exp(2 * mt * D) * (Math.expm1(2 * mt * x0) / Math.expm1(2 * mt * w));
    downInf = Math.expm1(2 * mt * D) / Math.expm1(2 * mt * w);
  }
  let pu = upInf - tu;
  let pd = downInf - tl;
  if (!(pu >= CANCEL * upInf)) pu = imagesFirst(D, x0, w, nu, sig2, s, T);
  if (!(pd >= CANCEL * downInf)) pd = imagesFirst(x0, D, w, -nu, sig2, s, T);
  out[0] = Math.max(0, pu);
  out[1] = Math.max(0, pd);
  out[2] = Math.max(0, tu + tl);
}

interface Levels {
  long: boolean;
  x0: number;
  D: number;
  w: number;
}

/** Validates spot, target and stop and returns the strip in log space. */
function levels(spot: number, target: number, stop: number): Levels {
  if (!(spot > 0)) fail('positive', 'spot', spot);
  if (!(target > 0)) fail('positive', 'target', target);
  if (!(stop > 0)) fail('positive', 'stop', stop);
  if (target === stop) fail('levels_equal', 'stop', stop, { target });
  const long = target > stop;
  if (long ? !(stop <= spot && spot <= target) : !(target <= spot && spot <= stop))
    fail('levels_same_side', 'stop', stop, { target, spot });
  const up = long ? target : stop;
  const down = long ? stop : target;
  const x0 = logDistance(spot, down);
  const D = logDistance(spot, up);
  return { long, x0, D, w: x0 + D };
}

function checkHorizon(T: number, vol: number): void {
  if (!(T >= 0)) fail('min', 'days', T, { op: '≥', bound: 0 });
  if (!(vol >= 0)) fail('min', 'vol', vol, { op: '≥', bound: 0 });
}

/** [P(up first), P(down first), P(neither)] for validated levels; target/stop order applied by callers. */
function strip(lv: Levels, T: number, vol: number, drift: number, out: number[]): void {
  if (lv.D === 0) {
    out[0] = 1;
    out[1] = 0;
    out[2] = 0;
  } else if (lv.x0 === 0) {
    out[0] = 0;
    out[1] = 1;
    out[2] = 0;
  } else {
    outcomes(lv.x0, lv.D, lv.w, vol, T, drift - 0.5 * vol * vol, out);
  }
}

/**
 * [target_first, stop_first, neither]: the probabilities that the price touches the target before
 * the stop, the stop before the target, or neither within T years. Target above spot and stop
 * below is a long; target below and stop above a short.
 */
export function hitFirst(spot: number, target: number, stop: number, T: number, vol: number, drift: number): number[] {
  const lv = levels(spot, target, stop);
  checkHorizon(T, vol);
  const p = [0, 0, 0];
  strip(lv, T, vol, drift, p);
  return lv.long ? p : [p[1], p[0], p[2]];
}

/**
 * [expected_pnl, expected_r] per share of a position opened at spot and closed at the target or the
 * stop when first touched, otherwise at the market at T; less the round-trip cost. expected_r is
 * expected_pnl per unit of risk |spot − stop|.
 *   E[exit] − spot = (up − spot)·P_up + (down − spot)·P_down + spot·[(N* − N) + (e^{μT} − 1)·N*],
 * N the survival probability and N* the same under log drift ν + σ² (E[S_T; no touch] = S₀e^{μT}N*).
 */
export function tradeEv(spot: number, target: number, stop: number, T: number, vol: number, drift: number, cost: number): number[] {
  const lv = levels(spot, target, stop);
  checkHorizon(T, vol);
  if (spot === stop) fail('no_risk', 'stop', stop, { entry: spot });
  const p = [0, 0, 0];
  strip(lv, T, vol, drift, p);
  const star = [0, 0, 0];
  if (lv.D === 0 || lv.x0 === 0) star[2] = 0;
  else outcomes(lv.x0, lv.D, lv.w, vol, T, drift + 0.5 * vol * vol, star);
  const up = lv.long ? target : stop;
  const down = lv.long ? stop : target;
  const gross = (up - spot) * p[0] + (down - spot) * p[1] + spot * (star[2] - p[2] + Math.expm1(drift * T) * star[2]);
  const pnl = (lv.long ? gross : -gross) - cost;
  return [pnl, pnl / Math.abs(spot - stop)];
}

/**
 * [low, high] = spot·exp(νT ∓ z·σ√T) with z = Φ⁻¹((1 + prob)/2), the central `prob` interval of
 * S_T (z = 1, about 68.27%, when prob is null). z is computed as −Φ⁻¹((1 − prob)/2), exact in the
 * tail where prob is near 1.
 */
export function priceRange(spot: number, T: number, vol: number, drift: number, prob: number | null): number[] {
  if (!(spot > 0)) fail('positive', 'spot', spot);
  checkHorizon(T, vol);
  if (prob !== null && !(prob >= 0 && prob < 1)) fail('probability_range', 'prob', prob);
  const z = prob === null ? 1 : -normInv((1 - prob) / 2);
  const centre = (drift - 0.5 * vol * vol) * T;
  const half = z * vol * Math.sqrt(T);
  return [spot * Math.exp(centre - half), spot * Math.exp(centre + half)];
}
