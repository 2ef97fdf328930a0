/**
 * American options under Black–Scholes–Merton (continuous dividend yield q, rate r).
 *
 * Method: L. Andersen, M. Lake & D. Offengenden, "High-performance American option pricing",
 * J. Comput. Finance 20(1) (2016) 39–87. The put is the European put plus the early-exercise
 * premium (Kim 1990; Jacka 1991; Carr, Jarrow & Myneni 1992)
 *   P = p + ∫_0^T [rK e^{−rt} Φ(−d₋(t, S/B(T−t))) − qS e^{−qt} Φ(−d₊(t, S/B(T−t)))] dt,
 * d±(t, z) = (ln z + (r−q)t)/(σ√t) ± σ√t/2, where B(τ) is the exercise boundary at time τ to
 * expiry. B solves ALO's fixed-point equation B = K e^{−(r−q)τ} N(τ, B)/D(τ, B):
 * - "FP-B" (N = Φ(d₋) + r∫e^{ru}Φ(d₋), D = Φ(d₊) + q∫e^{qu}Φ(d₊)) when |r − q| ≥ 0.001, solved by
 *   Newton's method on the discretised equations with their exact Jacobian (the quadrature points
 *   see the nodes through a fixed matrix, so the Jacobian costs one more pass of the same size):
 *   4–5 steps where plain fixed-point iteration needs 20–30 at long maturities;
 * - "FP-A" (densities φ(d∓)/(σ√τ) in N and D) when |r − q| < 0.001 (QuantLib's Auto choice; FP-A
 *   diverged here at low volatility elsewhere): one partial Jacobi–Newton step (ALO §5.3), then
 *   plain steps with Anderson acceleration;
 * both started from Li's QD+ boundary (M. Li, "Analytical approximations for the critical stock
 * prices of American options: a performance comparison", MPRA paper 15018, 2009; as in QuantLib's
 * QdPlusAmericanEngine). The equations are ALO's; the code is this project's.
 *
 * Representation (after ALO §4): H = (ln(B/X))² with X = K·min(1, r/q) the boundary at expiry, as
 * the polynomial through 33 Chebyshev–Lobatto nodes of z = 2(τ/T)^{1/3} − 1. ALO use √τ; B − X
 * ~ √(τ ln(1/τ)) makes H ~ τ ln(1/τ), and the cube root makes that smoother in z (the error falls
 * ~20× faster with the number of nodes here). The integrals inside the fixed point run over
 * elapsed time m = τ sin²φ (so √m and √(τ−m) are both smooth in φ, which removes the 1/√m of the
 * densities and the √ singularity of the boundary near expiry), 32-point Gauss–Legendre in φ; the
 * boundary at those points is read through a matrix that depends only on the scheme (the
 * normalised points (1+zᵢ)·cos^{2/3}φ − 1 do not involve T), computed once. The premium integral
 * uses t = T sin²θ likewise, 64 points, with a break where Φ(−d(t, S/B(T))) switches on.
 *
 * Calls by McDonald & Schroder's put–call symmetry C(S, K, r, q) = P(K, S, q, r) (J. Comput.
 * Finance 2(2), 1998). Exact shortcuts: with r ≤ 0 and r ≤ q a put is never exercised early (it is
 * the European put, bsPrice itself; so is a call with q ≤ 0 and q ≤ r, e.g. q = 0 ≤ r); with σ = 0
 * the holder picks the best deterministic exercise time; at T = 0 the value is intrinsic. The
 * remaining regime q < r < 0 (for calls r < q < 0) has two exercise boundaries (Andersen & Lake,
 * "Fast American option pricing: the double-boundary case", Wilmott 2021) and is refused.
 *
 * Greeks: delta and gamma are exact derivatives of the representation with the boundary held
 * fixed (the boundary does not depend on S), theta follows from the Black–Scholes equation
 * Θ = rV − (r−q)SΔ − ½σ²S²Γ in the continuation region (0 where exercise is immediate); vega
 * and rho are central differences of the price, which is a smooth function of its inputs.
 */
import { fail, NO_VALUE } from '../errors';
import { bsGreek, bsPrice, impliedVol, type Greek, type OptionType } from './blackscholes';
import { normCdf, normCdfGivenExp as cdfWithExp, normPdf } from './normal';
import { gaussLegendre } from './quadrature';

const INV_SQRT_2PI = 0.3989422804014327;
const POW = 3;

/** Φ(−x) for the premium integrand, relative accuracy in the tail. */
function upperTail(x: number): number {
  return normCdf(-x);
}

// ---------------------------------------------------------------------------------------------
// Scheme: n + 1 Chebyshev–Lobatto nodes for the boundary, l Gauss–Legendre points inside the fixed
// point, p points per panel for the premium, one Jacobi–Newton step then `fp` plain steps.

export interface Scheme {
  n: number;
  l: number;
  p: number;
  newton: number;
  fp: number;
}

export const DEFAULT_SCHEME: Scheme = { n: 32, l: 32, p: 64, newton: 1, fp: 11 };
/**
 * Long maturities at low volatility (σ√T < 0.1, T ≥ 2): the boundary falls from X on a time scale
 * ~(σ/(r−q))², hundreds of times shorter than T, and 33 nodes leave ~2e-8; 49 leave ~5e-10.
 */
const LONG_LOW_VOL_SCHEME: Scheme = { n: 48, l: 32, p: 64, newton: 1, fp: 11 };

function schemeFor(T: number, vol: number, scheme: Scheme): Scheme {
  return scheme === DEFAULT_SCHEME && T >= 2 && vol * Math.sqrt(T) < 0.1 ? LONG_LOW_VOL_SCHEME : scheme;
}

interface Tables {
  scheme: Scheme;
  /** Nodes zₖ = −cos(πk/n), k = 0..n (z₀ = −1 is expiry, where H = 0). */
  z: Float64Array;
  /** Barycentric weights of the Lobatto nodes. */
  bw: Float64Array;
  /** The fixed point's l points: m = τ sin²φ elapsed, u = τ cos²φ to expiry; φ Gauss–Legendre on [0, π/2]. */
  sn: Float64Array;
  cs: Float64Array;
  w: Float64Array;
  /** H at the fixed-point quadrature points of node i ≥ 1, point j: row ((i−1)·l + j) of n+1 weights. */
  M: Float64Array;
  /** Gauss–Legendre on [0, 1] for the premium panels. */
  py: Float64Array;
  pw: Float64Array;
}

const tablesCache = new Map<string, Tables>();

function baryRow(z: Float64Array, bw: Float64Array, x: number, out: Float64Array, off: number): void {
  const n1 = z.length;
  for (let k = 0; k < n1; k++) {
    if (x === z[k]) {
      for (let j = 0; j < n1; j++) out[off + j] = j === k ? 1 : 0;
      return;
    }
  }
  let den = 0;
  for (let k = 0; k < n1; k++) den += bw[k] / (x - z[k]);
  for (let k = 0; k < n1; k++) out[off + k] = bw[k] / (x - z[k]) / den;
}

function tables(scheme: Scheme, pow = POW): Tables {
  const key = `${scheme.n},${scheme.l},${scheme.p},${pow}`;
  const hit = tablesCache.get(key);
  if (hit) return hit;
  const { n, l, p } = scheme;
  const z = new Float64Array(n + 1);
  const bw = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) {
    z[k] = -Math.cos((Math.PI * k) / n);
    bw[k] = (k % 2 === 0 ? 1 : -1) * (k === 0 || k === n ? 0.5 : 1);
  }
  z[0] = -1;
  z[n] = 1;
  const gl = gaussLegendre(l);
  const M = new Float64Array(n * l * (n + 1));
  const sn = new Float64Array(l);
  const cs = new Float64Array(l);
  const w = new Float64Array(l);
  for (let j = 0; j < l; j++) {
    const phi = 0.25 * Math.PI * (1 + gl.nodes[j]);
    sn[j] = Math.sin(phi);
    cs[j] = Math.cos(phi);
    w[j] = 0.25 * Math.PI * gl.weights[j];
  }
  for (let i = 1; i <= n; i++)
    for (let j = 0; j < l; j++) baryRow(z, bw, (1 + z[i]) * Math.pow(cs[j], 2 / pow) - 1, M, ((i - 1) * l + j) * (n + 1));
  const pg = gaussLegendre(p);
  const py = new Float64Array(p);
  const pw = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    py[j] = 0.5 * (pg.nodes[j] + 1);
    pw[j] = 0.5 * pg.weights[j];
  }
  const t: Tables = { scheme, z, bw, sn, cs, w, M, py, pw };
  tablesCache.set(key, t);
  return t;
}

