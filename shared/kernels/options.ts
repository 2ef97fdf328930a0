/** Option strategies from the column: a bull call spread and a protective put, priced by BSM. */
import { fail } from '../errors';
import { bsPrice } from './blackscholes';
import { normCdf } from './normal';

/**
 * Bull call spread, long the low strike and short the high: [net debit, maximum profit, breakeven,
 * risk-neutral probability of ending above the breakeven] per share.
 */
export function callSpread(S: number, low: number, high: number, T: number, vol: number, r: number, q: number): number[] {
  if (!(high > low)) fail('strikes_order', 'high_strike', high, { other: 'low_strike', otherValue: low });
  const debit = bsPrice('call', S, low, T, vol, r, q) - bsPrice('call', S, high, T, vol, r, q);
  const breakeven = low + debit;
  const s = vol * Math.sqrt(T);
  const F = S * Math.exp((r - q) * T);
  const prob = s > 0 ? normCdf(Math.log(F / breakeven) / s - 0.5 * s) : F > breakeven ? 1 : 0;
  return [debit, high - low - debit, breakeven, prob];
}

/** Protective put on one share: [put cost, cost as a fraction of spot, maximum loss incl. premium, breakeven]. */
export function putHedge(S: number, K: number, T: number, vol: number, r: number, q: number): number[] {
  const put = bsPrice('put', S, K, T, vol, r, q);
  return [put, put / S, S - K + put, S + put];
}
