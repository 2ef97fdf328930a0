/**
 * Portfolio kernels: sizing several stop-loss positions under shared caps, and the parametric
 * (variance–covariance) risk of a portfolio.
 *
 * PORTFOLIO_SIZE: each position first gets the most shares its own risk budget (loss at the stop ≤
 * riskPct·account) and weight cap (|shares|·entry ≤ maxWeight·account) allow; if the total loss at
 * the stops (the "heat") exceeds maxHeat·account or the gross value exceeds (1 − cashFloor)·account,
 * every position is scaled by the same factor; then each is floored to whole lots with POSITION_SIZE's
 * exact floor (a quotient within 1e-12 of the next whole lot is that lot, so 0.29 × 100 over a 1-point
 * stop is 29 shares in both). Every cap is then verified on the returned numbers (each row, the plain
 * left-to-right sums and the compensated sums) to the same relative 1e-12 (CAP_TOL: the caps hold
 * exactly in the decimals the user typed), and a position that rounding pushed over is stepped down
 * (by one lot, or by the smallest change its double can show when it holds more than 2^53 lots).
 *
 * PORTFOLIO_VAR: zero-mean normal P&L with money volatilities w_i = value_i·vol_i and correlation C:
 * σ_P = √(wᵀCw)·√T, VaR = z_c·σ_P, ES = φ(z_c)/(1 − c)·σ_P (e.g. McNeil, Frey & Embrechts,
 * Quantitative Risk Management, 2005, §2.2.4 and Example 2.18).
 * RISK_CONTRIB: the Euler allocation w_i(Cw)_i/wᵀCw of the variance (Tasche, "Risk contributions
 * and performance measurement", 1999; Qian, "Risk parity portfolios", 2005), which sums to 1.
 *
 * A correlation matrix must be symmetric with ones on the diagonal, entries in [−1, 1] and positive
 * semidefinite. Semidefiniteness is accepted by a Cholesky factorisation with complete (diagonal)
 * pivoting (Higham, "Analysis of the Cholesky decomposition of a semi-definite matrix", 1990); any
 * doubt is settled by the smallest eigenvalue, from a Householder tridiagonalisation and Sturm-
 * sequence bisection (Golub & Van Loan, Matrix Computations, 4th ed., §8.3 and §8.4.1), which the
 * error then reports.
 */
import { DeskError, fail, NO_VALUE } from '../errors';
import { normInv, normPdf } from './normal';
import { sum } from './sums';
import { wholeLots } from './sizing';

export type Row = (number | null)[];

/** Relative slack of every cap, the same as wholeLots' exact floor (POSITION_SIZE). */
export const CAP_TOL = 1e-12;

/** One lot fewer, or (past 2^53 lots, where 1 is below the double's resolution) the next double down. */
function lessLots(k: number): number {
  return Math.max(0, Math.floor(Math.min(k - 1, k - k * 2 ** -52)));
}