/** H(x) from node values by the barycentric formula. */
function interpH(t: Tables, H: Float64Array, x: number): number {
  const { z, bw } = t;
  let num = 0;
  let den = 0;
  for (let k = 0; k < z.length; k++) {
    const d = x - z[k];
    if (d === 0) return H[k];
    const c = bw[k] / d;
    num += c * H[k];
    den += c;
  }
  return num / den;
}

// ---------------------------------------------------------------------------------------------
// QD+ initial boundary (Li 2010, eq. for the critical price with the correction terms of Ju &
// Zhong 1999): the root S* of
//   g(S) = (1 − e^{−qτ}Φ(−d₊))·S + (λ + c₀)·(K − S − p(S)),  c₀ = −β − λ + α·θ(S)/(e^{−rτ}(K − S − p)),
// with p the European put, θ its time decay, by Halley's method from X downwards.

function qdPlusBoundary(K: number, tau: number, vol: number, r: number, q: number, X: number): number {
  const v = vol * Math.sqrt(tau);
  const s2 = vol * vol;
  const dr = Math.exp(-r * tau);
  const dq = Math.exp(-q * tau);
  const rt = r * tau;
  const ddr = Math.abs(rt) > 1e-5 ? r / (1 - dr) : 1 / (tau * (1 - 0.5 * rt * (1 - rt / 3)));
  const omega = (2 * (r - q)) / s2;
  const root = Math.sqrt((omega - 1) * (omega - 1) + (8 * ddr) / s2);
  const lambda = 0.5 * (-(omega - 1) - root);
  const lambdaP = (2 * ddr * ddr) / (s2 * root);
  const alpha = (2 * dr) / (s2 * (2 * lambda + omega - 1));
  const beta = alpha * (ddr + lambdaP / (2 * lambda + omega - 1)) - lambda;
  const xmin = 1e-12 * X;
  let x = X;
  for (let iter = 0; iter < 40; iter++) {
    const S = Math.max(x, xmin);
    const dp = Math.log((S * dq) / (K * dr)) / v + 0.5 * v;
    const dm = dp - v;
    const PhiDp = normCdf(-dp);
    const PhiDm = normCdf(-dm);
    const phiDp = normPdf(dp);
    const npv = dr * K * PhiDm - S * dq * PhiDp;
    const theta = r * K * dr * PhiDm - q * S * dq * PhiDp - ((s2 * S) / (2 * v)) * dq * phiDp;
    const charm = -dq * (phiDp * ((r - q) / v - dm / (2 * tau)) + q * PhiDp);
    const gap = K - S - npv;
    const f =
      Math.abs(gap) < 1e-14 * K
        ? (1 - dq * PhiDp) * S + (alpha * theta) / dr
        : (1 - dq * PhiDp) * S + (-beta + (alpha * theta) / (dr * gap)) * gap;
    const f1 = 1 - dq * PhiDp + (dq / v) * phiDp + beta * (1 - dq * PhiDp) + (alpha / dr) * charm;
    const gamma = (phiDp * dq) / (v * S);
    const colour = gamma * (q + ((r - q) * dp) / v + (1 - dp * dm) / (2 * tau));
    const f2 = dq * (phiDp / (S * v) - (phiDp * dp) / (S * v * v)) + beta * gamma + (alpha / dr) * colour;
    const lf = (f * f2) / (f1 * f1);
    const step = f / f1 / (1 - 0.5 * lf);
    const next = Math.max(xmin, x - (Number.isFinite(step) ? step : 0));
    if (Math.abs(next - x) < 1e-9 * K) return Math.min(next, X);
    x = next;
  }
  return Math.min(Math.max(x, xmin), X);
}

// ---------------------------------------------------------------------------------------------
// Anderson acceleration (D. G. Anderson, J. ACM 12 (1965) 547–560; H. F. Walker & P. Ni, SIAM J.
// Numer. Anal. 49 (2011) 1715–1735) of the fixed point on L = √H = ln(X/B) at the nodes.

const AA = 3;
const AA_MAX = 4;
const aaX = Array.from({ length: AA_MAX + 1 }, () => new Float64Array(64));
const aaG = Array.from({ length: AA_MAX + 1 }, () => new Float64Array(64));

function anderson(H: Float64Array, Hn: Float64Array, n: number, iter: number): void {
  // Store x_k = √H, g_k = √Hn in a ring of depth AA + 1.
  const slot = iter % (AA + 1);
  const xk = aaX[slot];
  const gk = aaG[slot];
  for (let i = 1; i <= n; i++) {
    xk[i] = Math.sqrt(H[i]);
    gk[i] = Math.sqrt(Hn[i]);
  }
  const m = Math.min(iter, AA);
  if (m === 0) {
    for (let i = 1; i <= n; i++) H[i] = Hn[i];
    return;
  }
  // Differences of residuals f = g − x and of g between consecutive iterates.
  const A = new Float64Array(m * m);
  const bvec = new Float64Array(m);
  const dF = (c: number, i: number) => {
    const a = (iter - c) % (AA + 1);
    const b = (iter - c - 1 + (AA + 1)) % (AA + 1);
    return aaG[a][i] - aaX[a][i] - (aaG[b][i] - aaX[b][i]);
  };
  for (let c1 = 0; c1 < m; c1++) {
    for (let c2 = 0; c2 <= c1; c2++) {
      let sum = 0;
      for (let i = 1; i <= n; i++) sum += dF(c1, i) * dF(c2, i);
      A[c1 * m + c2] = A[c2 * m + c1] = sum;
    }
    let sb = 0;
    for (let i = 1; i <= n; i++) sb += dF(c1, i) * (gk[i] - xk[i]);
    bvec[c1] = sb;
  }
  for (let c = 0; c < m; c++) A[c * m + c] *= 1 + 1e-10;
  const gamma = solveSmall(A, bvec, m);
  for (let i = 1; i <= n; i++) {
    let v = gk[i];
    if (gamma)
      for (let c = 0; c < m; c++) {
        const a = (iter - c) % (AA + 1);
        const b = (iter - c - 1 + (AA + 1)) % (AA + 1);
        v -= gamma[c] * (aaG[a][i] - aaG[b][i]);
      }
    const L = v > 0 ? v : 0;
    H[i] = L * L;
  }
}

/** Gaussian elimination with partial pivoting for m ≤ 4; null when singular. */
function solveSmall(A: Float64Array, b: Float64Array, m: number): Float64Array | null {
  const x = Float64Array.from(b);
  const a = Float64Array.from(A);
  for (let c = 0; c < m; c++) {
    let piv = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r * m + c]) > Math.abs(a[piv * m + c])) piv = r;
    if (!(Math.abs(a[piv * m + c]) > 0)) return null;
    if (piv !== c) {
      for (let k = 0; k < m; k++) [a[c * m + k], a[piv * m + k]] = [a[piv * m + k], a[c * m + k]];
      [x[c], x[piv]] = [x[piv], x[c]];
    }
    for (let r = c + 1; r < m; r++) {
      const f = a[r * m + c] / a[c * m + c];
      for (let k = c; k < m; k++) a[r * m + k] -= f * a[c * m + k];
      x[r] -= f * x[c];
    }
  }
  for (let c = m - 1; c >= 0; c--) {
    let s = x[c];
    for (let k = c + 1; k < m; k++) s -= a[c * m + k] * x[k];
    x[c] = s / a[c * m + c];
  }
  return x.every(Number.isFinite) ? x : null;
}

// ---------------------------------------------------------------------------------------------
// The boundary: FP-B by Newton on the discretised equations, FP-A by accelerated iteration.

let scratch = new Float64Array(0);

function ensureScratch(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch;
}

interface Boundary {
  t: Tables;
  /** H at the nodes. */
  H: Float64Array;
  X: number;
  lnX: number;
}

