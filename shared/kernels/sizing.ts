/** Position sizing: risk-budget sizing with a position cap and lot rounding. */
import { fail } from '../errors';

/**
 * Whole lots in `x` lots, robust to floating-point error: a quotient within 1e-12 relative of the
 * next whole number is that number (100 × 0.29 / 1 is 28.999999999999996 in doubles but 29 lots).
 */
export function wholeLots(x: number): number {
  const k = Math.floor(x);
  const next = k + 1;
  return next - x <= 1e-12 * next ? next : k;
}

/**
 * Shares for a stop-loss trade: the largest multiple of `lot` whose loss at the stop is at most
 * account × riskPct and whose value at entry is at most account × maxWeight, signed by direction:
 * positive to buy (stop below entry), negative to sell short (stop above entry). When not even one
 * lot fits, that is an error naming the limit (a silent 0 hides a likely input mistake, such as a
 * date's serial number in a price cell).
 */
export function positionSize(account: number, riskPct: number, entry: number, stop: number, maxWeight: number, lot: number): number {
  const perShare = Math.abs(entry - stop);
  if (perShare === 0) fail('no_risk', 'stop', stop, { entry });
  if (stop > entry && !(entry > 0)) fail('positive', 'entry', entry);
  const budget = account * riskPct;
  const cap = account * maxWeight;
  const byRisk = budget / perShare;
  const byValue = cap / entry;
  const lots = wholeLots(Math.min(byRisk, byValue) / lot);
  if (lots === 0) {
    if (byRisk <= byValue) fail('lot_over_risk', 'stop', stop, { entry, lotRisk: tidy(perShare * lot), budget: tidy(budget), lot });
    fail('lot_over_weight', 'entry', entry, { lotValue: tidy(entry * lot), cap: tidy(cap), lot });
  }
  const shares = lots * lot;
  // Lot sizes like 0.1 are not exact in binary: report the decimal the user means.
  const count = Number.isInteger(lot) ? shares : Number(shares.toPrecision(12));
  return stop < entry ? count : -count;
}

const tidy = (x: number): number => Number(x.toPrecision(12));

/** Kelly exposure for a trade that gains `win` or loses `loss` (fractions of the position). */
export function kelly(p: number, win: number, loss: number, fraction: number): number {
  return fraction * Math.max(0, p / loss - (1 - p) / win);
}

export type Weighting = 'equal' | 'pyramid';

/**
 * A scale-in ladder: `tranches` rows of [price, shares, cumulative shares, average cost]. Prices
 * evenly spaced from first to last; shares whole and summing exactly to `total` by the
 * largest-remainder method; "pyramid" weights 1, 2, …, n rise toward the last price. Average cost
 * is blank until the first share is bought.
 */
export function scaleIn(total: number, tranches: number, first: number, last: number, weighting: Weighting): (number | null)[][] {
  const n = tranches;
  const weights = Array.from({ length: n }, (_, i) => (weighting === 'pyramid' ? i + 1 : 1));
  const wsum = weights.reduce((a, b) => a + b, 0);
  // Integer arithmetic (total·w < 2^53): quotient and remainder exact, then largest remainders first.
  const rema = weights.map((w) => (total * w) % wsum);
  const shares = weights.map((w, i) => (total * w - rema[i]) / wsum);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = rema.map((r, i) => ({ i, r })).sort((u, v) => v.r - u.r || (weighting === 'pyramid' ? v.i - u.i : u.i - v.i));
  for (let k = 0; left > 0; k = (k + 1) % n, left--) shares[order[k].i] += 1;
  const rows: (number | null)[][] = [];
  let cum = 0;
  let cost = 0;
  for (let i = 0; i < n; i++) {
    const price = n === 1 ? first : first + ((last - first) * i) / (n - 1);
    cum += shares[i];
    cost += shares[i] * price;
    rows.push([price, shares[i], cum, cum > 0 ? cost / cum : null]);
  }
  return rows;
}