/** Shares, value and risk per position: rows [shares (signed: negative = short), value, risk]. */
export function portfolioSize(
  account: number,
  entries: readonly (number | null)[],
  stops: readonly (number | null)[],
  riskPct: number,
  maxHeat: number,
  maxWeight: number,
  cashFloor: number,
  lot: number,
): Row[] {
  if (!(account > 0)) fail('positive', 'account', account);
  if (!(lot > 0)) fail('positive', 'lot', lot);
  for (const [name, v] of [
    ['risk_pct', riskPct],
    ['max_heat', maxHeat],
    ['max_weight', maxWeight],
    ['cash_floor', cashFloor],
  ] as const)
    if (!(v >= 0)) fail('min', name, v, { op: '≥', bound: 0 });
  if (!(cashFloor <= 1)) fail('max', 'cash_floor', cashFloor, { op: '≤', bound: 1 });
  if (entries.length !== stops.length)
    fail('size_mismatch', 'stops', NO_VALUE, { cells: stops.length, other: 'entries', otherCells: entries.length });
  const n = entries.length;
  const riskCap = riskPct * account;
  const weightCap = maxWeight * account;
  const heatCap = maxHeat * account;
  const grossCap = (1 - cashFloor) * account;
  const over = (x: number, cap: number): boolean => x > cap + CAP_TOL * Math.abs(cap);
  const perShare = new Array<number>(n).fill(0);
  const raw = new Array<number>(n).fill(0);
  const live: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    const s = stops[i];
    if (e === null || s === null) continue;
    if (!(e > 0)) throw new DeskError('positive', 'entries', e).at(i + 1);
    if (s === e) throw new DeskError('no_risk', 'stops', s, { entry: e }).at(i + 1);
    perShare[i] = Math.abs(e - s);
    raw[i] = Math.min(riskCap / perShare[i], weightCap / e);
    live.push(i);
  }
  const heat = sum(live.map((i) => raw[i] * perShare[i]));
  const gross = sum(live.map((i) => raw[i] * (entries[i] as number)));
  let factor = 1;
  if (heat > heatCap) factor = Math.min(factor, heatCap / heat);
  if (gross > grossCap) factor = Math.min(factor, grossCap / gross);
  const lots = new Array<number>(n).fill(0);
  for (const i of live) lots[i] = wholeLots((raw[i] * factor) / lot);

  const sharesOf = (i: number): number => {
    const x = lots[i] * lot;
    return Number.isInteger(lot) ? x : Number(x.toPrecision(12));
  };
  const valueOf = (i: number): number => sharesOf(i) * (entries[i] as number);
  const riskOf = (i: number): number => sharesOf(i) * perShare[i];
  // Each row's caps, exactly as the returned numbers are.
  for (const i of live) while (lots[i] > 0 && (over(riskOf(i), riskCap) || over(valueOf(i), weightCap))) lots[i] = lessLots(lots[i]);
  // The sums, both as a spreadsheet adds them left to right and compensated.
  const overSum = (f: (i: number) => number, cap: number): boolean => {
    let plain = 0;
    for (const i of live) plain += f(i);
    return over(plain, cap) || over(sum(live.map(f)), cap);
  };
  for (const [f, cap] of [
    [riskOf, heatCap],
    [valueOf, grossCap],
  ] as const) {
    while (overSum(f, cap)) {
      let worst = -1;
      for (const i of live) if (lots[i] > 0 && (worst < 0 || f(i) > f(worst))) worst = i;
      if (worst < 0) break;
      lots[worst] = lessLots(lots[worst]);
    }
  }
  return entries.map((e, i) => {
    if (e === null || stops[i] === null) return [null, null, null];
    const shares = sharesOf(i);
    const sign = (stops[i] as number) < e ? 1 : -1;
    return [shares === 0 ? 0 : sign * shares, valueOf(i), riskOf(i)];
  });
}

/** A validated correlation structure: a full matrix, or one correlation for every pair. */
type Corr = { kind: 'matrix'; c: Float64Array } | { kind: 'scalar'; rho: number };

const SYM_TOL = 1e-9;

/** Validates `corr` for n positions (cells named "row,col", 1-based). */
function correlation(corr: number[][] | number | null, n: number): Corr {
  if (corr === null) return { kind: 'scalar', rho: 1 };
  if (typeof corr === 'number') {
    if (!(corr >= -1 && corr <= 1)) fail('corr_range', 'correlations', corr);
    // eigenvalues 1 − ρ (n − 1 times) and 1 + (n − 1)ρ
    const least = 1 + (n - 1) * corr;
    if (n > 1 && least < -psdTol(n)) fail('corr_not_psd', 'correlations', NO_VALUE, { eigenvalue: Number(least.toPrecision(6)) });
    return { kind: 'scalar', rho: corr };
  }
  const cols = corr.reduce((m, r) => Math.max(m, r.length), 0);
  if (corr.length !== n || corr.some((r) => r.length !== n)) fail('not_square', 'correlations', NO_VALUE, { rows: corr.length, cols, n });
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const ri = corr[i];
    for (let j = 0; j < n; j++) {
      const v = ri[j];
      const cell = (): string => `${i + 1},${j + 1}`;
      if (!(v >= -1 && v <= 1)) throw new DeskError('corr_range', 'correlations', v).at(cell());
      if (i === j) {
        if (Math.abs(v - 1) > SYM_TOL) throw new DeskError('corr_diagonal', 'correlations', v).at(cell());
        c[i * n + j] = 1;
      } else if (j > i) {
        const u = corr[j][i];
        if (Math.abs(v - u) > SYM_TOL)
          throw new DeskError('corr_symmetric', 'correlations', v, { other: `${j + 1},${i + 1}`, otherValue: u }).at(cell());
        c[i * n + j] = c[j * n + i] = 0.5 * (v + u);
      }
    }
  }
  if (!semidefinite(c, n)) {
    const least = smallestEigenvalue(c, n);
    if (least < -psdTol(n)) fail('corr_not_psd', 'correlations', NO_VALUE, { eigenvalue: Number(least.toPrecision(6)) });
  }
  return { kind: 'matrix', c };
}