function putBoundary(K: number, T: number, vol: number, r: number, q: number, scheme: Scheme): Boundary {
  const t = tables(scheme);
  const { n, l } = scheme;
  const { z, sn, cs, w, M } = t;
  const X = q > 0 ? K * Math.min(1, r / q) : K;
  const lnX = Math.log(X);
  const H = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const tau = T * Math.pow(0.5 * (1 + z[i]), POW);
    const lr = Math.log(qdPlusBoundary(K, tau, vol, r, q, X) / X);
    H[i] = lr * lr;
  }
  // Per point: m (elapsed time), σ√m, e^{r u}, e^{q u} with u = τ − m.
  const np = n * l;
  const buf = ensureScratch(5 * np + n + 1);
  const Mm = buf.subarray(0, np);
  const Msm = buf.subarray(np, 2 * np);
  const Er = buf.subarray(2 * np, 3 * np);
  const Eq = buf.subarray(3 * np, 4 * np);
  const lnBu = buf.subarray(4 * np, 5 * np);
  const Hn = buf.subarray(5 * np, 5 * np + n + 1);
  for (let i = 1; i <= n; i++) {
    const tau = T * Math.pow(0.5 * (1 + z[i]), POW);
    for (let j = 0; j < l; j++) {
      const m = tau * sn[j] * sn[j];
      const u = tau * cs[j] * cs[j];
      const k = (i - 1) * l + j;
      Mm[k] = m;
      Msm[k] = vol * Math.sqrt(m);
      Er[k] = Math.exp(r * u);
      Eq[k] = Math.exp(q * u);
    }
  }
  const mu = r - q;
  const lnK = Math.log(K);
  // FP-A where r ≈ q, FP-B elsewhere: QuantLib's Auto choice (FP-A proved unstable at low volatility here).
  const fpA = Math.abs(r - q) < 0.001;
  if (!fpA) {
    newtonB(H, K, T, vol, r, q, X, t, Mm, Msm, Er, Eq, scheme.newton + scheme.fp);
    return { t, H, X, lnX };
  }
  const steps = scheme.newton + scheme.fp;
  for (let iter = 0; iter < steps; iter++) {
    const newton = iter < scheme.newton;
    // ln B at every quadrature point from the current node values.
    for (let k = 0; k < np; k++) {
      const off = k * (n + 1);
      let h = 0;
      for (let c = 1; c <= n; c++) h += M[off + c] * H[c];
      lnBu[k] = lnX - Math.sqrt(h > 0 ? h : 0);
    }
    Hn[0] = 0;
    for (let i = 1; i <= n; i++) {
      const tau = T * Math.pow(0.5 * (1 + z[i]), POW);
      const sqrtTau = Math.sqrt(tau);
      const stv = sqrtTau / vol;
      const lnb = lnX - Math.sqrt(H[i]);
      const b = Math.exp(lnb);
      const v = vol * sqrtTau;
      const dp = (lnb - lnK + mu * tau) / v + 0.5 * v;
      const dm = dp - v;
      const phiP = normPdf(dp);
      const phiM = normPdf(dm);
      // FP-A: N = φ(d₋)/(σ√τ) + r∫e^{ru}φ(d₋)/(σ√m) dm, D = φ(d₊)/(σ√τ) + Φ(d₊) + q∫e^{qu}[Φ(d₊) + φ(d₊)/(σ√m)] dm.
      let K12 = 0;
      let K3 = 0;
      for (let j = 0; j < l; j++) {
        const k = (i - 1) * l + j;
        const sm = Msm[k];
        const ep = (lnb - lnBu[k] + mu * Mm[k]) / sm + 0.5 * sm;
        const em = ep - sm;
        const Ep = Math.exp(-0.5 * ep * ep);
        const Em = Math.exp(-0.5 * em * em);
        // dm = 2τ sinφ cosφ dφ; dm/(σ√m) = 2(√τ/σ) cosφ dφ.
        K12 += w[j] * Eq[k] * cs[j] * (2 * tau * sn[j] * cdfWithExp(ep, Ep) + 2 * stv * INV_SQRT_2PI * Ep);
        K3 += w[j] * Er[k] * cs[j] * 2 * stv * INV_SQRT_2PI * Em;
      }
      const N = phiM / v + r * K3;
      const D = phiP / v + normCdf(dp) + q * K12;
      const Dd = (-phiP * dp) / (b * vol * vol * tau) + phiP / (b * v);
      const Nd = (-phiM * dm) / (b * vol * vol * tau);
      const alpha = K * Math.exp(-mu * tau);
      const fv = (alpha * N) / D;
      let next = fv > 0 && Number.isFinite(fv) ? fv : b;
      if (newton) {
        // Partial Jacobi–Newton (ALO §5.3): derivatives of the non-integral terms only.
        const fd = alpha * (Nd / D - (Dd * N) / (D * D));
        const nt = b - (fv - b) / (fd - 1);
        if (nt > 0 && Number.isFinite(nt)) next = nt;
      }
      if (next > X) next = X;
      const lr = Math.log(next / X);
      Hn[i] = lr * lr;
    }
    if (AA > 0) anderson(H, Hn, n, iter);
    else for (let i = 1; i <= n; i++) H[i] = Hn[i];
  }
  return { t, H, X, lnX };
}

/**
 * Newton's method on the discretised FP-B equations F_i(L) = ln B_i − ln(K e^{−(r−q)τᵢ} N_i/D_i) = 0
 * in the unknowns L_i = ln(X/B_i) (H = L² is interpolated), with the exact Jacobian of the
 * discretisation: the quadrature points see the nodes through the fixed matrix M, so
 * ∂ ln B(u_k)/∂L_c = −M_kc L_c / √(Σ M_kc' L_c'²). Quadratic convergence where the plain
 * iteration contracts slowly (long maturities).
 */
function newtonB(
  H: Float64Array,
  K: number,
  T: number,
  vol: number,
  r: number,
  q: number,
  X: number,
  t: Tables,
  Mm: Float64Array,
  Msm: Float64Array,
  Er: Float64Array,
  Eq: Float64Array,
  maxIter: number,
): void {
  const { n, l } = t.scheme;
  const { z, sn, cs, w, M } = t;
  const n1 = n + 1;
  const lnX = Math.log(X);
  const lnK = Math.log(K);
  const mu = r - q;
  const L = new Float64Array(n1);
  for (let i = 1; i <= n; i++) L[i] = Math.sqrt(H[i]);
  const Lq = new Float64Array(n * l);
  const Hc = new Float64Array(n1);
  const AN = new Float64Array(l);
  const AD = new Float64Array(l);
  const J = new Float64Array(n * n);
  const F = new Float64Array(n);
  let prevBig = Infinity;
  for (let iter = 0; iter < maxIter; iter++) {
    for (let c = 1; c <= n; c++) Hc[c] = L[c] * L[c];
    for (let k = 0; k < n * l; k++) {
      const off = k * n1;
      let h = 0;
      for (let c = 1; c <= n; c++) h += M[off + c] * Hc[c];
      Lq[k] = Math.sqrt(h > 0 ? h : 0);
    }
    J.fill(0);
    for (let i = 1; i <= n; i++) {
      const tau = T * Math.pow(0.5 * (1 + z[i]), POW);
      const v = vol * Math.sqrt(tau);
      const lnb = lnX - L[i];
      let ni = 0;
      let di = 0;
      let sN = 0;
      let sD = 0;
      for (let j = 0; j < l; j++) {
        const k = (i - 1) * l + j;
        const sm = Msm[k];
        const ep = (lnb - lnX + Lq[k] + mu * Mm[k]) / sm + 0.5 * sm;
        const em = ep - sm;
        const Ep = Math.exp(-0.5 * ep * ep);
        const Em = Math.exp(-0.5 * em * em);
        const wj = w[j] * 2 * tau * sn[j] * cs[j];
        ni += wj * Er[k] * cdfWithExp(em, Em);
        di += wj * Eq[k] * cdfWithExp(ep, Ep);
        const cN = (r * wj * Er[k] * INV_SQRT_2PI * Em) / sm;
        const cD = (q * wj * Eq[k] * INV_SQRT_2PI * Ep) / sm;
        sN += cN;
        sD += cD;
        AN[j] = Lq[k] > 0 ? cN / Lq[k] : 0;
        AD[j] = Lq[k] > 0 ? cD / Lq[k] : 0;
      }
      const dp = (lnb - lnK + mu * tau) / v + 0.5 * v;
      const dm = dp - v;
      const N = normCdf(dm) + r * ni;
      const D = normCdf(dp) + q * di;
      const row = (i - 1) * n;
      F[i - 1] = lnb - Math.log((K * Math.exp(-mu * tau) * N) / D);
      // Through the interpolated boundary at the quadrature points.
      for (let j = 0; j < l; j++) {
        const g = -AN[j] / N + AD[j] / D;
        if (g === 0) continue;
        const off = ((i - 1) * l + j) * n1;
        for (let c = 1; c <= n; c++) J[row + c - 1] += g * M[off + c] * L[c];
      }
      // Directly through ln b_i.
      J[row + i - 1] += -1 + (normPdf(dm) / v + sN) / N - (normPdf(dp) / v + sD) / D;
    }
    const delta = Float64Array.from(F);
    if (!luFactor(J, PIV, n) || !luSolve(J, PIV, delta, n)) break;
    let big = 0;
    for (let i = 1; i <= n; i++) {
      const next = L[i] - delta[i - 1];
      const L1 = next > 0 ? next : 0.5 * L[i];
      big = Math.max(big, Math.abs(L1 - L[i]));
      L[i] = L1;
    }
    // Quadratic convergence: once a step is below 1e-9 and a hundredth of the one before, the
    // error left after it is of the order of its square.
    if (big < 1e-12 || (big < 1e-9 && big < 1e-2 * prevBig)) break;
    prevBig = big;
  }
  for (let i = 1; i <= n; i++) H[i] = L[i] * L[i];
}

