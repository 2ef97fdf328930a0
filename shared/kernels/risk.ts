/** Risk measures from the column: realized volatility, drawdown, leverage drag and value at risk. */
import { fail, NO_VALUE } from '../errors';
import { normInv } from './normal';

/** Annualized sample standard deviation of log returns (two-pass, n − 1). */
export function histVol(prices: readonly number[], yearDays: number): number {
  if (prices.length < 3) fail('too_few_prices', 'prices', NO_VALUE, { count: prices.length, need: 3, what: 'volatility' });
  const r: number[] = [];
  // log1p of the exact difference keeps small daily moves accurate to an ulp.
  for (let i = 1; i < prices.length; i++) r.push(Math.log1p((prices[i] - prices[i - 1]) / prices[i - 1]));
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  let ss = 0;
  for (const x of r) ss += (x - mean) * (x - mean);
  return Math.sqrt((ss / (r.length - 1)) * yearDays);
}

/** Largest peak-to-trough fall as a negative fraction (−0.25 = −25%); 0 when prices never fall. */
export function maxDrawdown(prices: readonly number[]): number {
  if (prices.length < 2) fail('too_few_prices', 'prices', NO_VALUE, { count: prices.length, need: 2, what: 'drawdown' });
  let peak = prices[0];
  let worst = 0;
  for (const p of prices) {
    if (p > peak) peak = p;
    const dd = (p - peak) / peak;
    if (dd < worst) worst = dd;
  }
  return worst;
}

/**
 * Expected shortfall of a daily-rebalanced fund with leverage L against L × the index's log return:
 * 1 − exp(−(L² − L)σ²T/2) (Avellaneda & Zhang, "Path-dependence of leveraged ETF returns", SIAM
 * J. Financial Math. 1 (2010) 586–603), computed as −expm1 to keep small drags exact.
 */
export function leverageDrag(L: number, vol: number, T: number): number {
  return -Math.expm1((-(L * L - L) * vol * vol * T) / 2);
}

/** Loss not exceeded with probability `confidence` under GBM: V·(1 − exp((μ − σ²/2)T + σ√T·Φ⁻¹(1 − c))). */
export function valueAtRisk(value: number, vol: number, T: number, confidence: number, drift: number): number {
  const z = normInv(1 - confidence);
  return -value * Math.expm1((drift - 0.5 * vol * vol) * T + vol * Math.sqrt(T) * z);
}