/** Eigenvalues above −1e-10·n count as 0 (rounding in correlations computed from data). */
function psdTol(n: number): number {
  return 1e-10 * Math.max(1, n);
}

/**
 * True when a Cholesky factorisation with complete pivoting runs to the end with pivots above the
 * tolerance, or stops at a remainder whose Gershgorin discs lie above −tolerance: then C is positive
 * semidefinite to the tolerance. False means "not shown": the caller decides by the eigenvalue.
 */
function semidefinite(c: Float64Array, n: number): boolean {
  // Lower triangle, row-major; symmetric pivoting by swaps (as LAPACK dpstrf).
  const a = Float64Array.from(c);
  const lk = new Float64Array(n); // column k of L
  const tol = psdTol(n);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (a[i * n + i] > a[p * n + p]) p = i;
    if (p !== k) {
      const swap = (x: number, y: number): void => {
        const t = a[x];
        a[x] = a[y];
        a[y] = t;
      };
      for (let j = 0; j < k; j++) swap(k * n + j, p * n + j);
      swap(k * n + k, p * n + p);
      for (let i = k + 1; i < p; i++) swap(i * n + k, p * n + i);
      for (let i = p + 1; i < n; i++) swap(i * n + k, i * n + p);
    }
    const d = a[k * n + k];
    if (!(d > tol)) {
      // the remainder: every Gershgorin disc must lie above −tol
      for (let i = k; i < n; i++) {
        let offSum = 0;
        for (let j = k; j < n; j++) if (j !== i) offSum += Math.abs(j < i ? a[i * n + j] : a[j * n + i]);
        if (a[i * n + i] - offSum < -tol) return false;
      }
      return true;
    }
    const r = 1 / Math.sqrt(d);
    for (let i = k + 1; i < n; i++) lk[i] = a[i * n + k] *= r;
    for (let i = k + 1; i < n; i++) {
      const li = lk[i];
      if (li === 0) continue;
      const ri = i * n;
      for (let j = k + 1; j <= i; j++) a[ri + j] -= li * lk[j];
    }
  }
  return true;
}

/** The smallest eigenvalue of symmetric C: Householder to tridiagonal form, then bisection. */
export function smallestEigenvalue(c: Float64Array, n: number): number {
  const a = Float64Array.from(c);
  const diag = new Float64Array(n);
  const off = new Float64Array(n); // off[i] couples i − 1 and i
  const v = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    let alpha = 0;
    for (let i = k + 1; i < n; i++) alpha += a[i * n + k] * a[i * n + k];
    alpha = Math.sqrt(alpha);
    const x0 = a[(k + 1) * n + k];
    if (alpha === 0) {
      off[k + 1] = 0;
      continue;
    }
    const sign = x0 >= 0 ? 1 : -1;
    // v = x + sign·α·e₁, H = I − 2vvᵀ/vᵀv, Hx = −sign·α·e₁
    for (let i = k + 1; i < n; i++) v[i] = a[i * n + k];
    v[k + 1] += sign * alpha;
    let vv = 0;
    for (let i = k + 1; i < n; i++) vv += v[i] * v[i];
    const beta = 2 / vv;
    // p = β A v, K = β vᵀp / 2, q = p − K v, A ← A − v qᵀ − q vᵀ on the trailing block
    let vp = 0;
    for (let i = k + 1; i < n; i++) {
      let s = 0;
      const ri = i * n;
      for (let j = k + 1; j < n; j++) s += a[ri + j] * v[j];
      p[i] = beta * s;
      vp += v[i] * p[i];
    }
    const K = (beta * vp) / 2;
    for (let i = k + 1; i < n; i++) p[i] -= K * v[i];
    for (let i = k + 1; i < n; i++) {
      const ri = i * n;
      for (let j = k + 1; j < n; j++) a[ri + j] -= v[i] * p[j] + p[i] * v[j];
    }
    off[k + 1] = -sign * alpha;
  }
  for (let i = 0; i < n; i++) diag[i] = a[i * n + i];
  if (n >= 2) off[n - 1] = a[(n - 1) * n + n - 2];
  // Sturm count: eigenvalues below x
  const below = (x: number): number => {
    let count = 0;
    let q = 1;
    for (let i = 0; i < n; i++) {
      q = diag[i] - x - (i > 0 ? (off[i] * off[i]) / q : 0);
      if (q === 0) q = -1e-300;
      if (q < 0) count++;
    }
    return count;
  };
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = (i > 0 ? Math.abs(off[i]) : 0) + (i + 1 < n ? Math.abs(off[i + 1]) : 0);
    lo = Math.min(lo, diag[i] - r);
    hi = Math.max(hi, diag[i] + r);
  }
  for (let it = 0; it < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo), Math.abs(hi)); it++) {
    const mid = 0.5 * (lo + hi);
    if (below(mid) >= 1) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}