/** ln B(τ) from the boundary. */
function lnBoundary(bd: Boundary, T: number, tau: number): number {
  const x = 2 * Math.pow(Math.max(0, tau) / T, 1 / POW) - 1;
  const h = interpH(bd.t, bd.H, Math.min(1, Math.max(-1, x)));
  return bd.lnX - Math.sqrt(h > 0 ? h : 0);
}

interface Premium {
  value: number;
  delta: number;
  gamma: number;
}

/**
 * The early-exercise premium of the put and its first two derivatives in S (boundary fixed),
 * for S above the boundary. Variable t = T sin²θ.
 */
function premium(bd: Boundary, S: number, K: number, T: number, vol: number, r: number, q: number, withGreeks: boolean): Premium {
  const { py, pw } = bd.t;
  const lnS = Math.log(S);
  const mu = r - q;
  // Where Φ(−d(t, S/B)) switches on: σ√t ≈ ln(S/B(T)), i.e. sin θ ≈ a = ln(S/B(T))/(σ√T).
  const a = (lnS - lnBoundary(bd, T, T)) / (vol * Math.sqrt(T));
  const cuts = a > 0 && a < 0.5 ? [0, Math.asin(Math.min(1, 2 * a)), 0.5 * Math.PI] : [0, 0.5 * Math.PI];
  let value = 0;
  let delta = 0;
  let gamma = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const lo = cuts[c];
    const width = cuts[c + 1] - lo;
    for (let j = 0; j < py.length; j++) {
      const th = lo + width * py[j];
      const sn = Math.sin(th);
      const cs = Math.cos(th);
      const tt = T * sn * sn;
      if (!(tt > 0)) continue;
      const tau = T * cs * cs;
      const jac = 2 * T * sn * cs * width * pw[j];
      const lnB = lnBoundary(bd, T, tau);
      const st = vol * Math.sqrt(tt);
      const dp = (lnS - lnB + mu * tt) / st + 0.5 * st;
      const dm = dp - st;
      const er = Math.exp(-r * tt);
      const eq = Math.exp(-q * tt);
      const A = r * K * er;
      const Bq = q * eq;
      const tailP = upperTail(dp);
      value += jac * (A * upperTail(dm) - Bq * S * tailP);
      if (withGreeks) {
        // f = A Φ(−d₋) − Bq S Φ(−d₊) with A = rK e^{−rt}, Bq = q e^{−qt}, ∂d±/∂S = 1/(S σ√t):
        // f′ = (Bq S φ(d₊) − A φ(d₋))/(S σ√t) − Bq Φ(−d₊),
        // f″ = A φ(d₋)(1 + d₋/σ√t)/(S² σ√t) + Bq φ(d₊)(1 − d₊/σ√t)/(S σ√t).
        const pp = normPdf(dp);
        const pm = normPdf(dm);
        delta += jac * ((Bq * S * pp - A * pm) / (S * st) - Bq * tailP);
        gamma += jac * ((A * pm * (1 + dm / st)) / (S * S * st) + (Bq * pp * (1 - dp / st)) / (S * st));
      }
    }
  }
  return { value, delta, gamma };
}

// ---------------------------------------------------------------------------------------------
// The fast scheme. The same equations (FP-B by Newton with the exact Jacobian of the
// discretisation, the same node and quadrature variables), with the work cut down:
// - FP-B for every r and q, r ≈ q included (there Newton with the exact Jacobian converges as
//   elsewhere; the high-precision scheme's FP-A stays as an independent check in the tests);
// - the boundary is solved for K = 1 (B/K depends on T, σ, r, q only) and kept in a small cache,
//   so a column that shares (T, σ, r, q) solves it once; every level is a function of (T, σ, r, q)
//   alone, so the cache has no effect on the values;
// - a ladder of levels: Newton converges on a coarse level from Li's QD+ boundary and its
//   polynomial starts the next; a price stops at the middle level when it moved from the coarse
//   one by under a tenth of the tolerance (most options), else goes on to the finest;
// - Newton's stopping test weighs each node by dτ/dz there, and a node whose step reverses without
//   shrinking takes half of it: with q > r the first nodes, within ~1e-7 T of expiry, fell into a
//   two-cycle that once sent 1 in 25 options to the 10× slower high-precision solver while moving
//   the price by ~1e-14;
// - every table (nodes, weights, interpolation matrices, the premium's points and the boundary
//   there when no break is needed) is computed once per size or once per (T, σ, r, q), and the hot
//   loops allocate nothing.

/** Levels of (n, l): n + 1 Chebyshev nodes, l fixed-point quadrature points; p premium points per panel. */
export interface FastScheme {
  levels: readonly (readonly [number, number])[];
  p: number;
  /**
   * A price may stop at level k ≥ 1 when it moved by at most STOP_FRACTION of the tolerance from
   * level k − 1 (the error at level k is then far smaller: the levels converge spectrally).
   */
  adaptive?: boolean;
}

interface FastTables {
  n: number;
  l: number;
  z: Float64Array;
  bw: Float64Array;
  /** τᵢ/T = ((1 + zᵢ)/2)³. */
  tf: Float64Array;
  sn: Float64Array;
  /** cos²φⱼ, sin²φⱼ, and the weight of dm/τ = 2 sinφ cosφ dφ. */
  cs2: Float64Array;
  sn2: Float64Array;
  wm: Float64Array;
  /** H at point k = (i−1)·l + j from H₁..Hₙ: row k of n weights. */
  M: Float64Array;
  /** The weight of node i in Newton's stopping test: dτ/dz there relative to its largest, ((1 + zᵢ)/2)². */
  cw: Float64Array;
}

const fastTablesCache = new Map<number, FastTables>();

function fastTables(n: number, l: number): FastTables {
  const key = n * 1000 + l;
  const hit = fastTablesCache.get(key);
  if (hit) return hit;
  const t = tables({ n, l: 1, p: 1, newton: 0, fp: 0 });
  const tf = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) tf[i] = Math.pow(0.5 * (1 + t.z[i]), POW);
  // m = τ sin²φ elapsed, u = τ cos²φ to expiry, φ Gauss–Legendre on [0, π/2] (as the high-precision scheme).
  const gl = gaussLegendre(l);
  const sn = new Float64Array(l);
  const cs2 = new Float64Array(l);
  const sn2 = new Float64Array(l);
  const wm = new Float64Array(l);
  for (let j = 0; j < l; j++) {
    const phi = 0.25 * Math.PI * (1 + gl.nodes[j]);
    const c = Math.cos(phi);
    const s = Math.sin(phi);
    sn[j] = s;
    cs2[j] = c * c;
    sn2[j] = s * s;
    wm[j] = 0.25 * Math.PI * gl.weights[j] * 2 * s * c;
  }
  const M = new Float64Array(n * l * n);
  const row = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++)
    for (let j = 0; j < l; j++) {
      baryRow(t.z, t.bw, (1 + t.z[i]) * Math.pow(cs2[j], 1 / POW) - 1, row, 0);
      const k = (i - 1) * l + j;
      for (let c = 1; c <= n; c++) M[k * n + c - 1] = row[c];
    }
  const cw = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) cw[i] = Math.pow(0.5 * (1 + t.z[i]), 2);
  const ft: FastTables = { n, l, z: t.z, bw: t.bw, tf, sn, cs2, sn2, wm, M, cw };
  fastTablesCache.set(key, ft);
  return ft;
}

/** Scratch arrays, grown once to the largest size used. */
let fs = new Float64Array(0);
function fastScratch(size: number): Float64Array {
  if (fs.length < size) fs = new Float64Array(size);
  return fs;
}

/**
 * Newton on the FP-B equations for K = 1 at one level; L (n + 1 entries, L₀ = 0) in and out.
 * Stops after a step below `tol` (the error left is of the order of its square), or one whose
 * largest node step weighted by dτ/dz is below 1e-3·tol², or after `maxIter` steps (false).
 */
