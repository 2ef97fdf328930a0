/**
 * Option strategies from the column: a bull call spread and a protective put, priced by BSM with
 * European or American exercise (American legs by shared/kernels/american.ts, each leg valued on
 * its own, as a quote would be).
 */
import { fail } from '../errors';
import { americanGreek, americanImpliedVol, americanPrice } from './american';
import { bsGreek, bsPrice, impliedVol, type Greek, type OptionType } from './blackscholes';
import { normCdf } from './normal';

export type ExerciseStyle = 'european' | 'american';

/** An option's price in either style. */
export function optionPrice(
  style: ExerciseStyle,
  type: OptionType,
  S: number,
  K: number,
  T: number,
  vol: number,
  r: number,
  q: number,
): number {
  return style === 'american' ? americanPrice(type, S, K, T, vol, r, q) : bsPrice(type, S, K, T, vol, r, q);
}

/** A greek in bsGreek's units (theta per year) in either style. */
export function optionGreek(
  style: ExerciseStyle,
  greek: Greek,
  type: OptionType,
  S: number,
  K: number,
  T: number,
  vol: number,
  r: number,
  q: number,
): number {
  return style === 'american' ? americanGreek(greek, type, S, K, T, vol, r, q) : bsGreek(greek, type, S, K, T, vol, r, q);
}

/** The volatility that reproduces a price in either style. */
export function optionImpliedVol(
  style: ExerciseStyle,
  price: number,
  type: OptionType,
  S: number,
  K: number,
  T: number,
  r: number,
  q: number,
): number {
  return style === 'american' ? americanImpliedVol(price, type, S, K, T, r, q) : impliedVol(price, type, S, K, T, r, q);
}

/**
 * Bull call spread, long the low strike and short the high: [net debit, maximum profit, breakeven,
 * risk-neutral probability of ending above the breakeven] per share.
 */
export function callSpread(
  S: number,
  low: number,
  high: number,
  T: number,
  vol: number,
  r: number,
  q: number,
  style: ExerciseStyle = 'european',
): number[] {
  if (!(high > low)) fail('strikes_order', 'high_strike', high, { other: 'low_strike', otherValue: low });
  const debit = optionPrice(style, 'call', S, low, T, vol, r, q) - optionPrice(style, 'call', S, high, T, vol, r, q);
  const breakeven = low + debit;
  const s = vol * Math.sqrt(T);
  const F = S * Math.exp((r - q) * T);
  const prob = s > 0 ? normCdf(Math.log(F / breakeven) / s - 0.5 * s) : F > breakeven ? 1 : 0;
  return [debit, high - low - debit, breakeven, prob];
}

/** Protective put on one share: [put cost, cost as a fraction of spot, maximum loss incl. premium, breakeven]. */
export function putHedge(S: number, K: number, T: number, vol: number, r: number, q: number, style: ExerciseStyle = 'european'): number[] {
  const put = optionPrice(style, 'put', S, K, T, vol, r, q);
  return [put, put / S, S - K + put, S + put];
}