function checkPositions(values: readonly number[], vols: readonly number[]): void {
  if (values.length !== vols.length)
    fail('size_mismatch', 'vols', NO_VALUE, { cells: vols.length, other: 'values', otherCells: values.length });
  vols.forEach((s, k) => {
    if (!(s >= 0)) throw new DeskError('min', 'vols', s, { op: '≥', bound: 0 }).at(k + 1);
  });
}

/** Money volatilities w and Cw. */
function covarianceProduct(values: readonly number[], vols: readonly number[], corr: Corr): { w: Float64Array; cw: Float64Array } {
  const n = values.length;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = values[i] * vols[i];
  const cw = new Float64Array(n);
  if (corr.kind === 'scalar') {
    // Cw = (1 − ρ)w + ρ·(Σw)·1
    const total = sum(Array.from(w));
    for (let i = 0; i < n; i++) cw[i] = (1 - corr.rho) * w[i] + corr.rho * total;
  } else {
    const c = corr.c;
    for (let i = 0; i < n; i++) {
      let s = 0;
      const ri = i * n;
      for (let j = 0; j < n; j++) s += c[ri + j] * w[j];
      cw[i] = s;
    }
  }
  return { w, cw };
}

function variance(w: Float64Array, cw: Float64Array): number {
  const terms = new Array<number>(w.length);
  for (let i = 0; i < w.length; i++) terms[i] = w[i] * cw[i];
  return Math.max(0, sum(terms));
}

/**
 * [VaR, ES] of the money P&L over T years at `confidence`, as positive losses: zero-mean normal with
 * σ_P = √(wᵀCw)·√T, w_i = value_i·vol_i (values signed: negative = short).
 * `corr`: an n×n correlation matrix, one correlation for every pair, or null (1 for every pair).
 */
export function portfolioVar(
  values: readonly number[],
  vols: readonly number[],
  corr: number[][] | number | null,
  T: number,
  confidence: number,
): number[] {
  checkPositions(values, vols);
  if (!(confidence > 0 && confidence < 1)) fail('probability_range', 'confidence', confidence);
  if (!(T >= 0)) fail('min', 'days', T, { op: '≥', bound: 0 });
  const C = correlation(corr, values.length);
  const { w, cw } = covarianceProduct(values, vols, C);
  const sigma = Math.sqrt(variance(w, cw)) * Math.sqrt(T);
  const z = -normInv(1 - confidence);
  return [z * sigma, (normPdf(z) / (1 - confidence)) * sigma];
}

/** Each position's share of the portfolio variance, w_i(Cw)_i / wᵀCw (sums to 1). */
export function riskContrib(values: readonly number[], vols: readonly number[], corr: number[][] | number | null): number[] {
  checkPositions(values, vols);
  const C = correlation(corr, values.length);
  const { w, cw } = covarianceProduct(values, vols, C);
  const total = variance(w, cw);
  if (!(total > 0)) fail('zero_variance', 'values');
  return Array.from(w, (wi, i) => (wi * cw[i]) / total);
}