function fastNewton(
  ft: FastTables,
  L: Float64Array,
  T: number,
  vol: number,
  r: number,
  q: number,
  lnX: number,
  tol: number,
  maxIter: number,
): boolean {
  const { n, l, tf, sn, cs2, sn2, wm, M, cw } = ft;
  const np = n * l;
  const buf = fastScratch(6 * np + 3 * l + n * n + 3 * n + 4);
  const Mm = buf.subarray(0, np);
  const Ism = buf.subarray(np, 2 * np);
  const Sm = buf.subarray(2 * np, 3 * np);
  const WR = buf.subarray(3 * np, 4 * np);
  const WQ = buf.subarray(4 * np, 5 * np);
  const Lq = buf.subarray(5 * np, 6 * np);
  let o = 6 * np;
  const AN = buf.subarray(o, o + l);
  const AD = buf.subarray(o + l, o + 2 * l);
  o += 3 * l;
  const J = buf.subarray(o, o + n * n);
  o += n * n;
  const F = buf.subarray(o, o + n);
  const Hc = buf.subarray(o + n, o + 2 * n);
  const PS = buf.subarray(o + 2 * n, o + 3 * n + 1);
  const mu = r - q;
  for (let i = 1; i <= n; i++) {
    const tau = T * tf[i];
    const sv = vol * Math.sqrt(tau);
    for (let j = 0; j < l; j++) {
      const k = (i - 1) * l + j;
      const u = tau * cs2[j];
      const sm = sv * sn[j];
      Mm[k] = mu * tau * sn2[j];
      Sm[k] = sm;
      Ism[k] = 1 / sm;
      const wj = wm[j] * tau;
      WR[k] = wj * Math.exp(r * u);
      WQ[k] = wj * Math.exp(q * u);
    }
  }
  let prevBig = Infinity;
  for (let iter = 0; iter < maxIter; iter++) {
    // After a step below CHORD_BELOW the Jacobian has moved by about that much: keep its LU factors
    // (a chord step, contracting by ~that factor) instead of building and factoring it again.
    const chord = prevBig < CHORD_BELOW;
    for (let c = 0; c < n; c++) Hc[c] = L[c + 1] * L[c + 1];
    // n is a multiple of 4: four independent sums.
    for (let k = 0; k < np; k++) {
      const off = k * n;
      let h0 = 0;
      let h1 = 0;
      let h2 = 0;
      let h3 = 0;
      for (let c = 0; c < n; c += 4) {
        h0 += M[off + c] * Hc[c];
        h1 += M[off + c + 1] * Hc[c + 1];
        h2 += M[off + c + 2] * Hc[c + 2];
        h3 += M[off + c + 3] * Hc[c + 3];
      }
      const h = h0 + h1 + (h2 + h3);
      Lq[k] = h > 0 ? Math.sqrt(h) : 0;
    }
    for (let i = 1; i <= n; i++) {
      const tau = T * tf[i];
      const v = vol * Math.sqrt(tau);
      const Li = L[i];
      const k0 = (i - 1) * l;
      nodeSums(k0, l, Li, r, q, Sm, Ism, Lq, Mm, WR, WQ, AN, AD);
      const ni = SUMS[0];
      const di = SUMS[1];
      const sN = SUMS[2];
      const sD = SUMS[3];
      const dp = (-Li + lnX + mu * tau) / v + 0.5 * v;
      const dm = dp - v;
      const N = normCdf(dm) + r * ni;
      const D = normCdf(dp) + q * di;
      const row = (i - 1) * n;
      F[i - 1] = lnX - Li + mu * tau - Math.log(N / D);
      const iN = 1 / N;
      const iD = 1 / D;
      if (chord) continue;
      // Through the interpolated boundary: J_ic = L_c Σ_j g_j M_(k0+j)c, four columns at a time.
      for (let j = 0; j < l; j++) AN[j] = -AN[j] * iN + AD[j] * iD;
      for (let c = 0; c < n; c += 4) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        for (let j = 0, off = k0 * n + c; j < l; j++, off += n) {
          const g = AN[j];
          a0 += g * M[off];
          a1 += g * M[off + 1];
          a2 += g * M[off + 2];
          a3 += g * M[off + 3];
        }
        J[row + c] = a0 * L[c + 1];
        J[row + c + 1] = a1 * L[c + 2];
        J[row + c + 2] = a2 * L[c + 3];
        J[row + c + 3] = a3 * L[c + 4];
      }
      J[row + i - 1] += -1 + (normPdf(dm) / v + sN) * iN - (normPdf(dp) / v + sD) * iD;
    }
    if (!chord && !luFactor(J, PIV, n)) return false;
    if (!luSolve(J, PIV, F, n)) return false;
    let big = 0;
    let bigW = 0;
    for (let i = 1; i <= n; i++) {
      // A node whose step reverses without shrinking (a two-cycle, seen at the first nodes, within
      // ~1e-7 T of expiry, where q > r) takes half of it.
      let step = F[i - 1];
      if (iter > 0 && step * PS[i] < 0 && Math.abs(step) > 0.5 * Math.abs(PS[i])) step *= 0.5;
      PS[i] = step;
      const next = L[i] - step;
      const L1 = next > 0 ? next : 0.1 * L[i];
      const d = Math.abs(L1 - L[i]);
      if (d > big) big = d;
      if (d * cw[i] > bigW) bigW = d * cw[i];
      L[i] = L1;
    }
    if (big < tol || (big < 1e-9 && big < 1e-2 * prevBig) || bigW < 1e-3 * tol * tol) return true;
    prevBig = big;
  }
  return false;
}

/** ∫ of the FP-B integrands at one node (Σ over its l points into SUMS) and the Jacobian weights AN, AD: kept apart from fastNewton so that V8 inlines the Φ evaluations here and boxes no number. */
const SUMS = new Float64Array(4);
function nodeSums(
  k0: number,
  l: number,
  Li: number,
  r: number,
  q: number,
  Sm: Float64Array,
  Ism: Float64Array,
  Lq: Float64Array,
  Mm: Float64Array,
  WR: Float64Array,
  WQ: Float64Array,
  AN: Float64Array,
  AD: Float64Array,
): void {
  let ni = 0;
  let di = 0;
  let sN = 0;
  let sD = 0;
  for (let j = 0; j < l; j++) {
    const k = k0 + j;
    const sm = Sm[k];
    const ism = Ism[k];
    const lq = Lq[k];
    const ep = (lq - Li + Mm[k]) * ism + 0.5 * sm;
    const em = ep - sm;
    const Ep = Math.exp(-0.5 * ep * ep);
    const Em = Math.exp(-0.5 * em * em);
    const wr = WR[k];
    const wq = WQ[k];
    ni += wr * cdfWithExp(em, Em);
    di += wq * cdfWithExp(ep, Ep);
    const cN = r * wr * INV_SQRT_2PI * Em * ism;
    const cD = q * wq * INV_SQRT_2PI * Ep * ism;
    sN += cN;
    sD += cD;
    const il = lq > 0 ? 1 / lq : 0;
    AN[j] = cN * il;
    AD[j] = cD * il;
  }
  SUMS[0] = ni;
  SUMS[1] = di;
  SUMS[2] = sN;
  SUMS[3] = sD;
}

/** LU factors of a (n × n, row-major) in place, partial pivoting, row swaps in piv; false if singular. */
function luFactor(a: Float64Array, piv: Int32Array, n: number): boolean {
  for (let c = 0; c < n; c++) {
    let pr = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[pr * n + c])) pr = r;
    const p = a[pr * n + c];
    if (!(Math.abs(p) > 0)) return false;
    piv[c] = pr;
    if (pr !== c)
      for (let k = 0; k < n; k++) {
        const tmp = a[c * n + k];
        a[c * n + k] = a[pr * n + k];
        a[pr * n + k] = tmp;
      }
    const ip = 1 / p;
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c] * ip;
      a[r * n + c] = f;
      if (f === 0) continue;
      for (let k = c + 1; k < n; k++) a[r * n + k] -= f * a[c * n + k];
    }
  }
  return true;
}

/** Solves J x = F with luFactor's factors (x in F); false if not finite. */
function luSolve(a: Float64Array, piv: Int32Array, x: Float64Array, n: number): boolean {
  for (let c = 0; c < n; c++) {
    const pr = piv[c];
    if (pr !== c) {
      const tx = x[c];
      x[c] = x[pr];
      x[pr] = tx;
    }
    const xc = x[c];
    if (xc !== 0) for (let r = c + 1; r < n; r++) x[r] -= a[r * n + c] * xc;
  }
  for (let c = n - 1; c >= 0; c--) {
    let sum = x[c];
    for (let k = c + 1; k < n; k++) sum -= a[c * n + k] * x[k];
    x[c] = sum / a[c * n + c];
  }
  for (let i = 0; i < n; i++) if (!Number.isFinite(x[i])) return false;
  return true;
}

/** Row swaps of the LU factors (the largest n is 64). */
const PIV = new Int32Array(65);
/** Newton keeps its Jacobian's factors once a step is below this (in L = ln(X/B)). */
const CHORD_BELOW = 1e-4;

/** A put boundary for K = 1 with what the premium needs for any spot and strike. */
interface FastBoundary {
  z: Float64Array;
  bw: Float64Array;
  H: Float64Array;
  /** ln X for K = 1, and ln B(T) for K = 1 (the boundary now). */
  lnX: number;
  lnBT: number;
  /** Premium points without a break (θ Gauss–Legendre on [0, π/2]): t, σ√t, ln B(T − t), and the weights of r e^{−rt} and q e^{−qt}. */
  tt: Float64Array;
  st: Float64Array;
  lnB: Float64Array;
  wA: Float64Array;
  wQ: Float64Array;
}

/**
 * Gauss–Legendre on [0, 1], p points, and what the premium's unbroken rule needs of them alone (not
 * of T, σ, r or q): sin θⱼ and cos θⱼ at θⱼ = (π/2)·yⱼ, and the node variable 2 (cos²θⱼ)^{1/3} − 1
 * of τ = T cos²θⱼ, computed once per p instead of once per boundary.
 */
interface UnitRule {
  y: Float64Array;
  w: Float64Array;
  sn: Float64Array;
  cs: Float64Array;
  zx: Float64Array;
}
const unitRules = new Map<number, UnitRule>();
function unitRule(p: number): UnitRule {
  const hit = unitRules.get(p);
  if (hit) return hit;
  const g = gaussLegendre(p);
  const y = new Float64Array(p);
  const w = new Float64Array(p);
  const sn = new Float64Array(p);
  const cs = new Float64Array(p);
  const zx = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    y[j] = 0.5 * (g.nodes[j] + 1);
    w[j] = 0.5 * g.weights[j];
    const th = 0.5 * Math.PI * y[j];
    sn[j] = Math.sin(th);
    cs[j] = Math.cos(th);
    zx[j] = Math.min(1, Math.max(-1, 2 * Math.pow(cs[j] * cs[j], 1 / FAST_POW) - 1));
  }
  const rule = { y, w, sn, cs, zx };
  unitRules.set(p, rule);
  return rule;
}

function baryEval(z: Float64Array, bw: Float64Array, H: Float64Array, x: number): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < z.length; k++) {
    const d = x - z[k];
    if (d === 0) return H[k];
    const c = bw[k] / d;
    num += c * H[k];
    den += c;
  }
  return num / den;
}

function fastLnB(bd: FastBoundary, T: number, tau: number): number {
  const x = 2 * Math.pow(Math.max(0, tau) / T, 1 / FAST_POW) - 1;
  const h = baryEval(bd.z, bd.bw, bd.H, Math.min(1, Math.max(-1, x)));
  return bd.lnX - Math.sqrt(h > 0 ? h : 0);
}

/**
 * The starting L at level ft's nodes: the previous level's polynomial, or Li's QD+ boundary (at the
 * first level, before the previous level's first node, and wherever its polynomial dips below 0,
 * where Newton in L cannot start).
 */
function startLevel(
  ft: FastTables,
  prev: FastBoundary | null,
  L: Float64Array,
  T: number,
  vol: number,
  r: number,
  q: number,
  X: number,
): void {
  const qd = (i: number) => -Math.log(qdPlusBoundary(1, T * ft.tf[i], vol, r, q, X) / X);
  L[0] = 0;
  for (let i = 1; i <= ft.n; i++) {
    if (!prev) {
      L[i] = qd(i);
      continue;
    }
    const h = baryEval(prev.z, prev.bw, prev.H, ft.z[i]);
    L[i] = h > 0 && ft.z[i] >= prev.z[1] ? Math.sqrt(h) : qd(i);
  }
}

/** The premium's points without a break (θ Gauss–Legendre on [0, π/2]), shared by every level of one (T, σ, r, q). */
interface PremiumPoints {
  /** t, σ√t, the weights of r e^{−rt} and q e^{−qt}, and the node variable of τ = T − t. */
  tt: Float64Array;
  st: Float64Array;
  wA: Float64Array;
  wQ: Float64Array;
  zx: Float64Array;
}

function premiumPoints(T: number, vol: number, r: number, q: number, p: number): PremiumPoints {
  const { w, sn, cs, zx } = unitRule(p);
  const pts: PremiumPoints = {
    tt: new Float64Array(p),
    st: new Float64Array(p),
    wA: new Float64Array(p),
    wQ: new Float64Array(p),
    zx,
  };
  const width = 0.5 * Math.PI;
  for (let j = 0; j < p; j++) {
    const tt = T * sn[j] * sn[j];
    const jac = 2 * T * sn[j] * cs[j] * width * w[j];
    pts.tt[j] = tt;
    pts.st[j] = vol * Math.sqrt(tt);
    pts.wA[j] = jac * r * Math.exp(-r * tt);
    pts.wQ[j] = jac * q * Math.exp(-q * tt);
  }
  return pts;
}

/** A boundary from node values of H, with ln B at the premium's points. */
function withPremiumPoints(z: Float64Array, bw: Float64Array, H: Float64Array, lnX: number, pts: PremiumPoints): FastBoundary {
  const nH = H.length - 1;
  const lnBT = lnX - Math.sqrt(H[nH] > 0 ? H[nH] : 0);
  const p = pts.tt.length;
  const lnB = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const h = baryEval(z, bw, H, pts.zx[j]);
    lnB[j] = lnX - Math.sqrt(h > 0 ? h : 0);
  }
  return { z, bw, H, lnX, lnBT, tt: pts.tt, st: pts.st, lnB, wA: pts.wA, wQ: pts.wQ };
}

/**
 * The boundaries of one (T, σ, r, q) level by level, solved on demand: level k by Newton from level
 * k − 1's polynomial (level 0 from QD+). Each level is a function of (T, σ, r, q) and the scheme alone,
 * so which levels a price reads does not depend on which prices came before (the cache has no effect).
 */
interface Ladder {
  T: number;
  vol: number;
  r: number;
  q: number;
  X: number;
  lnX: number;
  /** The scheme asked for (FAST_DEFAULT or explicit sizes), and the one used. */
  asked: FastScheme;
  fsch: FastScheme;
  pts: PremiumPoints;
  rungs: FastBoundary[];
  /** True once the last rung is in (the scheme's finest level, or the high-precision solver's boundary after a failure). */
  done: boolean;
}

const ladderL = new Float64Array(65);

/** Solves the ladder's next level; should Newton fail there (no convergence, singular Jacobian, as where the boundary runs off to 0), the level again from QD+, then the high-precision solver as the last rung. */
function climb(ld: Ladder): void {
  const { T, vol, r, q, X, lnX, fsch } = ld;
  const k = ld.rungs.length;
  const last = k === fsch.levels.length - 1;
  const [n, l] = fsch.levels[k];
  const ft = fastTables(n, l);
  const prev = k > 0 ? ld.rungs[k - 1] : null;
  // Levels a price may stop at converge as the finest; the first, only a start, to LEVEL_TOL.
  const tol = last || (fsch.adaptive && k > 0) ? FINAL_TOL : LEVEL_TOL;
  const L = ladderL;
  startLevel(ft, prev, L, T, vol, r, q, X);
  let ok = fastNewton(ft, L, T, vol, r, q, lnX, tol, 12);
  if (!ok && prev) {
    startLevel(ft, null, L, T, vol, r, q, X);
    ok = fastNewton(ft, L, T, vol, r, q, lnX, tol, 12);
  }
  if (!ok) {
    const bd = putBoundary(1, T, vol, r, q, schemeFor(T, vol, DEFAULT_SCHEME));
    ld.rungs.push(withPremiumPoints(bd.t.z, bd.t.bw, bd.H, lnX, ld.pts));
    ld.done = true;
    return;
  }
  const H = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) H[i] = L[i] * L[i];
  ld.rungs.push(withPremiumPoints(ft.z, ft.bw, H, lnX, ld.pts));
  ld.done = last;
}

/** Rung k of the ladder (solving up to it), or null past its last rung. */
function rung(ld: Ladder, k: number): FastBoundary | null {
  while (ld.rungs.length <= k && !ld.done) climb(ld);
  return k < ld.rungs.length ? ld.rungs[k] : null;
}

const FINAL_TOL = 1e-6;
const FAST_POW = POW;
const LEVEL_TOL = 1e-4;

/** Up to CACHE_SIZE ladders in a ring (a linear scan of four numbers each beats building a string key). */
const CACHE_SIZE = 64;
const ladderCache: Ladder[] = [];
let ladderNext = 0;

function ladder(T: number, vol: number, r: number, q: number, fsch: FastScheme): Ladder {
  for (let i = 0; i < ladderCache.length; i++) {
    const ld = ladderCache[i];
    if (ld.T === T && ld.vol === vol && ld.r === r && ld.q === q && ld.asked === fsch) return ld;
  }
  const X = q > 0 ? Math.min(1, r / q) : 1;
  const sch = fastSchemeFor(T, vol, fsch);
  const ld: Ladder = {
    T,
    vol,
    r,
    q,
    X,
    lnX: Math.log(X),
    asked: fsch,
    fsch: sch,
    pts: premiumPoints(T, vol, r, q, sch.p),
    rungs: [],
    done: false,
  };
  ladderCache[ladderNext] = ld;
  ladderNext = (ladderNext + 1) % CACHE_SIZE;
  return ld;
}

/** The premium of the put (and its S-derivatives) from a K = 1 boundary, for S above the boundary. */
function fastPremium(bd: FastBoundary, S: number, K: number, T: number, vol: number, r: number, q: number, withGreeks: boolean): Premium {
  const x = Math.log(S / K);
  const mu = r - q;
  const a = (x - bd.lnBT) / (vol * Math.sqrt(T));
  let value = 0;
  let delta = 0;
  let gamma = 0;
  const add = (tt: number, st: number, lnB: number, wA: number, wQ: number) => {
    const dp = (x - lnB + mu * tt) / st + 0.5 * st;
    const dm = dp - st;
    const tailP = upperTail(dp);
    value += K * wA * upperTail(dm) - S * wQ * tailP;
    if (withGreeks) {
      const A = K * wA;
      const pp = normPdf(dp);
      const pm = normPdf(dm);
      delta += (wQ * S * pp - A * pm) / (S * st) - wQ * tailP;
      gamma += (A * pm * (1 + dm / st)) / (S * S * st) + (wQ * pp * (1 - dp / st)) / (S * st);
    }
  };
  if (a > 0 && a < 0.5) {
    const { y, w } = unitRule(bd.tt.length);
    const cut = Math.asin(Math.min(1, 2 * a));
    for (let c = 0; c < 2; c++) {
      const lo = c === 0 ? 0 : cut;
      const width = c === 0 ? cut : 0.5 * Math.PI - cut;
      for (let j = 0; j < y.length; j++) {
        const th = lo + width * y[j];
        const s = Math.sin(th);
        const cs = Math.cos(th);
        const tt = T * s * s;
        if (!(tt > 0)) continue;
        const jac = 2 * T * s * cs * width * w[j];
        add(tt, vol * Math.sqrt(tt), fastLnB(bd, T, T * cs * cs), jac * r * Math.exp(-r * tt), jac * q * Math.exp(-q * tt));
      }
    }
  } else {
    for (let j = 0; j < bd.tt.length; j++) add(bd.tt[j], bd.st[j], bd.lnB[j], bd.wA[j], bd.wQ[j]);
  }
  return { value, delta, gamma };
}

/**
 * The fast scheme's sizes: one set everywhere but long low-volatility options (fixed per regime; with
 * 'smooth', which never stops at the middle level, prices are smooth within each). Shorter sets once used under 6 months (20 or 24 boundary quadrature
 * nodes, 48 premium points; under a week 16 and 32) missed the tolerance by up to 10× near the money at
 * 2–7% vol with strong early exercise (test/reference/american.json "near"); 32 boundary nodes and
 * 64 premium points meet it there and under a week too.
 */
export const FAST_DEFAULT: FastScheme = { levels: [], p: 0 };
const STANDARD: FastScheme = {
  levels: [
    [8, 8],
    [16, 16],
    [32, 32],
  ],
  p: 64,
  adaptive: true,
};
/** Long maturities at low volatility (σ√T < 0.1, T ≥ 2 years): more Chebyshev nodes. */
const LONG_LOW_VOL: FastScheme = {
  levels: [
    [8, 8],
    [16, 16],
    [48, 32],
  ],
  p: 64,
};

function fastSchemeFor(T: number, vol: number, fsch: FastScheme): FastScheme {
  if (fsch !== FAST_DEFAULT) return fsch;
  return T >= 2 && vol * Math.sqrt(T) < 0.1 ? LONG_LOW_VOL : STANDARD;
}

// ---------------------------------------------------------------------------------------------
// Public API.

interface PutCase {
  S: number;
  K: number;
  r: number;
  q: number;
}

function validate(S: number, K: number): void {
  if (!(S > 0)) fail('positive', 'spot', S);
  if (!(K > 0)) fail('positive', 'strike', K);
}

/** The put that prices the option: the option itself, or the call's symmetric put. */
function asPut(type: OptionType, S: number, K: number, r: number, q: number): PutCase {
  return type === 'call' ? { S: K, K: S, r: q, q: r } : { S, K, r, q };
}

/** Value of the put with σ = 0: the best of exercising at 0, at T, or where K e^{−rt} − S e^{−qt} peaks. */
function deterministicPut(S: number, K: number, T: number, r: number, q: number): number {
  const at = (t: number) => Math.max(0, K * Math.exp(-r * t) - S * Math.exp(-q * t));
  let best = Math.max(at(0), at(T));
  if (r !== q && r > 0 && q > 0) {
    const tm = Math.log((r * K) / (q * S)) / (r - q);
    if (tm > 0 && tm < T) best = Math.max(best, at(tm));
  }
  return best;
}

function neverEarly(r: number, q: number): boolean {
  return r <= 0 && r <= q;
}

function refuseDoubleBoundary(type: OptionType, p: PutCase): void {
  // q < r < 0 for the put (r < q < 0 for a call): two exercise boundaries, outside the supported range.
  if (p.r < 0 && p.q < p.r) fail('min', type === 'call' ? 'rate' : 'yield', p.q, { op: '≥', bound: p.r });
}

/**
 * Which solver: 'fast' (the default: sizes by regime, cached boundary, a price may stop at the middle
 * level), 'smooth' (the same without that stop: every price from the finest level, so prices are
 * smooth in σ and r for the greeks' differences and the implied-volatility root), 'high' (the
 * high-precision scheme, the accuracy reference of the tests), or explicit sizes for either (tests, tuning).
 */
export type Precision = 'fast' | 'smooth' | 'high' | Scheme | FastScheme;

/** Price of an American option. */
export function americanPrice(
  type: OptionType,
  S: number,
  K: number,
  T: number,
  vol: number,
  r: number,
  q: number,
  precision: Precision = 'fast',
): number {
  validate(S, K);
  const p = asPut(type, S, K, r, q);
  if (!(T > 0)) return Math.max(type === 'call' ? S - K : K - S, 0);
  if (neverEarly(p.r, p.q)) return bsPrice(type, S, K, T, vol, r, q);
  refuseDoubleBoundary(type, p);
  if (!(vol > 0)) return deterministicPut(p.S, p.K, T, p.r, p.q);
  return putValue(p, T, vol, precision, false).value;
}

/**
 * The perpetual put's exercise boundary K·β/(β − 1), β the negative root of ½σ²β(β−1) + (r−q)β − r = 0
 * (McKean 1965; Merton 1973): every finite-maturity boundary lies above it, so a spot at or below it
 * is exercised at once without computing the boundary.
 */
function perpetualBoundary(K: number, vol: number, r: number, q: number): number {
  const s2 = vol * vol;
  const b = r - q - 0.5 * s2;
  const beta = (-b - Math.sqrt(b * b + 2 * s2 * r)) / s2;
  return beta < 0 ? (K * beta) / (beta - 1) : 0;
}

function putValue(p: PutCase, T: number, vol: number, precision: Precision, withGreeks: boolean): Premium {
  const { S, K, r, q } = p;
  if (r > 0 && S <= perpetualBoundary(K, vol, r, q) * (1 - 1e-12)) return { value: K - S, delta: -1, gamma: 0 };
  if (precision === 'fast' || precision === 'smooth' || (typeof precision === 'object' && 'levels' in precision)) {
    const ld = ladder(T, vol, r, q, typeof precision === 'object' ? precision : FAST_DEFAULT);
    return fastPutValue(ld, S, K, withGreeks, precision !== 'smooth');
  }
  const bd = putBoundary(K, T, vol, r, q, precision === 'high' ? schemeFor(T, vol, DEFAULT_SCHEME) : precision);
  if (Math.log(S) <= lnBoundary(bd, T, T)) return { value: K - S, delta: -1, gamma: 0 }; // exercise now
  const pr = premium(bd, S, K, T, vol, r, q, withGreeks);
  const e = bsPrice('put', S, K, T, vol, r, q);
  return {
    value: e + Math.max(0, pr.value),
    delta: withGreeks ? bsGreek('delta', 'put', S, K, T, vol, r, q) + pr.delta : 0,
    gamma: withGreeks ? bsGreek('gamma', 'put', S, K, T, vol, r, q) + pr.gamma : 0,
  };
}

/** The put (value, and delta and gamma if asked) from one rung and the European put e: exercise now at or below its boundary. */
function rungValue(bd: FastBoundary, ld: Ladder, S: number, K: number, e: Premium, withGreeks: boolean): Premium {
  const { T, vol, r, q } = ld;
  if (Math.log(S / K) <= bd.lnBT) return { value: K - S, delta: -1, gamma: 0 };
  const pr = fastPremium(bd, S, K, T, vol, r, q, withGreeks);
  return { value: e.value + Math.max(0, pr.value), delta: e.delta + pr.delta, gamma: e.gamma + pr.gamma };
}

/**
 * The fast put: the finest rung, or with an adaptive scheme the first rung k ≥ 1 whose value moved
 * by at most STOP_FRACTION × the tolerance (1e-9 relative, 1e-12 of the strike) from rung k − 1.
 */
function fastPutValue(ld: Ladder, S: number, K: number, withGreeks: boolean, mayStop: boolean): Premium {
  const { T, vol, r, q } = ld;
  const e: Premium = {
    value: bsPrice('put', S, K, T, vol, r, q),
    delta: withGreeks ? bsGreek('delta', 'put', S, K, T, vol, r, q) : 0,
    gamma: withGreeks ? bsGreek('gamma', 'put', S, K, T, vol, r, q) : 0,
  };
  let prev: Premium | null = null;
  for (let k = 0; ; k++) {
    const bd = rung(ld, k);
    if (!bd) return prev as Premium;
    const v = rungValue(bd, ld, S, K, e, withGreeks);
    if (ld.done && k === ld.rungs.length - 1) return v;
    if (
      prev &&
      mayStop &&
      ld.fsch.adaptive &&
      Math.abs(v.value - prev.value) <= STOP_FRACTION * Math.max(1e-9 * Math.abs(v.value), 1e-12 * K)
    )
      return v;
    prev = v;
  }
}

/** How close two successive rungs must agree (a fraction of the tolerance) for a price to stop at the finer. */
const STOP_FRACTION = 0.1;

/**
 * Greeks in the units of bsGreek: delta per 1 of spot, gamma per 1 of spot², vega per volatility
 * point, theta per year (the catalog divides by year_days), rho per rate point.
 */
export function americanGreek(greek: Greek, type: OptionType, S: number, K: number, T: number, vol: number, r: number, q: number): number {
  validate(S, K);
  const p = asPut(type, S, K, r, q);
  if (!(T > 0) || !(vol > 0) || neverEarly(p.r, p.q)) {
    if (T > 0 && neverEarly(p.r, p.q)) return bsGreek(greek, type, S, K, T, vol, r, q);
    // Expiry or zero volatility: differences of the deterministic value (delta, rho), no curvature.
    if (greek === 'gamma' || greek === 'vega') return 0;
  }
  refuseDoubleBoundary(type, p);
  const call = type === 'call';
  if (greek === 'vega' || greek === 'rho' || !(T > 0) || !(vol > 0)) {
    // Central differences of the price, which is smooth in its inputs (fixed nodes and steps).
    const price = (s: number, v: number, rr: number) => americanPrice(type, s, K, T, v, rr, q, 'smooth');
    switch (greek) {
      case 'vega': {
        const h = 1e-4 * vol;
        return (price(S, vol + h, r) - price(S, vol - h, r)) / (2 * h) / 100;
      }
      case 'rho': {
        const h = 1e-5;
        return (price(S, vol, r + h) - price(S, vol, r - h)) / (2 * h) / 100;
      }
      case 'delta': {
        const h = 1e-6 * S;
        return (price(S + h, vol, r) - price(S - h, vol, r)) / (2 * h);
      }
      default:
        return 0; // theta at expiry or with σ = 0 in the exercise region
    }
  }
  const pv = putValue(p, T, vol, 'smooth', true);
  // Back from the symmetric put: the call is P(S' = K, K' = S) and P is homogeneous of degree 1,
  // so ∂P/∂K′ = (P − S′Δ′)/K′ and ∂²P/∂K′² = S′²Γ′/K′².
  const value = pv.value;
  const delta = call ? (value - p.S * pv.delta) / S : pv.delta;
  const gamma = call ? (p.S * p.S * pv.gamma) / (S * S) : pv.gamma;
  if (greek === 'delta') return delta;
  if (greek === 'gamma') return gamma;
  // theta: the Black–Scholes equation in the continuation region, 0 where exercise is immediate.
  const exercised = pv.gamma === 0 && pv.delta === -1;
  return exercised ? 0 : r * value - (r - q) * S * delta - 0.5 * vol * vol * S * S * gamma;
}

/** The largest total volatility σ√T the American solver considers. */
const S_MAX_AMERICAN = 20;

function money(x: number): number {
  return Number(x.toPrecision(10));
}

/**
 * The volatility at which americanPrice reproduces `price`. Below the value with σ = 0 (at least
 * the immediate exercise value) no volatility reproduces it; at or above the spot (call) or the
 * strike (put) neither. Where early exercise is never optimal this is impliedVol. Otherwise a
 * secant iteration on ln price, kept inside a bracket, from the European implied vol of the price.
 */
export function americanImpliedVol(price: number, type: OptionType, S: number, K: number, T: number, r: number, q: number): number {
  if (!(T > 0)) fail('no_time_value', 'T', T);
  validate(S, K);
  const p = asPut(type, S, K, r, q);
  if (neverEarly(p.r, p.q)) return impliedVol(price, type, S, K, T, r, q);
  refuseDoubleBoundary(type, p);
  if (!(price >= 0)) fail('min', 'price', price, { op: '≥', bound: 0 });
  const floor = deterministicPut(p.S, p.K, T, p.r, p.q);
  if (price < floor * (1 - 4 * Number.EPSILON)) fail('below_intrinsic', 'price', price, { bound: money(floor) });
  const cap = p.K; // the put is worth less than its strike; the call less than the spot
  if (price >= cap) fail('above_max', 'price', price, { bound: money(cap), what: type === 'call' ? 'spot' : 'strike_now' });
  if (price <= floor) return 0;
  const sqrtT = Math.sqrt(T);
  const f = (v: number) => americanPrice(type, S, K, T, v, r, q, 'smooth') - price;
  let hi = S_MAX_AMERICAN / sqrtT;
  const fhi = f(hi);
  if (fhi < 0) fail('vol_too_high', 'price', price, { bound: Number(hi.toPrecision(3)) });
  let lo = 0;
  let flo = floor - price;
  // Start: the European implied vol of the price where it exists (American ≥ European, so it lies
  // at or above the root), else the middle of the bracket.
  let x0: number;
  try {
    x0 = impliedVol(price, type, S, K, T, r, q);
  } catch {
    x0 = NaN;
  }
  if (!(x0 > lo && x0 < hi)) x0 = 0.5 / sqrtT;
  let f0 = f(x0);
  if (f0 === 0) return x0;
  if (f0 < 0) [lo, flo] = [x0, f0];
  else [hi] = [x0];
  let x1 = x0 * (f0 > 0 ? 0.98 : 1.02);
  for (let iter = 0; iter < 60; iter++) {
    const f1 = f(x1);
    if (f1 === 0) return x1;
    if (f1 < 0) [lo, flo] = [x1, f1];
    else hi = x1;
    let next = x1 - (f1 * (x1 - x0)) / (f1 - f0);
    if (!(next > lo && next < hi)) next = flo === floor - price && lo === 0 ? 0.5 * hi : 0.5 * (lo + hi);
    if (Math.abs(next - x1) <= 1e-12 * x1 || hi - lo <= 1e-12 * hi) return next;
    x0 = x1;
    f0 = f1;
    x1 = next;
  }
  return fail('no_convergence', 'AMERICAN_IMPLIED_VOL', NO_VALUE, { iterations: 60 });
}
